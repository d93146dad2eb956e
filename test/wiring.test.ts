import { addressesIn, checkEndpoints } from '../lib/output/validation/endpoints';
import { parseEnvironment } from '../lib/output/validation/types';
import { Endpoint } from '../lib/common/contract/endpoint';
import { plantConfig } from './helpers';

type Env = ReturnType<typeof parseEnvironment>;

/** Synthesizes the default environments with fresh modules (so mocks apply) and parses them. */
const synthFresh = (): Env[] => {
  let envs: Env[] = [];
  jest.isolateModules(() => {
    const { buildApp } = require('./helpers');
    const { renderStack } = require('../lib/output/synth');
    envs = buildApp().stacks.map((s: any) => parseEnvironment(s.envName, renderStack(s)));
  });
  return envs;
};

const agentConfig = (env: Env) => env.configs.find((c) => c.key === 'config.yaml' && c.component.endsWith('agent'))!.parsed;
const gatewayConfig = (env: Env) => env.configs.find((c) => c.key === 'config.yaml' && c.component.endsWith('gateway'))!.parsed;
const tempoConfig = (env: Env) => env.configs.find((c) => c.key === 'tempo.yaml')!.parsed;
const promConfig = (env: Env) => env.configs.find((c) => c.key === 'prometheus.yml')!.parsed;

const DECLARATIONS = {
  agent: ['../lib/collector/declaration', 'OTEL_AGENT'],
  tempo: ['../lib/tempo/declaration', 'TEMPO'],
  loki: ['../lib/loki/declaration', 'LOKI'],
  prometheus: ['../lib/prometheus/declaration', 'PROMETHEUS'],
} as const;

/** Replaces fields of a component's declaration for the next fresh synth. */
const patchDeclaration = (which: keyof typeof DECLARATIONS, patch: (d: any) => object): void => {
  const [module, name] = DECLARATIONS[which];
  jest.doMock(module, () => {
    const actual = jest.requireActual(module);
    return { ...actual, [name]: { ...actual[name], ...patch(actual[name]) } };
  });
};

afterEach(() => {
  for (const [module] of Object.values(DECLARATIONS)) jest.dontMock(module);
  jest.resetModules();
});

describe('Endpoint', () => {
  const e = new Endpoint({ service: 'tempo', namespace: 'obs', portName: 'otlp-grpc', port: 4317, scheme: 'grpc', podSelector: { a: 'b' } });
  test('writes each DNS form', () => {
    expect([e.host('short'), e.host('namespaced'), e.host(), e.host('fqdn')]).toEqual([
      'tempo',
      'tempo.obs',
      'tempo.obs.svc',
      'tempo.obs.svc.cluster.local',
    ]);
  });
  test('writes host:port and URLs with paths', () => {
    expect(e.hostPort()).toBe('tempo.obs.svc:4317');
    expect(e.url('/api/v1/write')).toBe('http://tempo.obs.svc:4317/api/v1/write');
    expect(e.url('otlp', 'short')).toBe('http://tempo:4317/otlp');
  });
});

describe('every address a config names', () => {
  const envs = synthFresh();
  test.each(envs.map((e) => [e.env, e]))('%s: resolves to a Service port in the output', (_n, env) => {
    const named = env.configs.flatMap((c) => addressesIn(c.parsed));
    expect(named.length).toBeGreaterThan(3);
    expect(checkEndpoints(env)).toEqual([]);
  });

  test('fails when a config names a port its Service does not expose', () => {
    const env = envs[0];
    const broken = { ...env, configs: env.configs.map((c) => (c.component === 'otel-gateway' ? plantConfig(c, JSON.parse(JSON.stringify(c.parsed).replace('svc:4317', 'svc:4319'))) : c)) };
    const findings = checkEndpoints(broken);
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/names port 4319 of Service observability\/tempo, which exposes only 3200/)]);
  });

  test('fails when a config names a Service that does not exist, in any DNS form', () => {
    const env = envs[0];
    for (const host of ['tempox', 'tempox.observability', 'tempox.observability.svc', 'tempox.observability.svc.cluster.local']) {
      const broken = { ...env, configs: [plantConfig(env.configs[0], { endpoint: `${host}:4317` })] };
      expect(checkEndpoints(broken).map((f) => f.message)).toEqual([expect.stringContaining('Service observability/tempox, which is not in the output')]);
    }
  });
});

