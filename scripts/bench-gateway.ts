/**
 * The gateway's cost and where one replica saturates: the pinned otelcol with the gateway
 * config of dist/<env>/, in the end-to-end harness's cluster, sent traces directly (one
 * replica, as the agents' load balancing gives each replica its share) in the sampling mix
 * (5 % errors and 5 % slow traces, kept; 90 % ordinary ones, kept at the baseline share), at
 * 1x, 2x, 4x, 8x and 16x the laptop profile's share of a replica and at the environment's own share
 * (its `expectedTracesPerSecond` over its replicas). For each level it prints the spans the
 * gateway accepted and refused, its CPU (cores used, seconds per million spans) and its
 * largest resident memory against the container's limit, sampled through the decision wait.
 *
 *   npm run bench -- gateway [ENV ...]        (default: dev prod; BENCH_SECONDS=30 a level)
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { parseMemory } from '../lib/common/k8s/resources';
import { OTEL_GATEWAY } from '../lib/collector/declaration';
import { PROFILE_RATES } from '../lib/collector/sizing';
import { runLoad } from './e2e/load';
import { Duration } from '../lib/common/vocabulary/duration';
import { SIZE_NAMES, SizeName } from '../lib/common/vocabulary/sizes';
import { stopAll } from './e2e/pod';
import { all } from './e2e/manifests';
import { counterAt as counter } from './e2e/scenarios';
import { Stack, canRunStack } from './e2e/stack';

const root = path.resolve(__dirname, '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
/** The sampling mix: shares of the traces sent, and how each is made. */
const MIX = [
  { name: 'errors', share: 0.05, statusCode: 'Error' as const },
  { name: 'slow', share: 0.05, spanDuration: '1500ms' },
  { name: 'ordinary', share: 0.9 },
];

