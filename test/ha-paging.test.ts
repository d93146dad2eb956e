/**
 * Production's alerting path, end to end with the pinned binaries on 127.0.0.0/8: two
 * Prometheus replicas (a Thanos sidecar beside each), Thanos Query and three Alertmanager
 * peers, each run with its rendered args and config (the Alertmanager config with its
 * receivers pointed at a webhook of the test, nothing else changed). The SLOs' input, the
 * gateway's RED metrics, is pushed to each replica's OTLP receiver as the gateway pushes it
 * (the path and the flush interval of its rendered exporters and connector), and a burst
 * of failing checkout requests burns the checkout-availability budget.
 *
 * Four runs side by side, on one clock and one rule-evaluation phase: one replica and one
 * Alertmanager without a cluster (the single-replica path), the HA path untouched, the HA
 * path with one replica and one Alertmanager peer (the one that would notify first)
 * SIGKILLed 20 s into the burst, and the HA path rolled through the burst as its
 * StatefulSets roll (each pod stopped with SIGTERM and started again on its own data, the
 * highest ordinal first, the next when it is ready again). Each pages exactly once, the
 * killed run within one rule evaluation interval of the single-replica run; through Thanos
 * Query the SLO dashboard's burn-rate queries return one series per SLO, with no evaluation
 * missing across the kill or the roll.
 *
 * About 7 minutes, so it runs where CONFORMANCE=1 (as in CI, which builds the binaries
 * first; missing binaries are then a failure).
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { IMAGES } from '../lib/common/k8s/images';
import { Duration } from '../lib/common/vocabulary/duration';
import { RED_METRICS } from '../lib/common/vocabulary/red-metrics';
import { renderStack } from '../lib/output/synth';
import { parseEnvironment } from '../lib/output/validation/types';
import { checkSlos } from '../lib/slo/slo';
import { BINARIES } from '../scripts/e2e/stack';
import { ENVIRONMENTS, buildApp, stopGroup } from './helpers';

const envs = Object.fromEntries(buildApp(ENVIRONMENTS).stacks.map((s) => [s.envName, parseEnvironment(s.envName, renderStack(s))]));
const obj = (env: string, kind: string, name: string) => envs[env].objects.find((o) => o.doc.kind === kind && o.doc.metadata.name === name)?.doc;
const PROD = ENVIRONMENTS.find((e) => e.name === 'prod')!;
const SLOS = checkSlos(PROD.slos!);
/** The SLO the burst burns. */
const BURNING = SLOS.find((s) => s.service === 'checkout' && s.sli.kind === 'availability')!;

const prometheusYml: string = obj('prod', 'ConfigMap', 'prometheus-config').data['prometheus.yml'];
const rulesYaml: string = obj('prod', 'ConfigMap', 'prometheus-rules').data['rules.yaml'];
const gateway = parse(obj('prod', 'ConfigMap', 'otel-gateway-config').data['config.yaml']);
const sloDashboard = JSON.parse(obj('prod', 'ConfigMap', 'grafana-dashboards-slos').data['slos.json']);
const seconds = (what: string, d: string) => Duration.parse(what, d).seconds;
/** The burning SLO's rule group's evaluation interval: its own, or the global one. */
const INTERVAL = seconds(
  'evaluation interval',
  parse(rulesYaml).groups.find((g: any) => g.name === `slo-${BURNING.name}`).interval ?? parse(prometheusYml).global.evaluation_interval,
);

/** Production's Alertmanager config with each severity's receiver a webhook under `base` (built through the public path, as the e2e run does). */
const HOOK_PLACEHOLDER = 'http://127.0.0.1:9/run';
const alertmanagerYml: string = (() => {
  const [stack] = buildApp([{ ...PROD, alertmanager: { ...PROD.alertmanager, receivers: { page: { webhook: { url: `${HOOK_PLACEHOLDER}/page` } }, ticket: { webhook: { url: `${HOOK_PLACEHOLDER}/ticket` } } } } }]).stacks;
  const env = parseEnvironment('prod', renderStack(stack));
  return env.objects.find((o) => o.doc.kind === 'ConfigMap' && o.doc.metadata.name === 'alertmanager-config')!.doc.data['alertmanager.yml'];
})();

/** The SLO dashboard's queries of one panel, per SLO row. */
const dashboardQueries = (title: string): Array<{ slo: string; expr: string; legend: string }> => {
  const out: Array<{ slo: string; expr: string; legend: string }> = [];
  let slo = '';
  for (const p of sloDashboard.panels) {
    if (p.type === 'row') slo = String(p.title).split(':')[0];
    else if (p.title === title) for (const t of p.targets) out.push({ slo, expr: t.expr, legend: t.legendFormat });
  }
  return out;
};

