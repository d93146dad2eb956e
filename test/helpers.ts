import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments, parse } from 'yaml';
import { StackProps } from '../lib/stack/stack';
import { renderStack } from '../lib/output/synth';
import { ENVIRONMENTS } from '../main';
import { buildApp as buildEnvironments, synthesize as synthesizeEnvironments } from '../lib/stack/app';

/** Builds the environments (main.ts's by default) in one app. */
export const buildApp = (environments: readonly StackProps[] = ENVIRONMENTS, outdir?: string) => buildEnvironments(environments, outdir);
/** Synthesizes the environments (main.ts's by default) into `distDir`. */
export const synthesize = (environments: readonly StackProps[] = ENVIRONMENTS, distDir = 'dist') => synthesizeEnvironments(environments, distDir);
export { ENVIRONMENTS };

/** A digest of every file name and content under a directory. */
export const hashTree = (dir: string): string => {
  const h = createHash('sha256');
  for (const f of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const p = path.join(dir, f);
    h.update(f);
    if (fs.statSync(p).isFile()) h.update(fs.readFileSync(p));
  }
  return h.digest('hex');
};

const secret = (key: string) => ({ name: 'alerting', key });

/**
 * A generated environment with every optional feature on, in namespaces of its own: the
 * invariant tests walk it beside the environments of main.ts, so a feature no environment
 * uses yet is covered too.
 */
