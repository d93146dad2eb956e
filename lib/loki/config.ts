/**
 * Typed configuration of Grafana Loki in monolithic mode (`-target=all`), for the version
 * pinned in common/images.ts. Loki refuses unknown keys; keys removed in Loki 3
 * (boltdb-shipper `shared_store`, `enforce_metric_name`, `max_transfer_retries`,
 * `max_look_back_period`) do not appear.
 * @see https://grafana.com/docs/loki/latest/configure/
 */
import { LOKI } from './declaration';
import { ObjectStorage, S3_ENV } from '../common/k8s/storage';

/**
 * OTLP resource attributes promoted to index labels. Loki's built-in list also indexes
 * `k8s.pod.name` and `service.instance.id`, which have one value per pod or process and
 * multiply streams; they stay structured metadata here.
 */
export const DEFAULT_INDEX_LABELS = [
  'service.name',
  'service.namespace',
  'deployment.environment.name',
  'cloud.region',
  'cloud.availability_zone',
  'k8s.cluster.name',
  'k8s.namespace.name',
  'k8s.container.name',
  'container.name',
  'k8s.deployment.name',
  'k8s.statefulset.name',
  'k8s.daemonset.name',
  'k8s.cronjob.name',
  'k8s.job.name',
];

/** Index labels that must never be promoted: one value per pod or process. */
export const HIGH_CARDINALITY_ATTRIBUTES = ['k8s.pod.name', 'k8s.pod.uid', 'service.instance.id', 'k8s.pod.ip', 'log.file.path'];

/** What Loki's config depends on. */
export interface LokiConfigOptions {
  /** How long logs are kept (Prometheus duration: h, d, w, y). */
  readonly retention: string;
  readonly storage: ObjectStorage;
  readonly indexLabels: string[];
  readonly dataDir: string;
  /** The first day of the schema period (YYYY-MM-DD). */
  readonly schemaFrom: string;
  /**
   * Replicas of one HA monolithic Loki: their ring is gossiped over memberlist with these
   * peers (`host:port`, each replica by its own DNS name), and every stream is written to 3
   * of them. Absent: one replica, its ring in memory.
   */
  readonly cluster?: { readonly peers: readonly string[]; readonly gossipPort: number };
}

/** Loki's config file (the parts the stack sets). */
export interface LokiConfig {
  readonly auth_enabled: boolean;
  readonly server: {
    readonly http_listen_port: number;
    readonly grpc_listen_port: number;
    readonly log_level: string;
    readonly grpc_server_max_recv_msg_size: number;
    readonly grpc_server_max_send_msg_size: number;
  };
  readonly frontend_worker: { readonly grpc_client_config: { readonly max_recv_msg_size: number; readonly max_send_msg_size: number } };
  readonly common: Record<string, unknown>;
  readonly memberlist?: Record<string, unknown>;
  readonly schema_config: { readonly configs: Array<Record<string, unknown>> };
  readonly storage_config: Record<string, unknown>;
  readonly ingester: Record<string, unknown>;
  readonly compactor: Record<string, unknown>;
  readonly distributor: { readonly otlp_config: { readonly default_resource_attributes_as_index_labels: string[] } };
  readonly limits_config: Record<string, unknown>;
  readonly query_range: Record<string, unknown>;
  readonly pattern_ingester: { readonly enabled: boolean };
  readonly analytics: { readonly reporting_enabled: boolean };
}

/** Replicas of each stream in an HA monolithic Loki (the 3.7 guidance: at least 3 replicas, replication factor 3). */
export const LOKI_REPLICATION_FACTOR = 3;

/** Loki's largest gRPC message between its own modules (the client side's default, 100 MiB). */
export const GRPC_MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

const commonStorage = (o: LokiConfigOptions): Record<string, unknown> => {
  if (o.storage.type === 'filesystem') {
    return { filesystem: { chunks_directory: `${o.dataDir}/chunks`, rules_directory: `${o.dataDir}/rules` } };
  }
  const s = o.storage;
  return {
    s3: {
      bucketnames: s.bucket,
      endpoint: s.endpoint,
      region: s.region,
      insecure: s.insecure ?? false,
      s3forcepathstyle: true,
      // references expanded by -config.expand-env from env vars fed by a Secret
      ...(s.credentialsSecret
        ? { access_key_id: `\${${S3_ENV.accessKeyId}}`, secret_access_key: `\${${S3_ENV.secretAccessKey}}` }
        : {}),
    },
  };
};

