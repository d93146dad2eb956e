import { ALERTMANAGER_REGISTRATION } from '../alertmanager/registration';
import { OTEL_AGENT_REGISTRATION, OTEL_GATEWAY_REGISTRATION } from '../collector/registration';
import { GRAFANA_REGISTRATION } from '../grafana/registration';
import { KUBE_STATE_METRICS_REGISTRATION } from '../kube-state-metrics/registration';
import { LOKI_REGISTRATION } from '../loki/registration';
import { NODE_EXPORTER_REGISTRATION } from '../node-exporter/registration';
import { PROMETHEUS_REGISTRATION } from '../prometheus/registration';
import { TEMPO_REGISTRATION } from '../tempo/registration';
import { THANOS_QUERY_REGISTRATION } from '../thanos-query/registration';

/**
 * The components of a stack, in the order they are made (a component's factory finds the
 * roles of those before it) and their charts are written. Adding a component is its folder
 * and one line here.
 */
export const REGISTRY = [
  ALERTMANAGER_REGISTRATION,
  PROMETHEUS_REGISTRATION,
  THANOS_QUERY_REGISTRATION,
  LOKI_REGISTRATION,
  TEMPO_REGISTRATION,
  OTEL_GATEWAY_REGISTRATION,
  OTEL_AGENT_REGISTRATION,
  GRAFANA_REGISTRATION,
  KUBE_STATE_METRICS_REGISTRATION,
  NODE_EXPORTER_REGISTRATION,
] as const;
