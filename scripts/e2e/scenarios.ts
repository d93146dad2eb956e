/**
 * The scenarios of the e2e run. Each sends known traffic through the running stack and
 * reports, per signal, what was sent, what arrived where it belongs (the stand-ins of Tempo
 * and Loki, the real Prometheus and Alertmanager) and what was lost.
 */
import { parse } from 'yaml';
import { IMAGES, KUBERNETES } from '../../lib/common/k8s/images';
import { LoadRun, PodLogWriter, SPANS_PER_TRACE, runLoad, startLoad } from './load';
import { all } from './manifests';
import { PodProcess, sleep } from './pod';
import { SelectorUse, jobScrape, missingInSource, missingOnSeries, selectorText, selectorsOf, sourceMetricOf } from './rule-series';
import { LogRecord } from './sink';
import { NODE, Stack } from './stack';

/** One line of the result table. */
export interface Row {
  readonly scenario: string;
  readonly signal: string;
  readonly sent: number | string;
  readonly received: number | string;
  readonly lost: number | string;
  readonly seconds: number;
  /** undefined: measured only, neither pass nor fail */
  readonly ok: boolean | undefined;
  readonly note?: string;
}

/** Polls `cond` every second until it holds or `ms` pass; returns whether it held. */
export const until = async (cond: () => boolean | Promise<boolean>, ms: number): Promise<boolean> => {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if (await cond()) return true;
    } catch {
      /* not yet answerable */
    }
    if (Date.now() > deadline) return false;
    await sleep(1000);
  }
};

const secs = (t0: number) => Math.round((Date.now() - t0) / 100) / 10;

/** The agent's OTLP gRPC address by its Service's DNS name, as an application pod uses it. */
export const agentEndpoint = (s: Stack): string => {
  const svc = all(s.docs, 'Service').find((x) => x.metadata.name === 'otel-agent');
  const port = svc.spec.ports.find((p: any) => p.name === 'otlp-grpc').port;
  return `${svc.metadata.name}.${svc.metadata.namespace}.svc:${port}`;
};

/** Sums a PromQL vector (0 when empty). */
const sumOf = async (s: Stack, expr: string): Promise<number> => (await s.query(expr)).reduce((a, r) => a + r.value, 0);

/** Traces, in a row: every one is an error trace (kept by the sampling policy), so all must arrive. */
const traceRow = (s: Stack, scenario: string, service: string, sent: number, t0: number, note = ''): Row => {
  const got = s.sink.traceCount(service);
  return { scenario, signal: 'traces (error traces, all kept)', sent, received: got, lost: sent - got, seconds: secs(t0), ok: got === sent, note };
};

const otlpLogRow = (s: Stack, scenario: string, service: string, sent: number, t0: number): Row => {
  const got = s.sink.logCount(service);
  return { scenario, signal: 'logs (OTLP)', sent, received: got, lost: sent - got, seconds: secs(t0), ok: got === sent };
};

/** File-log lines of a stream: every sequence number once, none missing, none twice. */
const fileLogRow = (s: Stack, scenario: string, stream: string, sent: number, t0: number): Row => {
  const seqs = s.sink.fileSeqs(stream);
  const unique = new Set(seqs);
  const missing = Array.from({ length: sent }, (_, i) => i + 1).filter((n) => !unique.has(n));
  const dups = seqs.length - unique.size;
  const gaps = missing.length ? `missing ${missing.length} (first ${missing.slice(0, 5).join(',')})` : 'no gap';
  return { scenario, signal: 'logs (file, CRI)', sent, received: unique.size, lost: missing.length, seconds: secs(t0), ok: missing.length === 0 && dups === 0, note: `${gaps}, ${dups} duplicate${dups === 1 ? '' : 's'}` };
};

const fileArrived = (s: Stack, stream: string, sent: number) => () => new Set(s.sink.fileSeqs(stream)).size >= sent;

/**
 * 1. A new node: the application pod wrote its first lines before the agent started (its
 * first poll finds the file already there). Every line is read, none twice.
 */
export const linesBeforeAgent = async (s: Stack, sent: number, t0: number): Promise<Row[]> => {
  await until(fileArrived(s, 'before-agent', sent), 60000);
  return [fileLogRow(s, '1 lines written before the agent started', 'before-agent', sent, t0)];
};

