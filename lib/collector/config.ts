/**
 * Typed configuration of the OpenTelemetry Collector (contrib distribution, the version
 * pinned in common/images.ts), for the components this stack uses, and the pure
 * functions that build the agent's and the gateway's configs.
 * @see https://opentelemetry.io/docs/collector/configuration/
 */
import { Endpoint, HttpDestination } from '../common/endpoint';
import { COLLECTOR_PORTS } from './declaration';

/** `sending_queue` of an exporter (exporterhelper). */
export interface SendingQueueConfig {
  readonly enabled: boolean;
  readonly queue_size?: number;
  readonly num_consumers?: number;
  /** A storage extension id: the queue survives restarts. */
  readonly storage?: string;
}

/** `retry_on_failure` of an exporter (configretry). */
export interface RetryConfig {
  readonly enabled: boolean;
  readonly initial_interval?: string;
  readonly max_interval?: string;
  readonly max_elapsed_time?: string;
}

/** The `otlp_grpc` exporter. */
export interface OtlpGrpcExporterConfig {
  readonly endpoint: string;
  readonly tls: { readonly insecure: boolean };
  readonly sending_queue: SendingQueueConfig;
  readonly retry_on_failure: RetryConfig;
}

/** The `otlp_http` exporter. */
export interface OtlpHttpExporterConfig {
  readonly endpoint: string;
  readonly sending_queue: SendingQueueConfig;
  readonly retry_on_failure: RetryConfig;
}

/** The `load_balancing` exporter, routing by trace ID to the pods behind a Service. */
export interface LoadBalancingExporterConfig {
  readonly routing_key: 'traceID' | 'service';
  readonly protocol: {
    readonly otlp: {
      readonly tls: { readonly insecure: boolean };
      readonly sending_queue: SendingQueueConfig;
      readonly retry_on_failure: RetryConfig;
    };
  };
  readonly resolver: { readonly k8s: { readonly service: string; readonly ports: number[] } };
}

/** One pipeline of `service.pipelines`. */
export interface PipelineConfig {
  readonly receivers: string[];
  readonly processors: string[];
  readonly exporters: string[];
}

/** The `service` section. */
export interface ServiceConfig {
  readonly extensions: string[];
  readonly telemetry: {
    readonly logs: { readonly level: 'debug' | 'info' | 'warn' | 'error'; readonly encoding: 'json' | 'console' };
    readonly metrics: {
      readonly level: 'none' | 'basic' | 'normal' | 'detailed';
      readonly readers: Array<{ readonly pull: { readonly exporter: { readonly prometheus: { readonly host: string; readonly port: number } } } }>;
    };
  };
  readonly pipelines: Record<string, PipelineConfig>;
}

/** A whole collector config file. */
export interface CollectorConfig {
  readonly extensions: Record<string, object>;
  readonly receivers: Record<string, object>;
  readonly processors: Record<string, object>;
  readonly exporters: Record<string, object>;
  readonly connectors?: Record<string, object>;
  readonly service: ServiceConfig;
}


/** The pod IP, injected into every collector pod through the downward API. */
export const POD_IP = '${env:MY_POD_IP}';

/** `memory_limiter` in percentages of the cgroup limit: first in every pipeline. */
export const memoryLimiter = () => ({ check_interval: '1s', limit_percentage: 80, spike_limit_percentage: 25 });

/** `batch`: last processor in every pipeline. */
export const batch = () => ({ send_batch_size: 8192, send_batch_max_size: 10000, timeout: '200ms' });

/** The collector's own telemetry: JSON logs, metrics pulled by Prometheus on the pod IP. */
export const telemetry = (): ServiceConfig['telemetry'] => ({
  logs: { level: 'info', encoding: 'json' },
  metrics: {
    level: 'normal',
    readers: [{ pull: { exporter: { prometheus: { host: POD_IP, port: COLLECTOR_PORTS.metrics.port } } } }],
  },
});

/** `health_check` on the pod IP, where the kubelet's probes reach it. */
export const healthCheck = () => ({ endpoint: `${POD_IP}:${COLLECTOR_PORTS.health.port}` });

/** Retry with exponential back-off, giving up after five minutes. */
export const retry = (): RetryConfig => ({ enabled: true, initial_interval: '5s', max_interval: '30s', max_elapsed_time: '300s' });

/** An `otlp_grpc` exporter to an Endpoint, in-cluster plaintext. */
export const otlpGrpcExporter = (to: Endpoint, queue: SendingQueueConfig): OtlpGrpcExporterConfig => ({
  endpoint: to.hostPort(),
  tls: { insecure: true },
  sending_queue: queue,
  retry_on_failure: retry(),
});

/** An `otlp_http` exporter to a destination. */
export const otlpHttpExporter = (to: HttpDestination, queue: SendingQueueConfig): OtlpHttpExporterConfig => ({
  endpoint: to.endpoint.url(to.path),
  sending_queue: queue,
  retry_on_failure: retry(),
});

