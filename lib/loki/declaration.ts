import { LOKI_FORMAT } from './config-check';
import { BACKEND_PROP_KEYS } from '../common/contract/backend';
import { ComponentDeclaration } from '../common/contract/component';
import type { LokiProps } from './loki';

/** Grafana Loki: its name, ports, image, sizes, config formats and props. */
export const LOKI: ComponentDeclaration<LokiProps> = {
  name: 'loki',
  component: 'logging',
  image: 'loki',
  ports: {
    /** The HTTP API (including `/otlp`), `/metrics` and `/ready`. */
    http: { name: 'http-metrics', port: 3100 },
    grpc: { name: 'grpc', port: 9095 },
    /** The replicas' ring, gossiped over memberlist (TCP only in Loki's transport), on the peers' headless Service. */
    gossip: { name: 'memberlist', port: 7946 },
  },
  sizes: {
    laptop: { cpuRequest: '100m', memoryRequest: '256Mi', memoryLimit: '1Gi', storageSize: '5Gi', replicas: 1 },
    // HA monolithic: each replica holds every stream (replication factor 3), one per zone
    production: { cpuRequest: '1', memoryRequest: '4Gi', memoryLimit: '4Gi', storageSize: '100Gi', replicas: 3 },
  },
  metricsPort: 'http',
  configs: { 'loki.yaml': 'loki' },
  formats: [LOKI_FORMAT],
  props: { ...BACKEND_PROP_KEYS, replicas: true, intake: true, retention: true, storage: true, indexLabels: true, schemaFrom: true },
};
