/**
 * Typed `prometheus.yml` for the Prometheus version pinned in common/images.ts.
 * @see https://prometheus.io/docs/prometheus/latest/configuration/configuration/
 */
import { Endpoint } from '../common/contract/endpoint';

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** One relabel rule. */
export interface RelabelConfig {
  readonly source_labels?: string[];
  readonly action?: 'replace' | 'keep' | 'drop' | 'labelmap';
  readonly regex?: string;
  readonly replacement?: string;
  readonly target_label?: string;
}

/** One scrape job. */
export interface ScrapeConfig {
  readonly job_name: string;
  readonly honor_labels?: boolean;
  readonly scheme?: 'http' | 'https';
  readonly metrics_path?: string;
  readonly static_configs?: Array<{ readonly targets: string[] }>;
  readonly kubernetes_sd_configs?: Array<{ readonly role: 'node' | 'pod' | 'endpointslice' | 'service'; readonly namespaces?: { readonly names: string[] } }>;
  readonly tls_config?: { readonly ca_file: string };
  readonly authorization?: { readonly credentials_file: string };
  readonly relabel_configs?: RelabelConfig[];
}

/** The config file. */
export interface PrometheusConfig {
  readonly global: {
    readonly scrape_interval: string;
    readonly scrape_timeout: string;
    readonly evaluation_interval: string;
    readonly scrape_native_histograms: boolean;
    readonly external_labels: Record<string, string>;
  };
  readonly rule_files: string[];
  readonly alerting?: {
    readonly alert_relabel_configs?: Array<{ readonly action: 'labeldrop'; readonly regex: string }>;
    readonly alertmanagers: Array<{ readonly api_version: 'v2'; readonly static_configs: Array<{ readonly targets: string[] }> }>;
  };
  readonly otlp: { readonly keep_identifying_resource_attributes: boolean; readonly promote_resource_attributes: string[] };
  readonly storage: {
    readonly tsdb: { readonly out_of_order_time_window: string; readonly retention: { readonly time: string; readonly size: string } };
    readonly exemplars: { readonly max_exemplars: number };
  };
  readonly scrape_configs: ScrapeConfig[];
  readonly remote_write?: RemoteWriteConfig[];
}

/** One remote-write destination, as `remote_write` takes it. */
export interface RemoteWriteConfig {
  readonly name: string;
  readonly url: string;
  readonly authorization?: { readonly credentials_file: string };
  readonly basic_auth?: { readonly username: string; readonly password_file: string };
  readonly send_exemplars: boolean;
  readonly send_native_histograms: boolean;
  readonly queue_config: { readonly retry_on_http_429: boolean };
}

/** What the config depends on. */
export interface PrometheusConfigOptions {
  readonly clusterName: string;
  readonly deploymentEnvironment: string;
  readonly scrapeInterval: string;
  readonly retentionTime: string;
  readonly retentionSize: string;
  readonly ruleFilesGlob: string;
  /** The stack's own components, scraped by Service and port name. */
  readonly stackTargets: ReadonlyArray<{ readonly endpoint: Endpoint; readonly honorLabels: boolean }>;
  /** Where alerts go. @default - nowhere */
  readonly alertmanagers?: Endpoint[];
  /**
   * The external label that tells the replicas of a highly available Prometheus apart (its
   * value an environment reference Prometheus expands, the pod's name): the query layer
   * merges series by it, and alerts leave without it so the replicas' alerts are the same.
   * @default - one replica, no such label
   */
  readonly replicaLabel?: { readonly name: string; readonly value: string };
  /** Where every sample is also written (long-term storage). @default - nowhere */
  readonly remoteWrite?: readonly RemoteWriteConfig[];
}

/** OTLP resource attributes that become labels of pushed metrics. */
export const PROMOTED_RESOURCE_ATTRIBUTES = [
  'service.instance.id',
  'service.name',
  'service.namespace',
  'service.version',
  'deployment.environment.name',
  'k8s.cluster.name',
  'k8s.namespace.name',
  'k8s.container.name',
  'k8s.deployment.name',
  'k8s.statefulset.name',
  'k8s.daemonset.name',
  'k8s.node.name',
];

const inCluster = { tls_config: { ca_file: `${SA_DIR}/ca.crt` }, authorization: { credentials_file: `${SA_DIR}/token` } };

/** The kubelet (`/metrics`) or its cAdvisor (`/metrics/cadvisor`) on every node, over HTTPS on :10250. */
const kubeletJob = (job: string, path?: string): ScrapeConfig => ({
  job_name: job,
  kubernetes_sd_configs: [{ role: 'node' }],
  scheme: 'https',
  ...(path ? { metrics_path: path } : {}),
  ...inCluster,
  relabel_configs: [{ source_labels: ['__meta_kubernetes_node_name'], target_label: 'node' }],
});

