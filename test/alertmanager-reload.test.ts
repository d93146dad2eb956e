/**
 * A change of Alertmanager's config reaches the running replicas without a restart: a
 * reloader sidecar (prometheus-config-reloader) watches the directories of the mounted config
 * and receiver Secret files and calls Alertmanager's reload endpoint on localhost, and the pod
 * template carries no config checksum, so no peer of the cluster restarts for a route or a
 * receiver. The pinned alertmanager (2 peers of production's cluster) and the pinned reloader
 * beside each, run with the StatefulSet's own args on volumes laid out as the kubelet lays
 * them out, take the rendered config of a changed environment as the kubelet swaps it in:
 * each replica serves the new config within seconds, as the same process, still in the cluster.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { IMAGES } from '../lib/common/k8s/images';
import { CONFIG_CHECKSUM_ANNOTATION } from '../lib/common/vocabulary/yaml';
import { renderStack } from '../lib/output/synth';
import { parseEnvironment } from '../lib/output/validation/types';
import { StackProps } from '../lib/stack/stack';
import { BINARIES } from '../scripts/e2e/stack';
import { ENVIRONMENTS, buildApp, stopGroup } from './helpers';

const prod = ENVIRONMENTS.find((e) => e.name === 'prod')!;
/** Production with its ticket receiver in another Slack channel, and a longer group wait. */
const changed: StackProps = {
  ...prod,
  alertmanager: {
    ...prod.alertmanager,
    receivers: { ...prod.alertmanager!.receivers, ticket: { slack: { ...prod.alertmanager!.receivers!.ticket!.slack!, channel: '#prod-tickets' } } },
    groupWait: '45s',
  },
};
const render = (props: StackProps) => parseEnvironment(props.name, renderStack(buildApp([props]).stacks[0]));
const base = render(prod);
const obj = (kind: string, name: string, env = base) => env.objects.find((o) => o.doc.kind === kind && o.doc.metadata.name === name)?.doc;
const sts = obj('StatefulSet', 'alertmanager');
const pod = sts.spec.template.spec;
const [alertmanager] = pod.containers;
const reloader = pod.containers.find((c: any) => c.image.endsWith(`${IMAGES.prometheusConfigReloader.repository}:${IMAGES.prometheusConfigReloader.tag}`));
const configFile = (env: typeof base): string => obj('ConfigMap', 'alertmanager-config', env).data['alertmanager.yml'];

describe("Alertmanager's config reloads in place", () => {
  test('no config checksum on the pod template: a config change rolls no peer', () => {
    expect(sts.spec.template.metadata.annotations?.[CONFIG_CHECKSUM_ANNOTATION]).toBeUndefined();
    expect(configFile(render(changed))).not.toBe(configFile(base));
  });

  test('a reloader beside Alertmanager watches every directory of its config and Secret files and calls its reload endpoint on localhost', () => {
    expect(reloader).toBeDefined();
    const mounts = alertmanager.volumeMounts.filter((m: any) => pod.volumes.some((v: any) => v.name === m.name && (v.configMap || v.secret)));
    expect(mounts.length).toBeGreaterThanOrEqual(2);
    expect(reloader.volumeMounts).toEqual(mounts);
    expect(reloader.args.filter((a: string) => a.startsWith('--watched-dir=')).sort()).toEqual(mounts.map((m: any) => `--watched-dir=${m.mountPath}`).sort());
    const port = alertmanager.ports.find((p: any) => p.name === 'http-web').containerPort;
    expect(reloader.args).toContain(`--reload-url=http://localhost:${port}/-/reload`);
    expect(alertmanager.args).toContain(`--web.listen-address=:${port}`);
  });
});

const RELOADER = path.join(path.dirname(path.dirname(BINARIES.alertmanager)), `prometheus-config-reloader-${IMAGES.prometheusConfigReloader.tag.replace(/^v/, '')}`, 'prometheus-config-reloader');
const runnable = fs.existsSync(BINARIES.alertmanager) && fs.existsSync(RELOADER);
if (!runnable && process.env.CONFORMANCE !== '1') console.warn(`the Alertmanager reload run is skipped: ${BINARIES.alertmanager} or ${RELOADER} is not built (npm run tools)`);