/** Loki's config: OTLP intake with chosen index labels, tsdb v13, retention by the compactor. */
export const lokiConfig = (o: LokiConfigOptions): LokiConfig => {
  const objectStore = o.storage.type === 'filesystem' ? 'filesystem' : 's3';
  return {
    // single tenant; authentication belongs in front of Loki
    auth_enabled: false,
    server: {
      http_listen_port: LOKI.ports.http.port,
      grpc_listen_port: LOKI.ports.grpc.port,
      log_level: 'info',
      // a query's answer travels from the querier to the frontend over gRPC: at the 4 MiB
      // default every answer larger than that fails (ResourceExhausted)
      grpc_server_max_recv_msg_size: GRPC_MAX_MESSAGE_BYTES,
      grpc_server_max_send_msg_size: GRPC_MAX_MESSAGE_BYTES,
    },
    frontend_worker: { grpc_client_config: { max_recv_msg_size: GRPC_MAX_MESSAGE_BYTES, max_send_msg_size: GRPC_MAX_MESSAGE_BYTES } },
    common: {
      path_prefix: o.dataDir,
      ...(o.cluster
        ? {
            // every stream on 3 replicas: a write needs 2 of them, so one replica may be down
            // (a rollout, a drain, a lost zone) without refusing or losing a line
            replication_factor: LOKI_REPLICATION_FACTOR,
            // the address the others reach this replica at (ring and memberlist), from the
            // pod's IP (-config.expand-env)
            instance_addr: '${MY_POD_IP}',
            // set beside common.ring's other keys, the store must be named: its default is consul
            ring: { kvstore: { store: 'memberlist' } },
          }
        : { replication_factor: 1, instance_addr: '127.0.0.1', ring: { kvstore: { store: 'inmemory' } } }),
      storage: commonStorage(o),
    },
    ...(o.cluster
      ? {
          memberlist: {
            join_members: [...o.cluster.peers],
            bind_port: o.cluster.gossipPort,
            // a replica of another memberlist cluster reachable at the same addresses is not joined
            cluster_label: 'loki',
          },
        }
      : {}),
    schema_config: {
      // never edit a period in place: add a new one with a future date
      configs: [{ from: o.schemaFrom, store: 'tsdb', object_store: objectStore, schema: 'v13', index: { prefix: 'index_', period: '24h' } }],
    },
    storage_config: {
      tsdb_shipper: { active_index_directory: `${o.dataDir}/tsdb-index`, cache_location: `${o.dataDir}/tsdb-cache` },
    },
    ingester: {
      wal: { enabled: true, dir: `${o.dataDir}/wal`, flush_on_shutdown: true },
      chunk_idle_period: '30m',
      max_chunk_age: '2h',
    },
    compactor: {
      working_directory: `${o.dataDir}/compactor`,
      compaction_interval: '10m',
      retention_enabled: true,
      retention_delete_delay: '2h',
      retention_delete_worker_count: 150,
      delete_request_store: objectStore,
    },
    distributor: { otlp_config: { default_resource_attributes_as_index_labels: o.indexLabels } },
    limits_config: {
      retention_period: o.retention,
      max_query_lookback: o.retention,
      reject_old_samples: true,
      reject_old_samples_max_age: '168h',
      ingestion_rate_mb: 10,
      ingestion_burst_size_mb: 20,
      // a longer line (an OTLP record's body) is cut to the limit and kept, not discarded
      max_line_size: '256KB',
      max_line_size_truncate: true,
      allow_structured_metadata: true,
      max_structured_metadata_size: '64KB',
      max_label_names_per_series: 15,
      volume_enabled: true,
      discover_log_levels: true,
    },
    query_range: { results_cache: { cache: { embedded_cache: { enabled: true, max_size_mb: 100 } } } },
    // used by Grafana's Logs Drilldown
    pattern_ingester: { enabled: true },
    analytics: { reporting_enabled: false },
  };
};
