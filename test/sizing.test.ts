/**
 * The collectors' sizes come from the measured figures at the rates each size profile
 * declares, with its headroom (lib/collector/sizing.ts): the derived sizes, the arithmetic
 * behind them redone here from the figures, the memory_limiter against the container limit,
 * and the environments within their profile's rates.
 */
import { parse } from 'yaml';
import { OTEL_AGENT, OTEL_GATEWAY } from '../lib/collector/declaration';
import { gatewayQueueBytes, memoryLimiter } from '../lib/collector/config';
import { AGENT_MEASURED, AgentItem, COLLECTOR_SIZES, GATEWAY_MEASURED, PROFILE_RATES, gatewayMemoryLine } from '../lib/collector/sizing';
import { goMemLimit, parseCpu, parseMemory } from '../lib/common/k8s/resources';
import { Duration } from '../lib/common/vocabulary/duration';
import { SIZE_NAMES } from '../lib/common/vocabulary/sizes';
import { PROMETHEUS } from '../lib/prometheus/declaration';
import { TEST_ENVIRONMENTS, synthObjects } from './helpers';

const MiB = 2 ** 20;
const bytes = (q: string) => parseMemory(q)!;
const cores = (q: string) => parseCpu(q)! / 1000;
const profiles = SIZE_NAMES.map((p) => [p]);
/** The memory_limiter's limits at a container limit: soft (where it refuses data) and hard. */
const limiter = (limitBytes: number) => {
  const m = memoryLimiter();
  return { soft: (limitBytes * (m.limit_percentage - m.spike_limit_percentage)) / 100, hard: (limitBytes * m.limit_percentage) / 100 };
};
/** The gateway's queues full: the traces queue and a RED metrics queue per destination. */
const queues = (limitBytes: number, destinations: number) => {
  const q = gatewayQueueBytes(limitBytes);
  return q.traces + destinations * q.metrics;
};

test('the sizes derived from the figures, which the declarations take', () => {
  expect(COLLECTOR_SIZES).toEqual({
    agent: {
      laptop: { cpuRequest: '200m', memoryRequest: '192Mi', memoryLimit: '384Mi' },
      production: { cpuRequest: '350m', memoryRequest: '320Mi', memoryLimit: '640Mi' },
    },
    gateway: {
      laptop: { cpuRequest: '50m', memoryRequest: '192Mi', memoryLimit: '448Mi' },
      production: { cpuRequest: '550m', memoryRequest: '576Mi', memoryLimit: '1280Mi' },
    },
  });
  expect(OTEL_AGENT.sizes).toEqual(COLLECTOR_SIZES.agent);
  expect(OTEL_GATEWAY.sizes).toEqual(COLLECTOR_SIZES.gateway);
});

describe.each(profiles)('%s', (profile) => {
  const agent = OTEL_AGENT.sizes[profile];
  const gateway = OTEL_GATEWAY.sizes[profile];
  const { perNode, headroom: agentHeadroom } = PROFILE_RATES[profile].agent;
  const { perReplica, headroom } = PROFILE_RATES[profile].gateway;
  const spans = perReplica.tracesPerSecond * perReplica.spansPerTrace;

  test("the agent's CPU request is each item's figure at the node's rates, with the headroom, up to the next 50m", () => {
    const need = (Object.keys(perNode) as AgentItem[]).reduce((a, i) => a + (perNode[i] * AGENT_MEASURED.cpu[i].cpuSecondsPerMillion) / 1e6, 0) * agentHeadroom.cpu;
    expect(cores(agent.cpuRequest)).toBeGreaterThanOrEqual(need);
    expect(cores(agent.cpuRequest)).toBeLessThan(need + 0.05);
  });

  test("the agent's memory request is its peak with the headroom, up to the next 64Mi", () => {
    const need = AGENT_MEASURED.peakRssMiB * MiB * agentHeadroom.memory;
    expect(bytes(agent.memoryRequest)).toBeGreaterThanOrEqual(need);
    expect(bytes(agent.memoryRequest)).toBeLessThan(need + 64 * MiB);
  });

  test("the gateway's CPU request is the figure measured nearest a replica's spans a second, with the headroom, up to the next 50m", () => {
    const nearest = [...GATEWAY_MEASURED].sort((a, b) => Math.abs(a.tracesPerSecond * a.spansPerTrace - spans) - Math.abs(b.tracesPerSecond * b.spansPerTrace - spans))[0];
    const need = ((spans * nearest.cpuSecondsPerMillionSpans) / 1e6) * headroom.cpu;
    expect(cores(gateway.cpuRequest)).toBeGreaterThanOrEqual(need);
    expect(cores(gateway.cpuRequest)).toBeLessThan(need + 0.05);
  });

  test("the gateway's memory request is what it holds over the decision wait at the profile's rate on the measured line, with the headroom, up to the next 64Mi", () => {
    // the line through the first and the last level measured one by one: a baseline, and bytes a span held
    const levels = GATEWAY_MEASURED.filter((l) => l.rss.over === 'level');
    const held = (l: { tracesPerSecond: number; spansPerTrace: number; decisionWaitSeconds: number }) => l.tracesPerSecond * l.spansPerTrace * l.decisionWaitSeconds;
    const [first, last] = [levels[0], levels[levels.length - 1]];
    const perSpan = ((last.rss.mib - first.rss.mib) * MiB) / (held(last) - held(first));
    const baseline = first.rss.mib * MiB - perSpan * held(first);
    // or the most a level measured at or below the profile's rate took, whichever is more
    const measured = levels.filter((l) => l.tracesPerSecond * l.spansPerTrace <= spans).map((l) => l.rss.mib * MiB);
    const need = Math.max(baseline + perSpan * held(perReplica), ...measured) * headroom.memory;
    expect(bytes(gateway.memoryRequest)).toBeGreaterThanOrEqual(need);
    expect(bytes(gateway.memoryRequest)).toBeLessThan(need + 64 * MiB);
    // and every resident memory measured up to the profile's rate, whatever the level or run
    for (const l of GATEWAY_MEASURED.filter((x) => x.tracesPerSecond * x.spansPerTrace <= spans)) expect(bytes(gateway.memoryRequest)).toBeGreaterThan(l.rss.mib * MiB);
  });

  test("the gateway's memory_limiter refuses nothing with the request's memory and its queues full, and its limits sit below the container's", () => {
    const limit = bytes(gateway.memoryLimit);
    const { soft, hard } = limiter(limit);
    expect(soft).toBeGreaterThanOrEqual(bytes(gateway.memoryRequest) + queues(limit, perReplica.metricsDestinations));
    expect(hard).toBeLessThan(limit);
    expect(bytes(goMemLimit(gateway.memoryLimit).replace('MiB', 'Mi'))).toBeLessThanOrEqual(hard);
    // the smallest such limit: 64Mi less would not hold it
    expect(limiter(limit - 64 * MiB).soft).toBeLessThan(bytes(gateway.memoryRequest) + queues(limit - 64 * MiB, perReplica.metricsDestinations));
    // a RED metrics queue per Prometheus replica of the profile
    expect(perReplica.metricsDestinations).toBe(PROMETHEUS.sizes[profile].replicas ?? 1);
  });

  test("the agent's memory_limiter refuses nothing at the request's memory, and its limits sit below the container's", () => {
    const limit = bytes(agent.memoryLimit);
    const { soft, hard } = limiter(limit);
    expect(soft).toBeGreaterThanOrEqual(bytes(agent.memoryRequest));
    expect(limiter(limit - 64 * MiB).soft).toBeLessThan(bytes(agent.memoryRequest));
    expect(hard).toBeLessThan(limit);
    expect(bytes(goMemLimit(agent.memoryLimit).replace('MiB', 'Mi'))).toBeLessThanOrEqual(hard);
  });
});

