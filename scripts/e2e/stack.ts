/**
 * The environment's workloads running on this machine: the real API server and etcd, the
 * agent (DaemonSet, one node), the gateway replicas (StatefulSet), Prometheus, Alertmanager,
 * node-exporter (hostNetwork: the node's address), kube-state-metrics, the stand-ins of Tempo
 * and Loki, an application pod, and the harness's sink and webhook. Every process is a
 * {@link PodProcess} with the loopback address of its own as its pod IP.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { IMAGES, KUBERNETES } from '../../lib/common/k8s/images';
import { parseByteSize } from '../../lib/common/vocabulary/byte-size';
import { renderStack } from '../../lib/output/synth';
import { StackProps } from '../../lib/stack/stack';
import { ENVIRONMENTS } from '../../main';
import { buildApp } from '../../lib/stack/app';
import { TOOLS } from '../conformance';
import { E2eCluster, PodRecord, podDnsName } from './cluster';
import { Doc, all, find, loadEnvironment, workload } from './manifests';
import { PodProcess, PodProcessSpec, VolumeSource, canIsolate, sleep } from './pod';
import { Sink, Webhook, standInConfig } from './sink';

const CACHE = path.dirname(path.dirname(TOOLS.otelcol));
const bare = (tag: string): string => tag.replace(/^v/, '');
export const BINARIES = {
  otelcol: TOOLS.otelcol,
  prometheus: path.join(path.dirname(TOOLS.promtool), 'prometheus'),
  alertmanager: path.join(path.dirname(TOOLS.amtool), 'alertmanager'),
  telemetrygen: path.join(CACHE, 'telemetrygen-0.160.0', 'telemetrygen'),
  kubeApiserver: path.join(CACHE, `kubernetes-${KUBERNETES.version}`, 'kube-apiserver'),
  nodeExporter: path.join(CACHE, `node-exporter-${bare(IMAGES.nodeExporter.tag)}`, 'node_exporter'),
  kubeStateMetrics: path.join(CACHE, `kube-state-metrics-${bare(IMAGES.kubeStateMetrics.tag)}`, 'kube-state-metrics'),
  etcd: process.env.ETCD ?? '/usr/bin/etcd',
};

/** Whether the harness's stack can run here (every binary built, root for the mount namespaces); says why not. */
export const canRunStack = (who: string): boolean => {
  const missing = Object.entries(BINARIES).filter(([, b]) => !fs.existsSync(b));
  if (missing.length) console.log(`missing: ${missing.map(([n]) => n).join(', ')} (npm run tools)`);
  else if (!canIsolate()) console.log(`${who} needs root (each process in a private mount namespace)`);
  return missing.length === 0 && canIsolate();
};

/** Every process ends by itself after this long (plus the long outage's excess over 60 s), whatever happens to the run. */
export const LIFETIME_SECONDS = 1200;
export const NODE = 'e2e-node-1';
const APP_NAMESPACE = 'e2e-apps';
const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** A check of the set-up: printed as a line of the table. */
export interface Check {
  readonly what: string;
  readonly ok: boolean;
  readonly detail: string;
}

const rand = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo + 1));
const suffix = () => Math.random().toString(36).slice(2, 7).padEnd(5, 'x');

/** A hostPath of the machine itself, for a node agent that reads it; the run binds only read-only mounts of the machine's folders. */
const machineDir = (pod: string, mount: any, hostPath: string): VolumeSource => {
  if (!mount.readOnly) throw new Error(`${pod}: hostPath ${hostPath} is mounted writable at ${mount.mountPath}: the e2e run binds the machine's own folders only read-only`);
  return { kind: 'dir', dir: hostPath, machine: true };
};

/** A pod template's hash in the form a Deployment's ReplicaSet names carry (the pod-template-hash label). */
const templateHash = (template: unknown): string => {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  return [...createHash('sha256').update(JSON.stringify(template)).digest().subarray(0, 10)].map((b) => alphabet[b % alphabet.length]).join('');
};

