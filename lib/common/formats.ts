import { ImageName } from './images';

const GRAFANA_IN_PROCESS =
  'Grafana is AGPL-3.0-licensed and no release binary can be downloaded here: it is not built or run; its provisioning files and dashboards are judged in-process (key trees, the dashboard JSON schemas, the query parsers)';

/**
 * The config languages the stack writes, each with the image whose version its key tree
 * follows and the judge that runs it in `npm run conformance`. A component declares the
 * format of each config file it emits; its ConfigMap carries the format as an annotation,
 * so the output checks and the conformance run find the checker from the output itself.
 */
export const CONFIG_FORMATS = {
  /** An OpenTelemetry Collector config (`otelcol validate`). */
  otelcol: { image: 'otelcol', judge: { tool: 'otelcol' } },
  /** prometheus.yml (`promtool check config`). */
  prometheus: { image: 'prometheus', judge: { tool: 'promtool' } },
  /** A Prometheus rule file (`promtool check rules`, and `pint --offline lint`). */
  'prometheus-rules': { image: 'prometheus', judge: { tool: 'promtool' } },
  /** alertmanager.yml (`amtool check-config`). */
  alertmanager: { image: 'alertmanager', judge: { tool: 'amtool' } },
  /** Tempo's config: AGPL-licensed, never built here; judged in-process only. */
  tempo: { image: 'tempo', judge: { inProcessOnly: 'Tempo is AGPL-3.0-licensed: it is not built here; its config is judged in-process (key tree, durations)' } },
  /** Loki's config: AGPL-licensed, never built here; judged in-process only. */
  loki: { image: 'loki', judge: { inProcessOnly: 'Loki is AGPL-3.0-licensed: it is not built here; its config is judged in-process (key tree, durations)' } },
  /** Grafana's datasource provisioning file: AGPL-licensed, never built here; judged in-process only. */
  'grafana-datasources': { image: 'grafana', judge: { inProcessOnly: GRAFANA_IN_PROCESS } },
  /** Grafana's dashboard provider file: judged in-process only. */
  'grafana-dashboard-providers': { image: 'grafana', judge: { inProcessOnly: GRAFANA_IN_PROCESS } },
  /** A Grafana dashboard JSON model: judged in-process only (the SDK's JSON schemas, the query parsers). */
  'grafana-dashboard': { image: 'grafana', judge: { inProcessOnly: GRAFANA_IN_PROCESS } },
} as const satisfies Record<string, { readonly image: ImageName; readonly judge: { readonly tool: string } | { readonly inProcessOnly: string } }>;

/** The name of a config format. */
export type ConfigFormat = keyof typeof CONFIG_FORMATS;

/** The ConfigMap annotation that names the format of its files. */
export const CONFIG_FORMAT_ANNOTATION = 'observability-stack/config-format';
