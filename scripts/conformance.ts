/**
 * Conformance: every config in the output judged by the real pinned component.
 *
 *   npm run conformance [-- DIR]    (default: every environment under dist/)
 *
 * For each container of each workload, the ConfigMaps it mounts are laid out at their
 * mount paths in a scratch root, with the files Kubernetes would add (the service-account
 * token where it is mounted, writable volumes), and the component's own check runs there
 * with the container's own arguments and env, chrooted into that root in a private mount
 * namespace (so absolute paths in the configs resolve exactly as in the pod, and nothing
 * is rewritten). Tools come from `npm run tools` (built from Go modules at the pinned
 * versions); prints one line per check and `N passed, M failed` last.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { CONFIG_FORMAT_ANNOTATION } from '../lib/common/contract/formats';
import { REGISTRY } from '../lib/stack/registry';
import { IMAGES } from '../lib/common/k8s/images';
import { environmentsIn, manifestFiles } from './environments';

const CACHE = path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'observability-stack', 'tools');
const bare = (tag: string): string => tag.replace(/^v/, '');

/**
 * The tool binaries, found by the version each image is pinned to. Only permissively
 * licensed components are built: Loki, Tempo and Grafana (AGPL) are judged in-process.
 */
export const TOOLS = {
  otelcol: path.join(CACHE, `otelcol-${IMAGES.otelcol.tag}`, 'otelcol'),
  promtool: path.join(CACHE, `prometheus-${bare(IMAGES.prometheus.tag)}`, 'promtool'),
  amtool: path.join(CACHE, `alertmanager-${bare(IMAGES.alertmanager.tag)}`, 'amtool'),
  pint: path.join(CACHE, 'pint-0.87.0', 'pint'),
};

/** A tool's name. */
export type Tool = keyof typeof TOOLS;

/** One run of a component's check. */
interface Job {
  readonly env: string;
  readonly object: string;
  readonly container: string;
  readonly tool: Tool;
  readonly argv: string[];
  /** Files to lay out: absolute path in the pod -> content. */
  readonly files: Map<string, string>;
  /** Writable directories the pod has (volumes that are not ConfigMaps). */
  readonly dirs: string[];
  readonly env_: Record<string, string>;
  readonly what: string;
}

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** Plausible values for the downward API, as the kubelet would fill them. */
const fieldValue = (fieldPath: string, doc: any): string =>
  ({
    'status.podIP': '10.244.0.10',
    'status.hostIP': '172.18.0.2',
    'spec.nodeName': 'node-1',
    'metadata.name': `${doc.metadata.name}-0`,
    'metadata.namespace': doc.metadata.namespace,
    'spec.serviceAccountName': doc.spec.template.spec.serviceAccountName ?? 'default',
  })[fieldPath] ?? `${fieldPath}-value`;

/** A config file of a format that no tool here judges, and why. */
export interface InProcessOnly {
  readonly env: string;
  readonly object: string;
  readonly container: string;
  readonly what: string;
  readonly reason: string;
}

/** The formats the registered components introduce, by name. */
const FORMATS = new Map(REGISTRY.flatMap((r) => r.declaration.formats ?? []).map((f) => [f.name, f]));
const judgeOf = (format: string | undefined) => (format === undefined ? undefined : FORMATS.get(format)?.judge);

/**
 * The jobs for one environment's manifests: for each container, the ConfigMaps it mounts
 * and the format each declares (its config-format annotation) decide which tool judges it;
 * no component name is known here.
 */
