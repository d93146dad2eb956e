// The public surface of the construct library: the constructs, their props, and the types
// users pass to them. Everything else is internal (test/public-api.test.ts holds this list).

// the one-line default: every component of one environment, wired
export { ObservabilityStack } from './stack/stack';
export type { StackProps } from './stack/stack';

// the components, each usable in any chart of any app
export { OtelAgent } from './collector/otel-agent';
export type { OtelAgentProps } from './collector/otel-agent';
export { OtelGateway } from './collector/otel-gateway';
export type { OtelGatewayProps, GatewayAutoscaling } from './collector/otel-gateway';
export { Tempo, TEMPO_MONOLITHIC_LIMIT } from './tempo/tempo';
export type { TempoProps } from './tempo/tempo';
export { TempoDistributed, tempoDistributedShape } from './tempo/tempo-distributed';
export type { TempoDistributedShape } from './tempo/tempo-distributed';
export type { KafkaLog, KafkaSasl } from './tempo/ingest';
export { Loki, LOKI_MONOLITHIC_LIMIT } from './loki/loki';
export type { LokiProps } from './loki/loki';
export { Prometheus } from './prometheus/prometheus';
export type { PrometheusProps } from './prometheus/prometheus';
export { Alertmanager } from './alertmanager/alertmanager';
export type { AlertmanagerProps } from './alertmanager/alertmanager';
export type { ReceiverProps, SecretKeyRef } from './alertmanager/config';
export { Grafana } from './grafana/grafana';
export type { GrafanaProps, AdminSecretRef, GrafanaClientPods } from './grafana/grafana';
export { KubeStateMetrics } from './kube-state-metrics/kube-state-metrics';
export type { KubeStateMetricsProps, KsmResource } from './kube-state-metrics/kube-state-metrics';
export { NodeExporter } from './node-exporter/node-exporter';
export type { NodeExporterProps } from './node-exporter/node-exporter';

// an environment's folder as npm run synth publishes it: the manifests and a README of what
// the cluster needs (app.synth() writes manifests only)
export { synthToDist } from './output/synth';
export { environmentReadme, environmentPrerequisites } from './output/env-readme';
export type { EnvironmentReadmeOptions, EnvironmentPrerequisites } from './output/env-readme';

// what the components share: props, typed wiring, sizes, storage, overrides
export type { ComponentProps } from './common/contract/component';
export type { BackendProps } from './common/contract/backend';
export { Endpoint } from './common/contract/endpoint';
export type { EndpointProps, HttpDestination } from './common/contract/endpoint';
export { Wiring } from './wiring/wiring';
export type { Peer, Connection, ConnectionKind } from './wiring/wiring';
export { Duration } from './common/vocabulary/duration';
export type { ContainerResources } from './common/k8s/resources';
export type { SizeName } from './common/vocabulary/sizes';
export type { IntakeProps, ShapeLimit } from './common/vocabulary/intake';
export type { ObjectStorage, FilesystemStorage, S3Storage, S3CredentialsSecret } from './common/k8s/storage';
export type { ConfigOverrides } from './common/vocabulary/merge';

// SLOs, alerts and dashboards as data
export type { SloProps, SloPeriod, AvailabilitySli, LatencySli } from './slo/slo';
export type { AlertsProps, AlertOverride } from './alerts/alerts';
export type { DashboardFolder, DashboardSpec, PanelSpec, PanelQuery, PromQuery, LogQuery, TraceSearch, LabelVariable, PanelType } from './common/vocabulary/dashboards';