/** User + system CPU seconds of a process so far. */
const cpuSeconds = (pid: number): number => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};
const rssMiB = (pid: number): number => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** The traces per second one gateway replica is declared for: the environment's rate over its replicas. */
const declaredShare = (s: Stack): { perReplica: number; replicas: number; total: number; memoryLimit: number; profile: SizeName; buffer: { traces: number; waitSeconds: number } } => {
  const sts = all(s.docs, 'StatefulSet').find((d) => d.metadata.name === 'otel-gateway');
  const hpa = all(s.docs, 'HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef?.name === 'otel-gateway');
  const replicas = sts.spec.replicas ?? hpa?.spec.minReplicas ?? 1;
  const cm = all(s.docs, 'ConfigMap').find((d) => d.metadata.name === 'otel-gateway-config');
  // the config holds a replica's share of the tier's rate
  const sampling = parse(cm.data['config.yaml']).processors.tail_sampling;
  const perReplica = sampling.expected_new_traces_per_sec;
  const memoryLimit = parseMemory(sts.spec.template.spec.containers[0].resources.limits.memory)!;
  // the size profile whose limit the environment's gateway has
  const profile = SIZE_NAMES.find((p) => parseMemory(OTEL_GATEWAY.sizes[p].memoryLimit) === memoryLimit) ?? 'production';
  return { perReplica, replicas, total: perReplica * replicas, memoryLimit, profile, buffer: { traces: sampling.num_traces, waitSeconds: Duration.parse('decision_wait', sampling.decision_wait).seconds } };
};

interface Level {
  readonly label: string;
  readonly tracesPerSecond: number;
  /** A client span and its server spans: the size profile's spans a trace. */
  readonly spansPerTrace: number;
}

/**
 * The senders of a level, one telemetrygen run per part of the mix: a worker per 2,000
 * spans a second (about what one sends here); telemetrygen's count and rate are each worker's.
 */
const senders = (level: Level) =>
  MIX.map((m) => {
    const rate = Math.max(1, Math.round(level.tracesPerSecond * m.share));
    const workers = Math.max(1, Math.ceil((rate * level.spansPerTrace) / 2000));
    return { ...m, workers, perWorker: { count: Math.round((rate * seconds) / workers), rate: rate / workers } };
  });

const measure = async (s: Stack, level: Level) => {
  const gw = s.gateways[0];
  const pid = gw.componentPid()!;
  const ip = gw.spec.ip;
  const accepted0 = await counter(ip, 'otelcol_receiver_accepted_spans');
  const refused0 = await counter(ip, 'otelcol_receiver_refused_spans');
  const cpu0 = cpuSeconds(pid);
  let peak = rssMiB(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 250);
  const t0 = Date.now();
  const plan = senders(level);
  const runs = plan.map((m) =>
    runLoad(s.appBase(`bench-gw-${m.name}`), `${ip}:4317`, {
      signal: 'traces',
      service: `bench-gw-${m.name}`,
      ...m.perWorker,
      childSpans: level.spansPerTrace - 1,
      workers: m.workers,
      allowFailures: true,
      ...(m.statusCode ? { statusCode: m.statusCode } : {}),
      ...(m.spanDuration ? { spanDuration: m.spanDuration } : {}),
    }),
  );
  const codes = (await Promise.all(runs)).map((r) => r.code);
  const sendSeconds = (Date.now() - t0) / 1000;
  // the decision wait of the last traces: memory holds them until then
  await new Promise((r) => setTimeout(r, 12000));
  clearInterval(sampler);
  const accepted = (await counter(ip, 'otelcol_receiver_accepted_spans')) - accepted0;
  const refused = (await counter(ip, 'otelcol_receiver_refused_spans')) - refused0;
  const cpu = cpuSeconds(pid) - cpu0;
  // cores: the CPU of the level (its decisions too) over the seconds the load was meant to take
  return { level, accepted, refused, offered: plan.reduce((a, m) => a + m.perWorker.count * m.workers * level.spansPerTrace, 0), sendSeconds, cores: cpu / seconds, cpuPerMillion: (cpu / accepted) * 1e6, peakMiB: peak, failedRuns: codes.filter((c) => c !== 0).length };
};

const pad = (v: string, n: number) => (v.length >= n ? v : v + ' '.repeat(n - v.length));

const runEnvironment = async (env: string): Promise<void> => {
  const stack = new Stack(env, path.join(root, 'dist', env), 1500);
  try {
    await stack.start();
    const share = declaredShare(stack);
    const laptop = OTEL_GATEWAY.sizes.laptop;
    // the laptop profile's share of a replica, as it declares it
    const laptopShare = PROFILE_RATES.laptop.gateway.perReplica.tracesPerSecond;
    const laptopSpans = PROFILE_RATES.laptop.gateway.perReplica.spansPerTrace;
    const levels: Level[] = [1, 2, 4, 8, 16].map((x) => ({ label: `${x}x laptop`, tracesPerSecond: laptopShare * x, spansPerTrace: laptopSpans }));
    // the environment's share in its size profile's traces
    const spansPerTrace = PROFILE_RATES[share.profile].gateway.perReplica.spansPerTrace;
    if (!levels.some((l) => l.tracesPerSecond === share.perReplica && l.spansPerTrace === spansPerTrace)) levels.push({ label: `${env}'s share`, tracesPerSecond: share.perReplica, spansPerTrace });
    const rows = [];
    for (const l of levels) rows.push(await measure(stack, l));
    console.log(`\ngateway ${env}: one replica of the pinned otelcol with dist/${env}'s config, ${seconds} s a level, the mix 5 % errors, 5 % slow, 90 % ordinary`);
    console.log(`declared: ${share.total} traces/s over ${share.replicas} replicas = ${share.perReplica} a replica (the ${share.profile} profile: ${spansPerTrace} spans a trace); memory limit ${(share.memoryLimit / 2 ** 20).toFixed(0)} MiB (laptop profile ${laptop.memoryLimit}, its share ${laptopShare} traces/s of ${laptopSpans} spans)`);
    const head = ['level', 'traces/s', 'spans/trace', 'spans offered', 'accepted', 'refused', 'load s', 'CPU cores', 'CPU s / M spans', 'peak RSS MiB', 'of limit'];
    const cells = rows.map((r) => [
      r.level.label,
      String(r.level.tracesPerSecond),
      String(r.level.spansPerTrace),
      String(r.offered),
      String(r.accepted),
      String(r.refused),
      r.sendSeconds.toFixed(0),
      r.cores.toFixed(2),
      r.cpuPerMillion.toFixed(1),
      r.peakMiB.toFixed(0),
      `${((r.peakMiB * 2 ** 20 * 100) / share.memoryLimit).toFixed(0)} %`,
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
    console.log(head.map((h, i) => pad(h, widths[i])).join('  '));
    for (const c of cells) console.log(c.map((v, i) => pad(v, widths[i])).join('  ').trimEnd());
    // past its trace buffer (num_traces over the decision wait) a replica holds its senders back, by
    // design: the agents' queues wait. Within it, behind: refused, or the load took a tenth longer
    // than meant; a gateway far from a core behind slow senders is not the limit
    const bufferRate = Math.floor(share.buffer.traces / share.buffer.waitSeconds);
    const behind = rows.find((r) => r.level.tracesPerSecond <= bufferRate && (r.refused > 0 || r.accepted < r.offered * 0.95 || r.sendSeconds > seconds * 1.1 + 5));
    const perCore = Math.round(1e6 / Math.min(...rows.map((r) => r.cpuPerMillion)));
    const held = rows.find((r) => r.level.tracesPerSecond > bufferRate);
    console.log(`trace buffer: num_traces ${share.buffer.traces} over the ${share.buffer.waitSeconds} s decision wait, ${bufferRate} traces/s (${(bufferRate / share.perReplica).toFixed(1)}x the replica's share)${held ? `: from ${held.level.tracesPerSecond} traces/s it holds the senders back (${held.level.label}: ${held.accepted} of ${held.offered} spans accepted in ${held.sendSeconds.toFixed(0)} s, ${held.refused} refused)` : ''}`);
    if (!behind) console.log(`one replica kept up at every level within its trace buffer; at its CPU per span, one core takes about ${perCore} spans/s`);
    else if (behind.refused > 0 || behind.cores > 0.7) console.log(`one replica stops keeping up at ${behind.level.tracesPerSecond} traces/s (${behind.level.label}): accepted ${behind.accepted} of ${behind.offered} spans in ${behind.sendSeconds.toFixed(0)} s, refused ${behind.refused}, ${behind.cores.toFixed(2)} cores`);
    else console.log(`from ${behind.level.tracesPerSecond} traces/s the senders on this machine fell behind (${behind.sendSeconds.toFixed(0)} s for a ${seconds} s load) while the gateway used ${behind.cores.toFixed(2)} cores: its own limit is further up; at its CPU per span, one core takes about ${perCore} spans/s`);
  } finally {
    await stack.stop().catch(() => undefined);
    stopAll();
    stack.cleanup(false);
  }
};

export const main = async (envs: string[]): Promise<number> => {
  if (!canRunStack('the gateway benchmark')) return 1;
  for (const env of envs) await runEnvironment(env);
  return 0;
};
