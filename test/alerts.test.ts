/**
 * The cluster and stack alerts: proven by the real rule engine (`promtool test rules`, the
 * pinned promtool of `npm run tools`: each alert fires on the series that should fire it and
 * stays silent on a healthy one), reading only metrics the stack's producers serve at their
 * pinned versions, and the exporters they read: kube-state-metrics's ClusterRole against
 * its `--resources=`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { REGISTRY } from '../lib/stack/registry';
import { alertRuleTestFile } from '../lib/alerts/rule-tests';
import { RED_METRICS } from '../lib/common/vocabulary/red-metrics';
import { SEVERITIES } from '../lib/common/vocabulary/rules';
import { toYaml } from '../lib/common/vocabulary/yaml';
import { KSM_RESOURCES } from '../lib/kube-state-metrics/kube-state-metrics';
import { promqlMetricNames } from '../lib/output/validation/expressions';
import { knownMetricSources, metricProducer } from '../lib/output/validation/known-metrics';
import { ObservabilityStack } from '../lib/stack/stack';
import { buildApp, TEST_ENVIRONMENTS, synthObjects } from './helpers';
import { TOOLS } from '../scripts/conformance';

const objs = synthObjects();
const { stacks } = buildApp(TEST_ENVIRONMENTS);
const rulesOf = (env: string): any => parse(objs.find((o) => o.env === env && o.kind === 'ConfigMap' && o.metadata.name === 'prometheus-rules')!.data['rules.yaml']);
/** The alert groups of an environment's rule file, exactly as in the output. */
const alertGroupsOf = (env: string): any[] => rulesOf(env).groups.filter((g: any) => /-alerts$/.test(g.name));

const promtool = fs.existsSync(TOOLS.promtool);
if (!promtool && process.env.CONFORMANCE !== '1') console.warn(`promtool test rules skipped: ${TOOLS.promtool} is not built (npm run tools)`);
const withPromtool = promtool || process.env.CONFORMANCE === '1' ? describe : describe.skip;