/** 1. Steady load: traces, metrics and logs over OTLP, and a pod's file log, all arrive. */
export const steadyLoad = async (s: Stack, writer: PodLogWriter): Promise<Row[]> => {
  const name = '1 steady load';
  const t0 = Date.now();
  const svc = 'e2e-steady';
  const n = 300;
  const ep = agentEndpoint(s);
  // a JSON line: its trace context and level leave it, its other fields stay in the body
  const json = { level: 'warn', msg: 'e2e json', trace_id: '5b8efff798038103d269b633813fc60c', span_id: 'eee19b7ec3c1b174', user: 'e2e', cart: { items: 3 } };
  writer.writeText(JSON.stringify(json));
  writer.startStream('steady', 30);
  const runs = await Promise.all([
    runLoad(s.appBase('steady-traces'), ep, { signal: 'traces', service: svc, count: n, rate: 30, statusCode: 'Error' }),
    runLoad(s.appBase('steady-metrics'), ep, { signal: 'metrics', service: svc, count: n, rate: 30 }),
    runLoad(s.appBase('steady-logs'), ep, { signal: 'logs', service: svc, count: n, rate: 30 }),
  ]);
  const fileSent = writer.stopStream();
  const bad = runs.filter((r) => r.code !== 0);
  // telemetrygen reads the clock before its rate limiter's first wait: its first two points
  // (values 0 and 1) carry one millisecond, and Prometheus keeps one sample per series and
  // millisecond. Points from value 2 on each have their own millisecond: all must be stored.
  const expectedPoints = n - 2;
  const storedValues = async (): Promise<number[]> => {
    const r = await s.queryRaw(`gen{service_name="${svc}"}[30m]`);
    return r.flatMap((series: any) => series.values.map((v: [number, string]) => Number(v[1])));
  };
  const pointsFrom2 = async () => new Set((await storedValues()).filter((v) => v >= 2)).size;
  const redCalls = `sum(traces_span_metrics_calls_total{service_name="${svc}"})`;
  await until(async () => s.sink.traceCount(svc) >= n && s.sink.logCount(svc) >= n && fileArrived(s, 'steady', fileSent)() && (await pointsFrom2()) >= expectedPoints && (await sumOf(s, redCalls)) >= SPANS_PER_TRACE * n, 90000);
  const metricsGot = await pointsFrom2().catch(() => 0);
  const red = await sumOf(s, redCalls).catch(() => 0);
  const seriesOf = (await s.query('count by (__name__, job, service_name) ({__name__=~"gen.*"})').catch(() => [])).map((r) => JSON.stringify(r.labels));
  const spans = s.sink.spanCount(svc);
  const res = s.sink.spanResources.get(svc) ?? {};
  const fileRes = s.sink.logs.find((l) => /stream=steady /.test(l.body))?.resource ?? {};
  const jsonLog = s.sink.logs.find((l) => l.body.includes('"msg":"e2e json"'));
  const jsonOk =
    jsonLog !== undefined &&
    jsonLog.traceId === json.trace_id &&
    jsonLog.spanId === json.span_id &&
    jsonLog.severityText === 'warn' &&
    jsonLog.body === JSON.stringify(json) &&
    !['app_json', 'user', 'cart', 'msg', 'level'].some((k) => k in jsonLog.attributes);
  const k8sOk = res['k8s.pod.name'] === s.app.name && res['k8s.namespace.name'] === s.app.namespace && res['k8s.deployment.name'] === 'checkout';
  const fileK8sOk = fileRes['k8s.pod.uid'] === s.app.uid && fileRes['k8s.deployment.name'] === 'checkout' && fileRes['k8s.container.name'] === 'app';
  return [
    { ...traceRow(s, name, svc, n, t0, `${spans} spans at the Tempo stand-in`), ...(bad.length ? { ok: false, note: `telemetrygen failed: ${bad.map((b) => b.log).join(' | ')}` } : {}) },
    {
      scenario: name,
      signal: 'metrics (samples in Prometheus)',
      sent: expectedPoints,
      received: metricsGot,
      lost: expectedPoints - metricsGot,
      seconds: secs(t0),
      ok: metricsGot === expectedPoints,
      note: `values 2..${n - 1} of ${n} gauge points (the generator stamps points 0 and 1 in one millisecond); series ${seriesOf.join(', ') || 'none'}`,
    },
    otlpLogRow(s, name, svc, n, t0),
    fileLogRow(s, name, 'steady', fileSent, t0),
    { scenario: name, signal: 'RED calls in Prometheus (spans)', sent: SPANS_PER_TRACE * n, received: red, lost: SPANS_PER_TRACE * n - red, seconds: secs(t0), ok: red === SPANS_PER_TRACE * n, note: 'span_metrics of the gateways, before sampling' },
    {
      scenario: name,
      signal: 'file log JSON line',
      sent: 1,
      received: jsonLog ? 1 : 0,
      lost: jsonLog ? 0 : 1,
      seconds: secs(t0),
      ok: jsonOk,
      note: jsonLog ? `trace ${jsonLog.traceId}, span ${jsonLog.spanId}, severity ${jsonLog.severityText}, attributes ${Object.keys(jsonLog.attributes).sort().join(', ')}; body as written` : 'not delivered',
    },
    { scenario: name, signal: 'k8s_attributes (traces, file logs)', sent: '-', received: '-', lost: '-', seconds: secs(t0), ok: k8sOk && fileK8sOk, note: k8sOk && fileK8sOk ? `pod, namespace, deployment of ${s.app.name} on both` : `traces ${JSON.stringify(res)} file ${JSON.stringify(fileRes)}` },
  ];
};

/** 2 and 6b. The Tempo and Loki stand-ins are stopped for `outageSeconds` while traffic flows; nothing is lost. */
export const backendOutage = async (s: Stack, writer: PodLogWriter, name: string, outageSeconds: number, tag: string): Promise<Row[]> => {
  const t0 = Date.now();
  const svc = `e2e-${tag}`;
  const ep = agentEndpoint(s);
  await Promise.all([s.tempo.stop(), s.loki.stop()]);
  const down = Date.now();
  const rate = 5;
  const n = Math.max(20, Math.floor(outageSeconds * rate * 0.8));
  writer.startStream(tag, 10);
  const loads = Promise.all([
    runLoad(s.appBase(`${tag}-traces`), ep, { signal: 'traces', service: svc, count: n, rate, statusCode: 'Error' }),
    runLoad(s.appBase(`${tag}-logs`), ep, { signal: 'logs', service: svc, count: n, rate }),
  ]);
  await sleep(Math.max(0, outageSeconds * 1000 - (Date.now() - down)));
  const atRestart = { traces: s.sink.traceCount(svc), logs: s.sink.logCount(svc) };
  s.tempo.start();
  s.loki.start();
  const up = Date.now();
  await Promise.all([s.waitPort(s.ips.tempo, 4317), s.waitPort(s.ips.loki, 3100)]);
  await loads;
  const fileSent = writer.stopStream();
  // after a long outage the gateways' gRPC connection to Tempo comes back only at its next
  // reconnect attempt (gRPC's connection backoff grows to 120 s), then the queues drain
  const drainMs = outageSeconds >= 120 ? 300000 : 120000;
  await until(() => s.sink.traceCount(svc) >= n && s.sink.logCount(svc) >= n && fileArrived(s, tag, fileSent)(), drainMs);
  const drained = secs(up);
  const note = `stand-ins down ${Math.round((up - down) / 1000)} s (${atRestart.traces} traces, ${atRestart.logs} logs arrived while down); drained ${drained} s after restart`;
  return [traceRow(s, name, svc, n, t0, note), otlpLogRow(s, name, svc, n, t0), fileLogRow(s, name, tag, fileSent, t0)];
};

/**
 * 3. The agent restarts (SIGTERM, grace period, start again) while a pod writes its log:
 * resumes from its checkpoint. With `crash`, it is killed (SIGKILL): measured, what it held
 * in memory (its batch) may be lost or sent twice.
 */
export const agentRestart = async (s: Stack, writer: PodLogWriter, crash = false): Promise<Row[]> => {
  const name = crash ? '3 agent crash (SIGKILL)' : '3 agent restart';
  const stream = crash ? 'crash' : 'restart';
  const t0 = Date.now();
  writer.startStream(stream, 20);
  await sleep(5000);
  s.setReady(s.agent, false);
  const stopped = crash ? (await s.agent.crash(), 0) : await s.agent.stop();
  await sleep(3000);
  s.agent.start();
  const ready = await s.agent.ready(60000);
  s.setReady(s.agent, true);
  const downFor = secs(t0) - 5;
  await sleep(5000);
  const sent = writer.stopStream();
  await until(fileArrived(s, stream, sent), crash ? 30000 : 60000);
  const row = fileLogRow(s, name, stream, sent, t0);
  const how = crash ? 'agent killed' : `agent stopped (SIGTERM) in ${stopped.toFixed(2)} s`;
  return [{ ...row, ok: crash ? (ready ? undefined : false) : row.ok && ready, note: `${row.note}; ${how}, down ${downFor.toFixed(1)} s${ready ? '' : ', NOT ready after restart'}` }];
};

