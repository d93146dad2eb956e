/**
 * Typed configuration of Grafana Tempo in monolithic mode (`-target=all`), for the
 * version pinned in common/images.ts. Tempo refuses unknown keys, so only keys of that
 * version appear here; the ingester and compactor blocks of Tempo 2 are gone in 3.
 * @see https://grafana.com/docs/tempo/latest/configuration/
 */
import { TEMPO } from './declaration';
import { ObjectStorage, S3_ENV } from '../common/k8s/storage';

/** What Tempo's config depends on. */
export interface TempoConfigOptions {
  readonly clusterName: string;
  /** How long trace blocks are kept, in Go's duration form. */
  readonly retention: string;
  readonly storage: ObjectStorage;
  /** Prometheus remote-write URLs for the metrics generator. */
  readonly remoteWriteUrls: string[];
  /** The data directory (the PVC). */
  readonly dataDir: string;
}

/** Tempo's config file. */
export interface TempoConfig {
  readonly stream_over_http_enabled: boolean;
  readonly server: { readonly http_listen_port: number; readonly grpc_listen_port: number; readonly log_level: string };
  readonly memory: { readonly automemlimit_enabled: boolean; readonly automemlimit_ratio: number };
  readonly distributor: {
    readonly receivers: {
      readonly otlp: { readonly protocols: { readonly grpc: { readonly endpoint: string; readonly max_recv_msg_size_mib: number }; readonly http: { readonly endpoint: string } } };
    };
  };
  readonly metrics_generator: {
    readonly registry: { readonly external_labels: Record<string, string> };
    readonly storage: { readonly path: string; readonly remote_write: Array<{ readonly url: string; readonly send_exemplars: boolean }> };
  };
  readonly backend_worker: { readonly compaction: { readonly block_retention: string } };
  readonly storage: { readonly trace: Record<string, unknown> };
  readonly overrides: {
    readonly defaults: {
      readonly ingestion: { readonly max_traces_per_user: number };
      readonly compaction: { readonly block_retention: string };
      readonly metrics_generator: { readonly processors: string[]; readonly generate_native_histograms: 'classic' | 'native' | 'both' };
    };
  };
  readonly usage_report: { readonly reporting_enabled: boolean };
}

/** Where trace blocks live (`storage.trace`), and the WAL under the data directory. */
export const traceStorage = (o: Pick<TempoConfigOptions, 'storage' | 'dataDir'>): Record<string, unknown> => {
  const common = { wal: { path: `${o.dataDir}/wal` }, blocklist_poll: '5m' };
  if (o.storage.type === 'filesystem') {
    // the local backend is supported in monolithic mode only
    return { backend: 'local', local: { path: `${o.dataDir}/blocks` }, ...common };
  }
  const s = o.storage;
  return {
    backend: 's3',
    s3: {
      bucket: s.bucket,
      endpoint: s.endpoint,
      region: s.region,
      insecure: s.insecure ?? false,
      // references expanded by -config.expand-env from env vars fed by a Secret
      ...(s.credentialsSecret ? { access_key: `\${${S3_ENV.accessKeyId}}`, secret_key: `\${${S3_ENV.secretAccessKey}}` } : {}),
    },
    ...common,
  };
};

/** Tempo's config: OTLP in, blocks on the PVC or S3, span metrics and service graphs to Prometheus. */
export const tempoConfig = (o: TempoConfigOptions): TempoConfig => ({
  // Grafana's streaming search and TraceQL metrics
  stream_over_http_enabled: true,
  server: { http_listen_port: TEMPO.ports.http.port, grpc_listen_port: TEMPO.ports.grpc.port, log_level: 'info' },
  memory: { automemlimit_enabled: true, automemlimit_ratio: 0.8 },
  distributor: {
    receivers: {
      // Tempo's receivers default to localhost: bind explicitly
      otlp: {
        protocols: {
          // gRPC's 4 MiB default (Tempo's own 16 MiB is for its 9095 server): as much as
          // every other receiver of the stack takes, twice the collectors' largest request
          grpc: { endpoint: `0.0.0.0:${TEMPO.ports.otlpGrpc.port}`, max_recv_msg_size_mib: 16 },
          http: { endpoint: `0.0.0.0:${TEMPO.ports.otlpHttp.port}` },
        },
      },
    },
  },
  metrics_generator: {
    registry: { external_labels: { source: 'tempo', cluster: o.clusterName } },
    storage: {
      path: `${o.dataDir}/generator/wal`,
      remote_write: o.remoteWriteUrls.map((url) => ({ url, send_exemplars: true })),
    },
  },
  backend_worker: { compaction: { block_retention: o.retention } },
  storage: { trace: traceStorage(o) },
  overrides: {
    defaults: {
      ingestion: { max_traces_per_user: 100000 },
      compaction: { block_retention: o.retention },
      // without processors the generator produces nothing
      metrics_generator: { processors: ['service-graphs'], generate_native_histograms: 'both' },
    },
  },
  usage_report: { reporting_enabled: false },
});
