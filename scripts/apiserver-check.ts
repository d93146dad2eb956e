/**
 * A real Kubernetes API server judges the output:
 *
 *   npm run apiserver-check [-- DIR]    (default: every environment under dist/)
 *
 * Starts etcd (Debian's etcd-server) and kube-apiserver (built by `npm run tools` at the
 * version pinned in lib/common/k8s/images.ts) on 127.0.0.1 in a scratch folder, with
 * openssl-made certificates, RBAC and Pod Security admission. For each environment, into a
 * fresh etcd: creates the namespaces for real (and the `default` ServiceAccount a
 * controller-manager would make), then for every file `kubectl apply --dry-run=server` and
 * `--server-side --dry-run=server`, a real `kubectl apply` of the directory in file order
 * (so the order is proven from an empty cluster), a Pod made from every workload's
 * template dry-run against its namespace's enforced Pod Security level, and a second
 * `kubectl apply` that must report every object `unchanged`. Prints one line per object the
 * server refused, warned about or reported changed, then `N passed, M failed`. Everything
 * started stops with the run (by PID), or by itself after 15 minutes.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments, stringify } from 'yaml';
import { KUBERNETES } from '../lib/common/k8s/images';
import { environmentsIn, isManifest, manifestFiles } from './environments';

const CACHE = path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'observability-stack', 'tools');
export const BINARIES = {
  apiserver: path.join(CACHE, `kubernetes-${KUBERNETES.version}`, 'kube-apiserver'),
  kubectl: path.join(CACHE, `kubernetes-${KUBERNETES.version}`, 'kubectl'),
  etcd: process.env.ETCD ?? '/usr/bin/etcd',
};
/** Every process started stops by itself after this long, whatever happens to this one. */
const LIFETIME_SECONDS = 900;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

const run = (cmd: string, args: string[], opts: { cwd?: string; input?: string } = {}) => {
  // an environment's objects as JSON pass Node's default 1 MiB: room for them, and a cut output is a failure with its reason
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: opts.cwd, input: opts.input, timeout: 120000, maxBuffer: 1 << 28 });
  return { status: r.error ? 1 : (r.status ?? 1), stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? r.error.message : ''}` };
};

/** A CA, a serving certificate for 127.0.0.1, an admin client certificate and the service-account key pair. */
const makeCertificates = (dir: string): void => {
  const ssl = (...args: string[]) => {
    const r = run('openssl', args, { cwd: dir });
    if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`);
  };
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=apiserver-check-ca');
  fs.writeFileSync(path.join(dir, 'san.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc\n');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=kube-apiserver');
  ssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '1', '-extfile', 'san.cnf');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'admin.key', '-out', 'admin.csr', '-subj', '/O=system:masters/CN=apiserver-check-admin');
  ssl('x509', '-req', '-in', 'admin.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'admin.crt', '-days', '1');
  ssl('genrsa', '-out', 'sa.key', '2048');
  ssl('rsa', '-in', 'sa.key', '-pubout', '-out', 'sa.pub');
};

/** etcd and kube-apiserver on loopback, in a scratch folder; `stop()` ends both by PID. */
export class Cluster {
  public readonly kubeconfig: string;
  private readonly procs: ChildProcess[] = [];
  private readonly logs: string[] = [];

  private constructor(public readonly dir: string, private readonly lifetimeSeconds: number) {
    this.kubeconfig = path.join(dir, 'kubeconfig');
  }

  /** Starts both; they stop by themselves after `lifetimeSeconds` (default 15 minutes). */
  public static async start(lifetimeSeconds = LIFETIME_SECONDS): Promise<Cluster> {
    for (const [name, bin] of Object.entries(BINARIES)) {
      if (!fs.existsSync(bin)) {
        throw new Error(`${bin} is missing: ${name === 'etcd' ? "install Debian's etcd-server (or set ETCD)" : "run 'npm run tools' first"}`);
      }
    }
    const c = new Cluster(fs.mkdtempSync(path.join(os.tmpdir(), 'apiserver-check-')), lifetimeSeconds);
    try {
      await c.boot();
    } catch (e) {
      c.stop();
      throw e;
    }
    return c;
  }

  private spawnLogged(name: string, cmd: string, args: string[]): ChildProcess {
    const log = path.join(this.dir, `${name}.log`);
    const out = fs.openSync(log, 'a');
    const p = spawn('timeout', [String(this.lifetimeSeconds), cmd, ...args], { stdio: ['ignore', out, out], cwd: this.dir });
    fs.closeSync(out);
    this.procs.push(p);
    this.logs.push(log);
    return p;
  }

