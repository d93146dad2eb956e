import { COMPONENT_PROP_KEYS, ComponentDeclaration } from '../common/contract/component';
import type { NodeExporterProps } from './node-exporter';

/** node-exporter: its name, port, image, sizes and props. */
export const NODE_EXPORTER: ComponentDeclaration<NodeExporterProps> = {
  name: 'node-exporter',
  component: 'node-metrics',
  image: 'nodeExporter',
  ports: {
    /** `/metrics`, on the node's address (host network). */
    http: { name: 'http-metrics', port: 9100 },
  },
  metricsPort: 'http',
  sizes: {
    laptop: { cpuRequest: '10m', memoryRequest: '32Mi', memoryLimit: '64Mi' },
    production: { cpuRequest: '50m', memoryRequest: '64Mi', memoryLimit: '128Mi' },
  },
  configs: {},
  props: { ...COMPONENT_PROP_KEYS, resources: true },
};