describe('what the HA paging run takes from the output', () => {
  test("Alertmanager runs production's config but for its receivers: each severity to one webhook", () => {
    const strip = (t: string) => ({ ...parse(t), receivers: undefined });
    const rendered = obj('prod', 'ConfigMap', 'alertmanager-config').data['alertmanager.yml'];
    expect(strip(alertmanagerYml)).toEqual(strip(rendered));
    expect(parse(alertmanagerYml).receivers).toEqual([
      { name: 'default' },
      { name: 'page', webhook_configs: [{ url: `${HOOK_PLACEHOLDER}/page`, send_resolved: true }] },
      { name: 'ticket', webhook_configs: [{ url: `${HOOK_PLACEHOLDER}/ticket`, send_resolved: true }] },
    ]);
  });

  test("the SLO dashboard reads each SLO's burn rate per window through one datasource, Thanos Query", () => {
    const burn = dashboardQueries('Burn rate per window');
    expect([...new Set(burn.map((q) => q.slo))]).toEqual(SLOS.map((s) => s.name));
    expect(burn.filter((q) => q.legend === '5m').map((q) => q.expr)).toEqual(SLOS.map((s) => `slo:burn_rate:rate5m{slo="${s.name}"}`));
    const ds = parse(obj('prod', 'ConfigMap', 'grafana-datasources').data['datasources.yaml']).datasources.find((d: any) => d.type === 'prometheus');
    expect(new URL(ds.url).host).toBe('thanos-query.observability.svc:10902');
  });

  test("a started Alertmanager peer notifies once its Prometheus has sent every firing alert again, and the peers' roll waits as long for each", () => {
    const prometheusArgs: string[] = obj('prod', 'StatefulSet', 'prometheus').spec.template.spec.containers[0].args;
    const amArgs: string[] = obj('prod', 'StatefulSet', 'alertmanager').spec.template.spec.containers[0].args;
    // every evaluation sends every firing alert again
    expect(prometheusArgs).toContain('--rules.alert.resend-delay=0s');
    const evaluation = seconds('evaluation interval', parse(prometheusYml).global.evaluation_interval);
    expect(amArgs).toContain(`--dispatch.start-delay=${2 * evaluation}s`);
    expect(obj('prod', 'StatefulSet', 'alertmanager').spec.minReadySeconds).toBe(2 * evaluation);
  });

  test('the gateway pushes the RED metrics to each replica at its flush interval', () => {
    const exporters = gateway.service.pipelines.metrics.exporters.map((e: string) => gateway.exporters[e].endpoint);
    expect(exporters).toEqual([0, 1].map((i) => `http://prometheus-${i}.prometheus-peers.observability.svc:9090/api/v1/otlp`));
    expect(gateway.connectors.span_metrics.namespace).toBe(RED_METRICS.namespace);
    expect(seconds('flush interval', gateway.connectors.span_metrics.metrics_flush_interval)).toBeGreaterThan(0);
  });
});

const THANOS = path.join(path.dirname(path.dirname(BINARIES.prometheus)), `thanos-${IMAGES.thanos.tag.replace(/^v/, '')}`, 'thanos');
const required = process.env.CONFORMANCE === '1';
if (!required) console.warn('the HA paging run (about 7 minutes) is skipped: it runs with CONFORMANCE=1 (as in CI), after npm run tools');

/** One notification that reached the webhook. */
interface Notification {
  readonly at: number;
  readonly run: string;
  readonly receiver: string;
  readonly status: string;
  readonly alerts: Array<{ status: string; labels: Record<string, string> }>;
}

/** One of the three runs. */
interface Run {
  readonly key: 'single' | 'ha' | 'ha-kill' | 'ha-roll';
  readonly what: string;
  readonly proms: string[];
  readonly ams: string[];
  readonly query?: string;
}

