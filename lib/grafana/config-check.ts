import { ANY, LEAF, PDURATION, Reporter, STRING_MAP, Shape, ShapeSpec, leaves, list, obj, walk, walkConfig } from '../common/contract/config-tree';
import { configFormat } from '../common/contract/formats';
import { EmbeddedConfig } from '../common/contract/findings';
import { IMAGES } from '../common/k8s/images';
import { checkDashboard } from './dashboard-check';

/*
 * Modelled by hand for the pinned Grafana version (13.2.3): the datasource file from the
 * yaml tags of grafana/grafana pkg/services/provisioning/datasources/types.go (v1), the
 * provider file from pkg/services/provisioning/dashboards/types.go; each datasource type's
 * `jsonData` from the option types of Grafana's 13.2 npm packages (@grafana/data
 * DataSourceJsonData, @grafana/prometheus PromOptions, @grafana/o11y-ds-frontend trace
 * links) and the Loki, Tempo and Alertmanager datasource docs. Grafana keeps jsonData as
 * free JSON, so a misspelt key there is silently ignored: that is why it is checked.
 */
const GRAFANA_VERSION = IMAGES.grafana.tag;
const GF_COMMON_JSON_DATA = [
  'authType', 'defaultRegion', 'profile', 'manageAlerts', 'allowAsRecordingRulesTarget', 'alertmanagerUid', 'disableGrafanaCache',
  'tlsAuth', 'tlsAuthWithCACert', 'tlsSkipVerify', 'serverName', 'timeout', 'keepCookies', 'oauthPassThru', 'sigV4Auth',
  ...Array.from({ length: 10 }, (_, i) => `httpHeaderName${i + 1}`),
];
const GF_LINK_TAGS = list(leaves(['key', 'value']));
const GF_JSON_DATA: Record<string, Record<string, ShapeSpec>> = {
  prometheus: {
    timeInterval: PDURATION,
    queryTimeout: LEAF,
    httpMethod: { kind: 'leaf', scalar: true, enum: ['POST', 'GET'] },
    customQueryParameters: LEAF,
    disableMetricsLookup: LEAF,
    exemplarTraceIdDestinations: list(leaves(['name', 'url', 'urlDisplayLabel', 'datasourceUid'])),
    prometheusType: { kind: 'leaf', scalar: true, enum: ['Prometheus', 'Cortex', 'Mimir', 'Thanos'] },
    prometheusVersion: LEAF,
    cacheLevel: { kind: 'leaf', scalar: true, enum: ['Low', 'Medium', 'High', 'None'] },
    defaultEditor: LEAF,
    incrementalQuerying: LEAF,
    incrementalQueryOverlapWindow: LEAF,
    disableRecordingRules: LEAF,
    seriesEndpoint: LEAF,
    seriesLimit: LEAF,
    maxSamplesProcessedWarningThreshold: LEAF,
    maxSamplesProcessedErrorThreshold: LEAF,
    queryStatsEnabled: LEAF,
  },
  loki: {
    maxLines: LEAF,
    predefinedOperations: LEAF,
    derivedFields: list(
      obj({ name: LEAF, matcherRegex: LEAF, matcherType: { kind: 'leaf', scalar: true, enum: ['label', 'regex'] }, url: LEAF, urlDisplayLabel: LEAF, datasourceUid: LEAF, targetBlank: LEAF }),
    ),
  },
  tempo: {
    tracesToLogsV2: obj({ datasourceUid: LEAF, tags: GF_LINK_TAGS, spanStartTimeShift: LEAF, spanEndTimeShift: LEAF, filterByTraceID: LEAF, filterBySpanID: LEAF, customQuery: LEAF, query: LEAF }),
    tracesToMetrics: obj({ datasourceUid: LEAF, tags: GF_LINK_TAGS, queries: list(leaves(['name', 'query'])), spanStartTimeShift: LEAF, spanEndTimeShift: LEAF }),
    tracesToProfiles: ANY,
    serviceMap: leaves(['datasourceUid']),
    nodeGraph: leaves(['enabled']),
    search: obj({ hide: LEAF, filters: ANY, defaultFilters: ANY }),
    traceQuery: leaves(['timeShiftEnabled', 'spanStartTimeShift', 'spanEndTimeShift']),
    streamingEnabled: leaves(['search', 'metrics']),
    spanBar: ANY,
    tagLimit: LEAF,
    timeRangeForTags: LEAF,
  },
  alertmanager: {
    implementation: { kind: 'leaf', scalar: true, enum: ['prometheus', 'cortex', 'mimir'] },
    handleGrafanaManagedAlerts: LEAF,
  },
};
/** jsonData keys Grafana no longer reads, and what replaced them. */
const GF_REMOVED_JSON_DATA: Record<string, Record<string, string>> = {
  tempo: {
    lokiSearch: 'removed from the Tempo datasource (Grafana 11): search traces with TraceQL',
    tracesToLogs: 'the first trace-to-logs link, superseded by tracesToLogsV2',
  },
};
const GF_DATASOURCE: Shape = obj({
  orgId: LEAF,
  orgName: LEAF,
  version: LEAF,
  name: LEAF,
  type: LEAF,
  access: { kind: 'leaf', scalar: true, enum: ['proxy', 'direct'] },
  url: LEAF,
  user: LEAF,
  database: LEAF,
  basicAuth: LEAF,
  basicAuthUser: LEAF,
  withCredentials: LEAF,
  isDefault: LEAF,
  correlations: list(ANY),
  // judged per datasource type below
  jsonData: ANY,
  secureJsonData: STRING_MAP,
  editable: LEAF,
  uid: LEAF,
});
const GF_DATASOURCES_FILE: Shape = obj({
  apiVersion: { kind: 'leaf', scalar: true, enum: [1] },
  prune: LEAF,
  datasources: list(GF_DATASOURCE),
  deleteDatasources: list(leaves(['name', 'orgId', 'orgName', 'uid'])),
});
const GF_PROVIDERS_FILE: Shape = obj({
  apiVersion: { kind: 'leaf', scalar: true, enum: [1] },
  providers: list(
    obj({
      name: LEAF,
      orgId: LEAF,
      folder: LEAF,
      folderUid: LEAF,
      type: { kind: 'leaf', scalar: true, enum: ['file'] },
      disableDeletion: LEAF,
      allowUiUpdates: LEAF,
      updateIntervalSeconds: LEAF,
      options: leaves(['path', 'foldersFromFilesStructure']),
    }),
  ),
});

