import { PROMETHEUS_FORMAT, PROMETHEUS_RULES_FORMAT } from './config-check';
import { BACKEND_PROP_KEYS } from '../common/contract/backend';
import { ComponentDeclaration } from '../common/contract/component';
import type { PrometheusProps } from './prometheus';

/** Prometheus: its name, ports, image, sizes, config formats and props. */
export const PROMETHEUS: ComponentDeclaration<PrometheusProps> = {
  name: 'prometheus',
  component: 'metrics',
  image: 'prometheus',
  ports: {
    /** The web API, the remote-write and OTLP receivers, and `/metrics`. */
    http: { name: 'http-metrics', port: 9090 },
    /** The Thanos sidecar's StoreAPI (gRPC), which the query layer reads each replica through. */
    storeApi: { name: 'grpc-store', port: 10901 },
    /** The Thanos sidecar's own HTTP (`/metrics`, probes). */
    sidecarHttp: { name: 'http-sidecar', port: 10902 },
  },
  sizes: {
    laptop: { cpuRequest: '100m', memoryRequest: '512Mi', memoryLimit: '1Gi', storageSize: '5Gi', replicas: 1 },
    // two identical replicas: either one alone scrapes, evaluates and alerts on everything
    production: { cpuRequest: '1', memoryRequest: '8Gi', memoryLimit: '8Gi', storageSize: '50Gi', replicas: 2 },
  },
  metricsPort: 'http',
  configs: { 'prometheus.yml': 'prometheus', 'rules.yaml': 'prometheus-rules' },
  formats: [PROMETHEUS_FORMAT, PROMETHEUS_RULES_FORMAT],
  props: { ...BACKEND_PROP_KEYS, clusterName: true, deploymentEnvironment: true, scrapeTargets: true, scrapeInterval: true, retention: true, ruleGroups: true, alertmanager: true, replicas: true, remoteWrite: true },
};
