import { TEST_ENVIRONMENTS, buildApp } from './helpers';
import { parse } from 'yaml';
import { toYaml } from '../lib/common/vocabulary/yaml';
import { renderStack } from '../lib/output/synth';
import { checkConfigKeys } from '../lib/output/validation/config-keys';
import { prometheusModelKeys } from '../lib/prometheus/config-check';
import { EmbeddedConfig, Finding, ParsedEnvironment, formatFinding, parseEnvironment } from '../lib/output/validation/types';
import promKeys from '../schemas/prometheus-config-keys.json';

const envs: ParsedEnvironment[] = buildApp(TEST_ENVIRONMENTS).stacks.map((s) => parseEnvironment(s.envName, renderStack(s)));
const env = envs[0];

const configOf = (key: string): EmbeddedConfig => {
  const c = env.configs.find((x) => x.key === key);
  if (!c) throw new Error(`no embedded ${key} in environment ${env.env}`);
  return c;
};

/** Checks one config edited on a deep copy and re-serialised, as a ConfigMap would carry it. */
const plant = (key: string, edit: (doc: any) => void): Finding[] => {
  const c = configOf(key);
  const doc = structuredClone(c.parsed);
  edit(doc);
  const text = toYaml(doc);
  return checkConfigKeys({ ...env, configs: [{ ...c, text, parsed: parse(text) }] });
};

/** Checks a config given as YAML text, in a ConfigMap of the given component. */
const checkText = (format: string | undefined, key: string, text: string, component = 'x'): Finding[] =>
  checkConfigKeys({
    env: 'test',
    objects: [],
    configs: [{ file: 'x.k8s.yaml', object: `ConfigMap/ns/${component}`, component, format, key, text, parsed: parse(text) }],
  });

const errors = (fs: Finding[]): Finding[] => fs.filter((f) => f.level === 'error');
const warns = (fs: Finding[]): Finding[] => fs.filter((f) => f.level === 'warn');
const lines = (fs: Finding[]): string[] => fs.map((f) => formatFinding(env.env, f));

test('a file judged once is reported again wherever it appears: in another object, and a second time', () => {
  const text = 'receivers:\n  otlp: {}\nexportrs: {}\n';
  const c = { file: 'a.k8s.yaml', object: 'ConfigMap/ns/a', component: 'a', format: 'otelcol', key: 'config.yaml', text, parsed: parse(text) };
  const once = errors(checkConfigKeys({ env: 'test', objects: [], configs: [c] }));
  expect(once.length).toBeGreaterThan(0);
  const twice = errors(checkConfigKeys({ env: 'test', objects: [], configs: [c, { ...c, file: 'b.k8s.yaml', object: 'ConfigMap/ns/b' }] }));
  expect(twice.map((f) => [f.file, f.object, f.path, f.message])).toEqual([
    ...once.map((f) => [f.file, f.object, f.path, f.message]),
    ...once.map((f) => ['b.k8s.yaml', 'ConfigMap/ns/b', f.path, f.message]),
  ]);
});

describe('the rendered output', () => {
  test.each(envs.map((e) => [e.env, e] as const))('%s: every config key exists in the pinned versions', (_name, e) => {
    const findings = checkConfigKeys(e);
    expect(lines(errors(findings))).toEqual([]);
    // warnings are allowed, but must stay visible to whoever runs the tests
    if (warns(findings).length) console.warn(lines(warns(findings)).join('\n'));
  });

  test('every config the checker knows is present and checked', () => {
    const kinds = env.configs.map((c) => `${c.component}/${c.key}`);
    expect(kinds).toEqual(expect.arrayContaining(['otel-agent/config.yaml', 'otel-gateway/config.yaml', 'tempo/tempo.yaml', 'loki/loki.yaml', 'prometheus/prometheus.yml', 'prometheus/rules.yaml']));
  });
});

