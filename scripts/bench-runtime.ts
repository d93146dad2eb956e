/**
 * The running cost of the node agent (and of the gateways behind it), measured on the pinned
 * otelcol with the exact configs of dist/<env>/, in the end-to-end harness's cluster (a real
 * API server for k8s_attributes, the gateways, Prometheus, the Tempo and Loki stand-ins).
 * Beside it, on the same binary, node and load, two peers run as pods of the agent's own
 * template:
 *   - the floor: an OTLP receiver straight to OTLP exporters, nothing else (what this
 *     collector build costs at the least);
 *   - the opentelemetry-collector Helm chart's agent config (chart 0.170.0, as `helm template`
 *     renders it, kept with its provenance in bench-runtime/), with its `debug` exporters
 *     replaced by OTLP exporters to the same backends, as a user of the chart would.
 * Each signal is sent by telemetrygen at a fixed rate to each collector in turn (OTLP traces,
 * all errors so that every span is kept; OTLP metrics; OTLP logs), then a pod log file is
 * written in the CRI format, which both node agents read. For each it prints the process's
 * own CPU time per million items (from /proc: user + system), what its receiver refused and
 * what it failed to send; the gateways' CPU per million spans for the agent's traces; and
 * each process's peak RSS.
 *
 *   npm run bench -- runtime [ENV ...]        (default: dev prod; BENCH_SECONDS=20 a load)
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { PodLogWriter, runLoad, SPANS_PER_TRACE } from './e2e/load';
import { PodProcess, sleep, stopAll } from './e2e/pod';
import { all } from './e2e/manifests';
import { agentEndpoint, counterAt as counter, until } from './e2e/scenarios';
import { Stack, canRunStack } from './e2e/stack';

const root = path.resolve(__dirname, '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const RATES = { traces: 1000, metrics: 500, logs: 2000, file: 1000 } as const;
type Signal = 'traces' | 'metrics' | 'logs';
const ITEM: Record<Signal, string> = { traces: 'spans', metrics: 'metric_points', logs: 'log_records' };

/** User + system CPU seconds of a process so far (/proc/<pid>/stat, clock ticks of 1/100 s). */
const cpuSeconds = (pid: number): number => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** The peak resident set of a process so far, in MiB. */
const peakRssMiB = (pid: number): number => Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;


/** The backends the peers send to, by the Service names of dist/ (the pods' /etc/hosts resolves them). */
const backends = (s: Stack) => {
  const svc = (name: string): any => all(s.docs, 'Service').find((d) => d.metadata.name === name);
  const at = (name: string, port: string) => `${name}.${svc(name).metadata.namespace}.svc:${svc(name).spec.ports.find((p: any) => p.name === port || p.port === Number(port)).port}`;
  return {
    'otlp_grpc/traces': { endpoint: at('tempo', '4317'), tls: { insecure: true } },
    'otlp_http/metrics': { endpoint: `http://${at('prometheus', '9090')}/api/v1/otlp` },
    'otlp_http/logs': { endpoint: `http://${at('loki', '3100')}/otlp` },
  };
};

const CHART_RECEIVERS_LEFT_OUT = ['jaeger', 'zipkin', 'prometheus'];

/** The chart's agent config with its debug exporters replaced by the same backends as the stack's. */
const chartConfig = (s: Stack): string => {
  const c = parse(fs.readFileSync(path.join(__dirname, 'bench-runtime', 'otel-collector-chart-agent.yaml'), 'utf8'));
  c.exporters = backends(s);
  const by: Record<string, string> = { traces: 'otlp_grpc/traces', metrics: 'otlp_http/metrics', logs: 'otlp_http/logs' };
  for (const [signal, p] of Object.entries<any>(c.service.pipelines)) p.exporters = [by[signal]];
  // receivers this build of the pinned collector does not have (the stack uses none of them):
  // idle listeners here, and a scrape of its own metrics every 10 s; left out, which makes the
  // chart's figures, if anything, lower
  for (const r of CHART_RECEIVERS_LEFT_OUT) delete c.receivers[r];
  for (const p of Object.values<any>(c.service.pipelines)) p.receivers = p.receivers.filter((r: string) => !CHART_RECEIVERS_LEFT_OUT.includes(r));
  return stringify(c);
};

/** The floor: OTLP in, OTLP out, nothing between. */
const floorConfig = (s: Stack): string =>
  stringify({
    extensions: { health_check: { endpoint: '${env:MY_POD_IP}:13133' } },
    receivers: { otlp: { protocols: { grpc: { endpoint: '${env:MY_POD_IP}:4317' } } } },
    exporters: backends(s),
    service: {
      extensions: ['health_check'],
      telemetry: { metrics: { readers: [{ pull: { exporter: { prometheus: { host: '${env:MY_POD_IP}', port: 8888 } } } }] } },
      pipelines: {
        traces: { receivers: ['otlp'], exporters: ['otlp_grpc/traces'] },
        metrics: { receivers: ['otlp'], exporters: ['otlp_http/metrics'] },
        logs: { receivers: ['otlp'], exporters: ['otlp_http/logs'] },
      },
    },
  });

