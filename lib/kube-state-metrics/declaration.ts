import { COMPONENT_PROP_KEYS, ComponentDeclaration } from '../common/contract/component';
import type { KubeStateMetricsProps } from './kube-state-metrics';

/** kube-state-metrics: its name, ports, image, sizes and props. */
export const KUBE_STATE_METRICS: ComponentDeclaration<KubeStateMetricsProps> = {
  name: 'kube-state-metrics',
  component: 'cluster-metrics',
  image: 'kubeStateMetrics',
  ports: {
    /** The object metrics (`/metrics`) and `/livez`. */
    http: { name: 'http-metrics', port: 8080 },
    /** Its own telemetry and `/readyz`. */
    telemetry: { name: 'telemetry', port: 8081 },
  },
  metricsPort: 'http',
  // its series carry the namespace and pod of the object they describe: keep them
  metricsHonorLabels: true,
  sizes: {
    laptop: { cpuRequest: '10m', memoryRequest: '64Mi', memoryLimit: '128Mi' },
    production: { cpuRequest: '100m', memoryRequest: '256Mi', memoryLimit: '1Gi' },
  },
  configs: {},
  props: { ...COMPONENT_PROP_KEYS, resources: true, kubeResources: true },
};
