/**
 * SLO alerting: the generated rules proven by the real rule engine (`promtool test rules`,
 * the pinned promtool of `npm run tools`; skipped with a message where it is not built,
 * a failure under CONFORMANCE=1 as in CI), and Alertmanager's routing read against the
 * labels the alerts carry.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { SEVERITIES } from '../lib/common/vocabulary/rules';
import { toYaml } from '../lib/common/vocabulary/yaml';
import { g4, humanize, onsetCase, sloRuleTestFile } from '../lib/slo/rule-tests';
import { BURN_RATE_ALERTS, SLO_ALERT, checkSlos, sloRuleGroup } from '../lib/slo/slo';
import { DEFAULT_RETENTION } from '../lib/prometheus/prometheus';
import { Duration } from '../lib/common/vocabulary/duration';
import { TOOLS } from '../scripts/conformance';
import { TEST_ENVIRONMENTS, configFiles, podSpec, synthObjects } from './helpers';

const objs = synthObjects();
const parseDuration = (d: string): number => Duration.parse('duration', d).seconds;
const withSlos = TEST_ENVIRONMENTS.filter((e) => (e.slos ?? []).length > 0);
const rulesOf = (env: string): string => objs.find((o) => o.env === env && o.kind === 'ConfigMap' && o.metadata.name === 'prometheus-rules')!.data['rules.yaml'];

const promtool = fs.existsSync(TOOLS.promtool);
if (!promtool && process.env.CONFORMANCE !== '1') console.warn(`promtool test rules skipped: ${TOOLS.promtool} is not built (npm run tools)`);
const withPromtool = promtool || process.env.CONFORMANCE === '1' ? describe : describe.skip;

test('an environment declares SLOs of both kinds', () => {
  expect(new Set(withSlos.flatMap((e) => e.slos!.map((s) => s.sli.kind)))).toEqual(new Set(['availability', 'latency']));
});

withPromtool('promtool test rules: the rules of every environment behave as the SRE workbook says', () => {
  test.each(withSlos.map((e) => [e.name, e] as const))('%s', (name, env) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slo-rules-'));
    try {
      // the rule file exactly as it is in the output
      fs.writeFileSync(path.join(dir, 'rules.yaml'), rulesOf(name));
      const tests = sloRuleTestFile('rules.yaml', checkSlos(env.slos!));
      fs.writeFileSync(path.join(dir, 'tests.yaml'), toYaml(tests));
      const started = Date.now();
      const r = spawnSync(TOOLS.promtool, ['test', 'rules', 'tests.yaml'], { cwd: dir, encoding: 'utf8', timeout: 300000 });
      console.log(`promtool test rules (${name}, ${tests.tests.length} tests, ${Date.now() - started} ms):\n${(r.stdout + r.stderr).trim()}`);
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a wrong expectation fails (the tests can fail)', () => {
    const env = withSlos[0];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slo-rules-'));
    try {
      fs.writeFileSync(path.join(dir, 'rules.yaml'), rulesOf(env.name));
      const tests = sloRuleTestFile('rules.yaml', checkSlos(env.slos!));
      // claim the quiet day pages
      const quiet = tests.tests[1];
      const broken = { ...tests, tests: [{ ...quiet, alert_rule_test: [{ ...quiet.alert_rule_test![0], exp_alerts: tests.tests[0].alert_rule_test![0].exp_alerts.slice(0, 1) }] }] };
      fs.writeFileSync(path.join(dir, 'tests.yaml'), toYaml(broken));
      const r = spawnSync(TOOLS.promtool, ['test', 'rules', 'tests.yaml'], { cwd: dir, encoding: 'utf8', timeout: 120000 });
      expect(r.status).not.toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

test("a burn after a clean baseline: the minute the first page fires, ours and Sloth-style (from the raw counters) alike, and with windows summed from the 5m rates (promtool proves each)", () => {
  const figures = withSlos.flatMap((e) =>
    checkSlos(e.slos!).map((slo) => {
      const { burn, scenario: s } = onsetCase(slo)!;
      return `${e.name} ${slo.name} (${slo.period}, ${s.windows.join('/')} at ${s.pair.burnRate}x, a burn of ${burn}x): ${s.d} min, summed ${s.summed} min`;
    }),
  );
  console.log(`the first page after a burn starts, minutes after its start:\n${figures.join('\n')}`);
  expect(figures.filter((f) => /^(dev|prod) /.test(f))).toEqual([
    'dev checkout-availability (7d, 14m/5m at 14.4x, a burn of 50x): 4 min, summed 6 min',
    'dev checkout-latency (7d, 14m/5m at 14.4x, a burn of 50x): 4 min, summed 6 min',
    'prod checkout-availability (30d, 1h/5m at 14.4x, a burn of 50x): 17 min, summed 19 min',
    'prod checkout-latency (30d, 1h/5m at 14.4x, a burn of 50x): 17 min, summed 19 min',
    'prod payments-availability (30d, 1h/5m at 14.4x, a burn of 50x): 17 min, summed 19 min',
  ]);
});

withPromtool('minRequestsForPage', () => {
  test('without the guard, the young-series test fails (the page would fire on the first few requests)', () => {
    const env = withSlos.find((e) => e.slos!.some((x) => (x.minRequestsForPage ?? 0) > 0))!;
    const slos = checkSlos(env.slos!).filter((x) => x.minRequestsForPage > 0);
    const rules = rulesOf(env.name);
    const unguarded = rules.replace(/ and on\(\) sum\(increase\(.*?\)\) >= \d+/g, '');
    expect(unguarded).not.toEqual(rules);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slo-rules-'));
    try {
      const file = sloRuleTestFile('rules.yaml', slos);
      const young = file.tests.filter((t) => /minRequestsForPage/.test(t.name));
      expect(young).toHaveLength(slos.length);
      fs.writeFileSync(path.join(dir, 'tests.yaml'), toYaml({ ...file, tests: young }));
      const run = (text: string) => {
        fs.writeFileSync(path.join(dir, 'rules.yaml'), text);
        return spawnSync(TOOLS.promtool, ['test', 'rules', 'tests.yaml'], { cwd: dir, encoding: 'utf8', timeout: 120000 });
      };
      expect(run(rules).status).toBe(0);
      const r = run(unguarded);
      expect(r.status).not.toBe(0);
      expect(r.stdout + r.stderr).toMatch(/severity="page"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("an SLO's period fits the samples Prometheus keeps", () => {
  const { buildApp, ENVIRONMENTS } = require('./helpers');
  const dev = ENVIRONMENTS.find((e: any) => e.name === 'dev');
  // 28-day SLOs on 3 days of samples: an error budget that silently covers 3 days
  const longer = { ...dev, prometheus: { ...dev.prometheus, retention: '3d' }, slos: dev.slos.map((s: any) => ({ ...s, period: '28d' })) };

  test('a period longer than the retention fails the synth, naming the environment, the SLO, the prop, the value and what is allowed', () => {
    expect(() => buildApp([longer])).toThrow(
      new Error("dev: SLO 'checkout-availability': 'period' must be at most Prometheus 'retention' (3d), as its error budget sums the samples of the whole period and the rules read no long-term store, got '28d'"),
    );
  });

  test('a period as long as the retention fits; every environment of main.ts fits', () => {
    expect(() => buildApp([{ ...longer, prometheus: { ...dev.prometheus, retention: '28d' } }])).not.toThrow();
    for (const e of TEST_ENVIRONMENTS) {
      const retention = parseDuration(e.prometheus?.retention ?? DEFAULT_RETENTION);
      for (const s of checkSlos(e.slos ?? [])) expect([e.name, s.name, parseDuration(s.period) <= retention]).toEqual([e.name, s.name, true]);
    }
  });
});

test("the tests' expected annotations print numbers as Go's %.4g and Prometheus's humanize do", () => {
  expect([g4(20), g4(0.5), g4(-1900), g4(-99900), g4(1e-5), g4(123456)]).toEqual(['20', '0.5', '-1900', '-9.99e+04', '1e-05', '1.235e+05']);
  expect([humanize(14.4), humanize(999), humanize(1000), humanize(2000), humanize(1234567)]).toEqual(['14.4', '999', '1k', '2k', '1.235M']);
});

describe('the generated rules', () => {
  const [slo] = checkSlos([{ name: 'a', service: 's', sli: { kind: 'availability' }, objective: 99.9, period: '30d' }]);
  const group = sloRuleGroup(slo);
  const alerts = group.rules.filter((r): r is any => 'alert' in r);

  test('one alert rule per window pair, labelled with the pair; the workbook windows for a 30-day period', () => {
    expect(alerts.map((a) => [a.alert, a.labels.severity, a.labels.long_window, a.labels.short_window])).toEqual(
      BURN_RATE_ALERTS.map((b) => [SLO_ALERT, b.severity, b.long, b.short]),
    );
  });

  test("the pages' windows are ratios of the raw counters' increase over them; the tickets' other windows and the period sums over the recorded 5m series", () => {
    const ratios = Object.fromEntries(group.rules.filter((r: any) => /^slo:error_ratio:rate/.test(r.record ?? '')).map((r: any) => [r.record.replace('slo:error_ratio:rate', ''), r.expr]));
    expect(Object.keys(ratios)).toEqual(['5m', '30m', '1h', '2h', '6h', '1d', '3d', '30d']);
    const calls = (w: string, bad = '') => `sum(increase(${RED_CALLS}{service_name="s",span_kind="SPAN_KIND_SERVER"${bad}}[${w}]))`;
    for (const w of ['30m', '1h', '6h']) {
      expect(ratios[w]).toBe(`${calls(w, ',status_code="STATUS_CODE_ERROR"')} / (${calls(w)} > 0) or ${calls(w)} * 0 or vector(0)`);
    }
    for (const w of ['2h', '1d', '3d', '30d']) {
      expect(ratios[w]).toBe(`sum_over_time(slo:errors:rate5m{slo="a"}[${w}]) / (sum_over_time(slo:requests:rate5m{slo="a"}[${w}]) > 0) or sum_over_time(slo:requests:rate5m{slo="a"}[${w}]) * 0`);
    }
  });

  test('an alert fires at its burn rate exactly (>=)', () => {
    expect(alerts.map((a) => a.expr)).toEqual(BURN_RATE_ALERTS.map((b) => `slo:burn_rate:rate${b.long}{slo="a"} >= ${b.burnRate} and slo:burn_rate:rate${b.short}{slo="a"} >= ${b.burnRate}`));
  });

  test('windows scale with the period (28d: 1h -> 56m), never below 5m', () => {
    const [s28] = checkSlos([{ name: 'b', service: 's', sli: { kind: 'availability' }, objective: 99, period: '7d' }]);
    const pairs = sloRuleGroup(s28).rules.filter((r: any) => r.alert).map((r: any) => `${r.labels.long_window}/${r.labels.short_window}`);
    expect(pairs).toEqual(['14m/5m', '1h24m/7m', '5h36m/28m', '16h48m/1h24m']);
  });
});
const RED_CALLS = 'traces_span_metrics_calls_total';

describe('Alertmanager', () => {
  const am = configFiles(objs).find(([, o, f]) => o.metadata.name === 'alertmanager-config' && f === 'alertmanager.yml')!;
  const config = am[3];

  test('routes each severity the alerts carry to its receiver, grouped by SLO', () => {
    expect(config.route.group_by).toContain('slo');
    expect(config.route.routes.map((r: any) => r.matchers)).toEqual(SEVERITIES.map((s) => [`severity="${s}"`]));
    const severities = new Set(BURN_RATE_ALERTS.map((a) => a.severity));
    expect(new Set(SEVERITIES)).toEqual(severities);
  });

  test('a page inhibits the ticket of the same SLO, and only alerts that carry an SLO take part', () => {
    const rules = parse(rulesOf(withSlos[0].name)).groups.flatMap((g: any) => g.rules).filter((r: any) => r.alert);
    const matches = (matchers: string[]) => (r: any) =>
      matchers.every((m) => {
        const [, k, op, v] = /^(\w+)(=~|=)"([^"]*)"$/.exec(m)!;
        const value = r.labels[k] ?? '';
        return op === '=' ? value === v : new RegExp(`^(?:${v})$`).test(value);
      });
    for (const rule of config.inhibit_rules) {
      const sources = rules.filter(matches(rule.source_matchers));
      const targets = rules.filter(matches(rule.target_matchers));
      expect(sources.length).toBeGreaterThan(0);
      expect(targets.length).toBeGreaterThan(0);
      // a page of an alert without the equal labels (a cluster or stack alert) would mute every such ticket
      for (const r of [...sources, ...targets]) for (const l of rule.equal) expect([r.alert, l, l in r.labels]).toEqual([r.alert, l, true]);
    }
    expect(rules.some((r: any) => !('slo' in r.labels) && r.labels.severity === 'page')).toBe(true);
  });

  test('every receiver credential is a file of a mounted Secret, never a literal', () => {
    const { buildApp } = require('./helpers');
    const { renderStack } = require('../lib/output/synth');
    const { parseEnvironment } = require('../lib/output/validation');
    const secret = (key: string) => ({ name: 'alerting', key });
    const [stack] = buildApp([
      {
        name: 'receivers',
        clusterName: 'c',
        deploymentEnvironment: 'e',
        size: 'laptop',
        alertmanager: {
          receivers: {
            page: { pagerduty: { routingKeySecret: secret('pagerduty') }, slack: { channel: '#oncall', apiUrlSecret: secret('slack') } },
            ticket: { email: { to: 'team@example.com', from: 'alerts@example.com', smarthost: 'smtp.example.com:587', authUsername: 'alerts', authPasswordSecret: secret('smtp') }, webhook: { urlSecret: secret('webhook') } },
          },
        },
      },
    ]).stacks;
    const env = parseEnvironment('receivers', renderStack(stack));
    const c = env.configs.find((x: any) => x.key === 'alertmanager.yml').parsed;
    const text = JSON.stringify(c.receivers);
    expect(text).not.toMatch(/"(api_url|routing_key|service_key|auth_password|url)":/);
    const files = [...text.matchAll(/"(?:api_url_file|routing_key_file|auth_password_file|url_file)":"([^"]+)"/g)].map((m) => m[1]).sort();
    expect(files).toEqual(['pagerduty', 'slack', 'smtp', 'webhook'].map((k) => `/etc/alertmanager/secrets/alerting/${k}`));
    const sts = env.objects.find((o: any) => o.doc.kind === 'StatefulSet' && o.doc.metadata.name === 'alertmanager').doc;
    const vol = sts.spec.template.spec.volumes.find((v: any) => v.secret);
    expect(vol.secret).toEqual({ secretName: 'alerting', defaultMode: 0o400, items: ['pagerduty', 'slack', 'smtp', 'webhook'].map((k) => ({ key: k, path: k })) });
    const mount = sts.spec.template.spec.containers[0].volumeMounts.find((m: any) => m.name === vol.name);
    expect(mount).toEqual({ name: vol.name, mountPath: '/etc/alertmanager/secrets/alerting', readOnly: true });
  });

  test('Prometheus sends alerts to its Endpoint', () => {
    const prom = configFiles(objs).find(([, o, f]) => o.env === 'dev' && f === 'prometheus.yml')![3];
    const svc = objs.find((o) => o.env === 'dev' && o.kind === 'Service' && o.metadata.name === 'alertmanager')!;
    expect(prom.alerting.alertmanagers[0].static_configs[0].targets).toEqual([`alertmanager.${svc.metadata.namespace}.svc:${svc.spec.ports[0].port}`]);
    const sts = objs.find((o) => o.env === 'dev' && o.kind === 'StatefulSet' && o.metadata.name === 'alertmanager')!;
    expect(podSpec(sts).containers[0].readinessProbe.httpGet.path).toBe('/-/ready');
  });
});

describe('prometheus-operator', () => {
  const env = TEST_ENVIRONMENTS.find((e) => e.prometheusOperator)!;
  const rule = objs.find((o) => o.env === env.name && o.kind === 'PrometheusRule')!;

  test('a PrometheusRule carries exactly the groups of the rule file Prometheus loads', () => {
    expect(rule.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(rule.spec.groups).toEqual(parse(rulesOf(env.name)).groups);
    expect(rule.metadata.labels).toEqual(expect.objectContaining(env.prometheusOperator!.ruleLabels));
  });

  test('it syncs after everything else and is skipped at dry-run while the CRD is missing; kubectl applies it last', () => {
    expect(rule.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '1', 'argocd.argoproj.io/sync-options': 'SkipDryRunOnMissingResource=true' });
    const files = [...new Set(objs.filter((o) => o.env === env.name).map((o) => o.file))].sort();
    expect(files.indexOf(rule.file)).toBeGreaterThan(files.indexOf('00-namespaces.k8s.yaml'));
  });

  test('no environment of main.ts emits it unless it asks: a cluster without the operator applies dist/ in one pass', () => {
    for (const e of TEST_ENVIRONMENTS.filter((x) => !x.prometheusOperator)) expect(objs.some((o) => o.env === e.name && o.kind === 'PrometheusRule')).toBe(false);
  });
});

describe('an SLO edit reloads in place', () => {
  test('changes the rules and the SLO dashboard, and no pod template (Prometheus and Grafana reload the files)', () => {
    const { buildApp, ENVIRONMENTS } = require('./helpers');
    const { renderStack } = require('../lib/output/synth');
    const { parseAllDocuments } = require('yaml');
    const objects = (env: any) =>
      Object.values<string>(renderStack(buildApp([env]).stacks[0])).flatMap((t) => parseAllDocuments(t).map((d: any) => d.toJS()));
    const dev = ENVIRONMENTS[0];
    const before = objects(dev);
    const after = objects({ ...dev, slos: dev.slos.map((s: any, i: number) => (i === 0 ? { ...s, objective: 99.5 } : s)) });
    const changed = after.filter((o: any) => JSON.stringify(o) !== JSON.stringify(before.find((b: any) => b.kind === o.kind && b.metadata.name === o.metadata.name && b.metadata.namespace === o.metadata.namespace)));
    expect(changed.map((o: any) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(['ConfigMap/grafana-dashboards-slos', 'ConfigMap/prometheus-rules']);
  });
});
