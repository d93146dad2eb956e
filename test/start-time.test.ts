/**
 * Start times of pushed counters. An OTLP point of a cumulative counter says since when it
 * counts (StartTimeUnixNano); `rate` and `increase` read the change between samples, so what
 * a new series counted before its first sample is lost unless a 0 is stored at its start time,
 * which Prometheus's `created-timestamp-zero-ingestion` does. The pinned prometheus runs
 * twice, with the rendered args and with them less that flag, and takes the same OTLP points
 * of a new service whose first requests all fail: with the flag the SLO rules' 5m rates count
 * every failure, without it none.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { RED_METRICS } from '../lib/common/vocabulary/red-metrics';
import { renderStack } from '../lib/output/synth';
import { parseEnvironment } from '../lib/output/validation/types';
import { SLO_RECORDS, checkSlos, sloRuleGroup } from '../lib/slo/slo';
import { BINARIES } from '../scripts/e2e/stack';
import { ENVIRONMENTS, buildApp, stopGroup } from './helpers';

const FLAG = '--enable-feature=created-timestamp-zero-ingestion';
const dev = ENVIRONMENTS.find((e) => e.name === 'dev')!;
const env = parseEnvironment('dev', renderStack(buildApp([dev]).stacks[0]));
const obj = (kind: string, name: string) => env.objects.find((o) => o.doc.kind === kind && o.doc.metadata.name === name)!.doc;
const args: string[] = obj('StatefulSet', 'prometheus').spec.template.spec.containers[0].args;
const rendered = parse(obj('ConfigMap', 'prometheus-config').data['prometheus.yml']);

test('Prometheus stores a 0 at the start time of every new pushed series', () => {
  expect(args).toContain(FLAG);
});

/** The dev SLOs' 5m recording rules, as the rule file has them: requests and errors of each. */
const recordings = checkSlos(dev.slos!).map((slo) => {
  const rules = sloRuleGroup(slo).rules as Array<{ record?: string; expr: string }>;
  const expr = (record: string) => rules.find((r) => r.record === record)!.expr;
  return { slo: slo.name, requests: expr(SLO_RECORDS.requests), errors: expr(SLO_RECORDS.errors) };
});

const runnable = fs.existsSync(BINARIES.prometheus);
if (!runnable && process.env.CONFORMANCE !== '1') console.warn(`the start-time run is skipped: ${BINARIES.prometheus} is not built (npm run tools)`);