/** 4. Tail sampling on real traces through agent and gateways: errors and slow kept, probes dropped, baseline within bounds. */
export const tailSampling = async (s: Stack): Promise<Row[]> => {
  const name = '4 tail sampling';
  const t0 = Date.now();
  const ep = agentEndpoint(s);
  const gwConfig = s.gateways[0].mountedFiles.get('/conf/config.yaml') ?? '';
  const baseline = Number(/sampling_percentage:\s*([\d.]+)/.exec(gwConfig)?.[1] ?? 10);
  const threshold = Number(/threshold_ms:\s*(\d+)/.exec(gwConfig)?.[1] ?? 1000);
  const probe = /values:\s*\n\s*-\s*(\S+)/.exec(gwConfig)?.[1] ?? '/healthz';
  const sent = { error: 40, slow: 40, probe: 60, probeError: 20, ordinary: 2000 };
  const runs = await Promise.all([
    runLoad(s.appBase('sampling-error'), ep, { signal: 'traces', service: 'e2e-sampling-error', count: sent.error, rate: 20, statusCode: 'Error' }),
    runLoad(s.appBase('sampling-slow'), ep, { signal: 'traces', service: 'e2e-sampling-slow', count: sent.slow, rate: 20, spanDuration: `${threshold + 500}ms` }),
    runLoad(s.appBase('sampling-probe'), ep, { signal: 'traces', service: 'e2e-sampling-probe', count: sent.probe, rate: 30, spanDuration: `${threshold + 500}ms`, attributes: { 'url.path': probe } }),
    runLoad(s.appBase('sampling-probe-error'), ep, { signal: 'traces', service: 'e2e-sampling-probe-error', count: sent.probeError, rate: 20, statusCode: 'Error', attributes: { 'url.path': probe } }),
    runLoad(s.appBase('sampling-ordinary'), ep, { signal: 'traces', service: 'e2e-sampling-ordinary', count: sent.ordinary, rate: 250 }),
  ]);
  const failed = runs.filter((r) => r.code !== 0);
  // every span counted by the gateways' RED metrics, the decision wait of the last trace
  // over, then the kept counts steady for 3 s
  const sentAt = Date.now();
  const decisionWait = Number(/decision_wait:\s*(\d+)s/.exec(gwConfig)?.[1] ?? 10);
  const total = 2 * Object.values(sent).reduce((a, b) => a + b, 0);
  await until(async () => (await sumOf(s, 'sum(traces_span_metrics_calls_total{service_name=~"e2e-sampling-.*"})')) >= total && Date.now() > sentAt + (decisionWait + 5) * 1000, 90000);
  let last = -1;
  let steady = 0;
  await until(() => {
    const now = [...s.sink.traces.keys()].filter((k) => k.startsWith('e2e-sampling-')).reduce((a, k) => a + s.sink.traceCount(k), 0);
    steady = now === last ? steady + 1 : 0;
    last = now;
    return steady >= 3;
  }, 30000);
  const kept = (svc: string) => s.sink.traceCount(svc);
  const p = baseline / 100;
  const mean = sent.ordinary * p;
  const bound = Math.ceil(4 * Math.sqrt(sent.ordinary * p * (1 - p)));
  const ord = kept('e2e-sampling-ordinary');
  const probesKept = kept('e2e-sampling-probe') + kept('e2e-sampling-probe-error');
  const rows: Row[] = [
    { scenario: name, signal: 'error traces kept', sent: sent.error, received: kept('e2e-sampling-error'), lost: sent.error - kept('e2e-sampling-error'), seconds: secs(t0), ok: kept('e2e-sampling-error') === sent.error },
    { scenario: name, signal: `slow traces (${threshold + 500} ms) kept`, sent: sent.slow, received: kept('e2e-sampling-slow'), lost: sent.slow - kept('e2e-sampling-slow'), seconds: secs(t0), ok: kept('e2e-sampling-slow') === sent.slow },
    { scenario: name, signal: `probe traces (${probe}) dropped`, sent: sent.probe + sent.probeError, received: probesKept, lost: '-', seconds: secs(t0), ok: probesKept === 0, note: `${sent.probeError} of them failing, ${sent.probe} slow: a drop wins` },
    { scenario: name, signal: `ordinary traces at ${baseline}%`, sent: sent.ordinary, received: ord, lost: '-', seconds: secs(t0), ok: Math.abs(ord - mean) <= bound, note: `expected ${mean} +/- ${bound} (4 standard deviations)` },
  ];
  if (failed.length) rows.push({ scenario: name, signal: 'telemetrygen', sent: '-', received: '-', lost: '-', seconds: secs(t0), ok: false, note: failed.map((f) => f.log).join(' | ') });
  return rows;
};

/** 5. Error traffic of an SLO's service: the page alert fires in Prometheus and reaches the webhook through Alertmanager. */
export const startAlerting = (s: Stack): { run: LoadRun; t0: number; service: string } => {
  const t0 = Date.now();
  const service = 'checkout';
  const run = startLoad(s.appBase('alerting'), agentEndpoint(s), { signal: 'traces', service, count: 1200, rate: 3, statusCode: 'Error', allowFailures: true });
  return { run, t0, service };
};

export const finishAlerting = async (s: Stack, a: { run: LoadRun; t0: number; service: string }, ms: number): Promise<Row[]> => {
  const name = '5 SLO page alert';
  const isPage = () => s.webhook.received.find((n) => n.alerts.some((x) => x.status === 'firing' && x.labels.alertname === 'SLOErrorBudgetBurn' && x.labels.severity === 'page' && x.labels.service === a.service));
  await until(() => !!isPage(), Math.max(0, ms - (Date.now() - a.t0)));
  await a.run.proc.stop(2);
  const hit = isPage();
  const firedIn = hit ? Math.round((hit.at - a.t0) / 100) / 10 : undefined;
  const labels = hit?.alerts.find((x) => x.labels.severity === 'page')?.labels;
  const note = hit
    ? `first error -> webhook ${firedIn} s (slo=${labels?.slo}, windows ${labels?.long_window}/${labels?.short_window}); ${s.alertmanagerNote}`
    : `no page reached the webhook within ${Math.round(ms / 1000)} s; ${s.alertmanagerNote}`;
  return [{ scenario: name, signal: 'alert at the webhook', sent: 'errors', received: hit ? 'page' : 'none', lost: '-', seconds: firedIn ?? secs(a.t0), ok: !!hit, note }];
};

/**
 * Waits until `n` traces of `tag` arrived, or (after the gateway's decision wait from
 * `doneAt`) nothing new arrived for 10 s.
 */
const settled = async (s: Stack, gw: PodProcess, tag: string, n: number, doneAt: number): Promise<void> => {
  const decisionWait = Number(/decision_wait:\s*(\d+)s/.exec(gw.mountedFiles.get('/conf/config.yaml') ?? '')?.[1] ?? 10);
  let last = -1;
  let still = 0;
  await until(() => {
    const now = s.sink.traceCount(tag);
    still = now === last ? still + 1 : 0;
    last = now;
    return now >= n || (Date.now() > doneAt + (decisionWait + 5) * 1000 && still >= 10);
  }, 90000);
};