/** Runs `promtool test rules` on the alert groups of an environment and a test file. */
const promtoolTest = (env: string, tests: object): { status: number | null; output: string } => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alert-rules-'));
  try {
    fs.writeFileSync(path.join(dir, 'rules.yaml'), toYaml({ groups: alertGroupsOf(env) }));
    fs.writeFileSync(path.join(dir, 'tests.yaml'), toYaml(tests));
    const r = spawnSync(TOOLS.promtool, ['test', 'rules', 'tests.yaml'], { cwd: dir, encoding: 'utf8', timeout: 300000 });
    return { status: r.status, output: (r.stdout + r.stderr).trim() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

test('every environment has cluster and stack alerts, at the severities Alertmanager routes', () => {
  for (const s of stacks) {
    expect([s.envName, alertGroupsOf(s.envName).map((g) => g.name)]).toEqual([s.envName, ['cluster-alerts', 'stack-alerts']]);
    for (const a of s.alerts) expect(SEVERITIES).toContain(a.severity);
  }
});

withPromtool('promtool test rules: every alert fires on its series and stays silent on a healthy one', () => {
  test.each(stacks.map((s) => [s.envName, s] as const))('%s', (env, stack) => {
    const tests = alertRuleTestFile('rules.yaml', stack.alerts);
    const started = Date.now();
    const r = promtoolTest(env, tests);
    console.log(`promtool test rules (${env}, ${stack.alerts.length} alerts, ${tests.tests.length} tests, ${Date.now() - started} ms):\n${r.output}`);
    expect(r.status).toBe(0);
    expect(tests.tests.length).toBe(2 * stack.alerts.length);
  });

  test('the tests can fail: an alert given its healthy series as the firing ones fails', () => {
    const stack = stacks[0];
    const swapped = stack.alerts.map((a) => (a.alert === 'KubeNodeNotReady' ? { ...a, test: { ...a.test, firing: a.test.healthy } } : a));
    const r = promtoolTest(stack.envName, alertRuleTestFile('rules.yaml', swapped));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('KubeNodeNotReady');
  });
});

describe('every metric a rule reads is produced by the stack at its pinned version', () => {
  const sources = knownMetricSources();
  const red = [RED_METRICS.calls, RED_METRICS.duration];

  test('the known-metrics data names its source and version for every producer', () => {
    expect(sources.map((s) => s.producer).sort()).toEqual(['alertmanager', 'cadvisor', 'kube-state-metrics', 'kubelet', 'loki', 'node-exporter', 'otelcol', 'prometheus', 'prometheus-rules', 'tempo']);
    for (const s of sources) {
      expect(s.source.length).toBeGreaterThan(20);
      expect(s.version).toMatch(/^v?\d+\.\d+\.\d+$/);
      expect(s.metrics.length).toBeGreaterThan(0);
    }
  });

  test.each(stacks.map((s) => [s.envName, s] as const))('%s: alerts read known metrics; SLO rules read the RED metrics, the application metrics their SLOs name, and their own records', (env) => {
    const groups = rulesOf(env).groups;
    // an SLO on an application's own metrics declares them
    const slis = (TEST_ENVIRONMENTS.find((e) => e.name === env)!.slos ?? []).map((s) => s.sli as any);
    const application = slis.flatMap((sli) => [sli.totalMetric, sli.histogramMetric]).filter((m): m is string => m !== undefined);
    const records = new Set(groups.flatMap((g: any) => g.rules.filter((r: any) => r.record).map((r: any) => r.record)));
    const unknown: string[] = [];
    for (const g of groups) {
      for (const r of g.rules) {
        for (const m of promqlMetricNames(r.expr)) {
          const known = records.has(m) || [...red, ...application].some((x) => m === x || m.startsWith(`${x}_`)) || metricProducer(m, sources) !== undefined;
          if (!known) unknown.push(`${g.name}/${r.alert ?? r.record}: ${m}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  test("each component's alerts read only the producers its registration names", () => {
    const checked: string[] = [];
    for (const r of REGISTRY) {
      const producers: readonly string[] = r.metricProducers ?? [];
      for (const a of r.alerts?.(['observability', 'observability-agent']) ?? []) {
        checked.push(a.alert);
        for (const m of promqlMetricNames(a.expr)) expect([r.key, a.alert, m, producers.includes(metricProducer(m, sources)!)]).toEqual([r.key, a.alert, m, true]);
      }
    }
    expect(checked.length).toBeGreaterThan(20);
  });

  test('the check catches a metric no producer serves', () => {
    expect(metricProducer('otelcol_receiver_refused_spans_total', sources)).toBeUndefined();
    expect(metricProducer('kube_pod_status_ready', sources)).toBe('kube-state-metrics');
    expect(metricProducer('otelcol_processor_tail_sampling_sampling_decision_timer_latency_bucket', sources)).toBe('otelcol');
  });
});

describe('alert props', () => {
  const base = { name: 'a', clusterName: 'c', deploymentEnvironment: 'e', size: 'laptop' as const };
  const build = (extra: object) => buildApp([{ ...base, ...extra }]).stacks[0];

  test('severity, runbook and disabling per alert; a base URL links every alert', () => {
    const s: ObservabilityStack = build({ alerts: { runbookBaseUrl: 'https://runbooks.internal/x/', rules: { KubeJobFailed: { disabled: true }, KubeNodeNotReady: { severity: 'page', runbookUrl: 'https://wiki.internal/node' } } } });
    expect(s.alerts.find((a) => a.alert === 'KubeJobFailed')).toBeUndefined();
    const node = s.alerts.find((a) => a.alert === 'KubeNodeNotReady')!;
    expect([node.severity, node.runbookUrl]).toEqual(['page', 'https://wiki.internal/node']);
    expect(s.alerts.find((a) => a.alert === 'KubePodCrashLooping')!.runbookUrl).toBe('https://runbooks.internal/x/KubePodCrashLooping');
    const rule = parse(s.component('prometheus')!.rulesYaml).groups.flatMap((g: any) => g.rules).find((r: any) => r.alert === 'KubePodCrashLooping');
    expect(rule.annotations.runbook_url).toBe('https://runbooks.internal/x/KubePodCrashLooping');
  });

  test('an exporter left out takes its alerts and its workload with it', () => {
    const s = build({ kubeStateMetrics: { enabled: false }, nodeExporter: { enabled: false } });
    expect(s.component('kubeStateMetrics')).toBeUndefined();
    expect(s.component('nodeExporter')).toBeUndefined();
    const left = REGISTRY.filter((r) => r.key === 'kubeStateMetrics' || r.key === 'nodeExporter').flatMap((r) => r.alerts!([]).map((a) => a.alert));
    expect(left.length).toBeGreaterThan(5);
    expect(s.alerts.filter((a) => left.includes(a.alert))).toEqual([]);
    expect(s.alerts.length).toBeGreaterThan(8);
    expect(build({ alerts: { enabled: false } }).alerts).toEqual([]);
  });

  test.each([
    [{ alerts: { rules: { KubePodCrashlooping: {} } } }, /ObservabilityStack 'alerts.rules'.*'KubePodCrashlooping'.*KubePodCrashLooping/],
    [{ alerts: { rules: { KubeJobFailed: { severity: 'critical' } } } }, /'alerts.rules.KubeJobFailed.severity' must be one of 'page', 'ticket', got 'critical'/],
    [{ alerts: { rules: { KubeJobFailed: { runbookUrl: 'wiki/job' } } } }, /'alerts.rules.KubeJobFailed.runbookUrl' must be an http\(s\) URL, got 'wiki\/job'/],
    [{ alerts: { runbookBaseUrl: 'runbooks' } }, /'alerts.runbookBaseUrl' must be an http\(s\) URL, got 'runbooks'/],
    [{ alerts: { page: true } }, /ObservabilityStack 'alerts'.*'page'/],
    [{ kubeStateMetrics: { kubeResources: ['pods', 'secrets'] } }, /KubeStateMetrics 'kubeResources' must name resources among .*, got 'secrets'/],
    [{ kubeStateMetrics: { kubeResources: [] } }, /KubeStateMetrics 'kubeResources' must list at least one of/],
    [{ nodeExporter: { enabled: 'no' } }, /ObservabilityStack 'nodeExporter.enabled' must be true or false, got "no"/],
  ])('%j is refused', (extra, message) => {
    expect(() => build(extra)).toThrow(message);
  });
});

describe('kube-state-metrics', () => {
  const deployments = objs.filter((o) => o.kind === 'Deployment' && o.metadata.name === 'kube-state-metrics');
  test('every environment runs it', () => expect(deployments.map((d) => d.env).sort()).toEqual(TEST_ENVIRONMENTS.map((e) => e.name).sort()));

  test.each(deployments.map((d) => [d.env, d] as const))('%s: its ClusterRole lists and watches exactly the resources of --resources=, nothing else', (env, d) => {
    const args: string[] = d.spec.template.spec.containers[0].args;
    const resources = args.find((a) => a.startsWith('--resources='))!.slice('--resources='.length).split(',');
    const role = objs.find((o) => o.env === env && o.kind === 'ClusterRole' && o.metadata.name === 'kube-state-metrics')!;
    const granted = role.rules.flatMap((r: any) => r.resources.map((res: string) => `${r.apiGroups.join('')}/${res}:${r.verbs.join(',')}`)).sort();
    const wanted = resources.map((r) => `${KSM_RESOURCES[r as keyof typeof KSM_RESOURCES].apiGroup}/${KSM_RESOURCES[r as keyof typeof KSM_RESOURCES].resource}:list,watch`).sort();
    expect(granted).toEqual(wanted);
    // no token or subject-access reviews: --auth-filter is off
    expect(args.some((a) => a.startsWith('--auth-filter'))).toBe(false);
    expect(role.rules.some((r: any) => r.verbs.includes('create'))).toBe(false);
  });

  test.each(deployments.map((d) => [d.env, d] as const))('%s: scraped through its Endpoint with honor_labels', (env) => {
    const prom = parse(objs.find((o) => o.env === env && o.kind === 'ConfigMap' && o.metadata.name === 'prometheus-config')!.data['prometheus.yml']);
    const job = prom.scrape_configs.find((j: any) => j.job_name === 'kube-state-metrics');
    expect(job.honor_labels).toBe(true);
    expect(job.relabel_configs[0].regex).toBe('kube-state-metrics;http-metrics');
  });
});
