/**
 * Runs one container of a rendered pod spec as a local process, the way a kubelet would:
 * in a private mount namespace (`unshare -m`), chrooted into a root of its own (a tmpfs,
 * read-only when the container asks for `readOnlyRootFilesystem`), with
 *
 * - every ConfigMap volume laid out from the ConfigMap's data unchanged (and checked byte
 *   for byte through `/proc/<pid>/root` once the process runs),
 * - hostPath, PVC and emptyDir volumes as scratch directories that outlive a restart of the
 *   process (fsGroup applied where the kubelet applies it: not to hostPath), or, for a node
 *   agent that reads the machine (node-exporter), the machine's own folder bound read-only
 *   with the mounts below it,
 * - the projected service-account token, CA and namespace where the token is automounted,
 * - an /etc/hosts that maps the Services' DNS names to the loopback addresses of the
 *   processes behind them,
 * - the container's own args and env (downward-API values filled in: pod IP, node name,
 *   ...; `$(VAR)` in the args expanded from the env), its user, groups and fsGroup,
 * - its pod IP a 127.x.y.z address of its own (no network namespace: listeners that bind
 *   every interface are refused, see {@link PodProcess} `args`).
 *
 * Every process is started under `timeout` (it ends by itself), in a process group of its
 * own, and stopped by its PID; {@link stopAll} kills every group still alive on exit.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { containerPort } from './manifests';

/** Every process group started by this run, for the exit handler. */
const LIVE = new Set<ChildProcess>();