export const EVERY_FEATURE: StackProps = {
  name: 'every-feature',
  clusterName: 'every-feature-1',
  deploymentEnvironment: 'staging',
  namespace: 'obs',
  agentNamespace: 'obs-agent',
  size: 'production',
  storageClassName: 'fast',
  imageRegistry: 'mirror.internal:5000/upstream',
  imagePullSecrets: ['mirror-login'],
  priority: 500000,
  applicationNamespaces: ['shop', 'payments', 'search'],
  agent: { hostStateDirectory: '/var/lib/obs-agent', priority: 2000000, serviceAccountAnnotations: { 'azure.workload.identity/client-id': '00000000-0000-0000-0000-000000000001' } },
  gateway: { replicas: 4, autoscaling: { minReplicas: 4, maxReplicas: 12, targetCpuPercent: 60 }, decisionWait: '20s', latencyThresholdMs: 2000, baselinePercentage: 5, probeRoutes: ['/health', '/ping'] },
  // above monolithic Tempo's documented volume: Tempo's distributed tier over a Kafka-compatible log
  intake: { spansPerSecond: 100000, logsGigabytesPerDay: 12 },
  tempo: {
    kafka: { address: 'kafka.streaming.svc:9092', topic: 'tempo-traces', sasl: { username: 'tempo', passwordSecret: { name: 'tempo-kafka', key: 'password' } } },
    retention: '7d',
    storage: { type: 's3', bucket: 'traces', endpoint: 'minio.storage.svc:9000', region: 'us-east-1', insecure: true, credentialsSecret: { name: 'tempo-s3', accessKeyIdKey: 'id', secretAccessKeyKey: 'secret' } },
    overrides: { overrides: { defaults: { ingestion: { max_traces_per_user: 200000 } } } },
  },
  loki: {
    retention: '14d',
    storage: { type: 's3', bucket: 'logs', endpoint: 's3.us-east-1.amazonaws.com', region: 'us-east-1' },
    serviceAccountAnnotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::111122223333:role/loki' },
    indexLabels: ['service.name', 'k8s.namespace.name'],
    overrides: { limits_config: { ingestion_rate_mb: 20 } },
  },
  prometheus: { retention: '30d', scrapeInterval: '15s', storageSize: '200Gi' },
  prometheusOperator: { ruleLabels: { release: 'kube-prometheus-stack' } },
  kubeStateMetrics: { kubeResources: ['pods', 'nodes', 'deployments', 'statefulsets', 'daemonsets', 'jobs', 'persistentvolumeclaims', 'ingresses', 'leases'] },
  nodeExporter: { resources: { cpuRequest: '20m', memoryRequest: '48Mi', memoryLimit: '96Mi' } },
  alerts: {
    runbookBaseUrl: 'https://runbooks.internal/alerts',
    rules: { KubeNodeNotReady: { severity: 'page' }, KubeJobFailed: { disabled: true }, StackTargetDown: { runbookUrl: 'https://runbooks.internal/stack#down' } },
  },
  grafana: {
    adminSecret: { name: 'grafana-login', userKey: 'user', passwordKey: 'password' },
    anonymousViewer: true,
    allowFrom: { namespaces: ['ingress-nginx'], podSelector: { 'app.kubernetes.io/name': 'ingress-nginx' } },
    storageSize: '2Gi',
    dashboards: [
      {
        uid: 'checkout',
        title: 'Checkout team',
        dashboards: [
          {
            uid: 'checkout-orders',
            title: 'Orders',
            description: 'How many orders are placed?',
            tags: ['checkout'],
            variables: [],
            rows: [
              {
                title: 'Orders',
                panels: [
                  {
                    type: 'timeseries',
                    title: 'Orders placed',
                    description: 'POST /orders per second.',
                    unit: 'reqps',
                    queries: [{ datasource: 'prometheus', expr: 'sum(rate(traces_span_metrics_calls_total{service_name="checkout", span_name="POST /orders"}[$__rate_interval]))' }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  alertmanager: {
    receivers: {
      page: { pagerduty: { routingKeySecret: secret('pagerduty') }, webhook: { url: 'https://hooks.internal:8443/alerts' } },
      ticket: { slack: { channel: '#slo', apiUrlSecret: secret('slack') }, email: { to: 'team@example.com', from: 'alerts@example.com', smarthost: 'smtp.example.com:587', authUsername: 'alerts', authPasswordSecret: secret('smtp') } },
    },
    groupWait: '1m',
  },
  slos: [
    { name: 'search-availability', service: 'search', sli: { kind: 'availability' }, objective: 99.5, period: '7d', runbookUrl: 'https://runbooks.internal/search' },
    { name: 'search-latency', service: 'search', sli: { kind: 'latency', thresholdSeconds: 1 }, objective: 95, period: '14d' },
    {
      name: 'api-availability',
      service: 'api',
      sli: { kind: 'availability', totalMetric: 'http_requests_total', selector: { job: 'api' }, bad: { label: 'code', op: '=', value: '500' } },
      objective: 99.9,
      period: '30d',
      minRequestsForPage: 50,
    },
  ],
};

/** The environments every invariant test walks: those of main.ts and {@link EVERY_FEATURE}. */
export const TEST_ENVIRONMENTS: StackProps[] = [...ENVIRONMENTS, EVERY_FEATURE];

/** A scratch copy of the committed dist/, so tests never touch the real one. */
export const copyOfDist = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-test-'));
  fs.cpSync(path.resolve(__dirname, '..', 'dist'), d, { recursive: true });
  return d;
};

/** One synthesized Kubernetes object and where it came from. */
export interface Obj {
  readonly env: string;
  readonly file: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  readonly [key: string]: any;
}

/** Renders environments (default: every environment of main.ts) and parses every object back. */
export const synthObjects = (environments: StackProps[] = TEST_ENVIRONMENTS): Obj[] => {
  const { stacks } = buildApp(environments);
  const out: Obj[] = [];
  for (const stack of stacks) {
    const files = renderStack(stack);
    for (const [file, text] of Object.entries(files)) {
      for (const doc of parseAllDocuments(text)) {
        const o = doc.toJS();
        if (o) out.push({ env: stack.envName, file, ...o });
      }
    }
  }
  return out;
};

/** A short label of an object for test names. */
export const label = (o: Obj): string => `${o.env}/${o.kind}/${o.metadata.namespace ?? '-'}/${o.metadata.name}`;

/** The pod spec of a workload, if it is one. */
export const podSpec = (o: Obj): any | undefined =>
  ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(o.kind) ? o.spec.template.spec : undefined;

/** Every workload's pod template, with the workload. */
export const workloads = (objs: Obj[]): Array<[string, Obj, any]> =>
  objs.filter((o) => podSpec(o)).map((o) => [label(o), o, o.spec.template] as [string, Obj, any]);

/** Every container (init containers included) of every workload. */
export const containers = (objs: Obj[], opts: { init?: boolean } = {}): Array<[string, any]> =>
  objs.flatMap((o) => {
    const spec = podSpec(o);
    if (!spec) return [];
    const list = [...(spec.containers ?? []), ...(opts.init === false ? [] : (spec.initContainers ?? []))];
    return list.map((c: any) => [`${label(o)}/${c.name}`, c] as [string, any]);
  });

/** Every config file embedded in a ConfigMap: [label, object, file name, parsed content]. */
export const configFiles = (objs: Obj[]): Array<[string, Obj, string, any]> =>
  objs
    .filter((o) => o.kind === 'ConfigMap')
    .flatMap((o) =>
      Object.entries(o.data ?? {})
        .filter(([f]) => /\.(ya?ml|json)$/.test(f))
        .map(([f, text]) => [`${label(o)}/${f}`, o, f, parse(text as string)] as [string, Obj, string, any]),
    );

/** Collector configs: ConfigMaps of the otel-* components. */
export const collectorConfigs = (objs: Obj[]): Array<[string, any]> =>
  configFiles(objs)
    .filter(([, o]) => (o.metadata.labels?.['app.kubernetes.io/name'] ?? '').startsWith('otel-'))
    .map(([l, , , c]) => [l, c]);

/**
 * An embedded config changed to hold `parsed`, with a text that reads as it (a JSON text is
 * YAML): the checks keep their results per config text, so a planted value needs its text.
 */
export const plantConfig = <C extends { text: string; parsed: unknown }>(config: C, parsed: unknown): C => ({ ...config, text: JSON.stringify(parsed), parsed });

/**
 * What a chart's snapshot holds: its objects, but for the files of dashboard ConfigMaps,
 * each named by the snapshot of its model (`dashboard <env>/<uid>`), which holds it; the
 * file must be that model (`models`, by uid), nothing else.
 */
export const chartSnapshot = (env: string, objs: any[], models: Readonly<Record<string, unknown>>): any[] =>
  objs.map((o) => {
    if (o.kind !== 'ConfigMap' || o.metadata?.annotations?.['observability-stack/config-format'] !== 'grafana-dashboard') return o;
    const named = Object.entries<string>(o.data).map(([file, json]) => {
      const model = JSON.parse(json);
      if (JSON.stringify(model) !== JSON.stringify(models[model.uid])) throw new Error(`${env}: ${o.metadata.name}/${file} is not the model of dashboard ${model.uid}`);
      return [file, `the snapshot "dashboard ${env}/${model.uid}"`];
    });
    return { ...o, data: Object.fromEntries(named) };
  });

/**
 * Stops what a test started as `timeout <seconds> <binary> ...`: the whole process group,
 * which `timeout` leads, so the binary goes with its `timeout` (a SIGKILL to `timeout` alone
 * leaves the binary running for good: `timeout` can neither pass SIGKILL on nor outlive it).
 */
export const stopGroup = (p: { readonly pid?: number; readonly exitCode: number | null }): void => {
  if (!p.pid) return;
  try {
    process.kill(-p.pid, 'SIGKILL');
  } catch {
    // gone already
  }
};
