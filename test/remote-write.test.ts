/**
 * Long-term storage by remote write: each Prometheus replica also writes every sample to the
 * endpoints of `prometheus.remoteWrite`, with its credentials from a Secret file, and a
 * refusing or unreachable endpoint is retried, not dropped. The pinned prometheus, run with
 * the rendered remote_write, sends through an outage of its endpoint (503, then 429) and the
 * endpoint ends with every sample it scraped.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { StackProps } from '../lib/stack/stack';
import { renderStack } from '../lib/output/synth';
import { parseEnvironment } from '../lib/output/validation/types';
import { BINARIES } from '../scripts/e2e/stack';
import { ENVIRONMENTS, buildApp, stopGroup, synthesize } from './helpers';

const prod = parseEnvironment('prod', renderStack(buildApp(ENVIRONMENTS).stacks.find((s) => s.envName === 'prod')!));
const obj = (kind: string, name: string) => prod.objects.find((o) => o.doc.kind === kind && o.doc.metadata.name === name)!.doc;
const rendered = parse(obj('ConfigMap', 'prometheus-config').data['prometheus.yml']);

describe('remote write to long-term storage', () => {
  test('every sample, exemplar and native histogram to the endpoint, its token a file of a mounted Secret, 429 retried', () => {
    expect(rendered.remote_write).toEqual([
      {
        name: 'metrics.example.com-0',
        url: 'https://metrics.example.com/api/v1/push',
        authorization: { credentials_file: '/etc/prometheus/secrets/metrics-remote-write/token' },
        send_exemplars: true,
        send_native_histograms: true,
        queue_config: { retry_on_http_429: true },
      },
    ]);
    const pod = obj('StatefulSet', 'prometheus').spec.template.spec;
    expect(pod.volumes).toContainEqual({ name: 'secret-metrics-remote-write', secret: { secretName: 'metrics-remote-write', defaultMode: 0o400, items: [{ key: 'token', path: 'token' }] } });
    expect(pod.containers[0].volumeMounts).toContainEqual({ name: 'secret-metrics-remote-write', mountPath: '/etc/prometheus/secrets/metrics-remote-write', readOnly: true });
  });

  test('bad endpoints fail the synth with the prop and the value', () => {
    const base: StackProps = { name: 'rw', clusterName: 'c', deploymentEnvironment: 'e', size: 'laptop' };
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-'));
    const bad = (remoteWrite: unknown) => () => synthesize([{ ...base, prometheus: { remoteWrite } } as StackProps], dist);
    expect(bad([{ url: 'https://user:secret@metrics.example.com/push' }])).toThrow(
      /^rw: Prometheus 'remoteWrite\[0\]\.url' must be an http\(s\) URL without credentials \(they go in a Secret: bearerTokenSecret, basicAuth\), got "https:\/\/user:secret@metrics.example.com\/push"/,
    );
    expect(bad([{ url: 'metrics.example.com:443' }])).toThrow(/Prometheus 'remoteWrite\[0\]\.url' must be an http\(s\) URL/);
    expect(bad([{ url: 'https://m.example.com', bearerTokenSecret: { name: 'a', key: 't' }, basicAuth: { username: 'u', passwordSecret: { name: 'a', key: 'p' } } }])).toThrow(
      /Prometheus 'remoteWrite\[0\]' takes 'bearerTokenSecret' or 'basicAuth', not both/,
    );
    expect(bad([{ url: 'https://m.example.com', bearerTokenSecret: { name: 'Bad_Name', key: 't' } }])).toThrow(/Prometheus 'remoteWrite\[0\]\.bearerTokenSecret\.name' must be a DNS-1123 label .*got 'Bad_Name'/);
    expect(bad([{ url: 'https://m.example.com', bearer: 'x' }])).toThrow(/Prometheus 'remoteWrite\[0\]' has no prop 'bearer'/);
    expect(fs.readdirSync(dist)).toEqual([]);
    fs.rmSync(dist, { recursive: true, force: true });
  });

  test("the environment's README lists the Secret, and the flow chart the endpoint", () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'dist', 'prod', 'README.md'), 'utf8');
    expect(readme).toMatch(/metrics-remote-write/);
    expect(readme).toMatch(/long-term storage \(remote write\) :443/);
  });
});

const runnable = fs.existsSync(BINARIES.prometheus);
if (!runnable && process.env.CONFORMANCE !== '1') console.warn(`the remote-write run is skipped: ${BINARIES.prometheus} is not built (npm run tools)`);

(runnable || process.env.CONFORMANCE === '1' ? describe : describe.skip)('the pinned prometheus with the rendered remote_write', () => {
  const procs: ChildProcess[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remote-write-'));
  const base = `127.${100 + Math.floor(Math.random() * 150)}.${1 + Math.floor(Math.random() * 250)}.`;
  const sender = `${base}10`;
  const receiver = `${base}11`;
  const front = `${base}12`;
  const token = `token-${process.pid}`;
  let server: http.Server | undefined;
  afterAll(() => {
    for (const p of procs) stopGroup(p);
    server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const run = (name: string, args: string[]) => {
    const out = fs.openSync(path.join(dir, `${name}.log`), 'w');
    // ends by itself within 150 s, whatever happens to the test
    const p = spawn('timeout', ['150', BINARIES.prometheus, ...args], { stdio: ['ignore', out, out] });
    procs.push(p);
  };
  const query = async (host: string, q: string): Promise<number | undefined> => {
    try {
      const r: any = await (await fetch(`http://${host}:9090/api/v1/query?query=${encodeURIComponent(q)}`)).json();
      return r.data.result.length ? Number(r.data.result[0].value[1]) : undefined;
    } catch {
      return undefined;
    }
  };
  const until = async (f: () => Promise<boolean>, ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 500))) if (await f()) return true;
    return false;
  };

  test('an endpoint down for 20 s (503, then 429) ends with every sample, sent with the token', async () => {
    // the endpoint: checks the token, refuses while `down`, else hands the write to a receiving Prometheus
    let down: 0 | 503 | 429 = 503;
    const seen = { requests: 0, refused: 0, badToken: 0 };
    server = http.createServer((req, res) => {
      seen.requests++;
      if (req.headers.authorization !== `Bearer ${token}`) seen.badToken++;
      if (down) {
        seen.refused++;
        req.resume();
        res.writeHead(down).end();
        return;
      }
      const fwd = http.request({ host: receiver, port: 9090, path: '/api/v1/write', method: 'POST', headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      fwd.on('error', () => res.writeHead(502).end());
      req.pipe(fwd);
    });
    await new Promise<void>((r) => server!.listen(9090, front, r));

    fs.writeFileSync(path.join(dir, 'token'), token);
    const [rw] = rendered.remote_write;
    // the rendered remote_write, its URL and token file here; the scrape jobs need a cluster, so the sender scrapes itself
    const config = {
      global: { ...rendered.global, scrape_interval: '1s', scrape_timeout: '1s', evaluation_interval: '1s' },
      scrape_configs: [{ job_name: 'self', static_configs: [{ targets: [`${sender}:9090`] }] }],
      remote_write: [{ ...rw, url: `http://${front}:9090/api/v1/write`, authorization: { credentials_file: path.join(dir, 'token') } }],
    };
    fs.writeFileSync(path.join(dir, 'sender.yml'), stringify(config));
    fs.writeFileSync(path.join(dir, 'receiver.yml'), stringify({ global: { scrape_interval: '1h' } }));
    run('receiver', [`--config.file=${path.join(dir, 'receiver.yml')}`, `--storage.tsdb.path=${path.join(dir, 'receiver')}`, '--web.enable-remote-write-receiver', `--web.listen-address=${receiver}:9090`]);
    run('sender', [`--config.file=${path.join(dir, 'sender.yml')}`, `--storage.tsdb.path=${path.join(dir, 'sender')}`, `--web.listen-address=${sender}:9090`]);

    expect(await until(async () => (await query(sender, 'up')) === 1, 30000)).toBe(true);
    const start = Math.floor(Date.now() / 1000);
    await new Promise((r) => setTimeout(r, 10000));
    down = 429;
    await new Promise((r) => setTimeout(r, 10000));
    down = 0;
    await new Promise((r) => setTimeout(r, 10000));
    const end = Math.floor(Date.now() / 1000);
    // the samples of `up` the sender scraped over the window, and those the receiver holds
    const window = `${end - start}s`;
    const q = `count_over_time(up{job="self"}[${window}] @ ${end})`;
    const sent = await query(sender, q);
    let received: number | undefined;
    await until(async () => (received = await query(receiver, q)) === sent, 30000);
    console.log(`remote write through a 20 s outage: ${seen.requests} requests, ${seen.refused} refused; samples of up over ${window}: scraped ${sent}, received ${received}`);
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.badToken).toBe(0);
    expect(sent).toBeGreaterThanOrEqual(25);
    expect(received).toBe(sent);
    const failed = await query(sender, 'sum(prometheus_remote_storage_samples_failed_total)');
    const dropped = await query(sender, 'sum(prometheus_remote_storage_samples_dropped_total)');
    expect([failed ?? 0, dropped ?? 0]).toEqual([0, 0]);
  }, 120000);
});
