import { ALERTMANAGER_FORMAT } from './config-check';
import { BACKEND_PROP_KEYS } from '../common/contract/backend';
import { ComponentDeclaration } from '../common/contract/component';
import type { AlertmanagerProps } from './alertmanager';

/** Alertmanager: its name, ports, image, sizes, config format and props. */
export const ALERTMANAGER: ComponentDeclaration<AlertmanagerProps> = {
  name: 'alertmanager',
  component: 'alerting',
  image: 'alertmanager',
  ports: {
    /** The API and UI, `/metrics`, `/-/ready`, `/-/healthy`. */
    http: { name: 'http-web', port: 9093 },
    /** The cluster's gossip between replicas (memberlist: TCP and UDP), on the peers' headless Service. */
    gossip: { name: 'tcp-gossip', port: 9094 },
    /** The config reloader sidecar's own HTTP (`/healthz` for the probes, `/metrics`), on the pod only. */
    reloader: { name: 'http-reloader', port: 8080 },
  },
  metricsPort: 'http',
  sizes: {
    laptop: { cpuRequest: '20m', memoryRequest: '64Mi', memoryLimit: '128Mi', storageSize: '1Gi', replicas: 1 },
    // a cluster of 3 (the Alertmanager docs' recommended least)
    production: { cpuRequest: '100m', memoryRequest: '256Mi', memoryLimit: '512Mi', storageSize: '2Gi', replicas: 3 },
  },
  configs: { 'alertmanager.yml': 'alertmanager' },
  formats: [ALERTMANAGER_FORMAT],
  props: { ...BACKEND_PROP_KEYS, replicas: true, receivers: true, groupWait: true, groupInterval: true, repeatInterval: true, evaluationInterval: true },
};
