/**
 * Typed configuration of the OpenTelemetry Collector (contrib distribution, the version
 * pinned in common/images.ts), for the components this stack uses, and the pure
 * functions that build the agent's and the gateway's configs.
 * @see https://opentelemetry.io/docs/collector/configuration/
 */
import { Endpoint, HttpDestination } from '../common/contract/endpoint';
import { RED_METRICS } from '../common/vocabulary/red-metrics';
import { COLLECTOR_PORTS } from './ports';

/** `sending_queue.batch` of an exporter: what the queue's consumers merge into one request. */
export interface QueueBatchConfig {
  readonly flush_timeout: string;
  /** `bytes`: sizes are the request's protobuf size, as the receiving side's message limit counts them. */
  readonly sizer: 'items' | 'bytes';
  readonly min_size: number;
  readonly max_size: number;
}

/** `sending_queue` of an exporter (exporterhelper). */
export interface SendingQueueConfig {
  readonly enabled: boolean;
  /** What `queue_size` counts: `requests` (the default), `items` or `bytes`. */
  readonly sizer?: 'requests' | 'items' | 'bytes';
  readonly queue_size?: number;
  readonly num_consumers?: number;
  /** A storage extension id: the queue survives restarts. */
  readonly storage?: string;
  /**
   * When the queue is full: wait for room (true) instead of refusing the request with a
   * retryable error (false, the default).
   */
  readonly block_on_overflow?: boolean;
  /** Batching in the queue, after it has accepted the data. */
  readonly batch?: QueueBatchConfig;
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

/**
 * The `load_balancing` exporter, routing by trace ID to the pods behind a headless Service.
 * Its own queue and retry hold what no gateway took: only this level supports a persistent
 * queue (the sub-exporters under `protocol.otlp` share one queue config, storage included).
 */
export interface LoadBalancingExporterConfig {
  readonly routing_key: 'traceID' | 'service';
  readonly timeout: string;
  readonly sending_queue: SendingQueueConfig;
  readonly retry_on_failure: RetryConfig;
  readonly protocol: {
    readonly otlp: {
      readonly timeout: string;
      readonly tls: { readonly insecure: boolean };
      readonly sending_queue: SendingQueueConfig;
      readonly retry_on_failure: RetryConfig;
    };
  };
  readonly resolver: { readonly k8s: { readonly service: string; readonly ports: number[]; readonly return_hostnames: boolean } };
}

/** One `tail_sampling` policy of the kinds the gateway uses. */
export type SamplingPolicyConfig =
  | { readonly name: string; readonly type: 'drop'; readonly drop: { readonly drop_sub_policy: SamplingPolicyConfig[] } }
  | { readonly name: string; readonly type: 'string_attribute'; readonly string_attribute: { readonly key: string; readonly values: string[] } }
  | { readonly name: string; readonly type: 'status_code'; readonly status_code: { readonly status_codes: Array<'ERROR' | 'OK' | 'UNSET'> } }
  | { readonly name: string; readonly type: 'latency'; readonly latency: { readonly threshold_ms: number } }
  | { readonly name: string; readonly type: 'probabilistic'; readonly probabilistic: { readonly sampling_percentage: number } };

/** The `tail_sampling` processor. */
export interface TailSamplingConfig {
  readonly decision_wait: string;
  readonly num_traces: number;
  /** At `num_traces`, wait for decisions to free room instead of evicting undecided traces. */
  readonly block_on_overflow: boolean;
  readonly expected_new_traces_per_sec: number;
  readonly decision_cache: { readonly sampled_cache_size: number; readonly non_sampled_cache_size: number };
  readonly policies: SamplingPolicyConfig[];
}

/** The `span_metrics` connector. */
export interface SpanMetricsConnectorConfig {
  readonly namespace: string;
  readonly histogram: { readonly unit: 'ms' | 's'; readonly explicit: { readonly buckets: string[] } };
  readonly exemplars: { readonly enabled: boolean };
  readonly aggregation_temporality: 'AGGREGATION_TEMPORALITY_CUMULATIVE';
  readonly aggregation_cardinality_limit: number;
  readonly metrics_flush_interval: string;
  readonly metrics_expiration: string;
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
    readonly resource: Readonly<Record<string, string>>;
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

/** The largest request a collector sends: half of the 16 MiB every receiving side of the stack accepts. */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

/** Each of the agent's queues on the node's disk (one a signal). */
export const AGENT_QUEUE_BYTES = 256 * 1024 * 1024;

/**
 * A persistent sending queue of `bytes` on disk, batching what it accepted (no `batch`
 * processor: it answers success as soon as it buffers and only logs what its exporter
 * refuses). The queue holds requests as they came and is sized in bytes, so what it lasts
 * does not depend on how the senders batch. A full queue refuses the request with a
 * retryable error (gRPC Unavailable, HTTP 503), back to the sender, or with `block` waits
 * for room (the gateway: its tail sampler drops what its exporter refuses, so it must wait
 * instead, and the wait holds back the agents in turn). Batches are sized in bytes, below
 * the receivers' message limits (the synth checks each pair).
 */
export const persistentQueue = (bytes: number, block = false): SendingQueueConfig => ({
  enabled: true,
  sizer: 'bytes',
  queue_size: bytes,
  storage: 'file_storage',
  ...(block ? { block_on_overflow: true } : {}),
  batch: { flush_timeout: '200ms', sizer: 'bytes', min_size: 2 * 1024 * 1024, max_size: MAX_REQUEST_BYTES },
});

/**
 * The collector's own telemetry: JSON logs, metrics pulled by Prometheus on the pod IP, and
 * a stable `service.instance.id` (else a random UUID per process: new series at every
 * restart): the node's name for the agent, the pod's (a StatefulSet ordinal) for the gateway.
 */
export const telemetry = (instanceId: string): ServiceConfig['telemetry'] => ({
  resource: { 'service.instance.id': instanceId },
  logs: { level: 'info', encoding: 'json' },
  metrics: {
    level: 'normal',
    readers: [{ pull: { exporter: { prometheus: { host: POD_IP, port: COLLECTOR_PORTS.metrics.port } } } }],
  },
});

/**
 * `file_storage` for the persistent queues (and the agent's file_log checkpoints): each
 * write synced to disk (`fsync`), so a node that loses power leaves a database that opens,
 * not a corrupt one that loses the queue; compacted at start.
 */
export const fileStorage = (directory: string) => ({ directory, create_directory: true, fsync: true, compaction: { on_start: true, directory } });

/** `health_check` on the pod IP, where the kubelet's probes reach it. */
export const healthCheck = () => ({ endpoint: `${POD_IP}:${COLLECTOR_PORTS.health.port}` });

/**
 * Retry with exponential back-off and no time limit (`max_elapsed_time: 0`): what a
 * collector accepted stays in its queue until the backend takes it or the queue is full,
 * never dropped because an outage lasted longer than a retry budget.
 */
export const retry = (): RetryConfig => ({ enabled: true, initial_interval: '5s', max_interval: '30s', max_elapsed_time: '0s' });

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
  /**
   * Where traces go (OTLP gRPC): to the pods of a headless Service by trace ID (the
   * gateway), else to the Service. @default - the `debug` exporter
   */
  readonly traces?: Endpoint;
  /** Where logs go (OTLP/HTTP). @default - the `debug` exporter */
  readonly logs?: HttpDestination;
  /** Where metrics go (OTLP/HTTP): each replica of a highly available Prometheus gets every point. @default - the `debug` exporter */
  readonly metrics?: readonly HttpDestination[];
}

/**
 * `load_balancing` by trace ID over the pods of a headless Service, found through its
 * EndpointSlices, so every span of a trace reaches the same gateway replica.
 */
export const loadBalancingExporter = (to: Endpoint, queue: SendingQueueConfig): LoadBalancingExporterConfig => ({
  routing_key: 'traceID',
  timeout: '10s',
  sending_queue: queue,
  retry_on_failure: retry(),
  protocol: {
    otlp: {
      timeout: '5s',
      tls: { insecure: true },
      // no queue per gateway: a failed send returns to the persistent queue above, which
      // re-routes it when the set of gateways changed
      sending_queue: { enabled: false },
      retry_on_failure: { enabled: true, initial_interval: '1s', max_interval: '5s', max_elapsed_time: '30s' },
    },
  },
  resolver: { k8s: { service: to.host('namespaced'), ports: [to.port], return_hostnames: true } },
});

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

/**
 * The longest log line the agent reads from a file (longer ones are cut to it): Loki's
 * default `max_line_size` (256KB, 256,000 bytes), so that no line is discarded by Loki for
 * its length (the synth checks the pair).
 */
export const MAX_LOG_LINE_BYTES = 256000;

/** `file_log` on the kubelet's pod log files, with checkpoints, JSON bodies parsed and trace context extracted. */
export const podLogs = (self: AgentConfigOptions['self']) => ({
  include: ['/var/log/pods/*/*/*.log'],
  max_log_size: MAX_LOG_LINE_BYTES,
  exclude: [`/var/log/pods/${self.namespace}_${self.podPrefix}-*_*/${self.container}/*.log`],
  // a file the agent has never seen is read from its first line: on a new node the agent and
  // the applications start together, and what a pod wrote before the agent's first poll
  // would be skipped at `end`. Files it has seen resume from their checkpoint in
  // `file_storage`. A first install on a busy node reads each container's current log
  // file (the kubelet keeps it below containerLogMaxSize, 10Mi by default) once.
  start_at: 'beginning',
  storage: 'file_storage',
  include_file_path: true,
  include_file_name: false,
  // while the logs queue is full, reading stops and waits (the files on the node are the
  // buffer, until the kubelet rotates them away); the default gives up after 5 minutes and drops
  retry_on_failure: { enabled: true, max_elapsed_time: '0s' },
  operators: [
    // docker, containerd and cri-o formats; recombines partial lines; adds k8s.* resource attributes
    { type: 'container', id: 'container-parser', max_log_size: MAX_LOG_LINE_BYTES },
    // a JSON line keeps its body as written (Loki parses it at query time with `| json`);
    // only the fields that earn it leave it: the trace context (links to the trace) and the
    // level (the record's severity). Every field as an attribute would be stored twice (Loki
    // keeps attributes as structured metadata) and a wide line would pass Loki's
    // structured-metadata limits (64 KB, 128 entries) and be refused
    {
      type: 'json_parser',
      id: 'app-json',
      if: 'body matches "^\\\\s*\\\\{"',
      parse_from: 'body',
      parse_to: 'attributes.app_json',
      on_error: 'send_quiet',
    },
    ...(['trace_id', 'span_id'] as const).map((key) => ({
      type: 'move',
      id: `app-json-${key.replace('_', '-')}`,
      if: `attributes.app_json != nil && attributes.app_json.${key} != nil`,
      from: `attributes.app_json.${key}`,
      to: `attributes.${key}`,
    })),
    {
      type: 'severity_parser',
      id: 'app-json-level',
      if: 'attributes.app_json != nil && attributes.app_json.level != nil',
      parse_from: 'attributes.app_json.level',
      on_error: 'send_quiet',
    },
    { type: 'remove', id: 'app-json-rest', if: 'attributes.app_json != nil', field: 'attributes.app_json' },
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

/**
 * One exporter per destination, each with its own queue, all in the pipeline: every item goes
 * to each (the replicas of a highly available Prometheus). One destination keeps the plain
 * id; several are `<id>-0`, `<id>-1`, ... Returns the ids.
 */
export const fanOut = <D>(exporters: Record<string, object>, id: string, destinations: readonly D[], make: (d: D) => object): string[] => {
  const ids = destinations.length === 1 ? [id] : destinations.map((_, i) => `${id}-${i}`);
  ids.forEach((x, i) => (exporters[x] = make(destinations[i])));
  return ids;
};

/** The agent's config: OTLP and pod logs in, Kubernetes metadata added, out to the backends. */
export const agentConfig = (o: AgentConfigOptions): CollectorConfig => {
  const queue = persistentQueue(AGENT_QUEUE_BYTES);
  const exporters: Record<string, object> = {};
  // each signal's exporter, or `debug` (basic verbosity) while it has no destination
  const exporterFor = (id: string, config: object | undefined): string[] => {
    const used = config ? id : 'debug';
    exporters[used] = config ?? { verbosity: 'basic' };
    return [used];
  };
  const traces = o.traces?.headless
    ? exporterFor('load_balancing/traces', loadBalancingExporter(o.traces, queue))
    : exporterFor('otlp_grpc/traces', o.traces && otlpGrpcExporter(o.traces, queue));
  const logs = exporterFor('otlp_http/logs', o.logs && otlpHttpExporter(o.logs, queue));
  const metrics = o.metrics?.length ? fanOut(exporters, 'otlp_http/metrics', o.metrics, (d) => otlpHttpExporter(d, queue)) : exporterFor('otlp_http/metrics', undefined);
  const processors = ['memory_limiter', 'k8s_attributes', 'resource'];
  return {
    extensions: {
      health_check: healthCheck(),
      file_storage: fileStorage(o.storageDirectory),
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
    },
    exporters,
    service: {
      extensions: ['health_check', 'file_storage'],
      telemetry: telemetry('${env:K8S_NODE_NAME}'),
      pipelines: {
        traces: { receivers: ['otlp'], processors, exporters: traces },
        metrics: { receivers: ['otlp'], processors, exporters: metrics },
        logs: { receivers: ['otlp', 'file_log'], processors, exporters: logs },
      },
    },
  };
};

/** The tail-sampling policies of the gateway, as props. */
export interface SamplingOptions {
  /** Span attribute values of probe and scrape requests, whose traces are dropped. */
  readonly probeRoutes: readonly string[];
  /** Traces at least this slow are kept. */
  readonly latencyThresholdMs: number;
  /** The share of all other traces kept, 0 to 100. */
  readonly baselinePercentage: number;
  /** How long the gateway waits for a trace's spans before deciding. */
  readonly decisionWait: string;
  /** New traces a second one replica expects: its share of the tier's (sizes its trace buffer and decision caches). */
  readonly tracesPerSecond: number;
}

/** The attributes a probe or scrape route is recorded in (HTTP semantic conventions, stable). */
export const PROBE_ROUTE_ATTRIBUTES = ['url.path', 'http.route'] as const;

/**
 * `tail_sampling` in order of effect: drop probe and scrape routes (a `drop` decision wins
 * over every other), keep errors, keep slow traces, keep a probabilistic baseline. In
 * 0.159 an `invert_match` no longer vetoes other policies: `drop` does.
 */
export const tailSampling = (o: SamplingOptions, decisionWaitSeconds: number): TailSamplingConfig => {
  // a drop policy drops when all its sub-policies match: one policy per attribute
  const drops: SamplingPolicyConfig[] = PROBE_ROUTE_ATTRIBUTES.map((key) => ({
    name: `drop-probes-${key.replace('.', '-')}`,
    type: 'drop',
    drop: { drop_sub_policy: [{ name: `probe-${key.replace('.', '-')}`, type: 'string_attribute', string_attribute: { key, values: [...o.probeRoutes] } }] },
  }));
  const tracesInWindow = Math.ceil(o.tracesPerSecond * decisionWaitSeconds);
  return {
    decision_wait: o.decisionWait,
    // twice the traces of one decision window, so none is evicted before its decision, even
    // while a replica of two is away and its share comes here
    num_traces: Math.max(tracesInWindow * 2, 10000),
    // and past it, the intake waits (refusing the agents in turn) rather than evict traces
    block_on_overflow: true,
    expected_new_traces_per_sec: o.tracesPerSecond,
    // decisions outlive the trace buffer: late spans (retries, long async work) follow their trace's decision
    decision_cache: { sampled_cache_size: Math.max(tracesInWindow * 10, 100000), non_sampled_cache_size: Math.max(tracesInWindow * 20, 200000) },
    policies: [
      ...drops,
      { name: 'errors', type: 'status_code', status_code: { status_codes: ['ERROR'] } },
      { name: 'slow', type: 'latency', latency: { threshold_ms: o.latencyThresholdMs } },
      { name: 'baseline', type: 'probabilistic', probabilistic: { sampling_percentage: o.baselinePercentage } },
    ],
  };
};

/** A histogram boundary in seconds as a Go duration (`0.005` -> `5ms`, `2.5` -> `2500ms`, `10` -> `10s`). */
const boundary = (seconds: number): string => (Number.isInteger(seconds) ? `${seconds}s` : `${Math.round(seconds * 1000)}ms`);

/** `span_metrics`: RED metrics from every span, bounded, per replica, in seconds, with exemplars. */
export const spanMetrics = (): SpanMetricsConnectorConfig => ({
  namespace: RED_METRICS.namespace,
  histogram: { unit: 's', explicit: { buckets: RED_METRICS.bucketsSeconds.map(boundary) } },
  exemplars: { enabled: true },
  aggregation_temporality: 'AGGREGATION_TEMPORALITY_CUMULATIVE',
  // series beyond the limit are folded into one overflow series instead of growing without bound
  aggregation_cardinality_limit: 5000,
  metrics_flush_interval: '15s',
  // a series not seen for this long is dropped from memory
  metrics_expiration: '10m',
});

/** What the gateway's config depends on. */
export interface GatewayConfigOptions {
  readonly sampling: SamplingOptions;
  readonly decisionWaitSeconds: number;
  /** The container's memory limit in bytes: the queues in memory take a share of it. */
  readonly memoryLimitBytes: number;
  /** Where sampled traces go (OTLP gRPC). */
  readonly traces: Endpoint;
  /** Where the RED metrics go (OTLP/HTTP): each replica of a highly available Prometheus gets every point. */
  readonly metrics: readonly HttpDestination[];
}

/**
 * The gateway's sending queues, in memory: the traces queue a sixteenth of the container's
 * memory limit, the RED metrics' a sixty-fourth, each at least one largest request.
 */
export const gatewayQueueBytes = (memoryLimitBytes: number): { traces: number; metrics: number } => ({
  traces: Math.max(MAX_REQUEST_BYTES, Math.floor(memoryLimitBytes / 16)),
  metrics: Math.max(MAX_REQUEST_BYTES, Math.floor(memoryLimitBytes / 64)),
});

/**
 * A sending queue in memory, batching as {@link persistentQueue} does. A collector drains
 * it when it stops (each request tried once), so a replica that goes away for good, as an
 * autoscaler's scale-down removes one, leaves nothing behind on a volume that waits for it.
 */
export const memoryQueue = (bytes: number, block = false): SendingQueueConfig => ({
  enabled: true,
  sizer: 'bytes',
  queue_size: bytes,
  ...(block ? { block_on_overflow: true } : {}),
  batch: { flush_timeout: '200ms', sizer: 'bytes', min_size: 2 * 1024 * 1024, max_size: MAX_REQUEST_BYTES },
});

/**
 * The gateway's config: OTLP in; RED metrics from every span (before sampling) to
 * Prometheus; tail sampling, then Tempo. Nothing is kept on disk: the traces queue is
 * small and in memory, and when Tempo does not take more it fills, the sampler waits and
 * the gateway refuses the agents, whose queues on the nodes hold what waits. A replica
 * that stops decides its pending traces and sends its queue on the way out.
 */
export const gatewayConfig = (o: GatewayConfigOptions): CollectorConfig => {
  const queues = gatewayQueueBytes(o.memoryLimitBytes);
  const metricsExporters: Record<string, object> = {};
  // cumulative RED metrics: a flush refused is made good by the next one
  const metrics = fanOut(metricsExporters, 'otlp_http/metrics', o.metrics, (d) => otlpHttpExporter(d, memoryQueue(queues.metrics)));
  return {
    extensions: {
      health_check: healthCheck(),
    },
    receivers: {
      otlp: { protocols: { grpc: { endpoint: `${POD_IP}:${COLLECTOR_PORTS.otlpGrpc.port}`, max_recv_msg_size_mib: 16 } } },
    },
    processors: {
      memory_limiter: memoryLimiter(),
      tail_sampling: tailSampling(o.sampling, o.decisionWaitSeconds),
    },
    connectors: { span_metrics: spanMetrics() },
    exporters: {
      // a full queue makes the sampler wait, and the gateway's intake with it
      'otlp_grpc/traces': otlpGrpcExporter(o.traces, memoryQueue(queues.traces, true)),
      ...metricsExporters,
    },
    service: {
      extensions: ['health_check'],
      telemetry: telemetry('${env:MY_POD_NAME}'),
      pipelines: {
        // every span, before sampling: the RED metrics count what the services served
        'traces/red': { receivers: ['otlp'], processors: ['memory_limiter'], exporters: ['span_metrics'] },
        traces: { receivers: ['otlp'], processors: ['memory_limiter', 'tail_sampling'], exporters: ['otlp_grpc/traces'] },
        metrics: { receivers: ['span_metrics'], processors: ['memory_limiter'], exporters: metrics },
      },
    },
  };
};
