/**
 * The gateway's tail-sampling policies, judged by the real pinned collector: the gateway
 * config of the default environment runs as a process (built by `npm run tools`), traces
 * go in through OTLP, and a local sink records what comes out. Skipped with a message where
 * the collector is not built; CONFORMANCE=1 (as in CI) makes that a failure.
 *
 * The config runs as rendered, with only what ties it to a cluster replaced: an OTLP/HTTP
 * intake is added beside the gRPC one (to feed it JSON), the exporters point at the sink
 * (OTLP/HTTP with JSON encoding instead of Tempo's gRPC and Prometheus's OTLP), and the
 * queue directory is a scratch one. Processors, policies, connectors and pipelines are
 * byte for byte those of dist/.
 */
import { ChildProcess, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { RED_METRICS } from '../lib/common/vocabulary/red-metrics';
import { toYaml } from '../lib/common/vocabulary/yaml';
import { TOOLS } from '../scripts/conformance';
import { configFiles, synthObjects } from './helpers';

// a loopback address of its own per run, so a collector of another run never holds its ports
const octet = () => 2 + Math.floor(Math.random() * 250);
const POD_IP = `127.${octet()}.${octet()}.${octet()}`;
const SINK_IP = '127.0.0.1';
const ready = fs.existsSync(TOOLS.otelcol);
if (!ready && process.env.CONFORMANCE !== '1') {
  console.warn(`sampling test skipped: ${TOOLS.otelcol} is not built (npm run tools)`);
}
const suite = ready || process.env.CONFORMANCE === '1' ? describe : describe.skip;

const gatewayConfig = (): any => {
  const found = configFiles(synthObjects()).find(([, o, f]) => o.env === 'dev' && o.metadata.name === 'otel-gateway-config' && f === 'config.yaml');
  return found![3];
};

/** Counts of each kind of trace sent, and the figures the assertions use. */
const SENT = { errors: 40, slow: 40, probes: 60, probeErrors: 20, ordinary: 3000 };

type Span = { traceId: string; spanId: string; name: string; kind: number; startTimeUnixNano: string; endTimeUnixNano: string; attributes: unknown[]; status: { code: number } };
const attr = (key: string, value: string) => ({ key, value: { stringValue: value } });
const hex = (n: number) => randomBytes(n).toString('hex');

const span = (durationMs: number, status: number, attributes: unknown[]): Span => {
  const end = BigInt(Date.now()) * 1000000n;
  return {
    traceId: hex(16),
    spanId: hex(8),
    name: 'GET /checkout',
    kind: 2,
    startTimeUnixNano: String(end - BigInt(durationMs) * 1000000n),
    endTimeUnixNano: String(end),
    attributes,
    status: { code: status },
  };
};

suite('the gateway config tail-samples as declared (real otelcol)', () => {
  let collector: ChildProcess | undefined;
  let sink: http.Server;
  let scratch: string;
  const received: { traces: any[]; metrics: any[] } = { traces: [], metrics: [] };
  const kinds = new Map<string, keyof typeof SENT>();
  let log = '';
  const config = gatewayConfig();
  const policies = config.processors.tail_sampling.policies;
  const baseline = policies.find((p: any) => p.type === 'probabilistic').probabilistic.sampling_percentage as number;
  const threshold = policies.find((p: any) => p.type === 'latency').latency.threshold_ms as number;
  const probeRoutes = policies.find((p: any) => p.type === 'drop').drop.drop_sub_policy[0].string_attribute.values as string[];

  beforeAll(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sampling-'));
    sink = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = req.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
        const doc = JSON.parse(body.toString('utf8') || '{}');
        if (req.url === '/v1/traces') received.traces.push(doc);
        if (req.url === '/v1/metrics') received.metrics.push(doc);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((r) => sink.listen(0, SINK_IP, r));
    const sinkUrl = `http://${SINK_IP}:${(sink.address() as any).port}`;

    const c = JSON.parse(JSON.stringify(config));
    c.receivers.otlp.protocols.http = { endpoint: `${POD_IP}:4318` };
    const viaSink = (e: any) => ({ endpoint: sinkUrl, encoding: 'json', sending_queue: e.sending_queue, retry_on_failure: e.retry_on_failure });
    c.exporters = { 'otlp_http/traces': viaSink(c.exporters['otlp_grpc/traces']), 'otlp_http/metrics': viaSink(c.exporters['otlp_http/metrics']) };
    c.service.pipelines.traces.exporters = ['otlp_http/traces'];
    fs.writeFileSync(path.join(scratch, 'config.yaml'), toYaml(c));

    // stops by itself after 3 minutes whatever happens; stopped by its PID after the tests
    collector = spawn('timeout', ['180', TOOLS.otelcol, `--config=${path.join(scratch, 'config.yaml')}`], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', MY_POD_IP: POD_IP, HOME: scratch },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    collector.stdout!.on('data', (d) => (log += d));
    collector.stderr!.on('data', (d) => (log += d));
    // ready when the health check answers
    for (let i = 0; i < 100; i++) {
      const ok = await new Promise<boolean>((r) => http.get(`http://${POD_IP}:13133/`, (res) => r(res.statusCode === 200)).on('error', () => r(false)));
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }

    const spans: Span[] = [];
    const add = (kind: keyof typeof SENT, s: Span) => {
      kinds.set(s.traceId, kind);
      spans.push(s);
    };
    for (let i = 0; i < SENT.errors; i++) add('errors', span(20, 2, [attr('url.path', '/checkout')]));
    for (let i = 0; i < SENT.slow; i++) add('slow', span(threshold + 500, 0, [attr('url.path', '/checkout')]));
    for (let i = 0; i < SENT.probes; i++) add('probes', span(threshold + 500, 0, [attr(i % 2 ? 'url.path' : 'http.route', probeRoutes[i % probeRoutes.length])]));
    // a failing probe is still a probe: drop wins over the error policy
    for (let i = 0; i < SENT.probeErrors; i++) add('probeErrors', span(5, 2, [attr('url.path', probeRoutes[0])]));
    for (let i = 0; i < SENT.ordinary; i++) add('ordinary', span(20, 0, [attr('url.path', '/checkout')]));
    for (let i = 0; i < spans.length; i += 500) {
      const body = JSON.stringify({
        resourceSpans: [{ resource: { attributes: [attr('service.name', 'shop')] }, scopeSpans: [{ scope: { name: 'sampling-test' }, spans: spans.slice(i, i + 500) }] }],
      });
      await new Promise<void>((resolve, reject) => {
        const req = http.request(`http://${POD_IP}:4318/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
          res.resume();
          res.statusCode === 200 ? resolve() : reject(new Error(`OTLP intake answered ${res.statusCode}`));
        });
        req.on('error', reject);
        req.end(body);
      });
    }
    // the decision wait, then the batch and the metrics flush
    const decisionWait = parseInt(config.processors.tail_sampling.decision_wait, 10) * 1000;
    const total = spans.length;
    const sentAt = Date.now();
    const deadline = sentAt + decisionWait + 40000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      if (Date.now() > sentAt + decisionWait + 5000 && redCalls() >= total) break;
    }
  }, 120000);

  afterAll(async () => {
    if (collector?.pid && collector.exitCode === null) {
      const exited = new Promise((r) => collector!.once('exit', r));
      process.kill(collector.pid, 'SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15000)))]);
      clearTimeout(timer);
      if (collector.exitCode === null) process.kill(collector.pid, 'SIGKILL');
    }
    sink?.closeAllConnections();
    sink?.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  const keptTraceIds = (): Set<string> =>
    new Set(received.traces.flatMap((d) => d.resourceSpans.flatMap((rs: any) => rs.scopeSpans.flatMap((ss: any) => ss.spans.map((s: any) => s.traceId)))));
  const keptOf = (kind: keyof typeof SENT): number => [...keptTraceIds()].filter((id) => kinds.get(id) === kind).length;
  /** The calls counter's points of the last export (cumulative), summed. */
  function redCalls(): number {
    const points = received.metrics
      .flatMap((d) => d.resourceMetrics.flatMap((rm: any) => rm.scopeMetrics.flatMap((sm: any) => sm.metrics)))
      .filter((m: any) => m.name === `${RED_METRICS.namespace}.calls`)
      .flatMap((m: any) => m.sum.dataPoints);
    const latest = new Map<string, number>();
    for (const p of points) latest.set(JSON.stringify(p.attributes), Number(p.asInt ?? p.asDouble ?? 0));
    return [...latest.values()].reduce((a, b) => a + b, 0);
  }

  test('the collector started', () => {
    expect([collector?.exitCode ?? null, log.includes('Everything is ready') || log.slice(-2000)]).toEqual([null, true]);
  });

  test('errors are always kept', () => expect(keptOf('errors')).toBe(SENT.errors));
  test('slow traces are always kept', () => expect(keptOf('slow')).toBe(SENT.slow));
  test('probe and scrape routes are always dropped, failing ones too', () => {
    expect([keptOf('probes'), keptOf('probeErrors')]).toEqual([0, 0]);
  });

  test('ordinary traces are kept at the baseline percentage, within 4 standard deviations', () => {
    const p = baseline / 100;
    const mean = SENT.ordinary * p;
    const sd = Math.sqrt(SENT.ordinary * p * (1 - p));
    const kept = keptOf('ordinary');
    console.log(`sampling: kept ${kept} of ${SENT.ordinary} ordinary traces (${baseline}%: expected ${mean} +/- ${Math.ceil(4 * sd)}), ` +
      `${keptOf('errors')}/${SENT.errors} errors, ${keptOf('slow')}/${SENT.slow} slow, ${keptOf('probes') + keptOf('probeErrors')}/${SENT.probes + SENT.probeErrors} probes`);
    expect(Math.abs(kept - mean)).toBeLessThanOrEqual(4 * sd);
  });

  test('RED metrics count every span, before sampling, per replica, in seconds', () => {
    const total = Object.values(SENT).reduce((a, b) => a + b, 0);
    expect(redCalls()).toBe(total);
    const metrics = received.metrics.flatMap((d) => d.resourceMetrics.flatMap((rm: any) => rm.scopeMetrics.flatMap((sm: any) => sm.metrics)));
    const duration = metrics.find((m: any) => m.name === `${RED_METRICS.namespace}.duration`);
    expect(duration.unit).toBe('s');
    const point = duration.histogram.dataPoints[0];
    expect(point.explicitBounds).toEqual([...RED_METRICS.bucketsSeconds]);
    expect(point.attributes.map((a: any) => a.key)).toContain('collector.instance.id');
    expect(point.exemplars?.length ?? 0).toBeGreaterThan(0);
  });
});
