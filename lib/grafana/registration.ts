import { SharedProp, registration } from '../common/contract/registration';
import { GRAFANA } from './declaration';
import { Grafana, GrafanaProps } from './grafana';

const SUPPLIED = ['prometheus', 'loki', 'tempo', 'alertmanager', 'slowTraceThresholdMs', 'collectors'] as const;

/**
 * Grafana in a stack, with a datasource for each backend the stack runs; `enabled: false`
 * leaves it out. The `grafana` prop takes {@link GrafanaProps} but the environment's and the
 * backends; its `dashboards` follow the environment's own (the SLO dashboard).
 */
export const GRAFANA_REGISTRATION = registration({
  key: 'grafana',
  chart: 'grafana',
  declaration: GRAFANA,
  optional: true,
  supplied: SUPPLIED,
  create: (scope, ctx, props: Omit<GrafanaProps, SharedProp | (typeof SUPPLIED)[number]>) =>
    new Grafana(scope, 'Grafana', {
      ...ctx.base,
      storageClassName: ctx.storageClassName,
      ...props,
      prometheus: ctx.get('metrics-query'),
      loki: ctx.get('logs-query'),
      tempo: ctx.get('traces-query'),
      alertmanager: ctx.get('alerts-api'),
      dashboards: [...ctx.dashboards, ...(props.dashboards ?? [])],
      slowTraceThresholdMs: ctx.get('traces-sampling')?.slowTraceThresholdMs,
      collectors: ctx.all('collector-metrics'),
    }),
});