/** 6. A gateway replica restarts (SIGTERM with its grace period) while error traces flow: the traces lost, and the window. */
export const gatewayRestart = async (s: Stack, crash: boolean): Promise<Row[]> => {
  const name = crash ? '6 gateway crash (SIGKILL)' : '6 gateway restart';
  const tag = crash ? 'e2e-gw-crash' : 'e2e-gw-restart';
  const t0 = Date.now();
  const rate = 20;
  const n = rate * 30;
  const load = startLoad(s.appBase(tag), agentEndpoint(s), { signal: 'traces', service: tag, count: n, rate, statusCode: 'Error' });
  await sleep(10000);
  const gw = s.gateways[0];
  s.setReady(gw, false);
  const tStop = Date.now();
  if (crash) await gw.crash();
  else await gw.stop();
  const stopped = (Date.now() - tStop) / 1000;
  gw.start();
  const ready = await gw.ready(60000);
  s.setReady(gw, true);
  const code = await load.done;
  const doneAt = Date.now();
  await settled(s, gw, tag, n, doneAt);
  const got = s.sink.traceCount(tag);
  const lost = n - got;
  const note = `${gw.spec.name} ${crash ? 'killed' : `stopped (SIGTERM) in ${stopped.toFixed(2)} s`}, back ${ready ? 'ready' : 'NOT ready'}; loss window ${(lost / rate).toFixed(1)} s of traffic${code === 0 ? '' : `; telemetrygen exit ${code}`}`;
  // a graceful stop must lose nothing; a crash loses what the replica held for its decision wait (measured)
  return [{ scenario: name, signal: 'traces (error traces, all kept)', sent: n, received: got, lost, seconds: secs(t0), ok: crash ? (ready ? undefined : false) : lost === 0 && ready, note }];
};

/**
 * 10. The gateway scaled down under load, as an autoscaler does: the highest ordinal leaves
 * the Service's endpoints (not ready while it terminates, then deleted) after a SIGTERM and
 * its grace period, and does not come back.
 * Every error trace must reach Tempo without it: what it had accepted is decided and sent
 * on its way out, nothing waits on its volume for a replica that may never return.
 */
export const gatewayScaleDown = async (s: Stack): Promise<Row[]> => {
  const name = '10 gateway scale-down';
  const tag = 'e2e-gw-scale-down';
  const t0 = Date.now();
  const rate = 20;
  const n = rate * 30;
  const load = startLoad(s.appBase(tag), agentEndpoint(s), { signal: 'traces', service: tag, count: n, rate, statusCode: 'Error' });
  await sleep(10000);
  const gw = s.gateways[s.gateways.length - 1];
  // terminating: listed as not ready until its process has ended, then deleted
  s.setReady(gw, false);
  const stopped = await gw.stop();
  s.setGone(gw, true);
  const code = await load.done;
  const doneAt = Date.now();
  await settled(s, gw, tag, n, doneAt);
  const got = s.sink.traceCount(tag);
  // the replica comes back for the scenarios after this one: what it held on its volume, if anything, is sent now
  s.setGone(gw, false);
  gw.start();
  const ready = await gw.ready(60000);
  s.setReady(gw, true);
  await until(() => s.sink.traceCount(tag) >= n, 20000);
  const stranded = s.sink.traceCount(tag) - got;
  const note = `${gw.spec.name} stopped (SIGTERM) in ${stopped.toFixed(2)} s and left out; ${stranded} traces were stranded on its volume until it came back (${ready ? 'ready' : 'NOT ready'})${code === 0 ? '' : `; telemetrygen exit ${code}`}`;
  return [{ scenario: name, signal: 'traces (error traces, all kept)', sent: n, received: got, lost: n - got, seconds: secs(t0), ok: got === n && stranded === 0, note }];
};

/** Prometheus's Kubernetes service discovery: the stack's own targets found through the EndpointSlices and scraped. */
export const serviceDiscovery = async (s: Stack): Promise<Row[]> => {
  const name = '1 Prometheus k8s SD';
  const t0 = Date.now();
  const want: Record<string, number> = { 'otel-agent': 1, 'otel-gateway': s.gateways.length, prometheus: 1, alertmanager: 1, 'node-exporter': 1, 'kube-state-metrics': 1 };
  const upBy = async () => {
    const r = await s.query('sum by (job) (up)');
    return Object.fromEntries(r.map((x) => [x.labels.job, x.value])) as Record<string, number>;
  };
  let up: Record<string, number> = {};
  const ok = await until(async () => {
    up = await upBy();
    return Object.entries(want).every(([j, n]) => up[j] === n);
  }, 75000);
  const targets = await s.query('count by (job) (up)').catch(() => []);
  const seen = targets.map((t) => `${t.labels.job} ${up[t.labels.job] ?? 0}/${t.value}`).sort().join(', ');
  return [{ scenario: name, signal: 'targets up (job up/found)', sent: Object.values(want).reduce((a, b) => a + b, 0), received: Object.keys(want).reduce((a, j) => a + (up[j] ?? 0), 0), lost: '-', seconds: secs(t0), ok, note: `${seen} (tempo, loki: stand-ins without their metrics; nodes: no kubelet)` }];
};

/** The agent's own counters, summed over the series whose labels include `labels`, read from its /metrics. */
const agentCounters = async (s: Stack, names: readonly string[], labels: Readonly<Record<string, string>>): Promise<Record<string, number>> => {
  const text = await (await fetch(`http://${s.ips.agent}:8888/metrics`)).text();
  const out: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)\{([^}]*)\} ([0-9.e+-]+)$/.exec(line);
    if (!m || !(m[1] in out)) continue;
    const has = Object.entries(labels).every(([k, v]) => m[2].includes(`${k}="${v}"`));
    if (has) out[m[1]] += Number(m[3]);
  }
  return out;
};

/** What one signal's part of the full-queue scenario sends, and where its backend and counters are. */
interface QueueCase {
  readonly signal: 'traces' | 'metrics' | 'logs';
  readonly exporter: string;
  /** The agent's counters of this signal: `otelcol_receiver_<x>_<item>`. */
  readonly item: 'spans' | 'metric_points' | 'log_records';
  readonly count: number;
  readonly rate: number;
  /** The test queue's size in bytes. */
  readonly queueBytes: number;
  /** What reached the backend, in distinct items. */
  readonly delivered: (svc: string) => Promise<number>;
  /** Items that reached the backend more than once (the backend keeps one). */
  readonly twice?: (svc: string) => number;
  /** Accepted items the backend keeps as one with another, by its own rules (a count to subtract, with why). */
  readonly merged?: (svc: string) => Promise<{ readonly count: number; readonly why: string }>;
  readonly backend: string;
}

/**
 * 7. Queues driven full: the agent runs with a test config whose queues hold 64 to 256 KiB
 * (dist/'s hold 256 MiB), and the next hop of each signal is down (the gateways for traces,
 * Prometheus for metrics, Loki's stand-in for logs) while an application sends all three
 * over OTLP and writes its log file. The agent refuses what a full queue cannot take with a
 * retryable error (counted at its intake): the SDK retries or gives up, `file_log` stops
 * reading and waits. Every item it accepted arrives once the hop is back (accepted ==
 * delivered), and every line of the file, none twice.
 */