/** Opt-in scraping through `prometheus.io/scrape|scheme|path|port` annotations. */
const annotationJob = (role: 'pod' | 'service'): ScrapeConfig => {
  const a = role === 'pod' ? '__meta_kubernetes_pod_annotation_prometheus_io' : '__meta_kubernetes_service_annotation_prometheus_io';
  const ipv4 = '(\\d+\\.\\d+\\.\\d+\\.\\d+);(\\d+)';
  const ipv6 = '([0-9a-fA-F:]+:[0-9a-fA-F:]*);(\\d+)';
  return {
    job_name: role === 'pod' ? 'kubernetes-pods' : 'kubernetes-service-endpoints',
    kubernetes_sd_configs: [{ role: role === 'pod' ? 'pod' : 'endpointslice' }],
    relabel_configs: [
      { source_labels: [`${a}_scrape`], action: 'keep', regex: 'true' },
      ...(role === 'pod'
        ? [{ source_labels: ['__meta_kubernetes_pod_phase'], action: 'drop' as const, regex: 'Pending|Succeeded|Failed|Completed' }]
        : [{ source_labels: ['__meta_kubernetes_endpointslice_endpoint_conditions_ready'], action: 'keep' as const, regex: 'true' }]),
      { source_labels: [`${a}_scheme`], action: 'replace', target_label: '__scheme__', regex: '(https?)' },
      { source_labels: [`${a}_path`], action: 'replace', target_label: '__metrics_path__', regex: '(.+)' },
      // the pod IP plus the annotated port; IPv6 addresses need brackets
      { source_labels: ['__meta_kubernetes_pod_ip', `${a}_port`], action: 'replace', regex: ipv4, replacement: '$1:$2', target_label: '__address__' },
      { source_labels: ['__meta_kubernetes_pod_ip', `${a}_port`], action: 'replace', regex: ipv6, replacement: '[$1]:$2', target_label: '__address__' },
      { source_labels: ['__meta_kubernetes_namespace'], target_label: 'namespace' },
      ...(role === 'service' ? [{ source_labels: ['__meta_kubernetes_service_name'], target_label: 'service' }] : []),
      { source_labels: ['__meta_kubernetes_pod_name'], target_label: 'pod' },
      ...(role === 'pod' ? [{ source_labels: ['__meta_kubernetes_pod_container_name'], target_label: 'container' }] : []),
    ],
  };
};

/** A job for one of the stack's Services: its EndpointSlices, one port by name. */
export const stackJob = (e: Endpoint, honorLabels = false): ScrapeConfig => ({
  job_name: e.service,
  ...(honorLabels ? { honor_labels: true } : {}),
  kubernetes_sd_configs: [{ role: 'endpointslice', namespaces: { names: [e.namespace] } }],
  relabel_configs: [
    { source_labels: ['__meta_kubernetes_service_name', '__meta_kubernetes_endpointslice_port_name'], action: 'keep', regex: `${e.service};${e.portName}` },
    { source_labels: ['__meta_kubernetes_namespace'], target_label: 'namespace' },
    { source_labels: ['__meta_kubernetes_pod_name'], target_label: 'pod' },
    { source_labels: ['__meta_kubernetes_pod_node_name'], target_label: 'node' },
  ],
});

/** The whole `prometheus.yml`. */
export const prometheusConfig = (o: PrometheusConfigOptions): PrometheusConfig => ({
  global: {
    scrape_interval: o.scrapeInterval,
    scrape_timeout: '10s',
    evaluation_interval: o.scrapeInterval,
    scrape_native_histograms: true,
    external_labels: { cluster: o.clusterName, environment: o.deploymentEnvironment, ...(o.replicaLabel ? { [o.replicaLabel.name]: o.replicaLabel.value } : {}) },
  },
  rule_files: [o.ruleFilesGlob],
  ...(o.alertmanagers?.length
    ? {
        alerting: {
          ...(o.replicaLabel ? { alert_relabel_configs: [{ action: 'labeldrop' as const, regex: o.replicaLabel.name }] } : {}),
          alertmanagers: [{ api_version: 'v2' as const, static_configs: [{ targets: o.alertmanagers.map((e) => e.hostPort()) }] }],
        },
      }
    : {}),
  otlp: { keep_identifying_resource_attributes: true, promote_resource_attributes: PROMOTED_RESOURCE_ATTRIBUTES },
  storage: {
    // OTLP pushes from many collectors arrive slightly out of order
    tsdb: { out_of_order_time_window: '30m', retention: { time: o.retentionTime, size: o.retentionSize } },
    exemplars: { max_exemplars: 100000 },
  },
  scrape_configs: [
    {
      job_name: 'kubernetes-apiservers',
      kubernetes_sd_configs: [{ role: 'endpointslice', namespaces: { names: ['default'] } }],
      scheme: 'https',
      ...inCluster,
      relabel_configs: [
        { source_labels: ['__meta_kubernetes_service_name', '__meta_kubernetes_endpointslice_port_name'], action: 'keep', regex: 'kubernetes;https' },
      ],
    },
    kubeletJob('kubernetes-nodes'),
    kubeletJob('kubernetes-cadvisor', '/metrics/cadvisor'),
    annotationJob('service'),
    annotationJob('pod'),
    ...o.stackTargets.map((t) => stackJob(t.endpoint, t.honorLabels)),
  ],
  ...(o.remoteWrite?.length ? { remote_write: [...o.remoteWrite] } : {}),
});
