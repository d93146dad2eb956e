/**
 * The two-tier trace topology: the node agents route every trace by its ID to one gateway
 * replica, and only the gateway samples. Walked over every environment's output.
 */
import { Obj, configFiles, podSpec, synthObjects } from './helpers';

const objs = synthObjects();
const envs = [...new Set(objs.map((o) => o.env))];
const inEnv = (env: string) => objs.filter((o) => o.env === env);

/** The collector config a workload mounts, if it is a collector. */
const collectorConfigOf = (env: string, w: Obj): any | undefined => {
  const volumes = podSpec(w)?.volumes ?? [];
  const names = volumes.filter((v: any) => v.configMap).map((v: any) => v.configMap.name);
  const found = configFiles(inEnv(env)).find(
    ([, o, f]) => names.includes(o.metadata.name) && o.metadata.namespace === w.metadata.namespace && o.metadata.annotations?.['observability-stack/config-format'] === 'otelcol' && f === 'config.yaml',
  );
  return found?.[3];
};

/** The Service a host (`name.ns`, `name.ns.svc`, with or without a port or scheme) names. */
const serviceOf = (env: string, address: string): Obj | undefined => {
  const host = address.replace(/^[a-z]+:\/\//, '').split(/[:/]/)[0];
  // a pod's own name under a headless Service: <pod>.<service>.<namespace>.svc
  const parts = host.split('.');
  const [name, ns] = parts[3] === 'svc' ? parts.slice(1, 3) : parts;
  return inEnv(env).find((o) => o.kind === 'Service' && o.metadata.name === name && o.metadata.namespace === ns);
};

/** The workload behind a Service (its selector matches the pod labels). */
const workloadOf = (env: string, svc: Obj): Obj | undefined =>
  inEnv(env).find(
    (o) =>
      podSpec(o) &&
      o.metadata.namespace === svc.metadata.namespace &&
      Object.entries(svc.spec.selector ?? {}).every(([k, v]) => o.spec.template.metadata.labels?.[k] === v),
  );

/** Where an exporter sends: its endpoint, or the Service its load-balancing resolver watches. */
const targetOf = (exporter: any): string | undefined => exporter?.endpoint ?? exporter?.resolver?.k8s?.service;

/**
 * Every path a trace takes from a workload's OTLP intake: the workloads it crosses, each with
 * the processors of the trace pipelines it went through, ending at a workload that is not a collector.
 */
const tracePaths = (env: string, w: Obj, seen: string[] = []): Array<Array<{ workload: string; kind: string; processors: string[] }>> => {
  const config = collectorConfigOf(env, w);
  if (!config) return [[{ workload: w.metadata.name, kind: w.kind, processors: [] }]];
  if (seen.includes(w.metadata.name)) throw new Error(`trace loop through ${w.metadata.name}`);
  const out: Array<Array<{ workload: string; kind: string; processors: string[] }>> = [];
  const pipelines = Object.entries<any>(config.service.pipelines).filter(([id, p]) => id.split('/')[0] === 'traces' && p.receivers.includes('otlp'));
  for (const [, p] of pipelines) {
    for (const e of p.exporters) {
      if (config.connectors?.[e]) continue; // a connector turns traces into metrics
      const target = targetOf(config.exporters[e]);
      const svc = target && serviceOf(env, target);
      const next = svc && workloadOf(env, svc);
      const hop = { workload: w.metadata.name, kind: w.kind, processors: p.processors };
      if (!next) {
        out.push([hop, { workload: `(no workload: ${e} -> ${target})`, kind: '', processors: [] }]);
        continue;
      }
      for (const rest of tracePaths(env, next, [...seen, w.metadata.name])) out.push([hop, ...rest]);
    }
  }
  return out;
};

describe.each(envs)('%s', (env) => {
  const collectors = inEnv(env).filter((o) => podSpec(o) && collectorConfigOf(env, o));
  const agent = collectors.find((o) => o.kind === 'DaemonSet')!;

  test('no DaemonSet samples: tail sampling needs whole traces', () => {
    for (const w of collectors.filter((o) => o.kind === 'DaemonSet')) {
      expect([w.metadata.name, Object.keys(collectorConfigOf(env, w).processors)]).toEqual([w.metadata.name, expect.not.arrayContaining(['tail_sampling'])]);
    }
  });

  test('every trace path from the agent to Tempo passes through a tail-sampling StatefulSet', () => {
    const paths = tracePaths(env, agent);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      // Tempo's intake: monolithic Tempo, or the distributed tier's distributors
      expect(p[p.length - 1].workload).toMatch(/^tempo(-distributor)?$/);
      const sampler = p.find((h) => h.processors.includes('tail_sampling'));
      expect(sampler?.kind).toBe('StatefulSet');
      // memory_limiter first, then the sampler, which waits (never evicts) when full
      expect(sampler!.processors).toEqual(['memory_limiter', 'tail_sampling']);
    }
  });

  test('the gateway counts RED metrics from every span, before sampling', () => {
    const gateway = collectors.find((o) => o.kind === 'StatefulSet')!;
    const config = collectorConfigOf(env, gateway);
    const red = Object.values<any>(config.service.pipelines).filter((p) => p.receivers.includes('otlp') && p.exporters.includes('span_metrics'));
    expect(red.map((p) => p.processors)).toEqual([['memory_limiter']]);
    const toPrometheus = Object.values<any>(config.service.pipelines).find((p) => p.receivers.includes('span_metrics'));
    // to each replica of Prometheus, every point
    const prometheus = inEnv(env).find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'prometheus')!;
    const targets = toPrometheus.exporters.map((e: string) => workloadOf(env, serviceOf(env, targetOf(config.exporters[e]) ?? '')!)?.metadata.name);
    expect(targets).toEqual(Array(prometheus.spec.replicas).fill('prometheus'));
    const hosts = toPrometheus.exporters.map((e: string) => targetOf(config.exporters[e]));
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  test.each(collectors.map((c) => [c.metadata.name, c] as const))('%s: every exporter retries without a time limit and has a queue: the agent\'s on the node\'s disk, the gateway\'s in memory and no volume', (_n, w) => {
    const config = collectorConfigOf(env, w);
    const storages = Object.keys(config.extensions).filter((e) => e.split('/')[0] === 'file_storage');
    // a gateway replica removed by a scale-down must leave nothing behind on a volume
    const onDisk = w.kind === 'DaemonSet';
    if (!onDisk) expect([storages, w.spec.volumeClaimTemplates]).toEqual([[], undefined]);
    for (const [id, e] of Object.entries<any>(config.exporters)) {
      if (id.split('/')[0] === 'debug') continue;
      expect([id, e.retry_on_failure?.enabled, e.retry_on_failure?.max_elapsed_time]).toEqual([id, true, '0s']);
      expect([id, e.sending_queue?.enabled, storages.includes(e.sending_queue?.storage)]).toEqual([id, true, onDisk]);
    }
  });

  test('the resolver watches a headless Service of the output that exposes the port, the StatefulSet\'s serviceName', () => {
    const config = collectorConfigOf(env, agent);
    const lb = Object.entries<any>(config.exporters).find(([id]) => id.split('/')[0] === 'load_balancing')![1];
    expect(lb.routing_key).toBe('traceID');
    const svc = serviceOf(env, lb.resolver.k8s.service)!;
    expect(svc.spec.clusterIP).toBe('None');
    expect(svc.spec.ports.map((p: any) => p.port)).toEqual(expect.arrayContaining(lb.resolver.k8s.ports));
    const sts = workloadOf(env, svc)!;
    expect([sts.kind, sts.spec.serviceName]).toEqual(['StatefulSet', svc.metadata.name]);
  });

  test('the agent may read exactly the EndpointSlices of the gateway namespace, nothing more', () => {
    const config = collectorConfigOf(env, agent);
    const lb = Object.entries<any>(config.exporters).find(([id]) => id.split('/')[0] === 'load_balancing')![1];
    const ns = lb.resolver.k8s.service.split('.')[1];
    const bindings = inEnv(env).filter(
      (o) => o.kind === 'RoleBinding' && o.subjects.some((s: any) => s.kind === 'ServiceAccount' && s.name === podSpec(agent).serviceAccountName && s.namespace === agent.metadata.namespace),
    );
    const roles = bindings.map((b) => inEnv(env).find((o) => o.kind === 'Role' && o.metadata.name === b.roleRef.name && o.metadata.namespace === b.metadata.namespace)!);
    expect(roles.map((r) => [r.metadata.namespace, r.rules])).toEqual([[ns, [{ apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] }]]]);
  });

  test('the gateway outlives its decision wait on shutdown, has a disruption budget and spreads over nodes', () => {
    const gateway = collectors.find((o) => o.kind === 'StatefulSet')!;
    const wait = parseInt(collectorConfigOf(env, gateway).processors.tail_sampling.decision_wait, 10);
    expect(podSpec(gateway).terminationGracePeriodSeconds).toBeGreaterThan(wait);
    expect(inEnv(env).some((o) => o.kind === 'PodDisruptionBudget' && o.metadata.name === gateway.metadata.name)).toBe(true);
    expect(podSpec(gateway).topologySpreadConstraints.map((c: any) => c.topologyKey)).toEqual(expect.arrayContaining(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']));
  });
});
