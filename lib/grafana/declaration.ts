import { GRAFANA_DASHBOARD_FORMAT, GRAFANA_DASHBOARD_PROVIDERS_FORMAT, GRAFANA_DATASOURCES_FORMAT } from './config-check';
import { BACKEND_PROP_KEYS } from '../common/contract/backend';
import { ComponentDeclaration } from '../common/contract/component';
import type { GrafanaProps } from './grafana';

/** Grafana: its name, ports, image, sizes, config formats and props. */
export const GRAFANA: ComponentDeclaration<GrafanaProps> = {
  name: 'grafana',
  component: 'visualization',
  image: 'grafana',
  ports: {
    /** The UI, the HTTP API, `/api/health` and `/metrics`. */
    http: { name: 'http', port: 3000 },
  },
  metricsPort: 'http',
  sizes: {
    // the Prometheus, Loki and Tempo datasources run as plugin processes beside the server
    laptop: { cpuRequest: '50m', memoryRequest: '256Mi', memoryLimit: '768Mi', storageSize: '1Gi' },
    production: { cpuRequest: '250m', memoryRequest: '512Mi', memoryLimit: '1Gi', storageSize: '5Gi' },
  },
  configs: {
    'datasources.yaml': 'grafana-datasources',
    'dashboards.yaml': 'grafana-dashboard-providers',
    '*.json': 'grafana-dashboard',
  },
  formats: [GRAFANA_DATASOURCES_FORMAT, GRAFANA_DASHBOARD_PROVIDERS_FORMAT, GRAFANA_DASHBOARD_FORMAT],
  props: {
    ...BACKEND_PROP_KEYS,
    adminSecret: true,
    anonymousViewer: true,
    allowFrom: true,
    prometheus: true,
    loki: true,
    tempo: true,
    alertmanager: true,
    dashboards: true,
    slowTraceThresholdMs: true,
    collectors: true,
  },
};