(runnable || process.env.CONFORMANCE === '1' ? describe : describe.skip)('the pinned prometheus, a new service whose first requests all fail', () => {
  const procs: ChildProcess[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-time-'));
  const base = `127.${100 + Math.floor(Math.random() * 150)}.${1 + Math.floor(Math.random() * 250)}.`;
  const logs: string[] = [];
  afterAll(() => {
    for (const p of procs) stopGroup(p);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  // every process ends by itself within 120 s, whatever happens to the test
  const start = (name: string, ip: string, own: string[]) => {
    const log = path.join(dir, `${name}.log`);
    logs.push(log);
    const out = fs.openSync(log, 'w');
    const a = own
      .filter((x) => !x.startsWith('--config.auto-reload'))
      .map((x) => x.replace(/^--config\.file=.*/, `--config.file=${path.join(dir, 'prometheus.yml')}`).replace(/^--storage\.tsdb\.path=.*/, `--storage.tsdb.path=${path.join(dir, name)}`));
    procs.push(spawn('timeout', ['120', BINARIES.prometheus, ...a, `--web.listen-address=${ip}:9090`], { stdio: ['ignore', out, out] }));
    return `http://${ip}:9090`;
  };
  const tails = () => logs.map((l) => `${path.basename(l)}:\n${fs.readFileSync(l, 'utf8').split('\n').slice(-8).join('\n')}`).join('\n');
  const until = async (f: () => Promise<boolean>, ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 300))) if (await f()) return true;
    return false;
  };

  // the gateway's RED metrics of one new server span of checkout, as OTLP/JSON: `FAILED`
  // requests, every one an error and slower than both latency thresholds, counted since `startMs`
  const FAILED = 40;
  const nanos = (ms: number) => String(BigInt(ms) * 1000000n);
  const point = (startMs: number, ms: number) => {
    const attributes = [
      { key: 'service.name', value: { stringValue: 'checkout' } },
      { key: 'span.name', value: { stringValue: 'POST /orders' } },
      { key: 'span.kind', value: { stringValue: RED_METRICS.serverKind } },
      { key: 'status.code', value: { stringValue: RED_METRICS.errorStatus } },
    ];
    const buckets = RED_METRICS.bucketsSeconds;
    // each request took 0.75 s: in the bucket of (0.5, 1]
    const bucketCounts = [...buckets, Infinity].map((_, i) => String(i === buckets.indexOf(1) ? FAILED : 0));
    const times = { startTimeUnixNano: nanos(startMs), timeUnixNano: nanos(ms) };
    return {
      resourceMetrics: [
        {
          resource: { attributes: [] },
          scopeMetrics: [
            {
              scope: { name: 'spanmetricsconnector' },
              metrics: [
                { name: `${RED_METRICS.namespace}.calls`, sum: { aggregationTemporality: 2, isMonotonic: true, dataPoints: [{ ...times, attributes, asInt: String(FAILED) }] } },
                {
                  name: `${RED_METRICS.namespace}.duration`,
                  unit: 's',
                  histogram: { aggregationTemporality: 2, dataPoints: [{ ...times, attributes, count: String(FAILED), sum: FAILED * 0.75, explicitBounds: buckets, bucketCounts }] },
                },
              ],
            },
          ],
        },
      ],
    };
  };

  test('with the flag the SLO rules count every failure of its first flush; without it, none', async () => {
    // the rendered global, OTLP and storage config (the scrape jobs need a cluster)
    fs.writeFileSync(path.join(dir, 'prometheus.yml'), stringify({ global: rendered.global, otlp: rendered.otlp, storage: rendered.storage }));
    const withFlag = start('with-flag', `${base}10`, args);
    const without = start('without-flag', `${base}11`, args.filter((a) => a !== FLAG));
    const ready = async (url: string) => (await fetch(`${url}/-/ready`).catch(() => undefined))?.ok === true;
    const up = await until(async () => (await ready(withFlag)) && (await ready(without)), 30000);
    expect(up ? '' : tails()).toBe('');

    // the connector counted from t0; its flushes reach Prometheus at t1 (the 40 failures) and
    // t2 (no further requests)
    const t0 = Date.now() - 60000;
    const [t1, t2] = [t0 + 15000, t0 + 30000];
    const push = async (url: string, ms: number) => {
      const r = await fetch(`${url}/api/v1/otlp/v1/metrics`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(point(t0, ms)) });
      return `${r.status} ${r.ok ? '' : await r.text()}`.trim();
    };
    for (const url of [withFlag, without]) for (const ms of [t1, t2]) expect(await push(url, ms)).toBe('200');

    // instant queries at t2, the last flush
    const query = async (url: string, q: string): Promise<number | undefined> => {
      const r: any = await (await fetch(`${url}/api/v1/query?query=${encodeURIComponent(q)}&time=${t2 / 1000}`)).json();
      expect([q, r.status]).toEqual([q, 'success']);
      return r.data.result.length ? Number(r.data.result[0].value[1]) : undefined;
    };
    const calls = `sum(increase(${RED_METRICS.calls}{service_name="checkout",span_kind="${RED_METRICS.serverKind}"}[5m]))`;
    const seen = async (url: string) => {
      const slos = await Promise.all(
        recordings.map(async (r) => {
          // requests and errors a second, as the 5m recordings hold them, in requests over 5 minutes
          const [requests, errors] = await Promise.all([query(url, r.requests), query(url, r.errors)]);
          return `${r.slo}: ${Math.round(requests! * 300)} requests, ${Math.round(errors! * 300)} errors`;
        }),
      );
      return [`increase of the calls: ${await query(url, calls)}`, ...slos];
    };
    const counted = { with: await seen(withFlag), without: await seen(without) };
    console.log(`a new service's first flush, ${FAILED} requests, every one failed and slow:\n${JSON.stringify(counted, null, 2)}`);
    expect(counted).toEqual({
      with: [`increase of the calls: ${FAILED}`, ...recordings.map((r) => `${r.slo}: ${FAILED} requests, ${FAILED} errors`)],
      // the series' first sample is its first value: no change to count
      without: ['increase of the calls: 0', ...recordings.map((r) => `${r.slo}: 0 requests, 0 errors`)],
    });
  });
});