/** What the agent's config depends on. */
export interface AgentConfigOptions {
  /** `k8s.cluster.name` on every signal. */
  readonly clusterName: string;
  /** `deployment.environment.name`, set where the SDK did not set it. */
  readonly deploymentEnvironment: string;
  /** The agent's namespace, pod name prefix and container name: its own logs are not collected. */
  readonly self: { readonly namespace: string; readonly podPrefix: string; readonly container: string };
  /** The hostPath directory that keeps file_log checkpoints and the persistent sending queues. */
  readonly storageDirectory: string;
  /** Where traces go (OTLP gRPC). @default - the `debug` exporter */
  readonly traces?: Endpoint;
  /** Where logs go (OTLP/HTTP). @default - the `debug` exporter */
  readonly logs?: HttpDestination;
  /** Where metrics go (OTLP/HTTP). @default - the `debug` exporter */
  readonly metrics?: HttpDestination;
}

/** The `k8s_attributes` processor of the agent: only this node's pods, metadata by pod IP, UID or connection. */
export const k8sAttributes = () => ({
  auth_type: 'serviceAccount',
  passthrough: false,
  filter: { node_from_env_var: 'K8S_NODE_NAME' },
  extract: {
    otel_annotations: true,
    deployment_name_from_replicaset: true,
    metadata: [
      'k8s.namespace.name',
      'k8s.pod.name',
      'k8s.pod.uid',
      'k8s.pod.start_time',
      'k8s.node.name',
      'k8s.deployment.name',
      'k8s.statefulset.name',
      'k8s.daemonset.name',
      'k8s.job.name',
      'k8s.cronjob.name',
      'k8s.container.name',
      'container.image.name',
      'container.image.tag',
      'service.namespace',
      'service.name',
      'service.version',
      'service.instance.id',
    ],
  },
  pod_association: [
    { sources: [{ from: 'resource_attribute', name: 'k8s.pod.ip' }] },
    { sources: [{ from: 'resource_attribute', name: 'k8s.pod.uid' }] },
    { sources: [{ from: 'connection' }] },
  ],
});

/** `file_log` on the kubelet's pod log files, with checkpoints, JSON bodies parsed and trace context extracted. */
export const podLogs = (self: AgentConfigOptions['self']) => ({
  include: ['/var/log/pods/*/*/*.log'],
  exclude: [`/var/log/pods/${self.namespace}_${self.podPrefix}-*_*/${self.container}/*.log`],
  start_at: 'end',
  storage: 'file_storage',
  include_file_path: true,
  include_file_name: false,
  retry_on_failure: { enabled: true },
  operators: [
    // docker, containerd and cri-o formats; recombines partial lines; adds k8s.* resource attributes
    { type: 'container', id: 'container-parser', max_log_size: 102400 },
    {
      type: 'json_parser',
      id: 'app-json',
      if: 'body matches "^\\\\s*\\\\{"',
      parse_from: 'body',
      parse_to: 'attributes',
      on_error: 'send_quiet',
    },
    {
      type: 'trace_parser',
      id: 'trace-context',
      if: 'attributes["trace_id"] != nil',
      trace_id: { parse_from: 'attributes["trace_id"]' },
      span_id: { parse_from: 'attributes["span_id"]' },
      on_error: 'send_quiet',
    },
  ],
});

/** The agent's config: OTLP and pod logs in, Kubernetes metadata added, out to the backends. */
export const agentConfig = (o: AgentConfigOptions): CollectorConfig => {
  const queue: SendingQueueConfig = { enabled: true, queue_size: 5000, storage: 'file_storage' };
  const exporters: Record<string, object> = {};
  // each signal's exporter, or `debug` (basic verbosity) while it has no destination
  const exporterFor = (id: string, config: object | undefined): string[] => {
    const used = config ? id : 'debug';
    exporters[used] = config ?? { verbosity: 'basic' };
    return [used];
  };
  const traces = exporterFor('otlp_grpc/traces', o.traces && otlpGrpcExporter(o.traces, queue));
  const logs = exporterFor('otlp_http/logs', o.logs && otlpHttpExporter(o.logs, queue));
  const metrics = exporterFor('otlp_http/metrics', o.metrics && otlpHttpExporter(o.metrics, queue));
  const processors = ['memory_limiter', 'k8s_attributes', 'resource', 'batch'];
  return {
    extensions: {
      health_check: healthCheck(),
      file_storage: {
        directory: o.storageDirectory,
        create_directory: true,
        compaction: { on_start: true, directory: o.storageDirectory },
      },
    },
    receivers: {
      otlp: {
        protocols: {
          grpc: { endpoint: `${POD_IP}:${COLLECTOR_PORTS.otlpGrpc.port}` },
          http: { endpoint: `${POD_IP}:${COLLECTOR_PORTS.otlpHttp.port}` },
        },
      },
      file_log: podLogs(o.self),
    },
    processors: {
      memory_limiter: memoryLimiter(),
      k8s_attributes: k8sAttributes(),
      resource: {
        attributes: [
          { key: 'k8s.cluster.name', value: o.clusterName, action: 'upsert' },
          // insert: keep what the SDK already set
          { key: 'deployment.environment.name', value: o.deploymentEnvironment, action: 'insert' },
        ],
      },
      batch: batch(),
    },
    exporters,
    service: {
      extensions: ['health_check', 'file_storage'],
      telemetry: telemetry(),
      pipelines: {
        traces: { receivers: ['otlp'], processors, exporters: traces },
        metrics: { receivers: ['otlp'], processors, exporters: metrics },
        logs: { receivers: ['otlp', 'file_log'], processors, exporters: logs },
      },
    },
  };
};
