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
  },
  sizes: {
    laptop: { cpuRequest: '100m', memoryRequest: '512Mi', memoryLimit: '1Gi', storageSize: '5Gi' },
    production: { cpuRequest: '1', memoryRequest: '8Gi', memoryLimit: '8Gi', storageSize: '50Gi' },
  },
  metricsPort: 'http',
  configs: { 'prometheus.yml': 'prometheus', 'rules.yaml': 'prometheus-rules' },
  formats: [PROMETHEUS_FORMAT, PROMETHEUS_RULES_FORMAT],
  props: { ...BACKEND_PROP_KEYS, clusterName: true, deploymentEnvironment: true, scrapeTargets: true, scrapeInterval: true, retention: true, ruleGroups: true, alertmanager: true },
};