describe('every environment is within its profile', () => {
  const objects = synthObjects();
  const gatewayProps = (env: string) => ({ expectedTracesPerSecond: 1000, ...TEST_ENVIRONMENTS.find((e) => e.name === env)!.gateway });
  test.each(TEST_ENVIRONMENTS.map((e) => [e.name, e.size ?? 'production'] as const))("%s: a gateway replica's share and what it holds over the decision wait are within the %s profile's, and its queues with the request fit under the memory_limiter", (env, profile) => {
    const declared = PROFILE_RATES[profile].gateway.perReplica;
    const inEnv = objects.filter((o) => o.env === env);
    const sts = inEnv.find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'otel-gateway')!;
    const hpa = inEnv.find((o) => o.kind === 'HorizontalPodAutoscaler' && o.spec.scaleTargetRef.name === 'otel-gateway');
    const config = parse(inEnv.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'otel-gateway-config')!.data['config.yaml']);
    const sampling = config.processors.tail_sampling;
    // the replica's share, of the tier's rate over its (fewest) replicas
    const share = sampling.expected_new_traces_per_sec;
    expect(share).toBe(Math.ceil(gatewayProps(env).expectedTracesPerSecond / (sts.spec.replicas ?? hpa!.spec.minReplicas)));
    expect(share).toBeLessThanOrEqual(declared.tracesPerSecond);
    expect(share * Duration.parse('decision_wait', sampling.decision_wait).seconds).toBeLessThanOrEqual(declared.tracesPerSecond * declared.decisionWaitSeconds);
    const resources = sts.spec.template.spec.containers[0].resources;
    const queued = Object.values<any>(config.exporters).reduce((a, e) => a + (e.sending_queue?.queue_size ?? 0), 0);
    expect(limiter(bytes(resources.limits.memory)).soft).toBeGreaterThanOrEqual(bytes(resources.requests.memory) + queued);
  });

  test.each(TEST_ENVIRONMENTS.map((e) => [e.name, e.size ?? 'production'] as const))("%s: a replica's trace buffer full (num_traces of the %s profile's traces) and its queues full fit under the memory_limiter, on the measured line", (env, profile) => {
    const declared = PROFILE_RATES[profile].gateway.perReplica;
    const inEnv = objects.filter((o) => o.env === env);
    const sts = inEnv.find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'otel-gateway')!;
    const config = parse(inEnv.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'otel-gateway-config')!.data['config.yaml']);
    const line = gatewayMemoryLine();
    const bufferFull = line.baselineMiB * MiB + line.bytesPerSpanHeld * config.processors.tail_sampling.num_traces * declared.spansPerTrace;
    const limit = bytes(sts.spec.template.spec.containers[0].resources.limits.memory);
    // past num_traces the intake waits (block_on_overflow): the buffer is the most it holds
    expect(config.processors.tail_sampling.block_on_overflow).toBe(true);
    expect(bufferFull + queues(limit, declared.metricsDestinations)).toBeLessThanOrEqual(limiter(limit).soft);
  });
});
