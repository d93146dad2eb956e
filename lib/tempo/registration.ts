import { SharedProp, registration } from '../common/contract/registration';
import { TEMPO_ALERTS } from './alerts';
import { TEMPO } from './declaration';
import { Tempo, TempoProps } from './tempo';

const SUPPLIED = ['metricsRemoteWrite', 'intake'] as const;

/** Tempo in a stack: the `tempo` prop takes {@link TempoProps} but the environment's and where its span metrics go. */
export const TEMPO_REGISTRATION = registration({
  key: 'tempo',
  chart: 'tempo',
  declaration: TEMPO,
  supplied: SUPPLIED,
  metricProducers: ['tempo'],
  alerts: TEMPO_ALERTS,
  create: (scope, ctx, props: Omit<TempoProps, SharedProp | (typeof SUPPLIED)[number]>) => {
    const tempo = new Tempo(scope, 'Tempo', { ...ctx.base, storageClassName: ctx.storageClassName, clusterName: ctx.clusterName, ...props, metricsRemoteWrite: ctx.all('metrics-remote-write'), intake: ctx.intake });
    ctx.provide('traces-store', tempo.otlpGrpcEndpoint);
    ctx.provide('traces-query', tempo.httpEndpoint);
    return tempo;
  },
});