describe('planted defects are errors naming the path', () => {
  // [what, config key, edit, path inside the config, text the message contains]
  const cases: Array<[string, string, (d: any) => void, string, string]> = [
    ['Tempo: unknown top-level key', 'tempo.yaml', (d) => (d.bogus_top = 1), 'bogus_top', "unknown key 'bogus_top' in Tempo 3.0.3"],
    ['Tempo: nested unknown key', 'tempo.yaml', (d) => (d.storage.trace.bogus = 1), 'storage.trace.bogus', "unknown key 'bogus' in Tempo 3.0.3 (allowed here: pool, wal"],
    ['Tempo 2: search_enabled', 'tempo.yaml', (d) => (d.search_enabled = true), 'search_enabled', "unknown key 'search_enabled'"],
    ['Tempo 2: ingester block', 'tempo.yaml', (d) => (d.ingester = { lifecycler: { ring: { replication_factor: 1 } } }), 'ingester', "unknown key 'ingester'"],
    ['Loki: unknown top-level key', 'loki.yaml', (d) => (d.bogus_top = 1), 'bogus_top', "unknown key 'bogus_top' in Loki 3.7.6"],
    ['Loki: nested unknown key', 'loki.yaml', (d) => (d.limits_config.bogus = 1), 'limits_config.bogus', "unknown key 'bogus' in Loki 3.7.6"],
    ['Loki 2: enforce_metric_name', 'loki.yaml', (d) => (d.limits_config.enforce_metric_name = false), 'limits_config.enforce_metric_name', 'removed in Loki 3'],
    ['Loki: in a list item', 'loki.yaml', (d) => (d.schema_config.configs[0].bogus = 1), 'schema_config.configs[0].bogus', "(allowed here: from, store, object_store, schema, index"],
    ['collector: unknown top-level key', 'config.yaml', (d) => (d.bogus_top = {}), 'bogus_top', "unknown key 'bogus_top' in otelcol 0.159.0"],
    ['collector: nested unknown key', 'config.yaml', (d) => (d.processors.memory_limiter.bogus = 1), 'processors.memory_limiter.bogus', "unknown key 'bogus' in otelcol 0.159.0 processor 'memory_limiter'"],
    [
      'collector: unknown key in a squashed, referenced block',
      'config.yaml',
      (d) => (d.exporters['otlp_http/logs'].sending_queue.bogus = 1),
      'exporters.otlp_http/logs.sending_queue.bogus',
      "unknown key 'bogus' in otelcol 0.159.0 exporter 'otlp_http'",
    ],
    [
      'collector: misspelt component type',
      'config.yaml',
      (d) => {
        d.exporters['otlp_htpp/logs'] = d.exporters['otlp_http/logs'];
        delete d.exporters['otlp_http/logs'];
        d.service.pipelines.logs.exporters = ['otlp_htpp/logs'];
      },
      'exporters.otlp_htpp/logs',
      "unknown exporter type 'otlp_htpp'",
    ],
    [
      'collector: pipeline names an exporter that is not configured',
      'config.yaml',
      (d) => (d.service.pipelines.logs.exporters = ['otlp_htpp/logs']),
      'service.pipelines.logs.exporters[0]',
      "did you mean 'otlp_http/logs'?",
    ],
    [
      'collector: removed loki exporter',
      'config.yaml',
      (d) => {
        d.exporters.loki = { endpoint: 'http://loki.observability.svc:3100/loki/api/v1/push' };
        d.service.pipelines.logs.exporters = ['loki'];
      },
      'exporters.loki',
      "exporter type 'loki' was removed",
    ],
    ['collector: unknown service key', 'config.yaml', (d) => (d.service.bogus = 1), 'service.bogus', '(allowed here: extensions, pipelines, telemetry)'],
    ['collector: bad pipeline id', 'config.yaml', (d) => (d.service.pipelines['trace/x'] = { receivers: ['otlp'] }), 'service.pipelines.trace/x', "pipeline id 'trace/x'"],
    ['collector: removed telemetry address', 'config.yaml', (d) => (d.service.telemetry.metrics.address = ':8888'), 'service.telemetry.metrics.address', '(allowed here: level, readers, views)'],
    [
      'collector: telemetry reader exporter key',
      'config.yaml',
      (d) => (d.service.telemetry.metrics.readers[0].pull.exporter.prometheus.bogus = 1),
      'service.telemetry.metrics.readers[0].pull.exporter.prometheus.bogus',
      "unknown key 'bogus'",
    ],
    ['Prometheus: unknown top-level key', 'prometheus.yml', (d) => (d.bogus_top = 1), 'bogus_top', "unknown key 'bogus_top' in Prometheus 3.14.0"],
    ['Prometheus: nested unknown key', 'prometheus.yml', (d) => (d.global.bogus = 1), 'global.bogus', "unknown key 'bogus' in Prometheus 3.14.0"],
    ['Prometheus: tsdb', 'prometheus.yml', (d) => (d.storage.tsdb.bogus = 1), 'storage.tsdb.bogus', "(allowed here: out_of_order_time_window"],
    [
      'Prometheus: kubernetes_sd_config',
      'prometheus.yml',
      (d) => (d.scrape_configs[1].kubernetes_sd_configs[0].bogus = 1),
      'scrape_configs[1].kubernetes_sd_configs[0].bogus',
      "unknown key 'bogus'",
    ],
    [
      'Prometheus: relabel_config',
      'prometheus.yml',
      (d) => (d.scrape_configs[1].relabel_configs[0].bogus = 1),
      'scrape_configs[1].relabel_configs[0].bogus',
      '(allowed here: action, modulus, regex, replacement, separator, source_labels, target_label)',
    ],
    ['Prometheus: a key at the wrong level', 'prometheus.yml', (d) => (d.global.job_name = 'x'), 'global.job_name', 'a 3.14.0 key, but not at this place'],
    ['rule file: unknown top-level key', 'rules.yaml', (d) => (d.bogus_top = 1), 'bogus_top', '(allowed here: groups)'],
    [
      'rule file: unknown rule key',
      'rules.yaml',
      (d) => (d.groups = [{ name: 'g', rules: [{ record: 'job:up:sum', expr: 'sum by (job) (up)', bogus: 1 }] }]),
      'groups[0].rules[0].bogus',
      '(allowed here: record, alert, expr, for, keep_firing_for, labels, annotations)',
    ],
    ['structure: a value where a mapping belongs', 'tempo.yaml', (d) => (d.storage.trace.local = 'x'), 'storage.trace.local', "'local' takes a mapping"],
  ];

  test.each(cases)('%s', (_what, key, edit, p, text) => {
    const found = errors(plant(key, edit));
    expect(lines(found)).toEqual([expect.stringContaining(`data.${key}: ${p}: `)]);
    expect(found[0].message).toContain(text);
    expect(found[0].object).toBe(configOf(key).object);
    expect(found[0].file).toBe(configOf(key).file);
  });
});