export const fullQueue = async (s: Stack, writer: PodLogWriter): Promise<Row[]> => {
  const name = '7 full queue';
  const t0 = Date.now();
  const svc = (c: QueueCase) => `e2e-full-queue-${c.signal}`;
  // the gauge's samples: its value (telemetrygen counts up from 0) and timestamp (ms)
  const samples = async (service: string): Promise<Array<{ v: number; t: number }>> =>
    (await s.queryRaw(`{__name__="gen", service_name="${service}"}[30m]`)).flatMap((series: any) => series.values.map((x: [number, string]) => ({ v: Number(x[1]), t: Math.round(x[0] * 1000) })));
  const storedSamples = async (service: string): Promise<number> => (await samples(service)).length;
  // telemetrygen stamps each point before its rate limiter waits, and a limiter that waited
  // for a slow export (or for nothing, before the first point) lets the next point go at
  // once: that point shares its predecessor's millisecond, and Prometheus keeps one sample
  // per series and millisecond (the first). Such a point is known by its neighbours: the
  // points around it are one interval apart (10 ms at 100 points/s), not two. A point lost
  // leaves a gap of two intervals.
  const sameMillisecond = async (service: string) => {
    const byValue = new Map((await samples(service)).map((x) => [x.v, x.t] as const));
    let count = 0;
    for (const [v, t] of byValue) {
      const after = byValue.get(v + 2);
      if (!byValue.has(v + 1) && after !== undefined && after - t < 15) count++;
    }
    return { count, why: 'telemetrygen stamped each in the millisecond of the point before it, after a slow export; Prometheus keeps one sample per series and millisecond' };
  };
  const cases: QueueCase[] = [
    // error traces: the gateway keeps every one of them
    { signal: 'traces', exporter: 'load_balancing/traces', item: 'spans', count: 4000, rate: 200, queueBytes: 256 * 1024, delivered: async (v) => s.sink.distinctSpanCount(v), twice: (v) => s.sink.spanCount(v) - s.sink.distinctSpanCount(v), backend: 'the gateways' },
    // one gauge series, a point every 10 ms: Prometheus keeps one sample per series and millisecond
    { signal: 'metrics', exporter: 'otlp_http/metrics', item: 'metric_points', count: 2000, rate: 100, queueBytes: 16 * 1024, delivered: storedSamples, merged: sameMillisecond, backend: 'Prometheus' },
    { signal: 'logs', exporter: 'otlp_http/logs', item: 'log_records', count: 4000, rate: 400, queueBytes: 256 * 1024, delivered: async (v) => s.sink.logCount(v), backend: "Loki's stand-in" },
  ];
  const ready = await s.restartAgent((c) => {
    for (const qc of cases) {
      const q = c.exporters[qc.exporter].sending_queue;
      if (q.sizer === 'bytes') {
        q.queue_size = qc.queueBytes;
        q.batch = { ...q.batch, min_size: qc.queueBytes / 8, max_size: qc.queueBytes / 4 };
      } else q.queue_size = 2; // a queue that counts requests (an older render's): two of them
    }
  });
  const names = (item: string) => ['accepted', 'refused', 'failed'].map((k) => `otelcol_receiver_${k}_${item}`);
  const counters = cases.flatMap((c) => names(c.item));
  const otlp = { receiver: 'otlp' };
  await Promise.all([s.loki.stop(), s.prometheus.stop(), ...s.gateways.map((g) => g.stop())]);
  const before = await agentCounters(s, counters, otlp);
  const fileBefore = await agentCounters(s, counters, { receiver: 'file_log' });
  const loads = cases.map((c) =>
    runLoad(s.appBase(`full-queue-${c.signal}`), agentEndpoint(s), { signal: c.signal, service: svc(c), count: c.signal === 'traces' ? c.count / SPANS_PER_TRACE : c.count, rate: c.signal === 'traces' ? c.rate / SPANS_PER_TRACE : c.rate, allowFailures: true, ...(c.signal === 'traces' ? { statusCode: 'Error' as const } : {}) }),
  );
  writer.startStream('full-queue', 200);
  await sleep(20000);
  const fileSent = writer.stopStream();
  const runs = await Promise.all(loads);
  const during = await agentCounters(s, counters, otlp);
  const fileDuring = await agentCounters(s, counters, { receiver: 'file_log' });
  const delta = (after: Record<string, number>, from: Record<string, number>, c: QueueCase, k: string) => after[`otelcol_receiver_${k}_${c.item}`] - from[`otelcol_receiver_${k}_${c.item}`];
  s.loki.start();
  s.prometheus.start();
  for (const g of s.gateways) g.start();
  const back = (await Promise.all([s.waitPort(s.ips.loki, 3100).then(() => true), s.prometheus.ready(120000), ...s.gateways.map((g) => g.ready(60000))])).every(Boolean);
  const accepted = cases.map((c) => delta(during, before, c, 'accepted'));
  const merged = async (c: QueueCase) => (c.merged ? await c.merged(svc(c)).catch(() => ({ count: 0, why: '' })) : { count: 0, why: '' });
  const arrived = async () =>
    (await Promise.all(cases.map(async (c, i) => (await c.delivered(svc(c)).catch(() => -1)) >= accepted[i] - (await merged(c)).count))).every(Boolean) && fileArrived(s, 'full-queue', fileSent)();
  await until(arrived, 180000);
  // whatever would arrive twice arrives by now
  await sleep(10000);
  const delivered = await Promise.all(cases.map((c) => c.delivered(svc(c)).catch(() => -1)));
  const merges = await Promise.all(cases.map(merged));
  const fileRow = fileLogRow(s, name, 'full-queue', fileSent, t0);
  const restored = await s.restartAgent();
  const rows: Row[] = cases.map((c, i) => {
    const refused = delta(during, before, c, 'refused');
    const failed = delta(during, before, c, 'failed');
    const twice = c.twice?.(svc(c)) ?? 0;
    const expected = accepted[i] - merges[i].count;
    return {
      scenario: name,
      signal: `${c.signal} (OTLP), agent queue full`,
      sent: accepted[i] + refused + failed,
      received: delivered[i],
      lost: expected - delivered[i],
      seconds: secs(t0),
      ok: ready && back && restored && refused > 0 && delivered[i] === expected,
      note: `${c.item.replace('_', ' ')} the application offered ${accepted[i] + refused + failed}: refused ${refused} (retryable, at the agent's intake; the SDK retried or gave up), failed ${failed}, accepted ${accepted[i]}, delivered ${delivered[i]}${twice ? ` (${twice} of them twice)` : ''}${merges[i].count ? ` (${merges[i].count} kept as one with another: ${merges[i].why})` : ''}; ${c.queueBytes / 1024} KiB test queue, ${c.backend} down while sending (telemetrygen exit ${runs[i].code})`,
    };
  });
  const file = (k: string) => delta(fileDuring, fileBefore, cases[2], k);
  return [
    ...rows,
    {
      ...fileRow,
      signal: 'logs (file, CRI), agent queue full',
      note: `${fileRow.note}; while Loki was down file_log had ${file('accepted')} records accepted, ${file('refused')} refused and ${file('failed')} failed (retried from the file)`,
    },
  ];
};

