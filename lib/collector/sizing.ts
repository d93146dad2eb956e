/**
 * The collectors' sizes from measurements: the figures `npm run bench -- runtime` and
 * `npm run bench -- gateway` measured (each with the rate, the config, the machine and the
 * command it was measured at), the rates each size profile declares, the headroom it states,
 * and the derivation of the agent's and the gateway's requests and limits from them. The
 * declarations take their sizes from here; `test/sizing.test.ts` holds the derivation.
 */
import { ComponentSize } from '../common/contract/component';
import { SIZE_NAMES, SizeName } from '../common/vocabulary/sizes';
import { gatewayQueueBytes, memoryLimiter } from './config';

const MiB = 2 ** 20;

/** Where a figure was measured. */
export interface MeasuredAt {
  /** The command that measured it. */
  readonly command: string;
  /** The collector config it ran. */
  readonly config: string;
  readonly machine: string;
}

const MACHINE = 'the 2-core development machine, idle otherwise';

/** The items the agent takes: spans, metric points, OTLP log records, pod log lines it reads from files. */
export type AgentItem = 'spans' | 'points' | 'logRecords' | 'logLines';

/** What an item cost, at the rate the bench sent it. */
export interface CpuFigure {
  readonly cpuSecondsPerMillion: number;
  /** Items a second. */
  readonly perSecond: number;
}

/** The agent's figures: one load at a time, each at its rate. */
export interface AgentFigures {
  readonly at: MeasuredAt;
  readonly cpu: Readonly<Record<AgentItem, CpuFigure>>;
  /** Its peak resident memory over the loads. */
  readonly peakRssMiB: number;
}

/** The agent as dist/dev/ has it (persistent queues, fsync), 20 s a load. */
export const AGENT_MEASURED: AgentFigures = {
  at: { command: 'npm run bench -- runtime dev', config: "dist/dev/'s agent", machine: MACHINE },
  cpu: {
    spans: { cpuSecondsPerMillion: 25.5, perSecond: 1000 },
    points: { cpuSecondsPerMillion: 27.0, perSecond: 500 },
    logRecords: { cpuSecondsPerMillion: 15.0, perSecond: 2000 },
    logLines: { cpuSecondsPerMillion: 29.6, perSecond: 1000 },
  },
  peakRssMiB: 77,
};

/** One level of the gateway benchmark: one replica sent traces at a rate for 30 s, every span accepted. */
export interface GatewayLevel {
  readonly at: MeasuredAt;
  readonly tracesPerSecond: number;
  readonly spansPerTrace: number;
  /** The decision wait of the config it ran: it holds every span that long. */
  readonly decisionWaitSeconds: number;
  readonly cpuSecondsPerMillionSpans: number;
  /**
   * Its largest resident memory through the decision wait: of the level (`over: 'level'`),
   * or the largest over the whole run (`'run'`), a bound on the level's.
   */
  readonly rss: { readonly mib: number; readonly over: 'level' | 'run' };
}

const DEV_GATEWAY: MeasuredAt = { command: 'npm run bench -- gateway dev', config: "dist/dev/'s gateway (limit 512Mi)", machine: MACHINE };
const PROD_GATEWAY: MeasuredAt = { command: 'npm run bench -- gateway prod', config: "dist/prod/'s gateway (limit 2Gi)", machine: MACHINE };
const PROD_GATEWAY_SIZED: MeasuredAt = { command: 'npm run bench -- gateway prod', config: "dist/prod/'s gateway (limit 1152Mi, num_traces 33,340)", machine: MACHINE };

/**
 * The gateway's levels, in the sampling mix (5 % errors, 5 % slow, 90 % ordinary), of
 * telemetrygen's traces (a client and a server span). Dev's 4,000 and 8,000 traces a second
 * are left out: the senders fell behind, so the rate is not what was sent.
 */
export const GATEWAY_MEASURED: readonly GatewayLevel[] = [
  { at: DEV_GATEWAY, tracesPerSecond: 500, spansPerTrace: 2, decisionWaitSeconds: 10, cpuSecondsPerMillionSpans: 16.0, rss: { mib: 83, over: 'level' } },
  { at: DEV_GATEWAY, tracesPerSecond: 1000, spansPerTrace: 2, decisionWaitSeconds: 10, cpuSecondsPerMillionSpans: 13.5, rss: { mib: 100, over: 'level' } },
  { at: DEV_GATEWAY, tracesPerSecond: 2000, spansPerTrace: 2, decisionWaitSeconds: 10, cpuSecondsPerMillionSpans: 13.3, rss: { mib: 134, over: 'level' } },
  // prod's share (5,000 over 3 replicas): 0.06 cores for 99,960 spans in 30 s
  { at: PROD_GATEWAY, tracesPerSecond: 1667, spansPerTrace: 2, decisionWaitSeconds: 10, cpuSecondsPerMillionSpans: 18.0, rss: { mib: 390, over: 'run' } },
  // 0.34 cores for 480,000 spans in 30 s
  { at: PROD_GATEWAY, tracesPerSecond: 8000, spansPerTrace: 2, decisionWaitSeconds: 10, cpuSecondsPerMillionSpans: 21.25, rss: { mib: 390, over: 'run' } },
  // prod's share in the production profile's traces, at the sizes derived from the levels above: 299,880 of 299,880 spans, 0.25 cores
  { at: PROD_GATEWAY_SIZED, tracesPerSecond: 1667, spansPerTrace: 6, decisionWaitSeconds: 10, cpuSecondsPerMillionSpans: 25.4, rss: { mib: 257, over: 'level' } },
];