  private async boot(): Promise<void> {
    const d = this.dir;
    makeCertificates(d);
    const [etcdClient, etcdPeer, apiPort] = [await freePort(), await freePort(), await freePort()];
    this.spawnLogged('etcd', BINARIES.etcd, [
      '--data-dir', path.join(d, 'etcd'),
      '--listen-client-urls', `http://127.0.0.1:${etcdClient}`,
      '--advertise-client-urls', `http://127.0.0.1:${etcdClient}`,
      '--listen-peer-urls', `http://127.0.0.1:${etcdPeer}`,
      '--initial-advertise-peer-urls', `http://127.0.0.1:${etcdPeer}`,
      '--initial-cluster', `default=http://127.0.0.1:${etcdPeer}`,
    ]);
    this.spawnLogged('kube-apiserver', BINARIES.apiserver, [
      `--etcd-servers=http://127.0.0.1:${etcdClient}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${apiPort}`,
      `--cert-dir=${d}`,
      `--tls-cert-file=${d}/server.crt`,
      `--tls-private-key-file=${d}/server.key`,
      `--client-ca-file=${d}/ca.crt`,
      `--service-account-key-file=${d}/sa.pub`,
      `--service-account-signing-key-file=${d}/sa.key`,
      '--service-account-issuer=https://kubernetes.default.svc',
      '--service-cluster-ip-range=10.96.0.0/16',
      '--authorization-mode=RBAC',
      '--enable-admission-plugins=PodSecurity',
      '--allow-privileged=true',
    ]);
    fs.writeFileSync(
      this.kubeconfig,
      stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'check', cluster: { server: `https://127.0.0.1:${apiPort}`, 'certificate-authority': `${d}/ca.crt` } }],
        users: [{ name: 'admin', user: { 'client-certificate': `${d}/admin.crt`, 'client-key': `${d}/admin.key` } }],
        contexts: [{ name: 'check', context: { cluster: 'check', user: 'admin' } }],
        'current-context': 'check',
      }),
    );
    const deadline = Date.now() + 90000;
    while (Date.now() < deadline) {
      if (this.kubectl(['get', '--raw', '/readyz']).stdout.trim() === 'ok') return;
      if (this.procs.some((p) => p.exitCode !== null)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const tail = this.logs.map((l) => `${path.basename(l)}: ${fs.readFileSync(l, 'utf8').trim().split('\n').slice(-5).join(' | ')}`).join('\n');
    throw new Error(`the API server did not become ready:\n${tail}`);
  }

  /** Runs kubectl against this server. */
  public kubectl(args: string[], input?: string) {
    return run(BINARIES.kubectl, ['--kubeconfig', this.kubeconfig, ...args], { input });
  }

  /**
   * Stops every process this cluster started, by PID, and removes its folder: the `timeout`
   * wrappers, and their children by their own PIDs (the API server can outlive its wrapper
   * while it shuts down).
   */
  public stop(): void {
    const kids = this.procs.flatMap((p) => {
      try {
        return fs.readFileSync(`/proc/${p.pid}/task/${p.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      } catch {
        return [];
      }
    });
    for (const p of this.procs) if (p.pid && p.exitCode === null) process.kill(p.pid, 'SIGTERM');
    for (const k of kids) {
      try {
        process.kill(Number(k), 'SIGTERM');
      } catch {
        // already gone
      }
    }
    const left = [...this.procs.filter((p) => p.pid && p.exitCode === null).map((p) => String(p.pid)), ...kids];
    if (left.length) spawnSync('sh', ['-c', `sleep 2; kill -9 ${left.join(' ')} 2>/dev/null || true`]);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One result line. */
interface Outcome {
  /** `warn`: printed, not a failure (the agent namespace audits and warns `restricted` on purpose). */
  readonly result: 'pass' | 'fail' | 'warn';
  readonly line: string;
}

const kindName = (doc: any) => `${doc.kind}/${doc.metadata?.namespace ?? '-'}/${doc.metadata?.name}`;
const warnings = (stderr: string): string[] => stderr.split('\n').filter((l) => /^Warning:/.test(l.trim()));
const errors = (stderr: string): string => stderr.split('\n').filter((l) => l.trim() && !/^Warning:/.test(l.trim())).join(' | ');

/** The checks of one environment's directory against a fresh cluster. */
export const checkEnvironment = (cluster: Cluster, env: string, dir: string): Outcome[] => {
  const out: Outcome[] = [];
  const files = manifestFiles(dir);
  const docs = files.flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map((d) => ({ file: f, doc: d.toJS() }))).filter((d) => d.doc);
  const say = (ok: boolean | 'warn', what: string) => out.push({ result: ok === 'warn' ? 'warn' : ok ? 'pass' : 'fail', line: `${env} ${what}` });

  // 1. the namespaces, for real, with the default ServiceAccount a controller-manager would add
  const namespaces = docs.filter((d) => d.doc.kind === 'Namespace');
  for (const n of namespaces) {
    const r = cluster.kubectl(['apply', '-f', '-'], stringify(n.doc));
    say(r.status === 0, `${kindName(n.doc)} create: ${r.status === 0 ? 'pass' : `FAIL ${errors(r.stderr)}`}`);
    cluster.kubectl(['create', 'serviceaccount', 'default', '-n', n.doc.metadata.name]);
  }

  // 2. server-side dry-runs of every file, client-side and server-side apply
  for (const f of files) {
    for (const mode of [['--dry-run=server'], ['--server-side', '--dry-run=server', '--field-manager=apiserver-check']]) {
      const r = cluster.kubectl(['apply', ...mode, '-f', path.join(dir, f)]);
      const what = `${f} apply ${mode.join(' ')}`;
      if (r.status !== 0) say(false, `${what}: FAIL ${errors(r.stderr)}`);
      else {
        for (const w of warnings(r.stderr)) say('warn', `${what}: WARNING ${w}`);
        if (!warnings(r.stderr).length) say(true, `${what}: pass`);
      }
    }
  }

  // 3. a real apply of the directory in file order, into the fresh cluster
  const first = cluster.kubectl(['apply', '-f', dir]);
  if (first.status !== 0) say(false, `kubectl apply -f ${env}/: FAIL ${errors(first.stderr)}`);
  else say(true, `kubectl apply -f ${env}/ (${first.stdout.trim().split('\n').length} objects, in file order): pass`);
  for (const w of warnings(first.stderr)) say('warn', `kubectl apply -f ${env}/: WARNING ${w}`);

  // 4. a Pod from every workload's template, against the namespace's enforced Pod Security level
  for (const { doc } of docs.filter((d) => d.doc.spec?.template?.spec)) {
    // the claims a StatefulSet controller would add for its volumeClaimTemplates
    const claims = (doc.spec.volumeClaimTemplates ?? []).map((t: any) => ({ name: t.metadata.name, persistentVolumeClaim: { claimName: `${t.metadata.name}-${doc.metadata.name}-0` } }));
    const spec = doc.spec.template.spec;
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `${doc.metadata.name}-check`, namespace: doc.metadata.namespace, labels: doc.spec.template.metadata?.labels, annotations: doc.spec.template.metadata?.annotations },
      spec: { ...spec, volumes: [...(spec.volumes ?? []), ...claims] },
    };
    const r = cluster.kubectl(['create', '--dry-run=server', '-f', '-'], stringify(pod));
    const what = `Pod of ${kindName(doc)} (Pod Security admission)`;
    if (r.status !== 0) say(false, `${what}: FAIL ${errors(r.stderr)}`);
    else if (warnings(r.stderr).length) for (const w of warnings(r.stderr)) say('warn', `${what}: WARNING ${w}`);
    else say(true, `${what}: pass`);
  }

  // 5. a second apply changes nothing: kubectl says unchanged, and no object's resourceVersion moves
  const versions = (): Map<string, string> => {
    const list = JSON.parse(cluster.kubectl(['get', '-f', dir, '-o', 'json']).stdout || '{"items":[]}');
    return new Map((list.items ?? []).map((o: any) => [`${o.kind.toLowerCase()}/${o.metadata.namespace ?? '-'}/${o.metadata.name}`, o.metadata.resourceVersion]));
  };
  const before = versions();
  const second = cluster.kubectl(['apply', '-f', dir]);
  const after = versions();
  const moved = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
  const changed = second.stdout.split('\n').filter((l) => l.trim() && !/ unchanged$/.test(l.trim()));
  if (second.status !== 0) say(false, `second kubectl apply: FAIL ${errors(second.stderr)}`);
  for (const l of changed) {
    // kubectl's client-side patch of a PodDisruptionBudget is never empty (its selector's patch
    // strategy is 'replace'): it reports 'configured' though the server stores nothing new
    const pdbNoop = /^poddisruptionbudget\.policy\/\S+ configured$/.test(l.trim()) && moved.every((k) => !k.startsWith('poddisruptionbudget/'));
    say(pdbNoop ? 'warn' : false, `second kubectl apply: ${pdbNoop ? 'NO-OP' : 'CHANGED'} ${l.trim()}${pdbNoop ? " (kubectl resends a PodDisruptionBudget's selector, patch strategy 'replace'; resourceVersion unchanged)" : ''}`);
  }
  for (const k of moved) say(false, `second kubectl apply: CHANGED ${k} (its resourceVersion moved)`);
  if (second.status === 0 && !moved.length) say(true, `second kubectl apply: no object changed (${after.size} objects)`);
  const diff = cluster.kubectl(['diff', '-f', dir]);
  say(diff.status === 0, `kubectl diff after apply: ${diff.status === 0 ? 'no difference' : `FAIL ${diff.stdout.split('\n').slice(0, 20).join(' | ')}`}`);
  return out;
};

/**
 * The upgrade check: the base render applied to a fresh cluster, then the change applied
 * over it, file by file, as `kubectl apply -f dist/<env>/` would. Every object the API server
 * refuses must be one `npm run review` predicted as refused, and every one it predicted must
 * be refused: no surprise at sync, no false alarm. (Only the API server runs: no controller
 * makes pods or PVCs, so a PVC resize is not exercised.)
 */
export const checkUpgrade = (cluster: Cluster, env: string, baseDir: string, headDir: string, predicted: ReadonlySet<string>): Outcome[] => {
  const out: Outcome[] = [];
  const say = (ok: boolean, what: string) => out.push({ result: ok ? 'pass' : 'fail', line: `${env} upgrade ${what}` });
  for (const f of manifestFiles(baseDir)) {
    for (const n of parseAllDocuments(fs.readFileSync(path.join(baseDir, f), 'utf8')).map((d) => d.toJS()).filter((d) => d?.kind === 'Namespace')) {
      cluster.kubectl(['apply', '-f', '-'], stringify(n));
      cluster.kubectl(['create', 'serviceaccount', 'default', '-n', n.metadata.name]);
    }
  }
  const base = cluster.kubectl(['apply', '-f', baseDir]);
  say(base.status === 0, `the base applied: ${base.status === 0 ? 'pass' : `FAIL ${errors(base.stderr)}`}`);
  const refused = new Set<string>();
  const other: string[] = [];
  for (const f of manifestFiles(headDir)) {
    const r = cluster.kubectl(['apply', '-f', path.join(headDir, f)]);
    // "The Service "x" is invalid: ..." or "... StatefulSet.apps "x" is invalid: ..."
    const found = [...r.stderr.matchAll(/(?:The |: )(\w+)(?:\.[a-z0-9.-]+)? "([^"]+)" is invalid/g)].map((m) => `${m[1]} ${m[2]}`);
    found.forEach((k) => refused.add(k));
    if (r.status !== 0 && !found.length) other.push(`${f}: ${errors(r.stderr)}`);
  }
  const predictedNames = new Set([...predicted].map((k) => k.replace(/ [^ /]+\//, ' ')));
  for (const k of [...refused].sort()) say(predictedNames.has(k), `${k} refused by the API server: ${predictedNames.has(k) ? 'predicted' : 'FAIL not predicted by npm run review'}`);
  for (const k of [...predictedNames].sort().filter((x) => !refused.has(x))) say(false, `${k} predicted refused: FAIL the API server took it`);
  for (const o of other) say(false, `FAIL ${o}`);
  if (!refused.size && !predicted.size && !other.length) say(true, 'the change applied over the base, nothing refused, none predicted: pass');
  return out;
};

export const main = async (dir: string, from?: string): Promise<number> => {
  let passed = 0;
  let failed = 0;
  let warned = 0;
  for (const [env, envDir] of environmentsIn(dir)) {
    // a fresh etcd per environment: the file order is proven from an empty cluster
    let cluster: Cluster;
    try {
      cluster = await Cluster.start();
    } catch (e) {
      console.log(`${env}: FAIL ${(e as Error).message}`);
      failed++;
      continue;
    }
    const stop = () => cluster.stop();
    process.once('SIGINT', stop).once('SIGTERM', stop);
    try {
      const outcomes = from === undefined ? checkEnvironment(cluster, env, envDir) : upgradeOutcomes(cluster, env, envDir, from);
      for (const o of outcomes) {
        if (o.result === 'pass') passed++;
        else if (o.result === 'warn') warned++;
        else failed++;
        if (o.result !== 'pass' || process.env.VERBOSE) console.log(o.line);
      }
    } finally {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      cluster.stop();
    }
  }
  if (passed + failed === 0) console.log(`nothing to check in ${dir}`);
  console.log(`${passed} passed, ${failed} failed${warned ? `, ${warned} warnings` : ''}`);
  return failed === 0 && passed > 0 ? 0 : 1;
};

/** The upgrade check of one environment from a git revision's `dist/<env>/` to `envDir`, with `npm run review`'s prediction. */
const upgradeOutcomes = (cluster: Cluster, env: string, envDir: string, from: string): Outcome[] => {
  const { baseFilesOf } = require('./review');
  const head = new Map(manifestFiles(envDir).map((f) => [`dist/${env}/${f}`, fs.readFileSync(path.join(envDir, f), 'utf8')]));
  return upgradeBetween(cluster, env, baseFilesOf(from), head, from);
};

/**
 * The upgrade check of one environment between two sets of `dist/` files (path -> text):
 * the base's manifests applied, then the head's over them, with `npm run review`'s prediction.
 */
export const upgradeBetween = (cluster: Cluster, env: string, baseFiles: ReadonlyMap<string, string>, headFiles: ReadonlyMap<string, string>, baseName: string): Outcome[] => {
  const { review } = require('./review');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-'));
  try {
    const write = (dir: string, files: ReadonlyMap<string, string>) => {
      fs.mkdirSync(dir);
      // the manifests only (not README.md)
      for (const [f, text] of files) if (f.startsWith(`dist/${env}/`) && isManifest(f)) fs.writeFileSync(path.join(dir, path.basename(f)), text);
      return fs.readdirSync(dir).length > 0;
    };
    const baseDir = path.join(scratch, 'base', env);
    const headDir = path.join(scratch, 'head', env);
    fs.mkdirSync(path.dirname(baseDir));
    fs.mkdirSync(path.dirname(headDir));
    if (!write(baseDir, baseFiles)) return [{ result: 'pass', line: `${env} upgrade: not in ${baseName}, nothing to upgrade from` }];
    if (!write(headDir, headFiles)) return [{ result: 'pass', line: `${env} upgrade: removed, nothing to apply` }];
    const only = (m: ReadonlyMap<string, string>) => new Map([...m].filter(([f]) => f.startsWith(`dist/${env}/`) && isManifest(f)));
    const changes = review(only(baseFiles), only(headFiles)).get(env) ?? [];
    const predicted = new Set<string>(changes.filter((c: any) => c.findings.some((x: any) => x.effect === 'refused')).map((c: any) => c.object));
    return checkUpgrade(cluster, env, baseDir, headDir, predicted);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
};

/**
 * The project's own history as a corpus: each of the last `count` commits of HEAD's first
 * parents that changed an environment's manifests, applied over its parent's render on a
 * fresh API server, with `npm run review`'s prediction of what it refuses.
 */
export const history = async (count: number): Promise<number> => {
  const { baseFilesOf } = require('./review');
  const git = (...a: string[]) => spawnSync('git', a, { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  const commits = git('log', '--first-parent', '--format=%h', `-${count}`, 'HEAD', '--', 'dist/').split('\n').filter(Boolean);
  let passed = 0;
  let failed = 0;
  for (const c of commits) {
    // the first commit has no parent to upgrade from
    if (spawnSync('git', ['rev-parse', '-q', '--verify', `${c}^`]).status !== 0) continue;
    const base = baseFilesOf(`${c}^`);
    const head = baseFilesOf(c);
    const envs = [...new Set([...head.keys()].filter(isManifest).map((f) => f.split('/')[1]))].sort();
    for (const env of envs) {
      const changed = [...head].some(([f, t]) => f.startsWith(`dist/${env}/`) && isManifest(f) && base.get(f) !== t) || [...base.keys()].some((f) => f.startsWith(`dist/${env}/`) && isManifest(f) && !head.has(f));
      if (!changed) continue;
      const cluster = await Cluster.start();
      try {
        for (const o of upgradeBetween(cluster, env, base, head, `${c}^`)) {
          if (o.result === 'fail') failed++;
          else passed++;
          console.log(`${c} ${o.line}`);
        }
      } finally {
        cluster.stop();
      }
    }
  }
  console.log(`${commits.length} commits: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
};

if (require.main === module) {
  // npm run apiserver-check [-- DIR] [--from REV | --history N]
  const args = process.argv.slice(2);
  const historyAt = args.indexOf('--history');
  if (historyAt >= 0) history(Number(args[historyAt + 1] ?? 20)).then((code) => process.exit(code));
  else {
    const fromAt = args.indexOf('--from');
    const from = fromAt >= 0 ? args[fromAt + 1] : undefined;
    const dir = args.filter((_, i) => i !== fromAt && i !== fromAt + 1)[0] ?? 'dist';
    main(dir, from).then((code) => process.exit(code));
  }
}