(required ? describe : describe.skip)('the pinned prometheus, thanos and alertmanager: an SLO burn pages once, through the kills', () => {
  let dir = '';
  const LIFETIME = 720; // every process ends by itself after this long, whatever happens to the test
  const KILL_AFTER = 20; // seconds into the burst
  const ROLL_AFTER = 10; // seconds into the burst
  const QUIET = 45; // seconds after the last first page in which no second page may come (3 peers x the 15 s peer timeout)
  const procs: Array<{ name: string; p: ChildProcess }> = [];
  const logs: string[] = [];
  const received: Notification[] = [];
  let server: http.Server | undefined;
  let stopPushing = false;
  const pushFailures = new Map<string, number>();
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const until = async (f: () => Promise<boolean>, ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end; await sleep(500)) if (await f()) return true;
    return false;
  };

  const specs = new Map<string, { env: Record<string, string>; bin: string; args: string[] }>();
  const run = (name: string, env: Record<string, string>, bin: string, args: string[]) => {
    specs.set(name, { env, bin, args });
    const log = path.join(dir, `${name}.${procs.filter((x) => x.name === name).length}.log`);
    logs.push(log);
    const out = fs.openSync(log, 'w');
    const p = spawn('timeout', [String(LIFETIME), bin, ...args], { stdio: ['ignore', out, out], env: { ...process.env, ...env } });
    fs.closeSync(out);
    procs.push({ name, p });
    return p;
  };
  /** The binary's PID: the only child of its `timeout`. */
  const binaryPid = (p: ChildProcess): number | undefined => {
    try {
      return Number(fs.readFileSync(`/proc/${p.pid}/task/${p.pid}/children`, 'utf8').trim().split(/\s+/)[0]) || undefined;
    } catch {
      return undefined;
    }
  };
  /** A process by name: its latest start. */
  const latest = (name: string) => [...procs].reverse().find((x) => x.name === name)!;
  const kill = (name: string) => {
    const { p } = latest(name);
    const pid = binaryPid(p);
    if (!pid) throw new Error(`${name} is not running`);
    process.kill(pid, 'SIGKILL');
  };
  /**
   * Restarts a pod as a StatefulSet's rolling update does: each of its containers stopped
   * as the kubelet stops it (SIGTERM, then waiting for it to end), then started again with
   * the same args and data.
   */
  const restartPod = async (...containers: string[]) => {
    await Promise.all(
      containers.map((name) => {
        const { p } = latest(name);
        const ended = new Promise<void>((r) => (p.exitCode !== null || p.signalCode !== null ? r() : p.once('exit', () => r())));
        // timeout passes SIGTERM on to the binary and ends with it
        p.kill('SIGTERM');
        return ended;
      }),
    );
    for (const name of containers) {
      const spec = specs.get(name)!;
      run(name, spec.env, spec.bin, spec.args);
    }
  };
  const tails = () => logs.map((l) => `${path.basename(l)}:\n${fs.readFileSync(l, 'utf8').split('\n').slice(-6).join('\n')}`).join('\n');

  afterAll(() => {
    stopPushing = true;
    // the binary with its timeout: their process group
    for (const { p } of procs) stopGroup(p);
    server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const getJson = async (url: string): Promise<any> => {
    try {
      return await (await fetch(url, { signal: AbortSignal.timeout(10000) })).json();
    } catch {
      return undefined;
    }
  };
  /** Thanos Query's HTTP API as Grafana calls it (deduplication is its default); `raw` asks for every replica's series. */
  const thanos = (ip: string, q: string, params: Record<string, string | number> = {}, range = false) =>
    getJson(`http://${ip}:10902/api/v1/${range ? 'query_range' : 'query'}?${new URLSearchParams({ query: q, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) })}`);

  const bindable = (ip: string, port: number) =>
    new Promise<boolean>((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(port, ip, () => s.close(() => resolve(true)));
    });

  // the figures, filled by the run and read by the tests
  const figures: {
    t0: number;
    runs: Run[];
    firstPage: Record<string, number | undefined>;
    killed: { prometheus: string; alertmanager: string; at: number } | undefined;
    /** The roll: each pod, from its stop to ready again, in seconds into the burst. */
    rolled: string[];
    rawBeforeKill: Record<string, number>;
    mergedBeforeKill: Record<string, number>;
    sentBy: Record<string, string>;
    end: number;
  } = { t0: 0, runs: [], firstPage: {}, killed: undefined, rolled: [], rawBeforeKill: {}, mergedBeforeKill: {}, sentBy: {}, end: 0 };

  beforeAll(async () => {
    const missing = [BINARIES.prometheus, BINARIES.alertmanager, THANOS].filter((b) => !fs.existsSync(b));
    if (missing.length) throw new Error(`not built (npm run tools): ${missing.join(', ')}`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ha-paging-'));

    // the three runs on a free block of 127.0.0.0/8, at the rendered ports
    const layout = (b: string): Run[] => [
      { key: 'single', what: '1 Prometheus, 1 Alertmanager (no cluster)', proms: [`${b}10`], ams: [`${b}20`] },
      { key: 'ha', what: '2 Prometheus, 3 Alertmanager peers', proms: [`${b}30`, `${b}31`], ams: [`${b}40`, `${b}41`, `${b}42`] },
      { key: 'ha-kill', what: `2 Prometheus, 3 Alertmanager peers; one of each SIGKILLed ${KILL_AFTER} s into the burst`, proms: [`${b}50`, `${b}51`], ams: [`${b}60`, `${b}61`, `${b}62`], query: `${b}70` },
      { key: 'ha-roll', what: `2 Prometheus, 3 Alertmanager peers; each pod restarted in turn from ${ROLL_AFTER} s into the burst`, proms: [`${b}80`, `${b}81`], ams: [`${b}90`, `${b}91`, `${b}92`], query: `${b}100` },
    ];
    let base = '';
    for (let i = 0; i < 10 && !base; i++) {
      const b = `127.${100 + Math.floor(Math.random() * 150)}.${1 + Math.floor(Math.random() * 250)}.`;
      const ips = [`${b}5`, ...layout(b).flatMap((r) => [...r.proms, ...r.ams, ...(r.query ? [r.query] : [])])];
      const all = ips.flatMap((ip) => [9090, 9093, 9094, 10901, 10902].map((port) => bindable(ip, port)));
      if ((await Promise.all(all)).every(Boolean)) base = b;
    }
    if (!base) throw new Error('no free block of 127.0.0.0/8 for the rendered ports');
    const runs = layout(base);
    figures.runs = runs;

    // the webhook: /<run>/<receiver>
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const [, runKey, receiver] = (req.url ?? '').split('/');
        try {
          const doc = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          received.push({ at: Date.now(), run: runKey, receiver, status: doc.status, alerts: doc.alerts ?? [] });
        } catch {
          /* not a notification */
        }
        res.writeHead(200);
        res.end();
      });
    });
    await new Promise<void>((r) => server!.listen(0, `${base}5`, r));
    const hook = `http://${base}5:${(server.address() as net.AddressInfo).port}`;

    // one rule file for every replica: Prometheus places a group's evaluations by the group's name and file, so every run evaluates in the same phase
    fs.mkdirSync(path.join(dir, 'rules'));
    fs.writeFileSync(path.join(dir, 'rules', 'rules.yaml'), rulesYaml);
    const prometheusArgs: string[] = obj('prod', 'StatefulSet', 'prometheus').spec.template.spec.containers[0].args;
    const sidecarArgs: string[] = obj('prod', 'StatefulSet', 'prometheus').spec.template.spec.containers[1].args;
    const queryArgs: string[] = obj('prod', 'Deployment', 'thanos-query').spec.template.spec.containers[0].args;
    const amArgs = (env: string): string[] => obj(env, 'StatefulSet', 'alertmanager').spec.template.spec.containers[0].args;
    const peerName = /alertmanager-(\d)\.alertmanager-peers\.observability\.svc/;

    for (const r of runs) {
      const own = path.join(dir, r.key);
      fs.mkdirSync(own);
      // the rendered config; its scrape jobs discover targets through the Kubernetes API (the SLOs' input is pushed), and
      // its remote_write endpoint is off this machine (test/remote-write.test.ts runs it against a local one)
      const config = parse(prometheusYml);
      delete config.scrape_configs;
      delete config.remote_write;
      config.rule_files = [path.join(dir, 'rules', '*.yaml')];
      const targets = config.alerting.alertmanagers[0].static_configs[0];
      targets.targets = r.ams.length === 1 ? [`${r.ams[0]}:9093`] : targets.targets.map((t: string) => t.replace(peerName, (_m, n) => r.ams[Number(n)]));
      fs.writeFileSync(path.join(own, 'prometheus.yml'), stringify(config));
      fs.writeFileSync(path.join(own, 'alertmanager.yml'), alertmanagerYml.split(HOOK_PLACEHOLDER).join(`${hook}/${r.key}`));
      for (const [i, ip] of r.proms.entries()) {
        const args = prometheusArgs.map((a) =>
          a.replace(/^--config\.file=.*/, `--config.file=${path.join(own, 'prometheus.yml')}`).replace(/^--storage\.tsdb\.path=.*/, `--storage.tsdb.path=${path.join(own, `prometheus-${i}`)}`),
        );
        run(`${r.key}-prometheus-${i}`, { POD_NAME: `prometheus-${i}` }, BINARIES.prometheus, [...args, `--web.listen-address=${ip}:9090`]);
      }
      // the HA runs: production's peers; the single run: the laptop profile's Alertmanager, without a cluster
      for (const [i, ip] of r.ams.entries()) {
        const args = amArgs(r.ams.length === 1 ? 'dev' : 'prod').map((a) =>
          a
            .replace('$(MY_POD_IP)', ip)
            .replace(/^--web\.listen-address=:/, `--web.listen-address=${ip}:`)
            .replace(/^--config\.file=.*/, `--config.file=${path.join(own, 'alertmanager.yml')}`)
            .replace(/^--storage\.path=.*/, `--storage.path=${path.join(own, `alertmanager-${i}`)}`)
            .replace(peerName, (_m, n) => r.ams[Number(n)]),
        );
        run(`${r.key}-alertmanager-${i}`, {}, BINARIES.alertmanager, args);
      }
    }
    const amStarted = Date.now();
    const ok = async (url: string) => (await fetch(url, { signal: AbortSignal.timeout(2000) }).catch(() => undefined))?.ok === true;
    const allProms = runs.flatMap((r) => r.proms);
    if (!(await until(async () => (await Promise.all(allProms.map((ip) => ok(`http://${ip}:9090/-/ready`)))).every(Boolean), 60000))) throw new Error(`Prometheus not ready:\n${tails()}`);

    // the query layer of the runs with the kills and the roll, as the pods start it
    const withQuery = runs.find((r) => r.key === 'ha-kill')!;
    const rolled = runs.find((r) => r.key === 'ha-roll')!;
    for (const r of [withQuery, rolled]) {
      for (const [i, ip] of r.proms.entries()) {
        run(`${r.key}-sidecar-${i}`, {}, THANOS, sidecarArgs.map((a) => a.replace('$(MY_POD_IP)', ip).replace('http://localhost:9090', `http://${ip}:9090`)));
      }
      run(`${r.key}-thanos-query`, {}, THANOS, queryArgs.map((a) => a.replace('$(MY_POD_IP)', r.query!).replace(/prometheus-(\d)\.prometheus-peers\.observability\.svc/, (_m, n) => r.proms[Number(n)])));
    }

    // the gateway's RED metrics, cumulative, pushed to each replica at the connector's flush interval
    const flushMs = seconds('flush interval', gateway.connectors.span_metrics.metrics_flush_interval) * 1000;
    const otlpPath = `${new URL(gateway.exporters['otlp_http/metrics-0'].endpoint).pathname}/v1/metrics`;
    const w0 = Date.now();
    const traffic = [
      { service: 'checkout', span: 'POST /checkout', status: 'STATUS_CODE_UNSET', perSecond: 20, from: w0 },
      { service: 'payments', span: 'POST /payments', status: 'STATUS_CODE_UNSET', perSecond: 20, from: w0 },
      // the burst: every checkout request fails, from t0 on
      { service: 'checkout', span: 'POST /checkout', status: RED_METRICS.errorStatus, perSecond: 200, from: Infinity },
    ];
    const count = (s: (typeof traffic)[number], t: number) => Math.max(0, Math.floor(((t - s.from) / 1000) * s.perSecond));
    const nano = (ms: number) => `${Math.round(ms)}000000`;
    const str = (key: string, value: string) => ({ key, value: { stringValue: value } });
    const bounds = RED_METRICS.bucketsSeconds;
    const fast = bounds.findIndex((b) => 0.008 <= b); // every request takes 8 ms: the latency SLO stays quiet
    const body = (t: number) => {
      const live = traffic.filter((s) => count(s, t) > 0);
      return JSON.stringify({
        resourceMetrics: [...new Set(live.map((s) => s.service))].map((service) => {
          const points = live.filter((s) => s.service === service);
          const attributes = (s: (typeof traffic)[number]) => [
            str('service.name', service),
            str('span.name', s.span),
            str('span.kind', RED_METRICS.serverKind),
            str('status.code', s.status),
            str('collector.instance.id', '0b9e6c52-6f0e-4d1c-9a39-2c1b3f1e7a10'),
          ];
          return {
            resource: { attributes: [str('service.name', service)] },
            scopeMetrics: [
              {
                scope: { name: 'github.com/open-telemetry/opentelemetry-collector-contrib/connector/spanmetricsconnector' },
                metrics: [
                  {
                    name: `${RED_METRICS.namespace}.calls`,
                    sum: { aggregationTemporality: 2, isMonotonic: true, dataPoints: points.map((s) => ({ attributes: attributes(s), startTimeUnixNano: nano(s.from), timeUnixNano: nano(t), asInt: String(count(s, t)) })) },
                  },
                  {
                    name: `${RED_METRICS.namespace}.duration`,
                    unit: 's',
                    histogram: {
                      aggregationTemporality: 2,
                      dataPoints: points.map((s) => {
                        const n = count(s, t);
                        return { attributes: attributes(s), startTimeUnixNano: nano(s.from), timeUnixNano: nano(t), count: String(n), sum: n * 0.008, explicitBounds: bounds, bucketCounts: [...bounds, Infinity].map((_b, i) => String(i === fast ? n : 0)) };
                      }),
                    },
                  },
                ],
              },
            ],
          };
        }),
      });
    };
    let pushes = 0;
    const pushing = (async () => {
      for (let next = Date.now(); !stopPushing; next += flushMs) {
        await sleep(Math.max(0, next - Date.now()));
        const t = Date.now();
        const text = body(t);
        await Promise.all(
          allProms.map(async (ip) => {
            const r = await fetch(`http://${ip}:9090${otlpPath}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text, signal: AbortSignal.timeout(5000) }).catch(() => undefined);
            if (!r?.ok) pushFailures.set(ip, (pushFailures.get(ip) ?? 0) + 1);
          }),
        );
        pushes++;
      }
    })();

    // ready: every Alertmanager cluster settled, the query layer sees both replicas' recorded SLO series, two pushes in
    const status = async (ip: string) => getJson(`http://${ip}:9093/api/v2/status`);
    const settled = async () => {
      for (const r of runs) {
        const s = await Promise.all(r.ams.map(status));
        if (!s.every((x) => x?.cluster?.status === (r.ams.length === 1 ? 'disabled' : 'ready') && (r.ams.length === 1 || x.cluster.peers?.length === r.ams.length))) return false;
      }
      return true;
    };
    const raw = async (r: Run = withQuery) => ((await thanos(r.query!, 'slo:burn_rate:rate5m', { dedup: 'false' }))?.data?.result ?? []) as any[];
    const bothReplicas = async (r: Run) => (await raw(r)).length === 2 * SLOS.length;
    const ready = await until(async () => (await settled()) && (await bothReplicas(withQuery)) && (await bothReplicas(rolled)) && pushes >= 2, 120000);
    if (!ready) throw new Error(`not ready (clusters settled: ${await settled()}, raw SLO series through the query layers: ${(await raw()).length}, ${(await raw(rolled)).length}, pushes: ${pushes}):\n${tails()}`);
    for (const s of await raw()) figures.rawBeforeKill[s.metric.slo] = (figures.rawBeforeKill[s.metric.slo] ?? 0) + 1;
    for (const { slo, expr } of dashboardQueries('Burn rate per window').filter((b) => b.legend === '5m')) {
      figures.mergedBeforeKill[slo] = ((await thanos(withQuery.query!, expr))?.data?.result ?? []).length;
    }

    // a peer notifies from its start delay on (alerts are not gossiped: by then its Prometheus has sent them all again)
    const startDelay = Number(/^--dispatch\.start-delay=(\d+)s$/.exec(amArgs('prod').find((a) => a.startsWith('--dispatch.start-delay=')) ?? '')?.[1]);
    const minReady: number = obj('prod', 'StatefulSet', 'alertmanager').spec.minReadySeconds;
    await sleep(Math.max(0, amStarted + startDelay * 1000 - Date.now()));

    // the burst
    const t0 = Date.now();
    figures.t0 = t0;
    traffic[2].from = t0;

    // the roll, from 10 s in: Prometheus's pods, then Alertmanager's, each the highest ordinal
    // first, the next when the last is available again (Prometheus answering and back in the
    // query layer; Alertmanager's cluster whole again at every peer, then its StatefulSet's
    // minReadySeconds)
    const into = (t: number) => ((t - t0) / 1000).toFixed(1);
    const clusterWhole = async () => (await Promise.all(rolled.ams.map(status))).every((x) => x?.cluster?.status === 'ready' && x.cluster.peers?.length === rolled.ams.length);
    const rolling = (async () => {
      await sleep(ROLL_AFTER * 1000);
      for (const i of [...rolled.proms.keys()].reverse()) {
        const from = Date.now();
        await restartPod(`ha-roll-prometheus-${i}`, `ha-roll-sidecar-${i}`);
        const back = await until(async () => (await ok(`http://${rolled.proms[i]}:9090/-/ready`)) && (await bothReplicas(rolled)), 90000);
        figures.rolled.push(`prometheus-${i} ${into(from)}-${into(Date.now())} s${back ? '' : ' (not ready again)'}`);
      }
      for (const i of [...rolled.ams.keys()].reverse()) {
        const from = Date.now();
        await restartPod(`ha-roll-alertmanager-${i}`);
        const back = await until(async () => (await ok(`http://${rolled.ams[i]}:9093/-/ready`)) && (await clusterWhole()), 90000);
        await sleep(minReady * 1000);
        figures.rolled.push(`alertmanager-${i} ${into(from)}-${into(Date.now())} s${back ? '' : ' (not ready again)'}`);
      }
    })();

    // 20 s in: SIGKILL one replica, and the Alertmanager peer that would notify first (the first by name: position 0 of the cluster)
    await sleep(KILL_AFTER * 1000);
    const names = await Promise.all(withQuery.ams.map(async (ip, i) => ({ i, name: (await status(ip))?.cluster?.name as string })));
    const first = names.sort((a, b) => (a.name < b.name ? -1 : 1))[0].i;
    kill(`${withQuery.key}-prometheus-0`);
    kill(`${withQuery.key}-alertmanager-${first}`);
    figures.killed = { prometheus: 'prometheus-0', alertmanager: `alertmanager-${first}`, at: Date.now() - t0 };

    // each run's first page, then a quiet spell in which no second may come
    const isPage = (n: Notification) => n.receiver === 'page' && n.status === 'firing' && n.alerts.some((a) => a.labels.slo === BURNING.name);
    const firstPage = (key: string) => received.find((n) => n.run === key && isPage(n));
    await until(async () => runs.every((r) => firstPage(r.key)), 240000);
    for (const r of runs) figures.firstPage[r.key] = firstPage(r.key) ? (firstPage(r.key)!.at - t0) / 1000 : undefined;
    await rolling;
    const last = Math.max(Date.now(), ...runs.map((r) => firstPage(r.key)?.at ?? Date.now()));
    await sleep(Math.max(0, last + QUIET * 1000 - Date.now()));
    figures.end = Date.now();
    // which peer sent: each Alertmanager's count of webhook notifications
    const sent = async (ip: string) => {
      const text = await fetch(`http://${ip}:9093/metrics`, { signal: AbortSignal.timeout(5000) })
        .then((r) => r.text())
        .catch(() => undefined);
      if (text === undefined) return 'killed';
      return [...text.matchAll(/^alertmanager_notifications_total\{[^}]*integration="webhook"[^}]*\} (\S+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
    };
    for (const r of runs) figures.sentBy[r.key] = (await Promise.all(r.ams.map(async (ip, i) => `alertmanager-${i} ${await sent(ip)}`))).join(', ');
    stopPushing = true;
    await pushing;
  }, 800000);

  const seconds1 = (s: number | undefined) => (s === undefined ? 'none' : `${s.toFixed(1)} s`);

  test('each run pages exactly once, for the burning SLO, with its alerts once each and without the replica label', () => {
    const lines = figures.runs.map((r) => {
      const pages = received.filter((n) => n.run === r.key && n.receiver === 'page');
      const tickets = received.filter((n) => n.run === r.key && n.receiver === 'ticket');
      return `${r.key} (${r.what}): burst -> page ${seconds1(figures.firstPage[r.key])}; pages ${pages.length}, tickets ${tickets.length}; notifications sent: ${figures.sentBy[r.key]}`;
    });
    console.log(
      `rule evaluation interval ${INTERVAL} s; killed in ha-kill: ${figures.killed?.prometheus} and ${figures.killed?.alertmanager} at ${seconds1((figures.killed?.at ?? 0) / 1000)}; ` +
        `rolled in ha-roll (stopped-ready, seconds into the burst): ${figures.rolled.join(', ')}\n${lines.join('\n')}\n` +
        `pushes refused: ${JSON.stringify(Object.fromEntries(pushFailures))}`,
    );
    // every run at once, so that a failure shows each
    const seen = figures.runs.map((r) => {
      const pages = received.filter((n) => n.run === r.key && n.receiver === 'page');
      const alerts = pages.flatMap((n) => n.alerts);
      return {
        run: r.key,
        pages: pages.length,
        slos: [...new Set(alerts.map((a) => a.labels.slo))],
        alerts: alerts.map((a) => `${a.labels.alertname} ${a.labels.severity} ${a.labels.long_window}/${a.labels.short_window}`).sort(),
        withReplicaLabel: alerts.filter((a) => 'prometheus_replica' in a.labels).length,
        // the page inhibits the burning SLO's tickets
        tickets: received.filter((n) => n.run === r.key && n.receiver === 'ticket' && n.alerts.some((a) => a.labels.slo === BURNING.name)).length,
      };
    });
    // one notification: the burning SLO's two page pairs, each once (the replicas' alerts are one)
    const pairs = parse(rulesYaml)
      .groups.find((g: any) => g.name === `slo-${BURNING.name}`)
      .rules.filter((x: any) => x.alert && x.labels.severity === 'page')
      .map((x: any) => `${x.alert} page ${x.labels.long_window}/${x.labels.short_window}`)
      .sort();
    expect(pairs).toHaveLength(2);
    expect(seen).toEqual(figures.runs.map((r) => ({ run: r.key, pages: 1, slos: [BURNING.name], alerts: pairs, withReplicaLabel: 0, tickets: 0 })));
  });

  test('the HA runs page within one rule evaluation interval of the single-replica run, and of each other', () => {
    const [single, ha, kill] = (['single', 'ha', 'ha-kill'] as const).map((k) => figures.firstPage[k]);
    expect([single, ha, kill].every((x) => x !== undefined)).toBe(true);
    expect(ha!).toBeLessThanOrEqual(single! + INTERVAL);
    expect(kill!).toBeLessThanOrEqual(single! + INTERVAL);
    expect(kill!).toBeLessThanOrEqual(ha! + INTERVAL);
  });

  test('the roll restarted every pod, each ready again before the next', () => {
    expect(figures.rolled.map((x) => x.replace(/ \d.*$/, ''))).toEqual(['prometheus-1', 'prometheus-0', 'alertmanager-2', 'alertmanager-1', 'alertmanager-0']);
    expect(figures.rolled.filter((x) => x.includes('not ready'))).toEqual([]);
  });

  test.each(['ha-kill', 'ha-roll'])("%s: through Thanos Query, the SLO dashboard's burn rates are one series per SLO, with every evaluation there across the kill or the roll", async (key) => {
    const q = figures.runs.find((r) => r.key === key)!.query!;
    // with both replicas up, each records every SLO: 2 series each, one through the dashboard's query
    expect([figures.rawBeforeKill, figures.mergedBeforeKill]).toEqual([Object.fromEntries(SLOS.map((s) => [s.name, 2])), Object.fromEntries(SLOS.map((s) => [s.name, 1]))]);
    const start = figures.t0 / 1000;
    const end = Math.floor(figures.end / 1000);
    const steps = Math.floor((end - start) / INTERVAL) + 1;
    const found: string[] = [];
    const warnings = new Set<string>();
    const burn = dashboardQueries('Burn rate per window');
    for (const { slo, expr, legend } of burn) {
      const r = await thanos(q, expr, { start, end, step: INTERVAL }, true);
      const series = (r?.data?.result ?? []) as any[];
      for (const w of r?.warnings ?? []) warnings.add(String(w).slice(0, 200));
      const values = series.map((s) => s.values.length);
      found.push(`${expr}: ${series.length} series, ${values.join('/')} of ${steps} steps`);
      expect([slo, legend, r?.status, series.length, values, series.map((s) => 'prometheus_replica' in s.metric)]).toEqual([slo, legend, 'success', 1, [steps], [false]]);
    }
    // no evaluation missing: the newest sample every 5 s of the run is younger than 1.5 intervals
    const ages: string[] = [];
    for (const { slo, expr } of burn.filter((b) => b.legend === '5m')) {
      const r = await thanos(q, `timestamp(${expr})`, { start, end, step: 5 }, true);
      const [series] = (r?.data?.result ?? []) as any[];
      const oldest = Math.max(...(series?.values ?? [[0, '-Infinity']]).map(([t, v]: [number, string]) => t - Number(v)));
      ages.push(`${slo}: ${oldest.toFixed(1)} s`);
      expect([slo, oldest < 1.5 * INTERVAL]).toEqual([slo, true]);
    }
    // the dashboard's "page alerts firing": the replicas' alerts counted once
    const firing = dashboardQueries('Alerts firing').find((x) => x.slo === BURNING.name && x.legend === 'page alerts firing')!;
    const now = await thanos(q, firing.expr);
    console.log(
      `${key}: through Thanos Query, before the kill: ${JSON.stringify(figures.rawBeforeKill)} series raw, ${JSON.stringify(figures.mergedBeforeKill)} through the dashboard's query; ` +
        `${steps} steps of ${INTERVAL} s from the burst to the end, the kill ${seconds1((figures.killed?.at ?? 0) / 1000)} in, the roll ${figures.rolled.join(', ')}:\n${found.join('\n')}\n` +
        `oldest sample at any 5 s step: ${ages.join(', ')}\n${firing.expr} = ${now?.data?.result?.[0]?.value?.[1]}\n` +
        `warnings of the query layer: ${[...warnings].join(' | ') || 'none'}`,
    );
    expect(now?.data?.result?.map((x: any) => x.value[1])).toEqual(['2']);
  });
});
