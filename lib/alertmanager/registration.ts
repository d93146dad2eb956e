import { SharedProp, registration } from '../common/contract/registration';
import { ALERTMANAGER_ALERTS } from './alerts';
import { Alertmanager, AlertmanagerProps } from './alertmanager';
import { ALERTMANAGER } from './declaration';

/** Alertmanager in a stack: the `alertmanager` prop takes {@link AlertmanagerProps} but the environment's. */
const SUPPLIED = ['evaluationInterval'] as const;

export const ALERTMANAGER_REGISTRATION = registration({
  key: 'alertmanager',
  chart: 'alertmanager',
  declaration: ALERTMANAGER,
  supplied: SUPPLIED,
  metricProducers: ['alertmanager'],
  alerts: ALERTMANAGER_ALERTS,
  create: (scope, ctx, props: Omit<AlertmanagerProps, SharedProp | (typeof SUPPLIED)[number]>) => {
    const am = new Alertmanager(scope, 'Alertmanager', { ...ctx.base, storageClassName: ctx.storageClassName, ...props, evaluationInterval: ctx.evaluationInterval });
    ctx.provide('alerts-api', am.httpEndpoint);
    ctx.provide('alert-receivers', am.replicaEndpoints);
    return am;
  },
});
