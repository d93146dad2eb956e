import { SharedProp, registration } from '../common/contract/registration';
import { LOKI_ALERTS } from './alerts';
import { LOKI } from './declaration';
import { Loki, LokiProps } from './loki';

const SUPPLIED = ['intake'] as const;

/** Loki in a stack: the `loki` prop takes {@link LokiProps} but the environment's (its intake too). */
export const LOKI_REGISTRATION = registration({
  key: 'loki',
  chart: 'loki',
  declaration: LOKI,
  supplied: SUPPLIED,
  metricProducers: ['loki'],
  alerts: LOKI_ALERTS,
  create: (scope, ctx, props: Omit<LokiProps, SharedProp | (typeof SUPPLIED)[number]>) => {
    const loki = new Loki(scope, 'Loki', { ...ctx.base, storageClassName: ctx.storageClassName, ...props, intake: ctx.intake });
    ctx.provide('logs-otlp', loki.otlpDestination);
    ctx.provide('logs-query', { endpoint: loki.httpEndpoint, indexLabels: loki.indexLabels });
    return loki;
  },
});
