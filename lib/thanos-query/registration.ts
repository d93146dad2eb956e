import { SharedProp, registration } from '../common/contract/registration';
import { THANOS_QUERY } from './declaration';
import { ThanosQuery, ThanosQueryProps } from './thanos-query';

const SUPPLIED = ['storeApis', 'replicaLabel'] as const;

/**
 * The query layer of a highly available Prometheus: made when Prometheus runs more than one
 * replica (it fills `metrics-replicas`), and then the one `metrics-query` Grafana reads.
 */
export const THANOS_QUERY_REGISTRATION = registration({
  key: 'thanosQuery',
  chart: 'thanos-query',
  declaration: THANOS_QUERY,
  onlyWith: 'metrics-replicas',
  create: (scope, ctx, props: Omit<ThanosQueryProps, SharedProp | (typeof SUPPLIED)[number]>) => {
    const replicas = ctx.need('metrics-replicas');
    const query = new ThanosQuery(scope, 'ThanosQuery', { ...ctx.base, ...props, storeApis: replicas.storeApis, replicaLabel: replicas.replicaLabel });
    ctx.provide('metrics-query', { endpoint: query.httpEndpoint, scrapeInterval: replicas.scrapeInterval });
    return query;
  },
});