(runnable || process.env.CONFORMANCE === '1' ? describe : describe.skip)('the pinned alertmanager and reloader with these args', () => {
  const procs: ChildProcess[] = [];
  // made when the run starts (a skipped block's body runs too, its hooks do not)
  let dir = '';
  const logs: string[] = [];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-reload-'));
  });
  afterAll(() => {
    for (const p of procs) stopGroup(p);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  // every process ends by itself within 150 s, whatever happens to the test
  const run = (name: string, bin: string, args: string[]): ChildProcess => {
    const log = path.join(dir, `${name}.log`);
    logs.push(log);
    const out = fs.openSync(log, 'w');
    const p = spawn('timeout', ['150', bin, ...args], { stdio: ['ignore', out, out] });
    procs.push(p);
    return p;
  };
  // what each process said, for a failure's message
  const tails = () => logs.map((l) => `${path.basename(l)}:\n${fs.readFileSync(l, 'utf8').split('\n').slice(-6).join('\n')}`).join('\n');
  const until = async (f: () => Promise<boolean> | boolean, ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) if (await f()) return true;
    return false;
  };

  /**
   * Writes a volume's files as the kubelet does: a new timestamped directory, a `..data_tmp`
   * link to it renamed over `..data` (the atomic swap), each file a link through `..data`,
   * then the old directory removed.
   */
  let writes = 0;
  const writeVolume = (at: string, files: Record<string, string>) => {
    fs.mkdirSync(at, { recursive: true });
    const stamp = `..2026_12_07_00_00_00.${String(++writes).padStart(9, '0')}`;
    fs.mkdirSync(path.join(at, stamp));
    for (const [f, content] of Object.entries(files)) fs.writeFileSync(path.join(at, stamp, f), content, { mode: 0o400 });
    const data = path.join(at, '..data');
    const old = fs.existsSync(data) ? fs.readlinkSync(data) : undefined;
    fs.symlinkSync(stamp, path.join(at, '..data_tmp'));
    fs.renameSync(path.join(at, '..data_tmp'), data);
    for (const f of Object.keys(files)) if (!fs.lstatSync(path.join(at, f), { throwIfNoEntry: false })) fs.symlinkSync(path.join('..data', f), path.join(at, f));
    if (old) fs.rmSync(path.join(at, old), { recursive: true });
  };

  // each pod's volumes under its own root, at the container's mount paths
  const configMount = alertmanager.volumeMounts.find((m: any) => pod.volumes.find((v: any) => v.name === m.name)?.configMap);
  const secretMounts = alertmanager.volumeMounts.filter((m: any) => pod.volumes.find((v: any) => v.name === m.name)?.secret);
  const rooted = (root: string, a: string) => a.replace(/^(--config\.file=|--watched-dir=)\//, `$1${root}/`);
  // the receivers' Secret files at the pod's root too
  const writeConfig = (root: string, text: string) =>
    writeVolume(root + configMount.mountPath, { 'alertmanager.yml': secretMounts.reduce((t: string, m: any) => t.split(`${m.mountPath}/`).join(`${root}${m.mountPath}/`), text) });
  /** What a config routes: the group wait and the Slack channels, as written or as Alertmanager serves it. */
  const routing = (text: string) => {
    const c = parse(text);
    return { groupWait: c.route.group_wait, channels: c.receivers.flatMap((r: any) => (r.slack_configs ?? []).map((x: any) => x.channel)) };
  };

  const status = async (ip: string): Promise<any> => {
    try {
      return await (await fetch(`http://${ip}:9093/api/v2/status`)).json();
    } catch {
      return undefined;
    }
  };
  /** The PID of what `timeout` runs. */
  const childPid = (p: ChildProcess): number => Number(fs.readFileSync(`/proc/${p.pid}/task/${p.pid}/children`, 'utf8').trim().split(/\s+/)[0]);

  test('a changed route and receiver reach both peers within 10 s of the swap, a rotated Secret too: same process, still one cluster of 2', async () => {
    const base127 = `127.${100 + Math.floor(Math.random() * 150)}.${1 + Math.floor(Math.random() * 250)}.`;
    const pods = [0, 1].map((i) => ({ name: `alertmanager-${i}`, ip: `${base127}${10 + i}`, root: path.join(dir, `alertmanager-${i}`) }));
    const amProcs: ChildProcess[] = [];
    for (const p of pods) {
      writeConfig(p.root, configFile(base));
      for (const m of secretMounts) {
        const items = pod.volumes.find((v: any) => v.name === m.name).secret.items.map((i: any) => i.path);
        writeVolume(p.root + m.mountPath, Object.fromEntries(items.map((k: string) => [k, `${k}-value`])));
      }
      const own = (alertmanager.args as string[])
        // the third peer of production is not run here
        .filter((a) => !/^--cluster\.peer=alertmanager-[2-9]\./.test(a))
        .map((a) =>
          rooted(p.root, a)
            .replace('$(MY_POD_IP)', p.ip)
            .replace(/^--web\.listen-address=:/, `--web.listen-address=${p.ip}:`)
            .replace(/^--storage\.path=.*/, `--storage.path=${path.join(p.root, 'data')}`)
            .replace(/alertmanager-(\d)\.alertmanager-peers\.observability\.svc/, (_m, n) => pods[Number(n)].ip),
        );
      amProcs.push(run(p.name, BINARIES.alertmanager, own));
    }
    const cluster = async () => (await Promise.all(pods.map((p) => status(p.ip)))).map((s) => `${s?.cluster?.peers?.length ?? 0} peers, ${s?.cluster?.status ?? 'down'}`);
    const joined = await until(async () => (await cluster()).every((x) => x === '2 peers, ready'), 90000);
    expect(joined ? await cluster() : `${(await cluster()).join('; ')}\n${tails()}`).toEqual(['2 peers, ready', '2 peers, ready']);

    // each reloader as the pod runs it, talking to its own Alertmanager over the pod's loopback
    for (const p of pods) {
      const own = (reloader.args as string[]).map((a) => rooted(p.root, a).replace('$(MY_POD_IP)', p.ip).replace(/^(--reload-url=https?:\/\/)localhost:/, `$1${p.ip}:`));
      run(`${p.name}-reloader`, RELOADER, own);
      const healthz = async () => (await fetch(`http://${p.ip}:8080/healthz`).catch(() => undefined))?.ok === true;
      const watching = () => fs.readFileSync(logs[logs.length - 1], 'utf8').includes('started watching config file and directories');
      const started = await until(async () => watching() && (await healthz()), 20000);
      expect(started ? `${p.name} reloader watching` : tails()).toBe(`${p.name} reloader watching`);
    }
    const before = await Promise.all(pods.map((p) => status(p.ip)));
    const pids = amProcs.map(childPid);
    const next = configFile(render(changed));
    expect(before.map((s) => routing(s.config.original))).toEqual([routing(configFile(base)), routing(configFile(base))]);
    expect(routing(next)).toEqual({ groupWait: '45s', channels: ['#prod-tickets'] });

    // the kubelet swaps in the changed environment's rendered config
    const swapped = Date.now();
    for (const p of pods) writeConfig(p.root, next);
    const reloaded = async () => (await Promise.all(pods.map((p) => status(p.ip)))).every((s) => s && JSON.stringify(routing(s.config.original)) === JSON.stringify(routing(next)));
    const served = await until(reloaded, 10000);
    expect(served ? 'both serve it' : `not within 10 s\n${tails()}`).toBe('both serve it');
    console.log(`both peers serve the changed config ${((Date.now() - swapped) / 1000).toFixed(1)} s after the swap`);

    // the same processes (PID, start time, peer name): reloaded, not restarted; still one cluster of 2
    const after = await Promise.all(pods.map((p) => status(p.ip)));
    expect(amProcs.map(childPid)).toEqual(pids);
    expect(amProcs.map((p) => p.exitCode)).toEqual([null, null]);
    expect(after.map((s) => [s.uptime, s.cluster.name])).toEqual(before.map((s) => [s.uptime, s.cluster.name]));
    expect(await cluster()).toEqual(['2 peers, ready', '2 peers, ready']);
    expect(after[0].cluster.peers.map((x: any) => x.name).sort()).toEqual(before.map((s) => s.cluster.name).sort());

    // a rotated receiver credential (a Secret's files swapped) reloads too
    const lastReload = async (ip: string) => {
      const text = await (await fetch(`http://${ip}:9093/metrics`)).text();
      return Number(/^alertmanager_config_last_reload_success_timestamp_seconds (\S+)$/m.exec(text)?.[1]);
    };
    const [m] = secretMounts;
    const items = pod.volumes.find((v: any) => v.name === m.name).secret.items.map((i: any) => i.path);
    const since = await lastReload(pods[0].ip);
    writeVolume(pods[0].root + m.mountPath, Object.fromEntries(items.map((k: string) => [k, `${k}-rotated`])));
    const rotated = await until(async () => (await lastReload(pods[0].ip)) > since, 10000);
    expect(rotated ? 'reloaded' : `not within 10 s\n${tails()}`).toBe('reloaded');
    expect(childPid(amProcs[0])).toBe(pids[0]);
  }, 150000);
});