export const jobsFor = (env: string, docs: any[], skipped: InProcessOnly[] = []): Job[] => {
  const jobs: Job[] = [];
  const configMaps = new Map<string, any>(docs.filter((d) => d.kind === 'ConfigMap').map((d) => [`${d.metadata.namespace}/${d.metadata.name}`, d]));
  for (const doc of docs) {
    const spec = doc.spec?.template?.spec;
    if (!spec) continue;
    const ns = doc.metadata.namespace;
    for (const c of spec.containers ?? []) {
      const files = new Map<string, string>();
      /** The config files the container mounts, with their format. */
      const configs: Array<{ path: string; format: string | undefined }> = [];
      const dirs: string[] = ['/tmp'];
      for (const m of c.volumeMounts ?? []) {
        const vol = (spec.volumes ?? []).find((v: any) => v.name === m.name);
        if (vol?.configMap) {
          const cm = configMaps.get(`${ns}/${vol.configMap.name}`);
          if (!cm) throw new Error(`${env} ${doc.kind}/${ns}/${doc.metadata.name}: ConfigMap ${vol.configMap.name} is not in the output`);
          for (const [k, v] of Object.entries<string>(cm.data ?? {})) {
            const p = path.posix.join(m.mountPath, k);
            files.set(p, v);
            configs.push({ path: p, format: cm.metadata?.annotations?.[CONFIG_FORMAT_ANNOTATION] });
          }
        } else if (vol?.secret) {
          // Secret values are never in the output: the check sees the files exist, with placeholders
          for (const item of vol.secret.items ?? []) files.set(path.posix.join(m.mountPath, item.path), 'conformance-placeholder');
          dirs.push(m.mountPath);
        } else {
          dirs.push(m.mountPath);
        }
      }
      if (configs.length === 0) continue;
      for (const vct of doc.spec.volumeClaimTemplates ?? []) {
        const m = (c.volumeMounts ?? []).find((x: any) => x.name === vct.metadata.name);
        if (m) dirs.push(m.mountPath);
      }
      const envVars: Record<string, string> = { PATH: '/', HOME: '/tmp' };
      if (spec.automountServiceAccountToken !== false) {
        // what the kubelet adds to every pod that mounts a token
        files.set(`${SA_DIR}/token`, 'conformance-placeholder-token');
        files.set(`${SA_DIR}/namespace`, ns);
        files.set(`${SA_DIR}/ca.crt`, '');
        Object.assign(envVars, { KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: '6443' });
      }
      for (const e of c.env ?? []) {
        if (e.value !== undefined) envVars[e.name] = e.value;
        else if (e.valueFrom?.fieldRef) envVars[e.name] = fieldValue(e.valueFrom.fieldRef.fieldPath, doc);
        else if (e.valueFrom?.secretKeyRef) envVars[e.name] = `conformance-placeholder-${e.valueFrom.secretKeyRef.key}`;
        else if (e.valueFrom?.configMapKeyRef) {
          envVars[e.name] = configMaps.get(`${ns}/${e.valueFrom.configMapKeyRef.name}`)?.data?.[e.valueFrom.configMapKeyRef.key] ?? '';
        }
      }
      const args: string[] = [...(c.command ?? []).slice(1), ...(c.args ?? [])];
      const object = `${doc.kind}/${ns}/${doc.metadata.name}`;
      const base = { env, object, container: c.name, files, dirs, env_: envVars };
      let collector = false;
      for (const { path: file, format } of configs) {
        const judge = judgeOf(format);
        if (!judge) throw new Error(`${env} ${object}: ${file} names no known config format (annotation ${CONFIG_FORMAT_ANNOTATION}: ${format ?? 'none'})`);
        if ('inProcessOnly' in judge) {
          skipped.push({ env, object, container: c.name, what: file, reason: judge.inProcessOnly });
          continue;
        }
        switch (format) {
          case 'otelcol':
            // the collector reads its configs from its own args: one validation per container
            if (!collector) jobs.push({ ...base, tool: 'otelcol', argv: ['validate', ...args], what: 'otelcol validate' });
            collector = true;
            break;
          case 'prometheus':
            jobs.push({ ...base, tool: 'promtool', argv: ['check', 'config', file], what: `promtool check config ${file}` });
            break;
          case 'prometheus-rules':
            jobs.push({ ...base, tool: 'promtool', argv: ['check', 'rules', file], what: `promtool check rules ${file}` });
            // problems of severity bug or higher fail (pint's default --fail-on)
            jobs.push({ ...base, tool: 'pint', argv: ['--offline', '--no-color', 'lint', '--fail-on=bug', file], what: `pint --offline lint ${file}` });
            break;
          case 'alertmanager':
            jobs.push({ ...base, tool: 'amtool', argv: ['check-config', file], what: `amtool check-config ${file}` });
            break;
          default:
            throw new Error(`${env} ${object}: the format '${format}' names the tool '${judge.tool}', which the conformance run does not know`);
        }
      }
    }
  }
  return jobs;
};