/** A level's spans a second. */
export const spansPerSecond = (r: { readonly tracesPerSecond: number; readonly spansPerTrace: number }): number => r.tracesPerSecond * r.spansPerTrace;

/** Multiples of the measured figure a size takes. */
export interface Headroom {
  readonly cpu: number;
  readonly memory: number;
}

/** What a node's agent takes a second, of each item. */
export type AgentRates = Readonly<Record<AgentItem, number>>;

/** What a gateway replica takes. */
export interface GatewayRates {
  /** New traces a second: the profile's environments' `expectedTracesPerSecond` over their replicas. */
  readonly tracesPerSecond: number;
  readonly spansPerTrace: number;
  /** How long it holds each trace (`decisionWait`). */
  readonly decisionWaitSeconds: number;
  /** The Prometheus replicas of the profile: the RED metrics go to each through a queue of its own. */
  readonly metricsDestinations: number;
}

/** The rates a size profile declares for the collectors, and the headroom over the figures. */
export interface ProfileRates {
  readonly agent: { readonly perNode: AgentRates; readonly headroom: Headroom };
  readonly gateway: { readonly perReplica: GatewayRates; readonly headroom: Headroom };
}

/**
 * CPU takes twice the figure: the figures move by about a third between runs, and the
 * gateway's autoscaler aims at 70 % of the request. Memory takes twice the figure, and the
 * production agent four times: its figure is the laptop's, measured one signal at a time,
 * and production's rates are up to twice the laptop's and arrive together.
 */
export const PROFILE_RATES: Readonly<Record<SizeName, ProfileRates>> = {
  laptop: {
    // the rates the runtime benchmark sends
    agent: { perNode: { spans: 1000, points: 500, logRecords: 2000, logLines: 1000 }, headroom: { cpu: 2, memory: 2 } },
    // dev's 1,000 traces a second over its 2 replicas, of the benchmark's traces
    gateway: { perReplica: { tracesPerSecond: 500, spansPerTrace: 2, decisionWaitSeconds: 10, metricsDestinations: 1 }, headroom: { cpu: 2, memory: 2 } },
  },
  production: {
    // a busy node of some 30 application pods: 20 requests a second each of 3 spans, 1,000
    // series pushed every 30 s, 65 log lines a second on stdout, and some OTLP log records
    agent: { perNode: { spans: 2000, points: 1000, logRecords: 1000, logLines: 2000 }, headroom: { cpu: 2, memory: 4 } },
    // prod's 5,000 traces a second over its 3 replicas, each a request through a few services
    gateway: { perReplica: { tracesPerSecond: 1667, spansPerTrace: 6, decisionWaitSeconds: 10, metricsDestinations: 2 }, headroom: { cpu: 2, memory: 2 } },
  },
};

/** The memory_limiter's limits in bytes of a container's limit: `soft`, where it starts refusing data (limit - spike); `hard`. */
export const memoryLimiterBytes = (containerLimitBytes: number): { soft: number; hard: number } => {
  const m = memoryLimiter();
  return { soft: (containerLimitBytes * (m.limit_percentage - m.spike_limit_percentage)) / 100, hard: (containerLimitBytes * m.limit_percentage) / 100 };
};

/** The gateway's queues in memory, full, at a container limit: the traces queue and one RED metrics queue per destination. */
export const gatewayQueuesBytes = (containerLimitBytes: number, metricsDestinations: number): number => {
  const q = gatewayQueueBytes(containerLimitBytes);
  return q.traces + metricsDestinations * q.metrics;
};

/** The gateway's resident memory as a line in the spans it holds: a baseline, and bytes a span held. */
export interface MemoryLine {
  readonly baselineMiB: number;
  readonly bytesPerSpanHeld: number;
}

/** The least-squares line through the levels measured one by one, in the spans each held over its decision wait. */
export const gatewayMemoryLine = (levels: readonly GatewayLevel[] = GATEWAY_MEASURED): MemoryLine => {
  const points = levels.filter((l) => l.rss.over === 'level').map((l) => [spansPerSecond(l) * l.decisionWaitSeconds, l.rss.mib] as const);
  const mean = (f: (p: readonly [number, number]) => number) => points.reduce((a, p) => a + f(p), 0) / points.length;
  const mx = mean((p) => p[0]);
  const my = mean((p) => p[1]);
  const slope = mean((p) => (p[0] - mx) * (p[1] - my)) / mean((p) => (p[0] - mx) ** 2);
  return { baselineMiB: my - slope * mx, bytesPerSpanHeld: slope * MiB };
};

