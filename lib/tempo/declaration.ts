import { TEMPO_FORMAT } from './config-check';
import { BACKEND_PROP_KEYS } from '../common/contract/backend';
import { ComponentDeclaration } from '../common/contract/component';
import { OTLP_PORTS } from '../common/k8s/ports';
import type { TempoProps } from './tempo';

/** The user Tempo's image runs as. */
export const TEMPO_USER = { uid: 10001, gid: 10001 } as const;

/** Grafana Tempo: its name, ports, image, sizes, config formats and props. */
export const TEMPO: ComponentDeclaration<TempoProps> = {
  name: 'tempo',
  component: 'tracing',
  image: 'tempo',
  ports: {
    /** The HTTP API, `/metrics` and `/ready`. */
    http: { name: 'http-metrics', port: 3200 },
    grpc: { name: 'grpc', port: 9095 },
    otlpGrpc: OTLP_PORTS.grpc,
    otlpHttp: OTLP_PORTS.http,
  },
  sizes: {
    laptop: { cpuRequest: '100m', memoryRequest: '256Mi', memoryLimit: '1Gi', storageSize: '5Gi' },
    production: { cpuRequest: '1', memoryRequest: '4Gi', memoryLimit: '4Gi', storageSize: '50Gi' },
  },
  metricsPort: 'http',
  configs: { 'tempo.yaml': 'tempo' },
  formats: [TEMPO_FORMAT],
  props: { ...BACKEND_PROP_KEYS, replicas: true, intake: true, clusterName: true, retention: true, storage: true, metricsRemoteWrite: true, kafka: true },
};
