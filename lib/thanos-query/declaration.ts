import { COMPONENT_PROP_KEYS, ComponentDeclaration } from '../common/contract/component';
import type { ThanosQueryProps } from './thanos-query';

/** Thanos Query: its name, ports, image, sizes and props. */
export const THANOS_QUERY: ComponentDeclaration<ThanosQueryProps> = {
  name: 'thanos-query',
  component: 'metrics-query',
  image: 'thanos',
  ports: {
    /** The Prometheus query API (what Grafana reads), `/metrics` and the probes. */
    http: { name: 'http', port: 10902 },
    /** Its own StoreAPI (gRPC), for a query layer above it; not exposed by the Service. */
    grpc: { name: 'grpc', port: 10901 },
  },
  metricsPort: 'http',
  sizes: {
    laptop: { cpuRequest: '50m', memoryRequest: '128Mi', memoryLimit: '512Mi', replicas: 1 },
    production: { cpuRequest: '250m', memoryRequest: '512Mi', memoryLimit: '2Gi', replicas: 2 },
  },
  configs: {},
  props: { ...COMPONENT_PROP_KEYS, replicas: true, storeApis: true, replicaLabel: true },
};