/** The absolute path of a host command (the jobs run with the pod's env, not the host's PATH). */
const which = (cmd: string): string => {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`conformance needs '${cmd}' (util-linux, coreutils) on PATH`);
  return r.stdout.trim();
};
let hostCommands: Record<'unshare' | 'mount' | 'chroot', string> | undefined;

/** Whether this process may make a private mount namespace and chroot (root, or the capabilities). */
export const canIsolate = (): boolean => spawnSync('unshare', ['-m', 'chroot', '/', 'true']).status === 0;

/** Runs one job in a scratch root; returns undefined on success, else the tool's message. */
export const runJob = (job: Job): string | undefined => {
  const bin = TOOLS[job.tool];
  if (!fs.existsSync(bin)) return `${bin} is missing: run 'npm run tools' first`;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-'));
  try {
    for (const d of [...job.dirs, '/dev', '/proc']) fs.mkdirSync(path.join(root, d), { recursive: true });
    for (const [f, content] of job.files) {
      fs.mkdirSync(path.join(root, path.dirname(f)), { recursive: true });
      fs.writeFileSync(path.join(root, f), content);
    }
    fs.writeFileSync(path.join(root, '.tool'), '');
    // a private mount namespace: the tool binary, /dev and /proc appear inside the root, then chroot
    hostCommands ??= { unshare: which('unshare'), mount: which('mount'), chroot: which('chroot') };
    const { unshare, mount, chroot } = hostCommands;
    const script = `set -e; r="$1"; b="$2"; shift 2; ${mount} --bind "$b" "$r/.tool"; ${mount} --rbind /dev "$r/dev"; ${mount} -t proc proc "$r/proc"; cd "$r"; exec ${chroot} "$r" /.tool "$@"`;
    const res = spawnSync(unshare, ['-m', '--propagation', 'private', '/bin/sh', '-c', script, 'sh', root, bin, ...job.argv], {
      env: job.env_,
      encoding: 'utf8',
      timeout: 120000,
    });
    if (res.error) return res.error.message;
    if (res.status === 0) return undefined;
    const out = `${res.stdout ?? ''}\n${res.stderr ?? ''}`.trim().split('\n').filter((l) => l.trim() !== '');
    return out.slice(-6).join(' | ') || `exit ${res.status}`;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
};

export const main = (dir: string): number => {
  if (!canIsolate()) {
    console.log('conformance needs root: each check runs chrooted in a private mount namespace (unshare -m, chroot)');
    console.log('0 passed, 1 failed');
    return 1;
  }
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const [env, envDir] of environmentsIn(dir)) {
    const docs = manifestFiles(envDir)
      .flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(envDir, f), 'utf8')).map((d) => d.toJS()))
      .filter(Boolean);
    const inProcess: InProcessOnly[] = [];
    for (const job of jobsFor(env, docs, inProcess)) {
      const err = runJob(job);
      if (err === undefined) passed++;
      else failed++;
      console.log(`${env} ${job.object} (${job.container}) ${job.what}: ${err === undefined ? 'pass' : `FAIL ${err}`}`);
    }
    for (const i of inProcess) {
      skipped++;
      console.log(`${env} ${i.object} (${i.container}) ${i.what}: SKIPPED, judged in-process only: ${i.reason}`);
    }
  }
  if (passed + failed === 0) console.log(`nothing to check in ${dir}`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed === 0 && passed > 0 ? 0 : 1;
};

if (require.main === module) process.exit(main(process.argv[2] ?? 'dist'));
