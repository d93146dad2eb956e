import { SharedProp, registration } from '../common/contract/registration';
import { NODE_EXPORTER_ALERTS } from './alerts';
import { NODE_EXPORTER } from './declaration';
import { NodeExporter, NodeExporterProps } from './node-exporter';

/**
 * node-exporter in a stack, on every node, in the agent namespace; `enabled: false` leaves
 * it out, and the alerts that read it.
 */
export const NODE_EXPORTER_REGISTRATION = registration({
  key: 'nodeExporter',
  chart: 'node-exporter',
  declaration: NODE_EXPORTER,
  optional: true,
  metricProducers: ['node-exporter'],
  alerts: NODE_EXPORTER_ALERTS,
  create: (scope, ctx, props: Omit<NodeExporterProps, SharedProp>) => new NodeExporter(scope, 'NodeExporter', { ...ctx.base, namespace: ctx.agentNamespace, ...props }),
});
