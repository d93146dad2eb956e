/**
 * Grafana's datasource provisioning file for the Grafana version pinned in
 * common/images.ts: Prometheus, Loki, Tempo and Alertmanager with fixed uids, linked so
 * that a metric's exemplar opens its trace, a trace opens its logs and its RED metrics,
 * and a log line's trace id opens the trace.
 * @see https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources
 * @see https://grafana.com/docs/grafana/latest/datasources/tempo/configure-tempo-data-source/provision-data-source/
 */
import { RED_METRICS } from '../common/vocabulary/red-metrics';

/** A datasource reference as dashboards and correlations write it. */
export interface DatasourceRef {
  readonly type: string;
  readonly uid: string;
}

/** The provisioned datasources: fixed uids, so dashboards and links never depend on names. */
export const DATASOURCES = {
  prometheus: { type: 'prometheus', uid: 'prometheus' },
  loki: { type: 'loki', uid: 'loki' },
  tempo: { type: 'tempo', uid: 'tempo' },
  alertmanager: { type: 'alertmanager', uid: 'alertmanager' },
} as const satisfies Record<string, DatasourceRef>;

/** The name of a provisioned datasource. */
export type DatasourceName = keyof typeof DATASOURCES;

/** One datasource of the file. */
export interface ProvisionedDatasource {
  readonly name: string;
  readonly type: string;
  readonly uid: string;
  readonly orgId: number;
  readonly access: 'proxy';
  readonly url: string;
  readonly isDefault: boolean;
  readonly editable: boolean;
  readonly jsonData: Record<string, unknown>;
}

/**
 * The file: `apiVersion: 1` and the datasources. No `prune`: Grafana 13 is reported to fail
 * its start with "Datasource provisioning error: data source not found" on a file with
 * `prune: true` over a database that already holds the datasources (grafana/grafana#110740,
 * open, no fix released), and the stack's datasources are a fixed set at fixed uids. A
 * datasource taken out of the stack is removed with a one-off `deleteDatasources` entry.
 */
export interface DatasourcesFile {
  readonly apiVersion: 1;
  readonly datasources: ProvisionedDatasource[];
}

/**
 * What the datasources are made from: the backends' URLs (from their Endpoints) and facts.
 * Each is optional: a link to a datasource that is not there is left out.
 */
export interface DatasourceOptions {
  readonly prometheus?: {
    readonly url: string;
    /** Prometheus's version, without a `v`: Grafana picks the API features from it. */
    readonly version: string;
    /** The scrape interval: Grafana's `$__rate_interval` is at least four of it. */
    readonly scrapeInterval: string;
  };
  readonly loki?: {
    readonly url: string;
    /** The resource attributes Loki indexes as stream labels (`service.name` -> `service_name`). */
    readonly indexedAttributes: readonly string[];
  };
  readonly tempo?: { readonly url: string };
  readonly alertmanager?: { readonly url: string };
}

/** A resource attribute as Loki and Prometheus name it as a label (`k8s.namespace.name` -> `k8s_namespace_name`). */
export const attributeLabel = (attribute: string): string => attribute.replace(/[^A-Za-z0-9_]/g, '_');

/** The span attributes whose values select a trace's logs, when Loki indexes them. */
const TRACE_TO_LOG_ATTRIBUTES = ['service.name', 'k8s.namespace.name'];

/**
 * The `$` of every string escaped as `$$`: Grafana expands `$NAME` and `${NAME}` in
 * provisioning files from its environment, and the links' macros (`${__value.raw}`,
 * `$__tags`) must reach Grafana as written.
 */
export const escapeProvisioningEnv = <T>(value: T): T => {
  if (typeof value === 'string') return value.replace(/\$/g, '$$$$') as T;
  if (Array.isArray(value)) return value.map(escapeProvisioningEnv) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeProvisioningEnv(v)])) as T;
  return value;
};

const calls = RED_METRICS.calls;
const durationBuckets = `${RED_METRICS.duration}_bucket`;
const rate = (selector: string): string => `sum(rate(${selector}[$__rate_interval]))`;

