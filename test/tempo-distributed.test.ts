import { StackProps } from '../lib/stack/stack';
import { renderStack } from '../lib/output/synth';
import { validateRendered } from '../lib/output/validation';
import { EmbeddedConfig, parseEnvironment } from '../lib/output/validation/types';
import { TEMPO_FORMAT } from '../lib/tempo/config-check';
import { BYTES_PER_SPAN, PARTITION_BYTES_PER_SECOND, tracePartitions } from '../lib/tempo/ingest';
import { TEMPO_MONOLITHIC_LIMIT } from '../lib/tempo/tempo';
import { LIVE_STORE_ZONES, TempoDistributed, tempoDistributedShape } from '../lib/tempo/tempo-distributed';
import { buildApp } from './helpers';

/** An environment above monolithic Tempo's limit, with the log and the object store it needs. */
const big: StackProps = {
  name: 'big',
  clusterName: 'big-1',
  deploymentEnvironment: 'production',
  namespace: 'obs',
  intake: { spansPerSecond: 150000 },
  tempo: {
    storage: { type: 's3', bucket: 'traces', endpoint: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1', credentialsSecret: { name: 'tempo-s3' } },
    kafka: { address: 'b-1.traces.kafka.internal:9096', topic: 'traces', sasl: { username: 'tempo', passwordSecret: { name: 'tempo-kafka', key: 'password' } } },
  },
};
const [stack] = buildApp([big]).stacks;
const files = renderStack(stack);
const env = parseEnvironment('big', files);
const docs = env.objects.map((o) => o.doc);
const distributed = stack.node.findAll().find((c): c is TempoDistributed => c instanceof TempoDistributed)!;
const targets = Object.values(distributed.targets);
const ns = 'obs';
const sts = (name: string) => docs.find((d) => d.kind === 'StatefulSet' && d.metadata.name === name);
const tempoConfigs = env.configs.filter((c) => c.format === TEMPO_FORMAT.name);
const configOf = (target: string): any => env.configs.find((c) => c.object === `ConfigMap/${ns}/tempo-${target}-config`)!.parsed;

const policies = docs.filter((d) => d.kind === 'NetworkPolicy');
const matches = (sel: any, labels: Record<string, string>): boolean => Object.entries<string>(sel?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
const podLabels = (name: string): Record<string, string> => sts(name)?.spec.template.metadata.labels ?? docs.find((d) => d.metadata.name === name && d.spec?.template)!.spec.template.metadata.labels;
/** Whether the ingress policies of the namespace let the pods of `from` reach those of `to` on a port. */
const ingressAllows = (from: string, to: string, port: number): boolean => {
  const selecting = policies.filter((p) => p.metadata.namespace === ns && (p.spec.policyTypes ?? []).includes('Ingress') && Object.keys(p.spec.podSelector).length && matches(p.spec.podSelector, podLabels(to)));
  return selecting.some((p) => (p.spec.ingress ?? []).some((r: any) => (r.ports ?? []).some((x: any) => x.port === port) && (r.from ?? []).some((f: any) => matches(f.podSelector, podLabels(from)))));
};
/** Whether the egress policy of `from` lets its pods open connections to any address on a port (an external destination). */
const externalEgressAllows = (from: string, port: number): boolean => {
  const selecting = policies.filter((p) => p.metadata.namespace === ns && (p.spec.policyTypes ?? []).includes('Egress') && matches(p.spec.podSelector, podLabels(from)));
  expect(selecting.length).toBeGreaterThan(0);
  return selecting.some((p) => (p.spec.egress ?? []).some((r: any) => r.to === undefined && (r.ports ?? []).some((x: any) => x.port === port)));
};

describe("Tempo's distributed tier, above monolithic Tempo's limit", () => {
  test('passes every output check of the synth', () => {
    expect(validateRendered('big', files).filter((f) => f.level === 'error')).toEqual([]);
  });

  test("each target's config is judged in-process against Tempo 3.0.3's key tree without a finding", () => {
    expect(tempoConfigs.map((c) => c.object).sort()).toEqual(targets.map((t) => `ConfigMap/${ns}/${t.name}-config`).sort());
    for (const c of tempoConfigs) {
      const found: string[] = [];
      TEMPO_FORMAT.check(c as EmbeddedConfig, (level, path, message) => found.push(`${level} ${path}: ${message}`));
      expect([c.object, found]).toEqual([c.object, []]);
    }
  });

  test.each([55001, 80000, 150000, 1000000])('partitions, block-builders and live-stores derive together from %d spans a second', (spans) => {
    const shape = tempoDistributedShape(spans);
    const mbPerSecond = (spans * BYTES_PER_SPAN) / 1e6;
    // about 10 MB/s a partition, at 500 bytes a span
    expect(shape.partitions).toBe(Math.ceil((mbPerSecond * 1e6) / PARTITION_BYTES_PER_SECOND));
    expect(shape.partitions).toBe(tracePartitions(spans));
    expect(shape.replicas['block-builder']).toBe(shape.partitions);
    expect(shape.replicas['live-store']).toBe(shape.partitions);
    expect(shape.replicas.distributor).toBeGreaterThanOrEqual(Math.max(2, Math.ceil(mbPerSecond / 10)));
    expect(shape.replicas.querier).toBeGreaterThanOrEqual(Math.ceil(mbPerSecond / 2));
    expect(shape.replicas['backend-scheduler']).toBe(1);
  });

  test('the rendered StatefulSets have the derived replicas: one block-builder per partition, one live-store per partition in each zone', () => {
    const p = tracePartitions(big.intake!.spansPerSecond!);
    expect(p).toBe(8);
    expect(sts('tempo-block-builder').spec.replicas).toBe(p);
    for (const z of LIVE_STORE_ZONES) expect(sts(`tempo-live-store-${z}`).spec.replicas).toBe(p);
    expect(configOf('block-builder').block_builder.partitions_per_instance).toBe(1);
    for (const t of targets) {
      expect(sts(t.name).spec.replicas).toBe(distributed.shape.replicas[t.target]);
      expect(sts(t.name).spec.template.spec.containers[0].args).toContain(`-target=${t.target}`);
    }
    expect(configOf('live-store-zone-b').live_store.ring.instance_zone).toBe('zone-b');
  });

  test('the log is named by the environment: address and topic, not created by Tempo, the SASL password only as an env reference fed by its Secret', () => {
    const kafkaUsers = ['distributor', 'block-builder', 'metrics-generator', ...LIVE_STORE_ZONES.map((z) => `live-store-${z}`)];
    for (const t of kafkaUsers) {
      expect(configOf(t).ingest.kafka).toEqual({ address: 'b-1.traces.kafka.internal:9096', topic: 'traces', auto_create_topic_enabled: false, sasl_username: 'tempo', sasl_password: '${KAFKA_SASL_PASSWORD}' });
      expect(sts(`tempo-${t}`).spec.template.spec.containers[0].env).toContainEqual({ name: 'KAFKA_SASL_PASSWORD', valueFrom: { secretKeyRef: { name: 'tempo-kafka', key: 'password' } } });
    }
    for (const t of ['querier', 'query-frontend', 'backend-scheduler', 'backend-worker']) expect(configOf(t).ingest).toBeUndefined();
  });

  test('the gateway sends traces to the distributors, Grafana queries the query-frontends', () => {
    const gateway = env.configs.find((c) => c.component === 'otel-gateway' && c.format === 'otelcol')!.parsed;
    const endpoints = Object.values<any>(gateway.exporters).map((e) => e.endpoint);
    expect(endpoints).toContain(`tempo-distributor.${ns}.svc:4317`);
    expect(endpoints.filter((e) => /tempo/.test(String(e)))).toEqual([`tempo-distributor.${ns}.svc:4317`]);
    const grafana = env.configs.filter((c) => c.component === 'grafana').flatMap((c) => c.parsed?.datasources ?? []);
    expect(grafana.find((d: any) => d.type === 'tempo').url).toBe(`http://tempo-query-frontend.${ns}.svc:3200`);
    expect(ingressAllows('otel-gateway', 'tempo-distributor', 4317)).toBe(true);
    expect(ingressAllows('grafana', 'tempo-query-frontend', 3200)).toBe(true);
    expect(ingressAllows('grafana', 'tempo-distributor', 4317)).toBe(false);
  });

  test('NetworkPolicies from the wiring graph: the log and the object store as external connections, the rings and the query path inside', () => {
    for (const t of ['distributor', 'block-builder', 'metrics-generator', 'live-store-zone-a', 'live-store-zone-b']) expect([t, externalEgressAllows(`tempo-${t}`, 9096)]).toEqual([t, true]);
    for (const t of ['querier', 'query-frontend', 'backend-scheduler', 'backend-worker']) expect([t, externalEgressAllows(`tempo-${t}`, 9096)]).toEqual([t, false]);
    for (const t of ['block-builder', 'querier', 'query-frontend', 'backend-scheduler', 'backend-worker']) expect([t, externalEgressAllows(`tempo-${t}`, 443)]).toEqual([t, true]);
    expect(externalEgressAllows('tempo-distributor', 443)).toBe(false);
    expect(ingressAllows('tempo-distributor', 'tempo-live-store-zone-a', 7946)).toBe(true);
    expect(ingressAllows('tempo-querier', 'tempo-live-store-zone-b', 9095)).toBe(true);
    expect(ingressAllows('tempo-querier', 'tempo-query-frontend', 9095)).toBe(true);
    expect(ingressAllows('tempo-backend-worker', 'tempo-backend-scheduler', 9095)).toBe(true);
    expect(ingressAllows('tempo-distributor', 'tempo-query-frontend', 9095)).toBe(false);
    const external = stack.wiring.externalConnections.filter((c) => c.purpose === 'trace log (Kafka)');
    expect(external.map((c) => c.destination)).toEqual(external.map(() => 'b-1.traces.kafka.internal'));
  });

  test('every target: restricted pods, a PodDisruptionBudget, spread over zones and nodes; the live-stores of a partition kept apart', () => {
    for (const t of targets) {
      const s = sts(t.name);
      const pod = s.spec.template.spec;
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(pod.containers[0].securityContext).toMatchObject({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
      expect(docs.some((d) => d.kind === 'PodDisruptionBudget' && d.metadata.name === t.name && matches(d.spec.selector, s.spec.template.metadata.labels))).toBe(true);
      if (t.replicas > 1) expect(pod.topologySpreadConstraints.map((c: any) => c.topologyKey)).toEqual(['topology.kubernetes.io/zone', 'kubernetes.io/hostname']);
    }
    const a = sts('tempo-live-store-zone-a').spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm;
    expect(a.topologyKey).toBe('topology.kubernetes.io/zone');
    expect(matches(a.labelSelector, podLabels('tempo-live-store-zone-b'))).toBe(true);
  });

  test('the existing shape is left below the limit: one monolithic Tempo', () => {
    const [small] = buildApp([{ ...big, name: 'small', intake: { spansPerSecond: TEMPO_MONOLITHIC_LIMIT.max }, tempo: { storage: big.tempo!.storage } }]).stacks;
    const names = parseEnvironment('small', renderStack(small)).objects.filter((o) => o.doc.kind === 'StatefulSet').map((o) => o.doc.metadata.name);
    expect(names).toContain('tempo');
    expect(names.filter((n) => n.startsWith('tempo-'))).toEqual([]);
  });
});

describe("Tempo's distributed tier refuses what it cannot run", () => {
  const build = (p: Partial<StackProps>) => () => buildApp([{ ...big, ...p }]);
  const kafka = big.tempo!.kafka!;

  test('fails when the intake is above the limit and no Kafka log is given', () => {
    expect(build({ tempo: { storage: big.tempo!.storage } })).toThrow(
      /^big: Tempo 'kafka' is required above 55,000 spans a second \('intake.spansPerSecond' declares 150,000\): Tempo in monolithic mode takes at most that .*give 'kafka' \{ address: 'host:port' \}/,
    );
  });

  test('fails when the distributed tier would keep its blocks on the filesystem', () => {
    expect(build({ tempo: { kafka } })).toThrow(/^big: Tempo 'storage' must be object storage \(type 's3'\) in the distributed tier \('intake.spansPerSecond' declares 150,000, above 55,000\): .*got \{ type: 'filesystem' \}/);
  });

  test('fails when a Kafka log is given below the limit (monolithic Tempo writes none)', () => {
    expect(build({ intake: { spansPerSecond: 30000 } })).toThrow(/^big: Tempo 'kafka' is for Tempo's distributed tier, rendered above 55,000 spans a second; 'intake.spansPerSecond' declares 30,000, so Tempo is monolithic and writes no log/);
    expect(build({ intake: undefined })).toThrow(/'intake.spansPerSecond' declares none/);
  });

  test('fails when the Kafka address is a URL', () => {
    expect(build({ tempo: { ...big.tempo, kafka: { address: 'kafka://b-1:9092' } } })).toThrow(/^big: Tempo 'kafka.address' must be a broker's host:port without a scheme, such as kafka.streaming.svc:9092, got 'kafka:\/\/b-1:9092'/);
  });

  test('fails when replicas are given to the distributed tier', () => {
    expect(build({ tempo: { ...big.tempo, replicas: 3 } })).toThrow(/^big: Tempo 'replicas' applies to monolithic Tempo only: the distributed tier's replicas derive from 'intake.spansPerSecond', got 3/);
  });
});