interface Target {
  readonly name: string;
  readonly proc: PodProcess;
  readonly ip: string;
  readonly endpoint: string;
}

interface Measured {
  readonly target: string;
  readonly signal: string;
  readonly items: number;
  readonly cpu: number;
  readonly refused: number;
  readonly failed: number;
  readonly note?: string;
}

const pad = (v: string, n: number) => (v.length >= n ? v : v + ' '.repeat(n - v.length));
const perMillion = (m: Measured) => (m.items > 0 ? (m.cpu / m.items) * 1e6 : NaN);

const measureSignal = async (s: Stack, t: Target, signal: Signal, gateways: PodProcess[]): Promise<Measured[]> => {
  const pid = t.proc.componentPid()!;
  const item = ITEM[signal];
  const rate = RATES[signal];
  const count = rate * seconds;
  const tag = `bench-${t.name}-${signal}`;
  const accepted0 = await counter(t.ip, `otelcol_receiver_accepted_${item}`, 'receiver="otlp"');
  const refused0 = await counter(t.ip, `otelcol_receiver_refused_${item}`, 'receiver="otlp"');
  const sent0 = await counter(t.ip, `otelcol_exporter_sent_${item}`);
  const failed0 = await counter(t.ip, `otelcol_exporter_send_failed_${item}`);
  const gwPids = gateways.map((g) => g.componentPid()!);
  const cpu0 = cpuSeconds(pid);
  const gw0 = gwPids.map(cpuSeconds);
  const traces = signal === 'traces';
  const run = await runLoad(s.appBase(tag), t.endpoint, {
    signal,
    service: tag,
    count: traces ? count / SPANS_PER_TRACE : count,
    rate: traces ? rate / SPANS_PER_TRACE : rate,
    allowFailures: true,
    ...(traces ? { statusCode: 'Error' as const } : {}),
  });
  // until everything accepted has left the collector (sent or failed), at most 60 s
  let accepted = 0;
  await until(async () => {
    accepted = (await counter(t.ip, `otelcol_receiver_accepted_${item}`, 'receiver="otlp"')) - accepted0;
    const out = (await counter(t.ip, `otelcol_exporter_sent_${item}`)) - sent0 + (await counter(t.ip, `otelcol_exporter_send_failed_${item}`)) - failed0;
    return accepted > 0 && out >= accepted;
  }, 60000);
  const cpu = cpuSeconds(pid) - cpu0;
  const refused = (await counter(t.ip, `otelcol_receiver_refused_${item}`, 'receiver="otlp"')) - refused0;
  const failed = (await counter(t.ip, `otelcol_exporter_send_failed_${item}`)) - failed0;
  const rows: Measured[] = [{ target: t.name, signal: `${signal} (OTLP)`, items: accepted, cpu, refused, failed, note: run.code === 0 ? undefined : `telemetrygen exit ${run.code}` }];
  if (traces && t.name === 'agent') {
    // the gateways: sampling every span of these error traces, after their decision wait
    await until(() => s.sink.distinctSpanCount(tag) >= accepted, 60000);
    const gw = gwPids.map(cpuSeconds).reduce((a, c, i) => a + c - gw0[i], 0);
    rows.push({ target: 'gateways', signal: 'traces (sampled, all kept)', items: s.sink.distinctSpanCount(tag), cpu: gw, refused: 0, failed: accepted - s.sink.distinctSpanCount(tag) });
  }
  return rows;
};

