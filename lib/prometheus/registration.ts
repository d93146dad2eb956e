import { SharedProp, registration } from '../common/contract/registration';
import { PROMETHEUS_ALERTS } from './alerts';
import { PROMETHEUS } from './declaration';
import { Prometheus, PrometheusProps, REPLICA_LABEL } from './prometheus';

const SUPPLIED = ['ruleGroups', 'alertmanager'] as const;

/**
 * Prometheus in a stack: the `prometheus` prop takes {@link PrometheusProps} but the
 * environment's, its rules (the SLOs' and the components' alerts) and its Alertmanager.
 */
export const PROMETHEUS_REGISTRATION = registration({
  key: 'prometheus',
  chart: 'prometheus',
  declaration: PROMETHEUS,
  supplied: SUPPLIED,
  // the kubelet's and cAdvisor's series are scraped by Prometheus's own jobs
  metricProducers: ['prometheus', 'prometheus-rules', 'kubelet', 'cadvisor'],
  alerts: PROMETHEUS_ALERTS,
  create: (scope, ctx, props: Omit<PrometheusProps, SharedProp | (typeof SUPPLIED)[number]>) => {
    const prometheus = new Prometheus(scope, 'Prometheus', {
      ...ctx.base,
      storageClassName: ctx.storageClassName,
      clusterName: ctx.clusterName,
      deploymentEnvironment: ctx.deploymentEnvironment,
      ...props,
      ruleGroups: [...ctx.ruleGroups],
      alertmanager: ctx.get('alert-receivers'),
    });
    // every pushed point to each replica
    for (const endpoint of prometheus.replicaEndpoints) {
      ctx.provide('metrics-otlp', { ...prometheus.otlpDestination, endpoint });
      ctx.provide('metrics-remote-write', { ...prometheus.remoteWriteDestination, endpoint });
    }
    // queries read one replica only where there is one; else the query layer merges them
    if (prometheus.replicas === 1) ctx.provide('metrics-query', { endpoint: prometheus.httpEndpoint, scrapeInterval: prometheus.scrapeInterval });
    else ctx.provide('metrics-replicas', { storeApis: prometheus.storeApiEndpoints, replicaLabel: REPLICA_LABEL, scrapeInterval: prometheus.scrapeInterval });
    return prometheus;
  },
});