/** Kills every process group still alive (SIGKILL); safe to call more than once. */
export const stopAll = (): void => {
  for (const p of LIVE) {
    if (p.pid && p.exitCode === null && p.signalCode === null) {
      try {
        process.kill(-p.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
  LIVE.clear();
};

/** The machine's tools the mount script runs, by absolute path (the script's PATH is the container's). */
const HOST: Record<string, string> = {};
const host = (cmd: string): string => {
  if (!HOST[cmd]) {
    const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8', env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } });
    HOST[cmd] = r.stdout.trim() || cmd;
  }
  return HOST[cmd];
};

const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Where a volume of the pod comes from on this machine. */
export type VolumeSource =
  /** files to lay out read-only (a ConfigMap's data, a projected token) */
  | { readonly kind: 'files'; readonly files: Record<string, string>; readonly fsGroupReadable?: boolean; /** a ConfigMap's data: checked byte for byte */ readonly configMap?: boolean }
  /**
   * a directory of this machine, kept across restarts; `machine`: one of the machine's own
   * folders (a node agent's hostPath of /proc, /sys or /), bound with the mounts below it as
   * a kubelet binds a hostPath
   */
  | { readonly kind: 'dir'; readonly dir: string; readonly machine?: boolean };

/** What is needed to run one container of a pod. */
export interface PodProcessSpec {
  /** Pod name and namespace (also the process's HOSTNAME). */
  readonly name: string;
  readonly namespace: string;
  readonly ip: string;
  readonly nodeName: string;
  readonly nodeIp: string;
  /** The rendered pod spec (template.spec) and the container to run. */
  readonly podSpec: any;
  readonly container: any;
  /** The binary that stands for the image's entrypoint; for a shell command, undefined. */
  readonly binary?: string;
  /** The args to run; default the container's own. */
  readonly args?: string[];
  /** Every volume the container mounts, by volume name. */
  readonly volumes: Record<string, VolumeSource>;
  /** /etc/hosts of the pod. */
  readonly hosts: string;
  /** Env a kubelet adds beside the container's own (KUBERNETES_SERVICE_HOST, ...). */
  readonly extraEnv?: Record<string, string>;
  /** Downward-API values by field path (metadata.uid, ...) beyond pod IP, node name, name and namespace. */
  readonly fields?: Record<string, string>;
  /** Scratch folder of this pod (roots, volumes, logs). */
  readonly dir: string;
  /** The process ends by itself after this many seconds. */
  readonly lifetimeSeconds: number;
}

/** The user and groups a container runs as: the container's securityContext over the pod's. */
export const identity = (podSpec: any, container: any): { uid: number; gid: number; groups: number[]; fsGroup?: number } => {
  const pod = podSpec.securityContext ?? {};
  const c = container.securityContext ?? {};
  const uid = c.runAsUser ?? pod.runAsUser ?? 0;
  const gid = c.runAsGroup ?? pod.runAsGroup ?? 0;
  const fsGroup = pod.fsGroup as number | undefined;
  const groups = [...new Set([...(fsGroup !== undefined ? [fsGroup] : []), ...(pod.supplementalGroups ?? [])])];
  return { uid, gid, groups, fsGroup };
};

/** One container of a pod, run as a local process. */
export class PodProcess {
  public proc?: ChildProcess;
  public readonly log: string;
  /** Files a ConfigMap put into the container: path in the pod -> expected content. */
  public readonly mountedFiles = new Map<string, string>();
  private run = 0;

  constructor(public readonly spec: PodProcessSpec) {
    fs.mkdirSync(spec.dir, { recursive: true });
    this.log = path.join(spec.dir, `${spec.container.name}.log`);
  }

  /** The env of the container, downward-API references filled in. */
  public env(): Record<string, string> {
    const s = this.spec;
    const fields: Record<string, string> = {
      'status.podIP': s.ip,
      'status.podIPs': s.ip,
      'status.hostIP': s.nodeIp,
      'spec.nodeName': s.nodeName,
      'metadata.name': s.name,
      'metadata.namespace': s.namespace,
      'spec.serviceAccountName': s.podSpec.serviceAccountName ?? 'default',
      ...(s.fields ?? {}),
    };
    const env: Record<string, string> = { HOSTNAME: s.name, ...(s.extraEnv ?? {}) };
    for (const e of s.container.env ?? []) {
      if (e.value !== undefined) env[e.name] = String(e.value);
      else if (e.valueFrom?.fieldRef) {
        const v = fields[e.valueFrom.fieldRef.fieldPath];
        if (v === undefined) throw new Error(`${s.name}: no value for the downward-API field ${e.valueFrom.fieldRef.fieldPath}`);
        env[e.name] = v;
      } else throw new Error(`${s.name}: env ${e.name} needs a source the e2e run does not provide (${JSON.stringify(e.valueFrom)})`);
    }
    return env;
  }

  /** Writes the mount script of this start and returns its path. */
  private script(): string {
    const s = this.spec;
    const c = s.container;
    this.run++;
    const root = path.join(s.dir, `root-${c.name}`);
    fs.mkdirSync(root, { recursive: true });
    const { uid, gid, groups, fsGroup } = identity(s.podSpec, c);
    const [mount, mkdir, cp, touch, ln, chroot] = ['mount', 'mkdir', 'cp', 'touch', 'ln', 'chroot'].map(host);
    const lines = ['set -eu', `R=${q(root)}`, `${mount} -t tmpfs -o mode=0755,size=8m e2e-rootfs "$R"`, `${mkdir} -p "$R/dev" "$R/proc" "$R/etc" "$R/tmp"`, `${mount} --rbind /dev "$R/dev"`, `${mount} -t proc proc "$R/proc"`];
    const hosts = path.join(s.dir, 'hosts');
    fs.writeFileSync(hosts, s.hosts);
    lines.push(`${cp} ${q(hosts)} "$R/etc/hosts"`, `printf 'hosts: files dns\\n' > "$R/etc/nsswitch.conf"`);
    const env = this.env();
    let entry: string[];
    if (s.binary) {
      const name = `/bin/${path.basename(s.binary)}`;
      lines.push(`${mkdir} -p "$R/bin"`, `${touch} "$R${name}"`, `${mount} --bind ${q(s.binary)} "$R${name}"`, `${mount} -o remount,bind,ro "$R${name}"`);
      entry = [name, ...(s.args ?? [...(c.command ?? []).slice(1), ...(c.args ?? [])])];
    } else {
      // a shell command (an init container of a busybox image): the machine's own tools, read-only
      for (const d of ['bin', 'sbin', 'usr', 'lib', 'lib64']) {
        if (!fs.existsSync(`/${d}`)) continue;
        const real = fs.realpathSync(`/${d}`);
        if (real !== `/${d}`) lines.push(`${ln} -s ${q(real.slice(1))} "$R/${d}"`);
        else lines.push(`${mkdir} -p "$R/${d}"`, `${mount} --rbind /${d} "$R/${d}"`, `${mount} -o remount,bind,ro "$R/${d}"`);
      }
      entry = [...(c.command ?? []), ...(c.args ?? [])];
    }
    const mounts = [...(c.volumeMounts ?? [])].sort((a: any, b: any) => a.mountPath.length - b.mountPath.length);
    const readOnly: string[] = [];
    this.mountedFiles.clear();
    for (const m of mounts) {
      const v = s.volumes[m.name];
      if (!v) throw new Error(`${s.name}/${c.name}: no source for volume ${m.name}`);
      let src: string;
      if (v.kind === 'files') {
        // a folder per container: an init container's token is not the main container's
        src = path.join(s.dir, 'volumes', `${c.name}-${m.name}`);
        fs.mkdirSync(src, { recursive: true });
        for (const [f, content] of Object.entries(v.files)) {
          fs.writeFileSync(path.join(src, f), content, { mode: v.fsGroupReadable && fsGroup !== undefined ? 0o640 : 0o644 });
          if (v.fsGroupReadable && fsGroup !== undefined) fs.chownSync(path.join(src, f), 0, fsGroup);
        }
        if (v.configMap) for (const [f, content] of Object.entries(v.files)) this.mountedFiles.set(path.posix.join(m.mountPath, f), content);
        readOnly.push(m.mountPath);
      } else {
        src = v.dir;
        if (m.readOnly) readOnly.push(m.mountPath);
      }
      const bind = v.kind === 'dir' && v.machine ? '--rbind' : '--bind';
      lines.push(`${mkdir} -p "$R"${q(m.mountPath)}`, `${mount} ${bind} ${q(src)} "$R"${q(m.mountPath)}`);
    }
    for (const p of readOnly) lines.push(`${mount} -o remount,bind,ro "$R"${q(p)}`);
    if (c.securityContext?.readOnlyRootFilesystem) lines.push(`${mount} -o remount,ro "$R"`);
    const userspec = `--userspec=${uid}:${gid}${groups.length ? ` --groups=${groups.join(',')}` : ''}`;
    lines.push(`cd "$R"`, `exec ${chroot} ${userspec} "$R" ${entry.map((a) => q(expandRefs(a, env))).join(' ')}`);
    const file = path.join(s.dir, `start-${c.name}.sh`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  }

  /** Starts the process (again, after a stop: the same volumes). */
  public start(): void {
    const script = this.script();
    const out = fs.openSync(this.log, 'a');
    fs.writeSync(out, `--- start ${this.run} at ${new Date().toISOString()}\n`);
    const p = spawn('timeout', ['--kill-after=10s', `${this.spec.lifetimeSeconds}s`, 'unshare', '-m', '--propagation', 'private', '/bin/sh', script], {
      detached: true,
      stdio: ['ignore', out, out],
      env: this.env(),
    });
    fs.closeSync(out);
    LIVE.add(p);
    p.once('exit', () => LIVE.delete(p));
    this.proc = p;
  }

  /** Runs the container to completion (an init container); returns its exit code and the log's tail. */
  public async runToCompletion(timeoutMs = 30000): Promise<{ code: number | null; tail: string }> {
    this.start();
    const code = await this.waitExit(timeoutMs);
    if (code === undefined) this.killGroup();
    return { code: code ?? null, tail: this.tail() };
  }

  /** Whether the process runs. */
  public get running(): boolean {
    return !!this.proc && this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** The PID of the component itself (the child of `timeout`). */
  public componentPid(): number | undefined {
    if (!this.proc?.pid) return undefined;
    try {
      const kids = fs.readFileSync(`/proc/${this.proc.pid}/task/${this.proc.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      return kids.length ? Number(kids[0]) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Files that the process sees differently from the ConfigMap's data (read through /proc/<pid>/root). */
  public mountMismatches(): string[] {
    const pid = this.componentPid();
    if (!pid) return ['the process is not running'];
    const bad: string[] = [];
    for (const [p, expected] of this.mountedFiles) {
      let seen: Buffer | undefined;
      try {
        seen = fs.readFileSync(`/proc/${pid}/root${p}`);
      } catch (e) {
        bad.push(`${p}: ${(e as Error).message}`);
        continue;
      }
      if (!seen.equals(Buffer.from(expected, 'utf8'))) bad.push(`${p}: differs from the ConfigMap's data`);
    }
    return bad;
  }

  /** The options of the mount at `mountPath` in the running process's root (its last mount there), or undefined. */
  public mountOptions(mountPath: string): string[] | undefined {
    const pid = this.componentPid();
    if (!pid) return undefined;
    let info = '';
    try {
      info = fs.readFileSync(`/proc/${pid}/mountinfo`, 'utf8');
    } catch {
      return undefined;
    }
    // fields: id, parent, major:minor, root, mount point (relative to the process's root), options, ...
    const at = info.split('\n').map((l) => l.split(' ')).filter((f) => f[4] === mountPath);
    return at.length ? at[at.length - 1][5].split(',') : undefined;
  }

  /** Resolves with the exit code, or undefined after `ms`. */
  public waitExit(ms: number): Promise<number | undefined> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return Promise.resolve(p?.exitCode ?? undefined);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(undefined), ms);
      p.once('exit', (code) => {
        clearTimeout(t);
        resolve(code ?? undefined);
      });
    });
  }

  /** Stops the process as a kubelet does: SIGTERM, then SIGKILL after the grace period. Returns the seconds it took. */
  public async stop(graceSeconds = this.spec.podSpec.terminationGracePeriodSeconds ?? 30): Promise<number> {
    const t0 = Date.now();
    if (!this.running) return 0;
    process.kill(this.proc!.pid!, 'SIGTERM');
    const code = await this.waitExit(graceSeconds * 1000);
    if (code === undefined && this.running) {
      this.killGroup();
      await this.waitExit(5000);
    }
    return (Date.now() - t0) / 1000;
  }

  /** Kills the component without a grace period (a crash, an OOM kill). */
  public async crash(): Promise<void> {
    const pid = this.componentPid();
    if (pid) process.kill(pid, 'SIGKILL');
    await this.waitExit(5000);
    this.killGroup();
  }

  private killGroup(): void {
    if (this.proc?.pid && this.running) {
      try {
        process.kill(-this.proc.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }

  /** The last lines of the log. */
  public tail(n = 8): string {
    try {
      return fs.readFileSync(this.log, 'utf8').trim().split('\n').slice(-n).join('\n');
    } catch {
      return '';
    }
  }

  /** Waits until the container's readinessProbe (httpGet) answers 2xx; false after `ms`. */
  public async ready(ms = 60000): Promise<boolean> {
    const probe = this.spec.container.readinessProbe?.httpGet;
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (!this.running) return false;
      if (!probe) return true;
      const port = containerPort(this.spec.container, probe.port);
      if (await httpOk(`http://${this.spec.ip}:${port}${probe.path ?? '/'}`)) return true;
      await sleep(250);
    }
    return false;
  }
}

/**
 * A container's command or arg with `$(NAME)` replaced by the value of its env var NAME and
 * `$$` by `$`, as the kubelet expands them; a name the env does not hold stays as written.
 */
export const expandRefs = (arg: string, env: Readonly<Record<string, string>>): string =>
  arg.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (ref: string, name?: string) => (ref === '$$' ? '$' : name !== undefined && name in env ? env[name] : ref));

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Whether a GET answers 2xx. */
export const httpOk = (url: string): Promise<boolean> =>
  new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 300);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });

/** Whether this process may make mount namespaces and chroot (root). */
export const canIsolate = (): boolean => spawnSync('unshare', ['-m', 'chroot', '/', 'true']).status === 0;
