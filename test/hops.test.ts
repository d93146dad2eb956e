/**
 * Every hop fits the next one's intake limit, computed from the configs: a planted oversize
 * or unbounded batch is refused at synth, naming both sides.
 */
import { ObservabilityStack } from '../lib/stack/stack';
import { renderStack } from '../lib/output/synth';
import { checkHopLimits } from '../lib/output/validation';
import { EmbeddedConfig, ParsedEnvironment, parseEnvironment } from '../lib/output/validation/types';
import { buildApp, TEST_ENVIRONMENTS, plantConfig } from './helpers';

const envs: Array<[string, ParsedEnvironment]> = buildApp(TEST_ENVIRONMENTS).stacks.map((s: ObservabilityStack) => [s.envName, parseEnvironment(s.envName, renderStack(s))]);
const dev = envs.find(([n]) => n === 'dev')![1];

/** The environment with one component's config changed. */
const planted = (component: string, change: (c: any) => void): ParsedEnvironment => ({
  ...dev,
  configs: dev.configs.map((c: EmbeddedConfig) => {
    if (c.component !== component || !/\.ya?ml$/.test(c.key)) return c;
    const copy = JSON.parse(JSON.stringify(c.parsed));
    change(copy);
    return plantConfig(c, copy);
  }),
});
const messages = (env: ParsedEnvironment) => checkHopLimits(env).map((f) => `${f.object} ${f.path}: ${f.message}`);

test.each(envs)('%s: every collector request fits its receiver', (_name, env) => {
  expect(messages(env)).toEqual([]);
});

test('fails when a batch is larger than the receiving gateway takes', () => {
  const env = planted('otel-agent', (c) => (c.exporters['load_balancing/traces'].sending_queue.batch.max_size = 32 * 1024 * 1024));
  expect(messages(env)).toEqual([
    expect.stringMatching(
      /^ConfigMap\/observability-agent\/otel-agent-config data\.config\.yaml: exporters\.load_balancing\/traces\.sending_queue\.batch\.max_size: sends requests of up to 33554432 bytes, but otel-gateway \(Service observability\/otel-gateway port 4317\) takes at most 16777216 bytes a request \(ConfigMap\/observability\/otel-gateway-config config\.yaml: receivers\.otlp\.protocols\.grpc\.max_recv_msg_size_mib: 16\)$/,
    ),
  ]);
});

test("fails when Tempo's gRPC intake falls back to grpc-go's 4 MiB", () => {
  const env = planted('tempo', (c) => delete c.distributor.receivers.otlp.protocols.grpc.max_recv_msg_size_mib);
  expect(messages(env)).toEqual([expect.stringMatching(/otel-gateway-config .*exporters\.otlp_grpc\/traces.*up to 8388608 bytes, but tempo .*at most 4194304 bytes .*max_recv_msg_size_mib unset: 4 MiB/)]);
});

/** dev with Loki discarding long lines and the agent reading longer ones. */
const longLines = (loki: (c: any) => void, agent: (c: any) => void): ParsedEnvironment => {
  const withLoki = planted('loki', loki);
  const both = planted('otel-agent', agent);
  return { ...dev, configs: dev.configs.map((c, i) => (c.component === 'loki' ? withLoki.configs[i] : both.configs[i])) };
};

test("fails when the agent reads log lines longer than Loki keeps, unless Loki cuts them", () => {
  const env = longLines(
    (c) => (c.limits_config.max_line_size_truncate = false),
    (c) => (c.receivers.file_log.max_log_size = 1024 * 1024),
  );
  expect(messages(env)).toEqual([
    expect.stringMatching(/otel-agent-config data\.config\.yaml: receivers\.file_log\.max_log_size: reads log lines of up to 1048576 bytes, but loki discards lines over 256000 bytes \(ConfigMap\/observability\/loki-config loki\.yaml: limits_config\.max_line_size: 256KB, max_line_size_truncate off\)$/),
  ]);
  // a container parser's limit counts too, and the default of an unset one (1 MiB)
  expect(messages(longLines((c) => (c.limits_config.max_line_size_truncate = false), (c) => delete c.receivers.file_log.operators[0].max_log_size))).toEqual([
    expect.stringContaining('receivers.file_log.operators[0].max_log_size: reads log lines of up to 1048576 bytes'),
  ]);
  // Loki cutting long lines keeps them
  expect(messages(longLines(() => undefined, (c) => (c.receivers.file_log.max_log_size = 1024 * 1024)))).toEqual([]);
});

test('fails when an exporter sends requests of no bounded size', () => {
  const env = planted('otel-agent', (c) => delete c.exporters['otlp_http/logs'].sending_queue.batch);
  expect(messages(env)).toEqual([expect.stringMatching(/exporters\.otlp_http\/logs\.sending_queue\.batch: sends requests of no bounded size .*loki .*104857600 bytes .*distributor\.max_recv_msg_size unset: 100 MiB/)]);
});

test('a synth with an oversize batch planted through overrides is refused, dist/ untouched', () => {
  const fs = require('fs');
  const { copyOfDist, hashTree } = require('./helpers');
  const { ENVIRONMENTS, synthesize } = require('./helpers');
  const dist = copyOfDist();
  const before = hashTree(dist);
  try {
    const big = { ...ENVIRONMENTS[0], gateway: { overrides: { exporters: { 'otlp_grpc/traces': { sending_queue: { batch: { max_size: 64 * 1024 * 1024 } } } } } } };
    expect(() => synthesize([big], dist)).toThrow(/ERROR dev\/otel-gateway\.k8s\.yaml .*otlp_grpc\/traces\.sending_queue\.batch\.max_size: sends requests of up to 67108864 bytes, but tempo/);
    expect(hashTree(dist)).toBe(before);
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
});
