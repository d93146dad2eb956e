import { OTELCOL_FORMAT } from './config-check';
import { COMPONENT_PROP_KEYS, ComponentDeclaration } from '../common/contract/component';
import { COLLECTOR_PORTS } from './ports';
import { COLLECTOR_SIZES } from './sizing';
import type { OtelAgentProps } from './otel-agent';
import type { OtelGatewayProps } from './otel-gateway';

/** The node agent: its name, ports, image, sizes, config format and props. */
export const OTEL_AGENT: ComponentDeclaration<OtelAgentProps> = {
  name: 'otel-agent',
  component: 'agent',
  image: 'otelcol',
  ports: COLLECTOR_PORTS,
  // from the measured figures at the profiles' declared rates (sizing.ts)
  sizes: COLLECTOR_SIZES.agent,
  metricsPort: 'metrics',
  configs: { 'config.yaml': 'otelcol' },
  formats: [OTELCOL_FORMAT],
  props: {
    ...COMPONENT_PROP_KEYS,
    clusterName: true,
    deploymentEnvironment: true,
    traces: true,
    logs: true,
    metrics: true,
    runAsUser: true,
    hostStateDirectory: true,
    priority: true,
  },
};

/** The tail-sampling gateway: its name, ports, image, sizes, config format and props. */
export const OTEL_GATEWAY: ComponentDeclaration<OtelGatewayProps> = {
  name: 'otel-gateway',
  component: 'gateway',
  image: 'otelcol',
  ports: COLLECTOR_PORTS,
  metricsPort: 'metrics',
  // from the measured figures at the profiles' declared rates (sizing.ts)
  sizes: COLLECTOR_SIZES.gateway,
  configs: { 'config.yaml': 'otelcol' },
  props: {
    // no storage props: the gateway keeps nothing on disk
    ...COMPONENT_PROP_KEYS,
    traces: true,
    metrics: true,
    replicas: true,
    autoscaling: true,
    decisionWait: true,
    probeRoutes: true,
    latencyThresholdMs: true,
    baselinePercentage: true,
    expectedTracesPerSecond: true,
  },
};