describe('warnings and accepted values', () => {
  test('a deprecated alias (otlphttp) is a warning naming the new name, not an error', () => {
    const found = plant('config.yaml', (d) => {
      d.exporters['otlphttp/logs'] = d.exporters['otlp_http/logs'];
      delete d.exporters['otlp_http/logs'];
      d.service.pipelines.logs.exporters = ['otlphttp/logs'];
    });
    expect(errors(found)).toEqual([]);
    expect(warns(found)).toEqual([
      expect.objectContaining({ path: 'data.config.yaml: exporters.otlphttp/logs', message: expect.stringContaining("use 'otlp_http'") }),
    ]);
  });

  test('a deprecated alias still has its config keys checked', () => {
    const found = plant('config.yaml', (d) => (d.exporters['otlphttp/x'] = { endpoint: 'http://x:4318', bogus: 1 }));
    expect(errors(found).map((f) => f.path)).toEqual(['data.config.yaml: exporters.otlphttp/x.bogus']);
  });

  test('env references are accepted for any value', () => {
    const found = [
      ...plant('loki.yaml', (d) => (d.limits_config.ingestion_rate_mb = '${INGESTION_RATE_MB}')),
      ...plant('tempo.yaml', (d) => (d.storage.trace.local = '${env:TEMPO_LOCAL}')),
      ...plant('config.yaml', (d) => (d.exporters['load_balancing/traces'].protocol.otlp.tls.insecure = '${env:OTLP_INSECURE}')),
    ];
    expect(lines(found)).toEqual([]);
  });

  test('a Tempo key missing from the tree but still a yaml tag in the source is a warning', () => {
    // `block_retention` is a real Tempo key (backend_worker.compaction), not one of storage.trace
    const found = plant('tempo.yaml', (d) => (d.storage.trace.block_retention = '72h'));
    expect(errors(found)).toEqual([]);
    expect(warns(found)).toEqual([expect.objectContaining({ path: 'data.tempo.yaml: storage.trace.block_retention', message: expect.stringContaining('yaml tag') })]);
  });

  test('allowed-key lists stay short', () => {
    const [f] = plant('loki.yaml', (d) => (d.limits_config.bogus = 1));
    const listed = /\(allowed here: ([^)]*)\)/.exec(f.message)![1].split(', ');
    expect(listed.length).toBeLessThanOrEqual(13); // 12 names and the "... (N in all)" tail
  });

  test('a tail-sampling gateway config is accepted, and keys its schema does not know are warned about', () => {
    const gateway = `
receivers:
  otlp:
    protocols:
      grpc:
        endpoint: \${env:MY_POD_IP}:4317
processors:
  tail_sampling:
    decision_wait: 10s
    policies:
      - name: errors
        type: status_code
        status_code: { status_codes: [ERROR] }
        some_extension_policy: {}
exporters:
  otlp_grpc/tempo:
    endpoint: tempo.observability.svc:4317
service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [tail_sampling]
      exporters: [otlp_grpc/tempo]
`;
    const found = checkText('otelcol', 'config.yaml', gateway);
    expect(errors(found)).toEqual([]);
    expect(warns(found).map((f) => f.path)).toEqual(['data.config.yaml: processors.tail_sampling.policies[0].some_extension_policy']);
  });

  test('a rule is a recording or an alerting rule', () => {
    const found = checkText('prometheus-rules', 'rules.yaml', toYaml({ groups: [{ name: 'g', rules: [{ expr: 'up' }] }] }));
    expect(lines(found)).toEqual([expect.stringContaining("data.rules.yaml: groups[0].rules[0]: a rule in Prometheus 3.14.0 rule files has exactly one of 'record' or 'alert'")]);
  });

  test('fails on a config that names no format, or one without a checker: nothing would judge it', () => {
    expect(lines(checkText(undefined, 'datasources.yaml', 'anything: {}', 'grafana'))).toEqual([
      expect.stringContaining('ConfigMap/ns/grafana data.datasources.yaml: names no config format (annotation observability-stack/config-format), so nothing judges it'),
    ]);
    expect(lines(checkText('grafana-alerting', 'alerting.yaml', 'anything: {}'))).toEqual([
      expect.stringContaining(
        "the config format 'grafana-alerting' has no checker (known: alertmanager, grafana-dashboard, grafana-dashboard-providers, grafana-datasources, loki, otelcol, prometheus, prometheus-rules, tempo)",
      ),
    ]);
  });
});

test('the hand-written Prometheus model names only keys documented for 3.14.0', () => {
  const documented = new Set<string>(promKeys.versions['3.14.0'].keys);
  expect(prometheusModelKeys().filter((k) => !documented.has(k))).toEqual([]);
});
