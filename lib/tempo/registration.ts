import { SharedProp, registration } from '../common/contract/registration';
import { TEMPO_ALERTS } from './alerts';
import { TEMPO } from './declaration';
import { Tempo, TempoProps, TEMPO_MONOLITHIC_LIMIT } from './tempo';
import { TempoDistributed } from './tempo-distributed';
import { TempoTarget } from './tempo-target';

const SUPPLIED = ['metricsRemoteWrite', 'intake'] as const;

/**
 * Tempo in a stack: the `tempo` prop takes {@link TempoProps} but the environment's and where
 * its span metrics go. The declared intake picks the shape: monolithic Tempo up to
 * {@link TEMPO_MONOLITHIC_LIMIT}, its distributed tier above it.
 */
export const TEMPO_REGISTRATION = registration({
  key: 'tempo',
  chart: 'tempo',
  declaration: TEMPO,
  supplied: SUPPLIED,
  metricProducers: ['tempo'],
  alerts: TEMPO_ALERTS,
  create: (scope, ctx, props: Omit<TempoProps, SharedProp | (typeof SUPPLIED)[number]>): Tempo | TempoTarget => {
    const all: TempoProps = { ...ctx.base, storageClassName: ctx.storageClassName, clusterName: ctx.clusterName, ...props, metricsRemoteWrite: ctx.all('metrics-remote-write'), intake: ctx.intake };
    if ((ctx.intake.spansPerSecond ?? 0) > TEMPO_MONOLITHIC_LIMIT.max) {
      const tempo = new TempoDistributed(scope, 'Tempo', all);
      ctx.provide('traces-store', tempo.otlpGrpcEndpoint);
      ctx.provide('traces-query', tempo.httpEndpoint);
      return tempo.queryFrontend;
    }
    const tempo = new Tempo(scope, 'Tempo', all);
    ctx.provide('traces-store', tempo.otlpGrpcEndpoint);
    ctx.provide('traces-query', tempo.httpEndpoint);
    return tempo;
  },
});
