import { SharedProp, registration } from '../common/contract/registration';
import { LOKI_ALERTS } from './alerts';
import { LOKI } from './declaration';
import { Loki, LokiProps } from './loki';

/** Loki in a stack: the `loki` prop takes {@link LokiProps} but the environment's. */
export const LOKI_REGISTRATION = registration({
  key: 'loki',
  chart: 'loki',
  declaration: LOKI,
  metricProducers: ['loki'],
  alerts: LOKI_ALERTS,
  create: (scope, ctx, props: Omit<LokiProps, SharedProp>) => {
    const loki = new Loki(scope, 'Loki', { ...ctx.base, storageClassName: ctx.storageClassName, ...props });
    ctx.provide('logs-otlp', loki.otlpDestination);
    ctx.provide('logs-query', { endpoint: loki.httpEndpoint, indexLabels: loki.indexLabels });
    return loki;
  },
});