describe('one place for names and ports', () => {
  test('renaming a backend Service renames it in every config that points at it', () => {
    patchDeclaration('tempo', () => ({ name: 'traces' }));
    patchDeclaration('loki', () => ({ name: 'logs' }));
    patchDeclaration('prometheus', () => ({ name: 'metrics' }));
    const [env] = synthFresh();
    const agent = agentConfig(env);
    expect(gatewayConfig(env).exporters['otlp_grpc/traces'].endpoint).toBe('traces.observability.svc:4317');
    expect(gatewayConfig(env).exporters['otlp_http/metrics'].endpoint).toBe('http://metrics.observability.svc:9090/api/v1/otlp');
    expect(agent.exporters['otlp_http/logs'].endpoint).toBe('http://logs.observability.svc:3100/otlp');
    expect(agent.exporters['otlp_http/metrics'].endpoint).toBe('http://metrics.observability.svc:9090/api/v1/otlp');
    expect(tempoConfig(env).metrics_generator.storage.remote_write[0].url).toBe('http://metrics.observability.svc:9090/api/v1/write');
    expect(JSON.stringify(promConfig(env))).toContain('"regex":"traces;http-metrics"');
    expect(checkEndpoints(env)).toEqual([]);
  });

  test('changing a port changes the Service, the container and every config that points at it', () => {
    patchDeclaration('tempo', (d) => ({ ports: { ...d.ports, otlpGrpc: { name: 'otlp-grpc', port: 14317 } } }));
    patchDeclaration('prometheus', (d) => ({ ports: { ...d.ports, http: { name: 'http-metrics', port: 19090 } } }));
    const [env] = synthFresh();
    expect(gatewayConfig(env).exporters['otlp_grpc/traces'].endpoint).toBe('tempo.observability.svc:14317');
    expect(tempoConfig(env).distributor.receivers.otlp.protocols.grpc.endpoint).toBe('0.0.0.0:14317');
    expect(tempoConfig(env).metrics_generator.storage.remote_write[0].url).toBe('http://prometheus.observability.svc:19090/api/v1/write');
    const tempoSvc = env.objects.find((o) => o.doc.kind === 'Service' && o.doc.metadata.name === 'tempo')!.doc;
    expect(tempoSvc.spec.ports.map((p: any) => p.port)).toContain(14317);
    expect(checkEndpoints(env)).toEqual([]);
  });
});

test('each environment of an app has a wiring graph of its own', () => {
  const { buildApp } = require('./helpers');
  const base = { clusterName: 'c', deploymentEnvironment: 'e', size: 'laptop' };
  const { stacks } = buildApp([
    { ...base, name: 'a' },
    { ...base, name: 'b', namespace: 'obs-b', agentNamespace: 'obs-b-agent' },
  ]);
  const b = stacks[1].wiring.connections;
  expect(b.length).toBe(stacks[0].wiring.connections.length);
  expect(new Set(b.map((c: any) => c.to.namespace))).toEqual(new Set(['obs-b', 'obs-b-agent']));
});

describe('derived outputs are rendered from the finished graph', () => {
  const base = { name: 'late', clusterName: 'c', deploymentEnvironment: 'e', size: 'laptop' as const };
  const extra = new Endpoint({ service: 'billing', namespace: 'observability', portName: 'metrics', port: 9100, podSelector: { app: 'billing' } });

  test('a scrape target added after every component exists gets its scrape job and its NetworkPolicy', () => {
    const { buildApp } = require('./helpers');
    const { renderStack } = require('../lib/output/synth');
    const [stack] = buildApp([base]).stacks;
    stack.component('prometheus').addScrapeTarget(extra);
    const env = parseEnvironment('late', renderStack(stack));
    const prom = promConfig(env);
    expect(prom.scrape_configs.map((j: any) => j.job_name)).toContain('billing');
    const policy = env.objects.find((o) => o.doc.kind === 'NetworkPolicy' && o.doc.metadata.name === 'billing-ingress')?.doc;
    expect(policy?.spec.podSelector).toEqual({ matchLabels: { app: 'billing' } });
    expect(policy?.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 9100 }]);
    expect(JSON.stringify(policy?.spec.ingress[0].from)).toContain('"app.kubernetes.io/name":"prometheus"');
  });

  test('the order of construction does not change the output', () => {
    const { buildApp } = require('./helpers');
    const { renderStack } = require('../lib/output/synth');
    const early = buildApp([{ ...base, prometheus: { scrapeTargets: [extra] } }]).stacks[0];
    const late = buildApp([base]).stacks[0];
    late.component('prometheus').addScrapeTarget(extra);
    const a = renderStack(early);
    const b = renderStack(late);
    expect(b['network-policies.k8s.yaml']).toBe(a['network-policies.k8s.yaml']);
    expect(b['prometheus.k8s.yaml']).toBe(a['prometheus.k8s.yaml']);
  });

  test('fails when something connects after the NetworkPolicies were synthesized', () => {
    const { buildApp } = require('./helpers');
    const { Testing } = require('cdk8s');
    const [stack] = buildApp([base]).stacks;
    Testing.synth(stack.wiring.policies);
    expect(() => stack.component('prometheus').addScrapeTarget(extra)).toThrow(/the wiring graph is closed \(its NetworkPolicies were synthesized\): the connection prometheus -> billing.observability:9100 \(metrics\) must be recorded before/);
  });
});