/** A counter of an otelcol process's own /metrics (the stand-ins' and the collectors'), summed over the series whose text includes `match`. */
export const counterAt = async (ip: string, metric: string, match = ''): Promise<number> => {
  const text = await (await fetch(`http://${ip}:8888/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => (l.startsWith(`${metric}{`) || l.startsWith(`${metric} `)) && l.includes(match))
    .reduce((a, l) => a + Number(l.split(' ').pop()), 0);
};

/**
 * 8. An error storm of large traces: batch jobs failing, each trace 400 spans of 12 KB of
 * attributes (about 5 MB a trace, above grpc-go's default 4 MiB message). The gateways keep
 * every error trace and send each as one request to Tempo, within the 16 MiB its config in
 * dist/ takes (its stand-in enforces it): every trace arrives, every span, and no send to
 * Tempo fails. (With Tempo's receiver at the 4 MiB default, every one of them is refused for good.)
 */
export const largeSpanStorm = async (s: Stack): Promise<Row[]> => {
  const name = '8 error storm (large traces)';
  const tag = 'e2e-storm';
  const t0 = Date.now();
  const n = 12;
  const spansPerTrace = 400;
  const attributeBytes = 12000;
  const failedAtGateways = async () => (await Promise.all(s.gateways.map((g) => counterAt(g.spec.ip, 'otelcol_exporter_send_failed_spans')))).reduce((a, b) => a + b, 0);
  const failedBefore = await failedAtGateways();
  const run = await runLoad(s.appBase(tag), agentEndpoint(s), { signal: 'traces', service: tag, count: n, rate: 1, childSpans: spansPerTrace - 1, statusCode: 'Error', attributes: { payload: 'x'.repeat(attributeBytes) } });
  await until(() => s.sink.distinctSpanCount(tag) >= n * spansPerTrace, 120000);
  await sleep(3000);
  const got = s.sink.traceCount(tag);
  const spans = s.sink.distinctSpanCount(tag);
  const failed = (await failedAtGateways()) - failedBefore;
  return [
    {
      scenario: name,
      signal: `traces (errors, ${spansPerTrace} spans of ${attributeBytes / 1000} KB)`,
      sent: n,
      received: got,
      lost: n - got,
      seconds: secs(t0),
      ok: got === n && spans === n * spansPerTrace && failed === 0 && run.code === 0,
      note: `${spans} of ${n * spansPerTrace} spans (${((n * spansPerTrace * attributeBytes) / 1e6).toFixed(0)} MB of attributes, about ${((spansPerTrace * attributeBytes) / 2 ** 20).toFixed(1)} MiB a trace) through agent and gateways; the gateways' sends to Tempo's stand-in (max message ${s.tempoMaxMessageMiB} MiB) failed for ${failed} spans${run.code === 0 ? '' : `; telemetrygen failed: ${run.log}`}`,
    },
  ];
};

/**
 * Loki's view of one OTLP log record: its structured metadata (the resource attributes it
 * does not index, the record's attributes, its trace context and severity), entries and
 * bytes as Loki counts them against `max_structured_metadata_entries_count` and
 * `max_structured_metadata_size`.
 */
const structuredMetadata = (r: LogRecord, indexed: ReadonlySet<string>): { entries: number; bytes: number } => {
  const kv: Array<[string, string]> = [
    ...Object.entries(r.resource).filter(([k]) => !indexed.has(k)),
    ...Object.entries(r.attributes),
    ...(r.traceId ? [['trace_id', r.traceId] as [string, string]] : []),
    ...(r.spanId ? [['span_id', r.spanId] as [string, string]] : []),
    ...(r.severityText ? [['severity_text', r.severityText] as [string, string]] : []),
  ].map(([k, v]) => [k, String(v)]);
  return { entries: kv.length, bytes: kv.reduce((a, [k, v]) => a + k.length + v.length, 0) };
};

/**
 * 9. Wide JSON log lines: 40 lines of 300 fields (about 16 KB each) and 2 lines of 400 KB in a
 * pod's log file. The agent keeps each line as its body and lifts only the trace context and
 * level, so every record stays within Loki's structured-metadata limits as dist/ sets them
 * (counted here as Loki counts them); a line longer than Loki's `max_line_size` is cut to it
 * by the agent (`max_log_size`) and delivered, never discarded by Loki. Every line arrives.
 */
export const wideJsonLines = async (s: Stack, writer: PodLogWriter): Promise<Row[]> => {
  const name = '9 wide JSON lines';
  const t0 = Date.now();
  const wide = 40;
  const long = 2;
  for (let i = 0; i < wide; i++) {
    const fields = Object.fromEntries(Array.from({ length: 300 }, (_, f) => [`field_${String(f).padStart(3, '0')}`, `value ${i}/${f} ${'v'.repeat(30)}`]));
    writer.writeText(JSON.stringify({ msg: `e2e wide ${i}`, level: 'info', trace_id: '5b8efff798038103d269b633813fc60c', span_id: 'eee19b7ec3c1b174', ...fields }));
  }
  for (let i = 0; i < long; i++) writer.writeText(JSON.stringify({ msg: `e2e long ${i}`, level: 'error', stack: 's'.repeat(400000) }));
  const mine = () => s.sink.logs.filter((l) => /^\{"msg":"e2e (wide|long) \d+"/.test(l.body));
  await until(() => mine().length >= wide + long, 60000);
  await sleep(2000);
  const got = mine();
  const limits = s.lokiLimits;
  const sm = got.map((r) => structuredMetadata(r, limits.indexed));
  const over = sm.filter((m) => m.entries > limits.entries || m.bytes > limits.bytes).length;
  const cut = got.filter((l) => l.body.startsWith('{"msg":"e2e long')).map((l) => l.body.length);
  const maxEntries = Math.max(0, ...sm.map((m) => m.entries));
  const maxBytes = Math.max(0, ...sm.map((m) => m.bytes));
  const distinct = new Set(got.map((l) => /^\{"msg":"(e2e \w+ \d+)"/.exec(l.body)![1])).size;
  return [
    {
      scenario: name,
      signal: 'logs (file, JSON lines of 300 fields and of 400 KB)',
      sent: wide + long,
      received: distinct,
      lost: wide + long - distinct,
      seconds: secs(t0),
      ok: distinct === wide + long && got.length === wide + long && over === 0 && cut.length === long && cut.every((n) => n <= limits.lineBytes),
      note: `structured metadata per record at most ${maxEntries} entries and ${maxBytes} bytes (Loki's limits in dist/: ${limits.entries} entries, ${limits.bytes} bytes): ${over} over; the 400 KB lines arrived cut to ${cut.join(', ')} bytes (Loki's max_line_size: ${limits.lineBytes}; the agent cuts at it)`,
    },
  ];
};

/** 1. An application sending delta-temporality sums over OTLP (some SDKs' default): Prometheus stores them (converted to cumulative), not refuses them. */
export const deltaMetrics = async (s: Stack): Promise<Row[]> => {
  const name = '1 delta metrics';
  const t0 = Date.now();
  const svc = 'e2e-delta';
  const n = 60;
  const run = await runLoad(s.appBase('delta-metrics'), agentEndpoint(s), { signal: 'metrics', service: svc, count: n, rate: 10, sum: { temporality: 'delta', name: 'gen_delta' } });
  const stored = async (): Promise<number> => {
    const r = await s.queryRaw(`{__name__=~"gen_delta.*", service_name="${svc}"}[30m]`);
    return r.reduce((a: number, series: any) => a + series.values.length, 0);
  };
  await until(async () => (await stored()) > 0, 60000);
  const got = await stored().catch(() => 0);
  return [{ scenario: name, signal: 'metrics (delta sums)', sent: n, received: got, lost: '-', seconds: secs(t0), ok: got > 0 && run.code === 0, note: `samples of gen_delta stored in Prometheus${run.code === 0 ? '' : `; telemetrygen failed: ${run.log}`}` }];
};

/** Where scenario 11 puts the conditions a healthy cluster does not have (it creates and deletes both). */
const CONDITIONS = { namespace: 'e2e-alert-conditions', node: 'e2e-alert-conditions-node', pod: 'crasher', job: 'nightly-export' } as const;

/**
 * Conditions that the cluster alerts' series exist under only, reported as a kubelet and the
 * Job controller would report them: a container waiting in CrashLoopBackOff, a Job failed
 * for good, a Node under memory pressure. Returns what deletes them again.
 */
const createConditions = (s: Stack): (() => void) => {
  const { namespace, node, pod, job } = CONDITIONS;
  const c = s.cluster;
  const now = new Date().toISOString();
  const remove = () => {
    c.kubectl(['delete', 'pod', pod, '-n', namespace, '--grace-period=0', '--force', '--ignore-not-found']);
    c.kubectl(['delete', 'job', job, '-n', namespace, '--ignore-not-found']);
    c.kubectl(['delete', 'serviceaccount', 'default', '-n', namespace, '--ignore-not-found']);
    c.deleteNamespace(namespace);
    c.kubectl(['delete', 'node', node, '--ignore-not-found']);
  };
  c.apply([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } }, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace } }]);
  const image = 'shop/crasher:1.0.0';
  c.apply([{ apiVersion: 'v1', kind: 'Pod', metadata: { name: pod, namespace }, spec: { nodeName: NODE, automountServiceAccountToken: false, containers: [{ name: 'app', image }] } }]);
  c.patchStatus('pod', pod, namespace, {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady', lastTransitionTime: now }, { type: 'PodScheduled', status: 'True', lastTransitionTime: now }],
    containerStatuses: [{ name: 'app', image, imageID: '', ready: false, started: false, restartCount: 6, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: now, finishedAt: now } } }],
  });
  c.apply([{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: job, namespace }, spec: { backoffLimit: 0, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'export', image: 'shop/export:1.0.0' }] } } } }]);
  const failed = { status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit', lastProbeTime: now, lastTransitionTime: now };
  c.patchStatus('job', job, namespace, { startTime: now, failed: 1, conditions: [{ type: 'FailureTarget', ...failed }, { type: 'Failed', ...failed }] });
  c.createNode(node, `${s.prefix}3`);
  const condition = (type: string, status: string, reason: string) => ({ type, status, reason, message: 'e2e', lastHeartbeatTime: now, lastTransitionTime: now });
  c.patchStatus('node', node, undefined, { conditions: [condition('Ready', 'True', 'KubeletReady'), condition('MemoryPressure', 'True', 'KubeletHasInsufficientMemory')] });
  return remove;
};

/** The service whose data the backends refuse for good in scenario 11. */
const REFUSED = 'e2e-refused';

/** A gauge point of `REFUSED` at `ms`, as OTLP/JSON. */
const gaugePoint = (ms: number, value: number) => ({
  resourceMetrics: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: REFUSED } }] }, scopeMetrics: [{ metrics: [{ name: 'e2e_refused_gauge', gauge: { dataPoints: [{ timeUnixNano: String(BigInt(ms) * 1000000n), asDouble: value }] } }] }] }],
});

/**
 * Data the backends refuse for good, so that the collectors' counters of failed sends exist:
 * traces and logs of a service that Tempo's and Loki's stand-ins refuse (they pass the sink's
 * 400 back as a permanent error), and a metric point whose client clock went back two hours,
 * which Prometheus refuses as too old for its series (beyond the out-of-order window).
 */
const sendRefused = async (s: Stack): Promise<Row | undefined> => {
  s.sink.refusing.add(REFUSED);
  const ep = agentEndpoint(s);
  const [traces, logs] = await Promise.all([
    runLoad(s.appBase('refused-traces'), ep, { signal: 'traces', service: REFUSED, count: 5, rate: 5, statusCode: 'Error' }),
    runLoad(s.appBase('refused-logs'), ep, { signal: 'logs', service: REFUSED, count: 5, rate: 5 }),
  ]);
  const post = (body: unknown) => fetch(`http://${s.ips.agent}:4318/v1/metrics`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.status);
  const now = await post(gaugePoint(Date.now(), 1));
  // the first point stored before the second one leaves the agent: two requests to Prometheus
  await sleep(5000);
  const back = await post(gaugePoint(Date.now() - 2 * 3600 * 1000, 2));
  const bad = [traces, logs].filter((r) => r.code !== 0).map((r) => r.log);
  if (now !== 200 || back !== 200) bad.push(`the agent answered ${now} and ${back} to the metric points`);
  return bad.length ? { scenario: '11 alert series', signal: 'data the backends refuse', sent: '-', received: '-', lost: '-', seconds: 0, ok: false, note: bad.join(' | ') } : undefined;
};

/** A rule Prometheus loaded: its name (alert or record), group and expression. */
interface LoadedRule {
  readonly name: string;
  readonly group: string;
  readonly query: string;
  readonly record: boolean;
}

/** The verdict on one selector of one rule. */
interface Verdict {
  readonly rule: LoadedRule;
  readonly selector: string;
  readonly producer: string;
  readonly missing: string[];
  /** Judged on the tagged source: waiting does not change it. */
  readonly fromSource?: boolean;
}

/** The version each component of scripts/e2e/source-metrics.json is pinned at. */
const PINNED: Record<string, string> = { loki: IMAGES.loki.tag, tempo: IMAGES.tempo.tag, kubelet: KUBERNETES.version };

const loadedRules = async (s: Stack): Promise<LoadedRule[]> =>
  ((await s.prometheusApi('rules')).groups as any[]).flatMap((g) => (g.rules as any[]).map((r) => ({ name: r.name, group: g.name, query: r.query, record: r.type === 'recording' })));

/** The series (label sets) a selector matches over the last hour, asked once per pass. */
const seriesOf = (s: Stack) => {
  const cache = new Map<string, Promise<Array<Record<string, string>>>>();
  const start = String(Math.floor(Date.now() / 1000) - 3600);
  return (match: string) => {
    if (!cache.has(match)) cache.set(match, s.prometheusApi('series', { 'match[]': match, start }));
    return cache.get(match)!;
  };
};

/** One selector of a rule judged: against the series Prometheus holds (recorded or scraped), or else against the tagged source. */
const judgeUse = async (rule: LoadedRule, u: SelectorUse, ctx: { series: ReturnType<typeof seriesOf>; records: ReadonlySet<string>; config: any }): Promise<Verdict> => {
  const selector = selectorText(u);
  const ofName = await ctx.series(u.name ? `{__name__=${JSON.stringify(u.name)}}` : selector);
  const matched = u.matchers.length ? await ctx.series(selector) : ofName;
  const pool = matched.length ? matched : ofName;
  if (ctx.records.has(u.name)) return { rule, selector, producer: 'recorded by the rules', missing: missingOnSeries(u, ofName, matched) };
  const inSource = ofName.length ? undefined : sourceMetricOf(u.name);
  if (inSource) {
    const { component, version, job } = inSource.metric;
    const stale = version.replace(/^v/, '') === PINNED[component]?.replace(/^v/, '') ? [] : [`source-metrics.json is of ${component} ${version}, the stack pins ${PINNED[component] ?? 'none'}`];
    return { rule, selector, producer: `${component} ${version} (from the tagged source)`, missing: [...stale, ...missingInSource(u, inSource, jobScrape(ctx.config, job))], fromSource: true };
  }
  const scrapeJobs = new Set((ctx.config.scrape_configs ?? []).map((j: any) => j.job_name));
  const jobs = [...new Set(pool.map((x) => x.job))].sort();
  const producer = !jobs.length ? 'no series, no tagged source' : jobs.map((j) => (scrapeJobs.has(j) ? `job ${j}` : `OTLP (job ${j})`)).join(', ');
  return { rule, selector, producer, missing: missingOnSeries(u, ofName, matched) };
};

/** Every selector of every rule judged, once. */
const judgeAll = async (s: Stack, uses: ReadonlyArray<{ rule: LoadedRule; uses: SelectorUse[] }>, config: any): Promise<Verdict[]> => {
  const ctx = { series: seriesOf(s), records: new Set(uses.filter((r) => r.rule.record).map((r) => r.rule.name)), config };
  return Promise.all(uses.flatMap((r) => r.uses.map((u) => judgeUse(r.rule, u, ctx))));
};

/** `a, b ×3, c`: names in first-seen order with their counts. */
const counted = (names: string[]): string => {
  const n = new Map<string, number>();
  for (const x of names) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].map(([x, k]) => (k > 1 ? `${x} ×${k}` : x)).join(', ');
};

/** One row per producer of the series the rules read: the rules and series it serves, what is missing. */
const producerRows = (scenario: string, verdicts: Verdict[], t0: number): Row[] => {
  const producers = [...new Set(verdicts.map((v) => v.producer))];
  return producers.map((p) => {
    const vs = verdicts.filter((v) => v.producer === p);
    const bad = vs.filter((v) => v.missing.length);
    const rules = [...new Map(vs.map((v) => [`${v.rule.group}/${v.rule.name}/${v.rule.query}`, v.rule.name])).values()];
    const names = [...new Set(vs.map((v) => v.selector.replace(/\{.*$/, '')))];
    const failures = bad.map((v) => `${v.rule.name} (${v.rule.group}): ${v.selector}: ${v.missing.join(', ')}`);
    const note = `${failures.length ? `MISSING ${failures.join('; ')}. ` : ''}rules: ${counted(rules)}; series: ${names.join(', ')}`;
    return { scenario, signal: `${p}: ${vs.length} selectors`, sent: vs.length, received: vs.length - bad.length, lost: bad.length, seconds: secs(t0), ok: bad.length === 0, note };
  });
};

/**
 * The source check's reading of native histograms, on a real one: Prometheus's own
 * prometheus_http_request_duration_seconds is defined as Loki's request histogram is
 * (classic buckets and a native bucket factor of 1.1), and job prometheus scrapes it as the
 * loki job scrapes Loki.
 */
const nativeHistogramRow = async (s: Stack, scenario: string, config: any, t0: number): Promise<Row> => {
  const series = seriesOf(s);
  const base = 'prometheus_http_request_duration_seconds';
  const native = (await series(`${base}{job="prometheus"}`)).length;
  const classic = (await series(`${base}_count{job="prometheus"}`)).length;
  const nativeOnly = jobScrape(config, 'prometheus')?.nativeOnly ?? false;
  const ok = nativeOnly ? native > 0 && classic === 0 : classic > 0;
  const expect = nativeOnly ? 'native series only (scrape_native_histograms, no always_scrape_classic_histograms)' : 'classic series';
  return { scenario, signal: `a histogram with native buckets as stored (${base})`, sent: '-', received: `${native} native, ${classic} _count`, lost: '-', seconds: secs(t0), ok, note: `expected: ${expect}, as the source check assumes for loki_request_duration_seconds` };
};

/**
 * 11. Every alert and recording rule Prometheus loaded reads series that exist, with the labels
 * it relies on: each rule's expression is parsed by Prometheus itself, and each selector's
 * metric must have series (a recorded series, or one scraped from the running components),
 * with a value for each of its `=`/`=~` matchers and every label of its matchers and of the
 * `by (...)` and `on (...)` around it. Conditions a healthy cluster lacks are created for
 * the run (CrashLoopBackOff, a failed Job, memory pressure), and the SLOs' service sends
 * traces. Series of Loki, Tempo and the kubelet, which do not run here, are checked against
 * their sources at the pinned tags (scripts/e2e/source-metrics.json).
 */
export const alertSeries = async (s: Stack): Promise<Row[]> => {
  const name = '11 alert series';
  const t0 = Date.now();
  const remove = createConditions(s);
  try {
    const traffic = runLoad(s.appBase('alert-series'), agentEndpoint(s), { signal: 'traces', service: 'checkout', count: 20, rate: 5, statusCode: 'Error' });
    const refused = sendRefused(s);
    const rules = await loadedRules(s);
    const uses = await Promise.all(rules.map(async (rule) => ({ rule, uses: selectorsOf(await s.prometheusApi('parse_query', { query: rule.query })) })));
    const config = parse((await s.prometheusApi('status/config')).yaml);
    const sent = await traffic;
    const refusedFailed = await refused;
    // the conditions' series appear with the next scrape of kube-state-metrics, the traces' with the gateways' next flush
    const deadline = Date.now() + 150000;
    let verdicts = await judgeAll(s, uses, config);
    while (verdicts.some((v) => v.missing.length && !v.fromSource) && Date.now() < deadline) {
      await sleep(10000);
      verdicts = await judgeAll(s, uses, config);
    }
    const rows = producerRows(name, verdicts, t0);
    rows.push(await nativeHistogramRow(s, name, config, t0));
    if (sent.code !== 0) rows.push({ scenario: name, signal: 'telemetrygen (checkout traces)', sent: '-', received: '-', lost: '-', seconds: secs(t0), ok: false, note: sent.log });
    if (refusedFailed) rows.push(refusedFailed);
    return rows;
  } finally {
    s.sink.refusing.delete(REFUSED);
    remove();
  }
};