/** The datasources file, before escaping (the link queries as Grafana runs them). */
export const datasourcesFile = (o: DatasourceOptions): DatasourcesFile => {
  const ds = (name: string, ref: DatasourceRef, url: string, jsonData: Record<string, unknown>) => ({
    name,
    type: ref.type,
    uid: ref.uid,
    orgId: 1,
    access: 'proxy' as const,
    url,
    jsonData,
  });
  const { prometheus, loki, tempo, alertmanager } = o;
  const logTags = TRACE_TO_LOG_ATTRIBUTES.filter((a) => loki?.indexedAttributes.includes(a)).map((key) => ({ key, value: attributeLabel(key) }));
  const viewTrace = { datasourceUid: DATASOURCES.tempo.uid, urlDisplayLabel: 'View trace' };
  const list = [
    prometheus &&
      ds('Prometheus', DATASOURCES.prometheus, prometheus.url, {
        httpMethod: 'POST',
        prometheusType: 'Prometheus',
        prometheusVersion: prometheus.version,
        timeInterval: prometheus.scrapeInterval,
        // exemplars name the trace: OTLP exemplars (the gateway's RED metrics, taken from every
        // span before sampling: the trace may not have been kept) as trace_id, Tempo's metrics
        // generator (service graphs, of kept traces) as traceID
        ...(tempo
          ? {
              exemplarTraceIdDestinations: [
                { name: 'trace_id', datasourceUid: DATASOURCES.tempo.uid, urlDisplayLabel: 'View trace (if kept by sampling)' },
                { name: 'traceID', ...viewTrace },
              ],
            }
          : {}),
      }),
    loki &&
      ds('Loki', DATASOURCES.loki, loki.url, {
        maxLines: 1000,
        timeout: 60,
        // OTLP logs carry the trace id as structured metadata, not in the line
        ...(tempo ? { derivedFields: [{ name: 'TraceID', matcherType: 'label', matcherRegex: 'trace_id', datasourceUid: DATASOURCES.tempo.uid, url: '${__value.raw}', urlDisplayLabel: 'View trace' }] } : {}),
      }),
    tempo &&
      ds('Tempo', DATASOURCES.tempo, tempo.url, {
        streamingEnabled: { search: true, metrics: true },
        nodeGraph: { enabled: true },
        ...(prometheus ? { serviceMap: { datasourceUid: DATASOURCES.prometheus.uid } } : {}),
        search: { hide: false },
        traceQuery: { timeShiftEnabled: true, spanStartTimeShift: '-30m', spanEndTimeShift: '30m' },
        ...(loki
          ? {
              tracesToLogsV2: {
                datasourceUid: DATASOURCES.loki.uid,
                spanStartTimeShift: '-5m',
                spanEndTimeShift: '5m',
                tags: logTags,
                filterByTraceID: false,
                filterBySpanID: false,
                // the trace id is structured metadata: a label filter, not the built-in line filter
                customQuery: true,
                query: '{${__tags}} | trace_id="${__trace.traceId}"',
              },
            }
          : {}),
        ...(prometheus
          ? {
              tracesToMetrics: {
                datasourceUid: DATASOURCES.prometheus.uid,
                spanStartTimeShift: '-5m',
                spanEndTimeShift: '5m',
                tags: [{ key: 'service.name', value: RED_METRICS.labels.service }],
                queries: [
                  { name: 'Request rate', query: rate(`${calls}{$__tags}`) },
                  { name: 'Error rate', query: rate(`${calls}{$__tags, ${RED_METRICS.labels.statusCode}="${RED_METRICS.errorStatus}"}`) },
                  { name: 'p95 latency', query: `histogram_quantile(0.95, sum by (le) (rate(${durationBuckets}{$__tags}[$__rate_interval])))` },
                ],
              },
            }
          : {}),
      }),
    alertmanager && ds('Alertmanager', DATASOURCES.alertmanager, alertmanager.url, { implementation: 'prometheus', handleGrafanaManagedAlerts: false }),
  ].filter((d) => d !== undefined);
  // the first is the default: Prometheus, when there is one
  const datasources: ProvisionedDatasource[] = list.map((d, i) => ({ name: d.name, type: d.type, uid: d.uid, orgId: d.orgId, access: d.access, url: d.url, isDefault: i === 0, editable: false, jsonData: d.jsonData }));
  return { apiVersion: 1, datasources };
};