/**
 * The gateway's memory holding a replica's rate over its decision wait, in MiB: the measured
 * line at the spans it holds, or the most a level measured one by one at or below its spans a
 * second took, whichever is more.
 */
export const gatewayWorkingSetMiB = (r: GatewayRates, line: MemoryLine = gatewayMemoryLine(), levels: readonly GatewayLevel[] = GATEWAY_MEASURED): number =>
  Math.max(
    line.baselineMiB + (line.bytesPerSpanHeld * spansPerSecond(r) * r.decisionWaitSeconds) / MiB,
    ...levels.filter((l) => l.rss.over === 'level' && spansPerSecond(l) <= spansPerSecond(r)).map((l) => l.rss.mib),
  );

/** The level measured nearest a rate, in spans a second. */
export const nearestLevel = (spans: number, levels: readonly GatewayLevel[] = GATEWAY_MEASURED): GatewayLevel =>
  levels.reduce((a, l) => (Math.abs(spansPerSecond(l) - spans) < Math.abs(spansPerSecond(a) - spans) ? l : a));

/** The agent's cores at a node's rates: each item's figure times its rate. */
export const agentCores = (r: AgentRates, figures: AgentFigures = AGENT_MEASURED): number =>
  (Object.keys(r) as AgentItem[]).reduce((a, i) => a + (r[i] * figures.cpu[i].cpuSecondsPerMillion) / 1e6, 0);

/** The gateway's cores at a replica's rate: the figure of the level measured nearest it. */
export const gatewayCores = (r: GatewayRates): number => (spansPerSecond(r) * nearestLevel(spansPerSecond(r)).cpuSecondsPerMillionSpans) / 1e6;

const roundUp = (x: number, step: number): number => Math.max(step, Math.ceil(x / step - 1e-9) * step);
/** Cores as a CPU quantity, up to a multiple of 50m. */
const cpuQuantity = (cores: number): string => {
  const m = roundUp(cores * 1000, 50);
  return m % 1000 === 0 ? String(m / 1000) : `${m}m`;
};
/** MiB as a memory quantity. */
const memoryQuantity = (mib: number): string => (mib % 1024 === 0 ? `${mib / 1024}Gi` : `${mib}Mi`);

/** The smallest limit, a multiple of 64Mi, whose memory_limiter soft limit holds the request and what the queues take at that limit. */
const limitHolding = (requestMiB: number, queues: (limitBytes: number) => number): number => {
  let mib = requestMiB;
  while (memoryLimiterBytes(mib * MiB).soft < requestMiB * MiB + queues(mib * MiB)) mib += 64;
  return mib;
};

/**
 * The agent's size in a profile: CPU, each item's figure at the node's rates; memory, its
 * peak; each with the headroom, and the limit the smallest whose memory_limiter soft
 * limit holds the request (its queues are on the node's disk).
 */
export const agentSize = (profile: SizeName): ComponentSize => {
  const { perNode, headroom } = PROFILE_RATES[profile].agent;
  const request = roundUp(AGENT_MEASURED.peakRssMiB * headroom.memory, 64);
  return { cpuRequest: cpuQuantity(agentCores(perNode) * headroom.cpu), memoryRequest: memoryQuantity(request), memoryLimit: memoryQuantity(limitHolding(request, () => 0)) };
};

/**
 * The gateway's size in a profile: CPU, the figure of the level measured nearest a
 * replica's spans a second; memory, the measured line at the spans it holds over the
 * decision wait; each with the headroom, and the limit the smallest whose memory_limiter
 * soft limit holds the request and its queues full (they are shares of the limit).
 */
export const gatewaySize = (profile: SizeName): ComponentSize => {
  const { perReplica, headroom } = PROFILE_RATES[profile].gateway;
  const request = roundUp(gatewayWorkingSetMiB(perReplica) * headroom.memory, 64);
  return {
    cpuRequest: cpuQuantity(gatewayCores(perReplica) * headroom.cpu),
    memoryRequest: memoryQuantity(request),
    memoryLimit: memoryQuantity(limitHolding(request, (limit) => gatewayQueuesBytes(limit, perReplica.metricsDestinations))),
  };
};

const perProfile = (size: (p: SizeName) => ComponentSize) => Object.fromEntries(SIZE_NAMES.map((p) => [p, size(p)])) as Record<SizeName, ComponentSize>;

/** The collectors' sizes per profile, as derived. */
export const COLLECTOR_SIZES = { agent: perProfile(agentSize), gateway: perProfile(gatewaySize) } as const;
