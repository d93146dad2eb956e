import { SharedProp, registration } from '../common/contract/registration';
import { KUBE_STATE_METRICS_ALERTS } from './alerts';
import { KUBE_STATE_METRICS } from './declaration';
import { KubeStateMetrics, KubeStateMetricsProps } from './kube-state-metrics';

/**
 * kube-state-metrics in a stack, the state of the cluster's objects; `enabled: false` leaves
 * it out, and the alerts that read it.
 */
export const KUBE_STATE_METRICS_REGISTRATION = registration({
  key: 'kubeStateMetrics',
  chart: 'kube-state-metrics',
  declaration: KUBE_STATE_METRICS,
  optional: true,
  metricProducers: ['kube-state-metrics'],
  alerts: KUBE_STATE_METRICS_ALERTS,
  create: (scope, ctx, props: Omit<KubeStateMetricsProps, SharedProp>) => new KubeStateMetrics(scope, 'KubeStateMetrics', { ...ctx.base, ...props }),
});