export class Stack {
  public readonly docs: Doc[];
  public readonly dir: string;
  /** 127.a.b. of this run: another run's collectors never hold these ports. */
  public readonly prefix = `127.${rand(100, 250)}.${rand(1, 250)}.`;
  public readonly ips: Record<string, string>;
  public cluster!: E2eCluster;
  public readonly sink: Sink;
  public readonly webhook: Webhook;
  public webhookUrl = '';
  public agent!: PodProcess;
  /** The agent's process with some of its ConfigMaps replaced (a scenario's test config). */
  private agentWith!: (configMaps: Record<string, Record<string, string>>) => PodProcess;
  public agentInit?: PodProcess;
  public gateways: PodProcess[] = [];
  public prometheus!: PodProcess;
  public alertmanager!: PodProcess;
  public nodeExporter!: PodProcess;
  public kubeStateMetrics!: PodProcess;
  public tempo!: PodProcess;
  public loki!: PodProcess;
  public app!: PodRecord;
  public readonly podRecords = new Map<PodProcess, PodRecord>();
  public readonly checks: Check[] = [];
  public readonly logRoot: string;
  public alertmanagerNote = '';

  constructor(public readonly env: string, public readonly envDir: string, public readonly lifetime = LIFETIME_SECONDS) {
    this.docs = loadEnvironment(envDir);
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `e2e-${env}-`));
    fs.chmodSync(this.dir, 0o755);
    const p = this.prefix;
    this.ips = { node: `${p}1`, harness: `${p}2`, agent: `${p}10`, prometheus: `${p}13`, alertmanager: `${p}14`, tempo: `${p}15`, loki: `${p}16`, kubeStateMetrics: `${p}17`, app: `${p}20` };
    this.sink = new Sink(this.ips.harness);
    this.webhook = new Webhook(this.ips.harness);
    this.logRoot = path.join(this.dir, 'var-log-pods');
    fs.mkdirSync(this.logRoot, { recursive: true, mode: 0o755 });
  }

  private check(what: string, ok: boolean, detail = ''): void {
    this.checks.push({ what, ok, detail });
  }

  /** The ConfigMap data a volume of a pod spec names. */
  private configMapData(namespace: string, name: string): Record<string, string> {
    return find(this.docs, 'ConfigMap', name, namespace).data ?? {};
  }

  /**
   * Restarts the agent (SIGTERM, then its pod's process again) with its config file changed
   * by `edit`, or as dist/ holds it when `edit` is undefined; resolves once it is ready.
   */
  public async restartAgent(edit?: (config: any) => void): Promise<boolean> {
    const ds = workload(this.docs, 'otel-agent');
    const volume = (ds.spec.template.spec.volumes ?? []).find((v: any) => v.configMap);
    const files = this.configMapData(ds.metadata.namespace, volume.configMap.name);
    const record = this.podRecords.get(this.agent)!;
    this.setReady(this.agent, false);
    await this.agent.stop();
    const config = parse(files['config.yaml']);
    edit?.(config);
    this.agent = edit ? this.agentWith({ [volume.configMap.name]: { ...files, 'config.yaml': stringify(config) } }) : this.agentWith({});
    this.podRecords.set(this.agent, record);
    this.agent.start();
    const ok = await this.agent.ready(60000);
    this.setReady(this.agent, true);
    return ok;
  }

  /** Loki's structured-metadata limits and its indexed resource attributes, as its config in dist/ sets them (or Loki's defaults). */
  public get lokiLimits(): { readonly entries: number; readonly bytes: number; readonly lineBytes: number; readonly indexed: ReadonlySet<string> } {
    const c = this.backendConfig('loki');
    return {
      entries: c?.limits_config?.max_structured_metadata_entries_count ?? 128,
      bytes: parseByteSize(c?.limits_config?.max_structured_metadata_size) ?? 64000,
      lineBytes: parseByteSize(c?.limits_config?.max_line_size) ?? 256000,
      indexed: new Set<string>(c?.distributor?.otlp_config?.default_resource_attributes_as_index_labels ?? []),
    };
  }

  /**
   * Another collector on the node: a pod of the agent's DaemonSet template (its env, user,
   * mounts and the node's log folder) with a config of its own and a state folder of its
   * own, on `ip`. The runtime benchmark runs peer configs this way beside the agent.
   */
  public peerCollector(name: string, ip: string, config: string): PodProcess {
    const ds = workload(this.docs, 'otel-agent');
    const spec = ds.spec.template.spec;
    const volume = (spec.volumes ?? []).find((v: any) => v.configMap);
    const record = this.cluster.createPod({ name, namespace: ds.metadata.namespace, ip, nodeName: NODE, nodeIp: this.ips.node, template: ds.spec.template, owner: { apiVersion: 'apps/v1', kind: 'DaemonSet', name } });
    // its state folder, owned by its user as the agent's init container makes the agent's
    const state = this.volumeDir(`${name}-state`);
    const user = spec.containers[0].securityContext?.runAsUser ?? spec.securityContext?.runAsUser ?? 0;
    const group = spec.containers[0].securityContext?.runAsGroup ?? spec.securityContext?.runAsGroup ?? 0;
    fs.chownSync(state, user, group);
    const dirs: Record<string, string> = {};
    for (const v of spec.volumes ?? []) {
      if (v.hostPath?.path === '/var/log/pods') dirs[v.name] = this.logRoot;
      else if (v.hostPath) dirs[v.name] = state;
    }
    const proc = this.podProcess({ record, template: ds.spec.template, container: spec.containers[0], binary: BINARIES.otelcol, dirs, configMaps: { [volume.configMap.name]: { 'config.yaml': config } } });
    this.podRecords.set(proc, record);
    return proc;
  }

  /** The largest OTLP gRPC message Tempo takes, as its config in dist/ sets it (grpc-go's 4 MiB otherwise). */
  public get tempoMaxMessageMiB(): number {
    return this.backendConfig('tempo')?.distributor?.receivers?.otlp?.protocols?.grpc?.max_recv_msg_size_mib ?? 4;
  }

  /** The config of Tempo or Loki as dist/ holds it (its StatefulSet's config ConfigMap), parsed. */
  private backendConfig(what: 'tempo' | 'loki'): any {
    const sts = workload(this.docs, what);
    const volume = (sts.spec.template.spec.volumes ?? []).find((v: any) => v.configMap?.name === `${what}-config`);
    return parse(this.configMapData(sts.metadata.namespace, volume.configMap.name)[`${what}.yaml`]);
  }

  /** /etc/hosts of a pod in `namespace`: every Service with running backends, short names in its own namespace. */
  public hosts(namespace: string, podName: string, podIp: string): string {
    const lines = ['127.0.0.1 localhost', `${podIp} ${podName}`];
    const api = this.cluster.endpoint.host;
    lines.push(`${api} kubernetes.default.svc.cluster.local kubernetes.default.svc kubernetes.default${namespace === 'default' ? ' kubernetes' : ''}`);
    for (const p of this.cluster.pods) lines.push(`${p.ip} ${podDnsName(p)}`);
    for (const svc of all(this.docs, 'Service')) {
      const ns = svc.metadata.namespace;
      const n = svc.metadata.name;
      const backing = this.cluster.pods.filter((p) => p.namespace === ns && Object.entries(svc.spec.selector ?? {}).every(([k, v]) => p.labels[k] === v) && svc.spec.selector);
      for (const b of backing) {
        lines.push(`${b.ip} ${n}.${ns}.svc.cluster.local ${n}.${ns}.svc ${n}.${ns}${ns === namespace ? ` ${n}` : ''}`);
        if (b.hostname && svc.spec.clusterIP === 'None') {
          lines.push(`${b.ip} ${b.hostname}.${n}.${ns}.svc.cluster.local ${b.hostname}.${n}.${ns}.svc ${b.hostname}.${n}.${ns}${ns === namespace ? ` ${b.hostname}.${n}` : ''}`);
        }
      }
    }
    return `${lines.join('\n')}\n`;
  }

  /** The Alertmanager config: the environment's, with its receivers pointed at the harness's webhook (built in code). */
  private alertmanagerConfig(): Record<string, string> {
    const rendered = this.configMapData('observability', 'alertmanager-config');
    const props = ENVIRONMENTS.find((e) => e.name === this.env);
    if (!props) {
      this.alertmanagerNote = `${this.env} is not an environment of main.ts: Alertmanager runs its dist/ config (no webhook)`;
      return rendered;
    }
    const testProps: StackProps = { ...props, alertmanager: { ...(props.alertmanager ?? {}), receivers: { page: { webhook: { url: this.webhookUrl } }, ticket: { webhook: { url: this.webhookUrl } } } } };
    const { stacks } = buildApp([testProps]);
    const files = renderStack(stacks[0]);
    const text = Object.entries(files).find(([f]) => f.startsWith('alertmanager'))![1];
    const cm = text.split(/^---$/m).map((d) => parse(d)).find((o: any) => o?.kind === 'ConfigMap' && o.metadata.name === 'alertmanager-config');
    // the same config as dist/ but for the receivers
    const strip = (t: string) => ({ ...parse(t), receivers: undefined });
    const same = JSON.stringify(strip(cm.data['alertmanager.yml'])) === JSON.stringify(strip(rendered['alertmanager.yml']));
    this.check('Alertmanager config = dist/ config but for its receivers (page and ticket to the harness webhook, built in code)', same);
    this.alertmanagerNote = `Alertmanager runs the ${this.env} config synthesized in code with webhook receivers to ${this.webhookUrl}`;
    return cm.data;
  }

  private freePort(ip: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const s = net.createServer();
      s.listen(0, ip, () => {
        const port = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(port));
      });
      s.on('error', reject);
    });
  }

  /** The env a kubelet adds to every container. */
  private kubeletEnv(): Record<string, string> {
    const { host, port } = this.cluster.endpoint;
    return { KUBERNETES_SERVICE_HOST: host, KUBERNETES_SERVICE_PORT: port, KUBERNETES_SERVICE_PORT_HTTPS: port, PATH: '/usr/local/bin:/usr/bin:/bin' };
  }

  /** A PodProcess for a container of a workload's pod, its volumes resolved. */
  private podProcess(opts: {
    record: PodRecord;
    template: any;
    container: any;
    binary?: string;
    args?: string[];
    dirs: Record<string, string>;
    configMaps?: Record<string, Record<string, string>>;
    /** hostPath volumes not in `dirs` are the machine's own folders (a node agent that reads the machine) */
    machine?: boolean;
  }): PodProcess {
    const { record, template, container } = opts;
    const spec = template.spec;
    const volumes: Record<string, VolumeSource> = {};
    const mounts = [...(container.volumeMounts ?? [])];
    for (const m of mounts) {
      const v = (spec.volumes ?? []).find((x: any) => x.name === m.name);
      if (v?.configMap) volumes[m.name] = { kind: 'files', configMap: true, files: opts.configMaps?.[v.configMap.name] ?? this.configMapData(record.namespace, v.configMap.name) };
      // a Secret you create beside the stack: placeholder values (the e2e run never reaches the outside)
      else if (v?.secret) volumes[m.name] = { kind: 'files', fsGroupReadable: true, files: Object.fromEntries((v.secret.items ?? []).map((i: any) => [i.path, `e2e-placeholder-${v.secret.secretName}-${i.key}\n`])) };
      else if (opts.dirs[m.name]) volumes[m.name] = { kind: 'dir', dir: opts.dirs[m.name] };
      else if (v?.hostPath && opts.machine) volumes[m.name] = machineDir(record.name, m, v.hostPath.path);
      else throw new Error(`${record.name}: no source for volume ${m.name}`);
    }
    const automount = spec.automountServiceAccountToken ?? true;
    const token = automount && spec.serviceAccountName ? this.cluster.token(spec.serviceAccountName, record.namespace) : undefined;
    if (token && !mounts.some((m) => m.mountPath === SA_DIR)) {
      volumes['kube-api-access'] = { kind: 'files', files: { token, 'ca.crt': this.cluster.caCert, namespace: record.namespace }, fsGroupReadable: true };
      mounts.push({ name: 'kube-api-access', mountPath: SA_DIR, readOnly: true });
    }
    const podSpec: PodProcessSpec = {
      name: record.name,
      namespace: record.namespace,
      ip: record.ip,
      nodeName: NODE,
      nodeIp: this.ips.node,
      podSpec: spec,
      container: { ...container, volumeMounts: mounts },
      binary: opts.binary,
      args: opts.args,
      volumes,
      hosts: this.hosts(record.namespace, record.name, record.ip),
      extraEnv: this.kubeletEnv(),
      fields: { 'metadata.uid': record.uid ?? '' },
      dir: path.join(this.dir, 'pods', record.name),
      lifetimeSeconds: this.lifetime,
    };
    return new PodProcess(podSpec);
  }

  /** A writable volume directory, with fsGroup applied as a kubelet does (not to hostPath). */
  private volumeDir(name: string, fsGroup?: number): string {
    const d = path.join(this.dir, 'volumes', name);
    fs.mkdirSync(d, { recursive: true });
    if (fsGroup !== undefined) {
      fs.chownSync(d, 0, fsGroup);
      fs.chmodSync(d, 0o2775);
    } else fs.chmodSync(d, 0o755);
    return d;
  }

  /** Starts every process; `beforeAgent` runs once the pods exist and just before the agent starts. */
  public async start(beforeAgent: () => void = () => undefined): Promise<void> {
    const sinkUrl = await this.sink.listen();
    this.webhookUrl = await this.webhook.listen(await this.freePort(this.ips.harness));

    this.cluster = await E2eCluster.start(this.lifetime);
    this.cluster.kubectl(['apply', '-f', this.envDir]);
    this.cluster.createNode(NODE, this.ips.node);
    const nodeIp = this.ips.node;

    // the pods, as the controllers and the scheduler would make them
    const gw = workload(this.docs, 'otel-gateway');
    const agentDs = workload(this.docs, 'otel-agent');
    const prom = workload(this.docs, 'prometheus');
    const am = workload(this.docs, 'alertmanager');
    const tempoSts = workload(this.docs, 'tempo');
    const lokiSts = workload(this.docs, 'loki');
    // an autoscaled StatefulSet has no replicas of its own: the HPA's minimum, as it would set
    const hpa = all(this.docs, 'HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef?.kind === 'StatefulSet' && h.spec.scaleTargetRef?.name === gw.metadata.name);
    const replicas = gw.spec.replicas ?? hpa?.spec.minReplicas ?? 1;
    const sts = (w: any, i: number, ip: string) =>
      this.cluster.createPod({ name: `${w.metadata.name}-${i}`, namespace: w.metadata.namespace, ip, nodeName: NODE, nodeIp, template: w.spec.template, owner: { apiVersion: 'apps/v1', kind: 'StatefulSet', name: w.metadata.name }, hostname: `${w.metadata.name}-${i}`, subdomain: w.spec.serviceName, claims: w.spec.volumeClaimTemplates });
    const gwRecords = Array.from({ length: replicas }, (_, i) => sts(gw, i, `${this.prefix}${30 + i}`));
    const agentRecord = this.cluster.createPod({ name: `otel-agent-${suffix()}`, namespace: agentDs.metadata.namespace, ip: this.ips.agent, nodeName: NODE, nodeIp, template: agentDs.spec.template, owner: { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'otel-agent' } });
    const promRecord = sts(prom, 0, this.ips.prometheus);
    const amRecord = sts(am, 0, this.ips.alertmanager);
    const tempoRecord = sts(tempoSts, 0, this.ips.tempo);
    const lokiRecord = sts(lokiSts, 0, this.ips.loki);
    const neDs = workload(this.docs, 'node-exporter');
    const ksm = workload(this.docs, 'kube-state-metrics');
    // a hostNetwork pod's IP is its node's
    const neIp = neDs.spec.template.spec.hostNetwork ? nodeIp : `${this.prefix}18`;
    const neRecord = this.cluster.createPod({ name: `node-exporter-${suffix()}`, namespace: neDs.metadata.namespace, ip: neIp, nodeName: NODE, nodeIp, template: neDs.spec.template, owner: { apiVersion: 'apps/v1', kind: 'DaemonSet', name: neDs.metadata.name } });
    const ksmRecord = this.deploymentPod(ksm, this.ips.kubeStateMetrics);
    this.cluster.apply([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: APP_NAMESPACE } }]);
    this.cluster.kubectl(['create', 'serviceaccount', 'default', '-n', APP_NAMESPACE]);
    const appTemplate = {
      metadata: { labels: { 'app.kubernetes.io/name': 'checkout', 'app.kubernetes.io/version': '1.4.2', 'pod-template-hash': '6c9d8f7b5' } },
      spec: { serviceAccountName: 'default', automountServiceAccountToken: false, securityContext: { runAsUser: 65534, runAsGroup: 65534, runAsNonRoot: true }, containers: [{ name: 'app', image: 'shop/checkout:1.4.2' }] },
    };
    this.app = this.cluster.createPod({ name: `checkout-6c9d8f7b5-${suffix()}`, namespace: APP_NAMESPACE, ip: this.ips.app, nodeName: NODE, nodeIp, template: appTemplate, owner: { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'checkout-6c9d8f7b5' } });
    this.cluster.syncEndpointSlices(all(this.docs, 'Service'), NODE);

    // the stand-ins of Tempo and Loki: the pinned otelcol on their addresses and ports
    const standIn = (what: 'tempo' | 'loki', record: PodRecord) => {
      const template = { spec: { securityContext: { runAsUser: 10001, runAsGroup: 10001 }, volumes: [{ name: 'config', configMap: { name: `${what}-stand-in` } }] } };
      const container = { name: `${what}-stand-in`, args: ['--config=/conf/config.yaml'], securityContext: { readOnlyRootFilesystem: true }, volumeMounts: [{ name: 'config', mountPath: '/conf', readOnly: true }] };
      return this.podProcess({ record, template, container, binary: BINARIES.otelcol, dirs: {}, configMaps: { [`${what}-stand-in`]: { 'config.yaml': standInConfig({ what, ip: record.ip, sinkUrl, backendConfig: this.backendConfig(what) }) } } });
    };
    this.tempo = standIn('tempo', tempoRecord);
    this.loki = standIn('loki', lokiRecord);

    // Alertmanager and Prometheus: their own args, but listening on the pod IP only
    const amContainer = am.spec.template.spec.containers[0];
    const amArgs = (amContainer.args as string[]).map((a) => (/^--web\.listen-address=:(\d+)$/.test(a) ? a.replace('=:', `=${amRecord.ip}:`) : a));
    const amFs = am.spec.template.spec.securityContext?.fsGroup;
    this.alertmanager = this.podProcess({ record: amRecord, template: am.spec.template, container: amContainer, binary: BINARIES.alertmanager, args: amArgs, dirs: { data: this.volumeDir('alertmanager-0-data', amFs) }, configMaps: { 'alertmanager-config': this.alertmanagerConfig() } });
    const promContainer = prom.spec.template.spec.containers[0];
    const promArgs = [...promContainer.args, `--web.listen-address=${promRecord.ip}:9090`];
    this.prometheus = this.podProcess({ record: promRecord, template: prom.spec.template, container: promContainer, binary: BINARIES.prometheus, args: promArgs, dirs: { data: this.volumeDir('prometheus-0-data', prom.spec.template.spec.securityContext?.fsGroup) } });

    // node-exporter reads the machine (its hostPath volumes: the machine's /proc, /sys and /,
    // read-only) with its args as they are (it listens on $(MY_POD_IP): the node's address)
    this.nodeExporter = this.podProcess({ record: neRecord, template: neDs.spec.template, container: neDs.spec.template.spec.containers[0], binary: BINARIES.nodeExporter, dirs: {}, machine: true });
    // kube-state-metrics: its own args, but listening on the pod IP only (it takes every interface otherwise)
    const ksmContainer = ksm.spec.template.spec.containers[0];
    const ksmArgs = [...ksmContainer.args, `--host=${ksmRecord.ip}`, `--telemetry-host=${ksmRecord.ip}`];
    this.kubeStateMetrics = this.podProcess({ record: ksmRecord, template: ksm.spec.template, container: ksmContainer, binary: BINARIES.kubeStateMetrics, args: ksmArgs, dirs: {} });

    this.gateways = gwRecords.map((r) =>
      this.podProcess({ record: r, template: gw.spec.template, container: gw.spec.template.spec.containers[0], binary: BINARIES.otelcol, dirs: { data: this.volumeDir(`${r.name}-data`, gw.spec.template.spec.securityContext?.fsGroup) } }),
    );

    // the agent: its hostPath volumes are scratch folders; its init container prepares the state folder
    const agentSpec = agentDs.spec.template.spec;
    const hostState = this.volumeDir('node-var-lib-otelcol');
    const agentDirs: Record<string, string> = {};
    for (const v of agentSpec.volumes ?? []) {
      if (v.hostPath?.path === '/var/log/pods') agentDirs[v.name] = this.logRoot;
      else if (v.hostPath) agentDirs[v.name] = hostState;
    }
    for (const ic of agentSpec.initContainers ?? []) {
      this.agentInit = this.podProcess({ record: agentRecord, template: agentDs.spec.template, container: ic, dirs: agentDirs });
    }
    this.agent = this.podProcess({ record: agentRecord, template: agentDs.spec.template, container: agentSpec.containers[0], binary: BINARIES.otelcol, dirs: agentDirs });
    this.agentWith = (configMaps) => this.podProcess({ record: agentRecord, template: agentDs.spec.template, container: agentSpec.containers[0], binary: BINARIES.otelcol, dirs: agentDirs, configMaps });

    const records = [[this.tempo, tempoRecord], [this.loki, lokiRecord], [this.alertmanager, amRecord], [this.prometheus, promRecord], [this.nodeExporter, neRecord], [this.kubeStateMetrics, ksmRecord], [this.agent, agentRecord], ...this.gateways.map((g, i) => [g, gwRecords[i]])];
    for (const [proc, rec] of records as Array<[PodProcess, PodRecord]>) {
      this.podRecords.set(proc, rec);
    }

    // start in dependency order, each waited for by its readiness probe
    for (const p of [this.tempo, this.loki]) p.start();
    await Promise.all([this.waitPort(this.ips.tempo, 4317), this.waitPort(this.ips.loki, 3100)]);
    this.alertmanager.start();
    this.prometheus.start();
    this.nodeExporter.start();
    this.kubeStateMetrics.start();
    for (const g of this.gateways) g.start();
    if (this.agentInit) {
      const r = await this.agentInit.runToCompletion();
      this.check(`agent init container ${this.agentInit.spec.container.name} (its own command, as uid 0)`, r.code === 0, r.code === 0 ? '' : r.tail);
    }
    beforeAgent();
    this.agent.start();
    for (const p of [this.alertmanager, this.prometheus, this.nodeExporter, this.kubeStateMetrics, ...this.gateways, this.agent]) {
      const ok = await p.ready(90000);
      if (!ok) throw new Error(`${p.spec.name} did not become ready:\n${p.tail(15)}`);
    }
    for (const p of [this.alertmanager, this.prometheus, ...this.gateways, this.agent, this.tempo, this.loki]) {
      const bad = p.mountMismatches();
      const files = [...p.mountedFiles.keys()];
      this.check(`${p.spec.name}: ${files.join(', ')} byte-identical to the ConfigMap in the running process's root`, bad.length === 0, bad.join('; '));
    }
    this.checkNodeExporter();
    await this.checkKubeStateMetrics(promRecord);
  }

  /** node-exporter sees the machine's /proc, /sys and / read-only where its pod mounts them, and listens on the node's address. */
  private checkNodeExporter(): void {
    const p = this.nodeExporter;
    const mounts: string[] = (p.spec.container.volumeMounts ?? []).map((m: any) => m.mountPath);
    const options = mounts.map((m) => [m, p.mountOptions(m)] as const);
    const bad = options.filter(([, o]) => !o?.includes('ro')).map(([m, o]) => `${m}: ${o ? o.join(',') : 'not mounted'}`);
    this.check(`${p.spec.name}: the machine's ${mounts.join(', ')} read-only in the running process, listening on the node's ${p.spec.ip}:9100 (hostNetwork)`, bad.length === 0, bad.join('; '));
  }

  /** kube-state-metrics lists the API server's objects with its ServiceAccount's token and the ClusterRole of dist/: the Prometheus pod is in its metrics. */
  private async checkKubeStateMetrics(prometheus: PodRecord): Promise<void> {
    const p = this.kubeStateMetrics;
    const port = p.spec.container.ports.find((x: any) => x.name === 'http-metrics').containerPort;
    const listed = (text: string) => text.split('\n').some((l) => l.startsWith('kube_pod_info{') && l.includes(`namespace="${prometheus.namespace}"`) && l.includes(`pod="${prometheus.name}"`));
    let ok = false;
    const deadline = Date.now() + 30000;
    while (!ok && Date.now() < deadline) {
      ok = listed(await fetch(`http://${p.spec.ip}:${port}/metrics`).then((r) => r.text()).catch(() => ''));
      if (!ok) await sleep(1000);
    }
    this.check(`${p.spec.name}: lists the API server's objects with its ServiceAccount token (the pod ${prometheus.name} in its metrics)`, ok, ok ? '' : p.tail(5));
  }

  public async waitPort(ip: string, port: number, ms = 30000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const ok = await new Promise<boolean>((r) => {
        const s = net.connect(port, ip, () => {
          s.destroy();
          r(true);
        });
        s.on('error', () => r(false));
      });
      if (ok) return true;
      await sleep(200);
    }
    return false;
  }

  /** A pod of a Deployment as its ReplicaSet makes it: named after the ReplicaSet, with its pod-template-hash label. */
  private deploymentPod(d: any, ip: string): PodRecord {
    const hash = templateHash(d.spec.template);
    const metadata = { ...d.spec.template.metadata, labels: { ...d.spec.template.metadata?.labels, 'pod-template-hash': hash } };
    const owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${d.metadata.name}-${hash}` };
    return this.cluster.createPod({ name: `${owner.name}-${suffix()}`, namespace: d.metadata.namespace, ip, nodeName: NODE, nodeIp: this.ips.node, template: { ...d.spec.template, metadata }, owner });
  }

  /** Marks a process's Pod ready or not and rewrites the EndpointSlices, as kubelet and controller would. */
  public setReady(p: PodProcess, ready: boolean): void {
    const rec = this.podRecords.get(p)!;
    this.cluster.setPodStatus(rec, ready, this.ips.node);
    this.cluster.syncEndpointSlices(all(this.docs, 'Service'), NODE);
  }

  /**
   * A pod deleted, as a scale-down deletes its StatefulSet's highest ordinal, once its process
   * has ended: the EndpointSlices no longer list it (`false`: it is back).
   */
  public setGone(p: PodProcess, gone: boolean): void {
    this.podRecords.get(p)!.gone = gone;
    this.cluster.syncEndpointSlices(all(this.docs, 'Service'), NODE);
  }

  /** The base of a container of the application pod (for telemetrygen). */
  public appBase(name: string): Omit<PodProcessSpec, 'container' | 'args'> {
    return {
      name: this.app.name,
      namespace: APP_NAMESPACE,
      ip: this.app.ip,
      nodeName: NODE,
      nodeIp: this.ips.node,
      podSpec: { securityContext: { runAsUser: 65534, runAsGroup: 65534 } },
      binary: BINARIES.telemetrygen,
      volumes: {},
      hosts: this.hosts(APP_NAMESPACE, this.app.name, this.app.ip),
      extraEnv: this.kubeletEnv(),
      dir: path.join(this.dir, 'pods', this.app.name, name),
      lifetimeSeconds: this.lifetime,
    };
  }

  /** A PromQL instant query against the running Prometheus; the vector's values by their labels. */
  public async query(expr: string): Promise<Array<{ labels: Record<string, string>; value: number }>> {
    return (await this.queryRaw(expr)).map((r: any) => ({ labels: r.metric, value: Number(r.value[1]) }));
  }

  /** A PromQL instant query; the result as Prometheus returns it (a vector's or a matrix's series). */
  public async queryRaw(expr: string): Promise<any[]> {
    return (await this.prometheusApi('query', { query: expr })).result ?? [];
  }

  /** A GET of the running Prometheus's HTTP API (`/api/v1/<endpoint>`); its `data`. */
  public async prometheusApi(endpoint: string, params: Record<string, string | string[]> = {}): Promise<any> {
    const query = Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`));
    const url = `http://${this.ips.prometheus}:9090/api/v1/${endpoint}${query.length ? `?${query.join('&')}` : ''}`;
    const body = await new Promise<string>((resolve, reject) => {
      http.get(url, (res) => {
        let b = '';
        res.on('data', (c) => (b += c));
        res.on('end', () => resolve(b));
      }).on('error', reject);
    });
    const doc = JSON.parse(body);
    if (doc.status !== 'success') throw new Error(`${endpoint} ${JSON.stringify(params)}: ${body}`);
    return doc.data;
  }

  /** Stops everything by PID (graceful), then the cluster. */
  public async stop(): Promise<void> {
    const procs = [this.agent, ...this.gateways, this.prometheus, this.alertmanager, this.nodeExporter, this.kubeStateMetrics, this.tempo, this.loki].filter(Boolean);
    await Promise.all(procs.map((p) => p.stop(10)));
    this.cluster?.stop();
    this.sink.close();
    this.webhook.close();
  }

  /** Removes the scratch folder unless asked to keep it. */
  public cleanup(keep: boolean): void {
    if (!keep) fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