const checkGrafanaDatasources = (c: EmbeddedConfig, report: Reporter): void => {
  const product = `Grafana ${GRAFANA_VERSION}`;
  walkConfig(c, GF_DATASOURCES_FILE, report, { product });
  (Array.isArray(c.parsed?.datasources) ? c.parsed.datasources : []).forEach((ds: any, i: number) => {
    const keys = GF_JSON_DATA[ds?.type];
    if (!keys || ds.jsonData === undefined) return;
    const shape = obj({ ...Object.fromEntries(GF_COMMON_JSON_DATA.map((k) => [k, LEAF])), ...keys });
    const removed = GF_REMOVED_JSON_DATA[ds.type] ?? {};
    walk(ds.jsonData, shape, `datasources[${i}].jsonData`, ['jsonData'], {
      product: `${product} (${ds.type} datasource)`,
      report: (level, p, message) => report(level, p, message),
      onUnknown: (segs, key) => (segs.length === 1 && removed[key] ? { level: 'error', note: removed[key] } : undefined),
    });
  });
};

const checkGrafanaProviders = (c: EmbeddedConfig, report: Reporter): void => walkConfig(c, GF_PROVIDERS_FILE, report, { product: `Grafana ${GRAFANA_VERSION}` });

const GRAFANA_IN_PROCESS = { inProcessOnly: 'Grafana is AGPL-3.0-licensed and no release binary can be downloaded here: it is not built or run; its provisioning files and dashboards are judged in-process (key trees, the dashboard JSON schemas, the query parsers)' };
/** Grafana's datasource provisioning file: judged in-process only. */
export const GRAFANA_DATASOURCES_FORMAT = configFormat({ name: 'grafana-datasources', image: 'grafana', judge: GRAFANA_IN_PROCESS, check: checkGrafanaDatasources });
/** Grafana's dashboard provider file: judged in-process only. */
export const GRAFANA_DASHBOARD_PROVIDERS_FORMAT = configFormat({ name: 'grafana-dashboard-providers', image: 'grafana', judge: GRAFANA_IN_PROCESS, check: checkGrafanaProviders });
/** A Grafana dashboard JSON model: judged in-process only (the SDK's JSON schemas, the query parsers). */
export const GRAFANA_DASHBOARD_FORMAT = configFormat({ name: 'grafana-dashboard', image: 'grafana', judge: GRAFANA_IN_PROCESS, check: checkDashboard });