const runEnvironment = async (env: string): Promise<void> => {
  const envDir = path.join(root, 'dist', env);
  const stack = new Stack(env, envDir, 1500);
  try {
    await stack.start();
    const peers = [
      { name: 'chart', ip: `${stack.prefix}40`, config: chartConfig(stack) },
      { name: 'floor', ip: `${stack.prefix}41`, config: floorConfig(stack) },
    ].map((p) => ({ ...p, proc: stack.peerCollector(`bench-${p.name}-${Math.random().toString(36).slice(2, 7)}`, p.ip, p.config) }));
    for (const p of peers) p.proc.start();
    for (const p of peers) if (!(await p.proc.ready(60000))) throw new Error(`${p.name}: not ready: ${p.proc.tail()}`);
    const targets: Target[] = [
      { name: 'agent', proc: stack.agent, ip: stack.ips.agent, endpoint: agentEndpoint(stack) },
      ...peers.map((p) => ({ name: p.name, proc: p.proc, ip: p.ip, endpoint: `${p.ip}:4317` })),
    ];
    const rows: Measured[] = [];
    for (const signal of ['traces', 'metrics', 'logs'] as const) {
      for (const t of targets) rows.push(...(await measureSignal(stack, t, signal, stack.gateways)));
    }
    // a pod's log file, read by both node agents at once (the floor reads no files)
    const readers = targets.filter((t) => t.name !== 'floor');
    const writer = new PodLogWriter(stack.logRoot, { namespace: stack.app.namespace, name: stack.app.name, uid: stack.app.uid! }, 'bench');
    const before = readers.map((t) => ({ cpu: cpuSeconds(t.proc.componentPid()!) }));
    const accepted0 = await Promise.all(readers.map((t) => counter(t.ip, 'otelcol_receiver_accepted_log_records', 'receiver="file_log"')));
    writer.startStream('bench', RATES.file);
    await sleep(seconds * 1000);
    const lines = writer.stopStream();
    await until(async () => (await Promise.all(readers.map(async (t, i) => (await counter(t.ip, 'otelcol_receiver_accepted_log_records', 'receiver="file_log"')) - accepted0[i] >= lines))).every(Boolean), 60000);
    await sleep(2000);
    for (const [i, t] of readers.entries()) {
      const read = (await counter(t.ip, 'otelcol_receiver_accepted_log_records', 'receiver="file_log"')) - accepted0[i];
      rows.push({ target: t.name, signal: 'logs (file, CRI)', items: read, cpu: cpuSeconds(t.proc.componentPid()!) - before[i].cpu, refused: 0, failed: lines - read });
    }

    console.log(`\nruntime ${env}: the pinned otelcol, ${seconds} s a load; rates: traces ${RATES.traces} spans/s, metrics ${RATES.metrics} points/s, OTLP logs ${RATES.logs} records/s, file logs ${RATES.file} lines/s`);
    console.log(`(the chart's config without its ${CHART_RECEIVERS_LEFT_OUT.join(', ')} receivers, which this build does not have)`);
    const head = ['collector', 'signal', 'items', 'CPU s', 'CPU s / M items', 'vs chart', 'vs floor', 'refused', 'failed or lost'];
    const find = (target: string, signal: string) => rows.find((r) => r.target === target && r.signal === signal);
    const cells = rows.map((r) => {
      const chart = find('chart', r.signal);
      const floor = find('floor', r.signal);
      const ratio = (o?: Measured) => (o && r.target !== o.target && r.target !== 'gateways' ? `${(perMillion(r) / perMillion(o)).toFixed(2)}x` : '');
      return [r.target, r.signal, String(r.items), r.cpu.toFixed(2), perMillion(r).toFixed(1), ratio(chart), ratio(floor), String(r.refused), String(r.failed) + (r.note ? ` (${r.note})` : '')];
    });
    const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
    console.log(head.map((h, i) => pad(h, widths[i])).join('  '));
    for (const c of cells) console.log(c.map((v, i) => pad(v, widths[i])).join('  ').trimEnd());
    const rss = [...targets.map((t) => [t.name, t.proc] as const), ...stack.gateways.map((g, i) => [`gateway-${i}`, g] as const)].map(([n, p]) => `${n} ${peakRssMiB(p.componentPid()!).toFixed(0)} MiB`);
    console.log(`peak RSS: ${rss.join(', ')}`);

    // what the agent's guarantees cost: the same loads with its queues' fsync off, then with
    // its queues in memory (lost with the pod), against the agent as dist/ has it
    const variants: Array<[string, (c: any) => void]> = [
      ['agent, queues without fsync', (c) => (c.extensions.file_storage.fsync = false)],
      ['agent, queues in memory', (c) => Object.values<any>(c.exporters).forEach((e) => e.sending_queue && delete e.sending_queue.storage)],
    ];
    const ablation: Measured[] = rows.filter((r) => r.target === 'agent' && r.signal !== 'logs (file, CRI)');
    for (const [name, edit] of variants) {
      if (!(await stack.restartAgent(edit))) throw new Error(`${name}: the agent did not become ready`);
      const agent: Target = { name, proc: stack.agent, ip: stack.ips.agent, endpoint: agentEndpoint(stack) };
      for (const signal of ['traces', 'metrics', 'logs'] as const) ablation.push(...(await measureSignal(stack, agent, signal, [])));
    }
    await stack.restartAgent();
    console.log(`\nruntime ${env}: what the agent's persistent queues cost (same loads)`);
    const base = (signal: string) => ablation.find((r) => r.target === 'agent' && r.signal === signal)!;
    const aCells = ablation.map((r) => [r.target, r.signal, String(r.items), perMillion(r).toFixed(1), `${(perMillion(r) / perMillion(base(r.signal))).toFixed(2)}x`, String(r.refused), String(r.failed)]);
    const aHead = ['collector', 'signal', 'items', 'CPU s / M items', 'vs dist/', 'refused', 'failed or lost'];
    const aWidths = aHead.map((h, i) => Math.max(h.length, ...aCells.map((c) => c[i].length)));
    console.log(aHead.map((h, i) => pad(h, aWidths[i])).join('  '));
    for (const c of aCells) console.log(c.map((v, i) => pad(v, aWidths[i])).join('  ').trimEnd());
  } finally {
    await stack.stop().catch(() => undefined);
    stopAll();
    stack.cleanup(false);
  }
};

export const main = async (envs: string[]): Promise<number> => {
  if (!canRunStack('the runtime benchmark')) return 1;
  for (const env of envs) await runEnvironment(env);
  return 0;
};
