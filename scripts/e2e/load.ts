/**
 * The client side of the e2e run: an application pod that sends OTLP to its node's agent
 * through the agent's Service name (telemetrygen, run as a container of that pod), and the
 * pod's container log written by "the kubelet" in the CRI format under
 * /var/log/pods/<namespace>_<pod>_<uid>/<container>/0.log, where the agent's file_log
 * receiver reads it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PodProcess, PodProcessSpec } from './pod';

/** One telemetrygen run: what was asked for. */
export interface LoadSpec {
  readonly signal: 'traces' | 'metrics' | 'logs';
  readonly service: string;
  readonly count: number;
  readonly rate: number;
  readonly statusCode?: 'Error' | 'Ok' | 'Unset';
  readonly spanDuration?: string;
  readonly attributes?: Record<string, string>;
  /** Traces: server spans under each client span. @default SPANS_PER_TRACE - 1 */
  readonly childSpans?: number;
  /** Senders at once, the rate shared between them (one sends about 2,000 spans a second here). @default 1 */
  readonly workers?: number;
  /** Metrics: a monotonic Sum of this temporality and name instead of the default gauge `gen`. */
  readonly sum?: { readonly temporality: 'delta' | 'cumulative'; readonly name: string };
}

let runs = 0;

/** A telemetrygen run in progress. */
export interface LoadRun {
  readonly proc: PodProcess;
  /** Resolves with the exit code when it has sent everything (or was stopped). */
  readonly done: Promise<number | null>;
}

/**
 * Spans of each generated trace: a client span and `--child-spans` server spans. telemetrygen's
 * `--rate` paces spans, not traces, so a trace rate is asked for as this many times the rate.
 */
export const SPANS_PER_TRACE = 2;

/** Starts telemetrygen as a container of the application pod; it sends `count` items (traces, metric points, log records) at `rate` a second to `endpoint`. */
export const startLoad = (base: Omit<PodProcessSpec, 'container' | 'args'>, endpoint: string, load: LoadSpec & { allowFailures?: boolean }): LoadRun => {
  const countFlag = { traces: '--traces', metrics: '--metrics', logs: '--logs' }[load.signal];
  const args = [
    load.signal,
    '--otlp-endpoint', endpoint,
    '--otlp-insecure',
    '--workers', String(load.workers ?? 1),
    countFlag, String(load.count),
    '--rate', String(load.signal === 'traces' ? load.rate * (1 + (load.childSpans ?? SPANS_PER_TRACE - 1)) : load.rate),
    ...(load.signal === 'traces' ? ['--child-spans', String(load.childSpans ?? SPANS_PER_TRACE - 1)] : []),
    '--service', load.service,
    '--otlp-attributes', `k8s.pod.ip="${base.ip}"`,
    '--timeout', '30s',
  ];
  if (load.statusCode) args.push('--status-code', load.statusCode);
  if (load.spanDuration) args.push('--span-duration', load.spanDuration);
  if (load.signal === 'logs') args.push('--body', `e2e otlp ${load.service}`);
  if (load.allowFailures) args.push('--allow-export-failures');
  if (load.sum) args.push('--metric-type', 'Sum', '--aggregation-temporality', load.sum.temporality, '--otlp-metric-name', load.sum.name);
  for (const [k, v] of Object.entries(load.attributes ?? {})) args.push('--telemetry-attributes', `${k}="${v}"`);
  const name = `telemetrygen-${++runs}-${load.signal}-${load.service}`;
  const proc = new PodProcess({ ...base, dir: path.join(base.dir, '..', name), container: { name: 'app', securityContext: { readOnlyRootFilesystem: true } }, args });
  proc.start();
  const done = proc.waitExit(Math.ceil(load.count / load.rate) * 1000 + 90000).then(async (code) => {
    if (code === undefined) await proc.stop(1);
    return code ?? null;
  });
  return { proc, done };
};

/** Runs telemetrygen until it has sent everything; returns the exit code and its log's tail. */
export const runLoad = async (base: Omit<PodProcessSpec, 'container' | 'args'>, endpoint: string, load: LoadSpec & { allowFailures?: boolean }): Promise<{ code: number | null; log: string }> => {
  const r = startLoad(base, endpoint, load);
  const code = await r.done;
  return { code, log: r.proc.tail() };
};

/** The CRI log file of one container of a pod, appended to as a container runtime would. */
export class PodLogWriter {
  public readonly file: string;
  private readonly seqs = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private current = '';

  constructor(logRoot: string, pod: { namespace: string; name: string; uid: string }, container: string) {
    const dir = path.join(logRoot, `${pod.namespace}_${pod.name}_${pod.uid}`, container);
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    this.file = path.join(dir, '0.log');
  }

  /** Appends `n` lines of a stream; returns the sequence numbers written. */
  public write(stream: string, n: number): number {
    let text = '';
    let seq = this.seqs.get(stream) ?? 0;
    for (let i = 0; i < n; i++) text += `${new Date().toISOString()} stdout F e2e stream=${stream} seq=${++seq} ${'x'.repeat(40)}\n`;
    this.seqs.set(stream, seq);
    const fresh = !fs.existsSync(this.file);
    fs.appendFileSync(this.file, text, { mode: 0o640 });
    if (fresh) fs.chmodSync(this.file, 0o640);
    return seq;
  }

  /** Appends one line as a container wrote it (its text as is). */
  public writeText(text: string): void {
    const fresh = !fs.existsSync(this.file);
    fs.appendFileSync(this.file, `${new Date().toISOString()} stdout F ${text}\n`, { mode: 0o640 });
    if (fresh) fs.chmodSync(this.file, 0o640);
  }

  /** Writes `perSecond` lines a second of a stream until {@link stopStream}; each stream numbers its lines from 1. */
  public startStream(stream: string, perSecond: number): void {
    this.current = stream;
    const perTick = Math.max(1, Math.round(perSecond / 10));
    this.timer = setInterval(() => this.write(stream, perTick), 100);
  }

  /** Stops the stream; returns how many lines it wrote. */
  public stopStream(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    return this.seqs.get(this.current) ?? 0;
  }
}
