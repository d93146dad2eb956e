import { Construct } from 'constructs';
import { BackendProps, StatefulBackend } from '../common/contract/backend';
import { Duration } from '../common/vocabulary/duration';
import { Endpoint } from '../common/contract/endpoint';
import { IMAGES } from '../common/k8s/images';
import { checkDnsLabel, checkKnownKeys, checkNonEmpty } from '../common/vocabulary/validate';
import { Peer } from '../wiring/wiring';
import { httpProbe } from '../common/k8s/workload';
import { toYaml } from '../common/vocabulary/yaml';
import { DashboardFolder, DashboardSpec } from '../common/vocabulary/dashboards';
import { dashboardFile } from './dashboards/sdk';
import { serviceOverview } from './dashboards/service-overview';
import { stackHealth } from './dashboards/stack-health';
import { datasourcesFile, escapeProvisioningEnv } from './datasources';
import { GRAFANA } from './declaration';

/** The Secret that holds Grafana's first admin login: two keys, mounted as files. */
export interface AdminSecretRef {
  /** @default 'grafana-admin' */
  readonly name?: string;
  /** @default 'admin-user' */
  readonly userKey?: string;
  /** @default 'admin-password' */
  readonly passwordKey?: string;
}

/** Pods allowed to reach Grafana's port (an ingress controller, say). */
export interface GrafanaClientPods {
  /** Their namespaces, by name. */
  readonly namespaces: readonly string[];
  /** Their labels. @default - every pod of those namespaces */
  readonly podSelector?: Readonly<Record<string, string>>;
}

/** Properties of {@link Grafana}. */
export interface GrafanaProps extends BackendProps {
  /**
   * The Secret with the admin user and password, created before Grafana starts (the README
   * says how). Grafana creates the admin user from it on its first start only.
   * @default - Secret 'grafana-admin' with keys 'admin-user' and 'admin-password'
   */
  readonly adminSecret?: AdminSecretRef;
  /** Let anyone who reaches Grafana view dashboards without logging in (role Viewer). @default false */
  readonly anonymousViewer?: boolean;
  /**
   * Pods that may connect to Grafana (NetworkPolicy), besides `kubectl port-forward`, which
   * NetworkPolicies do not filter.
   * @default - none
   */
  readonly allowFrom?: GrafanaClientPods;
  /**
   * Prometheus's HTTP API: the metrics datasource (`prometheus.httpEndpoint` and
   * `prometheus.scrapeInterval`). The stack-health dashboard needs it.
   * @default - no metrics datasource
   */
  readonly prometheus?: { readonly endpoint: Endpoint; readonly scrapeInterval: string };
  /**
   * Loki's HTTP API: the logs datasource, and the resource attributes it indexes
   * (`loki.httpEndpoint`, `loki.indexLabels`).
   * @default - no logs datasource
   */
  readonly loki?: { readonly endpoint: Endpoint; readonly indexLabels: readonly string[] };
  /** Tempo's HTTP API: the traces datasource (`tempo.httpEndpoint`). @default - no traces datasource */
  readonly tempo?: Endpoint;
  /** Alertmanager's API: the alerts datasource. @default - none */
  readonly alertmanager?: Endpoint;
  /**
   * More dashboards, by folder, written as typed data (see common/dashboards.ts): the stack
   * adds the SLO dashboard here when the environment has SLOs.
   * @default - none
   */
  readonly dashboards?: readonly DashboardFolder[];
  /** The latency the gateway keeps every trace above: the service dashboard lists those traces. @default 1000 */
  readonly slowTraceThresholdMs?: number;
  /**
   * The collectors' own metrics endpoints (their scrape job is their Service's name): the
   * stack-health dashboard reads them.
   * @default - none
   */
  readonly collectors?: readonly Endpoint[];
}

const PROVISIONING = '/etc/grafana/provisioning';
const DASHBOARDS = '/etc/grafana/dashboards';
const DATA = '/var/lib/grafana';
const SECRETS_DIR = '/etc/grafana/secrets';
/** The largest ConfigMap the API server stores (1 MiB), less room for its metadata. */
const CONFIG_MAP_LIMIT = 1000 * 1024;

/**
 * Grafana with its datasources and dashboards provisioned from code: Prometheus, Loki,
 * Tempo and Alertmanager (those given) at fixed uids, linked for metric -> trace -> logs
 * correlation, and the service (with all three), SLO and stack-health (with Prometheus)
 * dashboards in folders. SQLite on a PVC (a
 * StatefulSet of one: its volume is never attached to two pods during a rollout), a
 * read-only root, no egress but to the backends.
 */
export class Grafana extends StatefulBackend<GrafanaProps> {
  /** The UI and HTTP API. */
  public readonly httpEndpoint: Endpoint;
  /** The datasource provisioning file, as written. */
  public readonly datasourcesYaml: string;
  /** Every provisioned dashboard's JSON model, by uid (frozen: shared with every environment that has the dashboard). */
  public readonly dashboards: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Every provisioned dashboard as written in code, by uid. */
  public readonly dashboardSpecs: Readonly<Record<string, DashboardSpec>>;

  constructor(scope: Construct, id: string, props: GrafanaProps) {
    super(scope, id, GRAFANA, props);
    const admin = props.adminSecret ?? {};
    checkKnownKeys(`Grafana 'adminSecret'`, admin, ['name', 'userKey', 'passwordKey']);
    const secretName = checkDnsLabel(`Grafana 'adminSecret.name'`, admin.name ?? 'grafana-admin');
    const userKey = checkNonEmpty(`Grafana 'adminSecret.userKey'`, admin.userKey ?? 'admin-user');
    const passwordKey = checkNonEmpty(`Grafana 'adminSecret.passwordKey'`, admin.passwordKey ?? 'admin-password');
    if (userKey === passwordKey) throw new Error(`Grafana 'adminSecret': 'userKey' and 'passwordKey' must differ, got '${userKey}' for both`);
    if (props.anonymousViewer !== undefined && typeof props.anonymousViewer !== 'boolean') {
      throw new Error(`Grafana 'anonymousViewer' must be true or false, got ${JSON.stringify(props.anonymousViewer)}`);
    }
    const slowMs = props.slowTraceThresholdMs ?? 1000;
    if (!Number.isInteger(slowMs) || slowMs <= 0) throw new Error(`Grafana 'slowTraceThresholdMs' must be a positive integer (milliseconds), got ${slowMs}`);

    const http = GRAFANA.ports.http;
    this.httpEndpoint = this.endpoint(http);
    if (props.allowFrom) {
      checkKnownKeys(`Grafana 'allowFrom'`, props.allowFrom, ['namespaces', 'podSelector']);
      const namespaces = props.allowFrom.namespaces.map((n, i) => checkDnsLabel(`Grafana 'allowFrom.namespaces[${i}]'`, n));
      if (namespaces.length === 0) throw new Error(`Grafana 'allowFrom.namespaces' must name at least one namespace, got []`);
      const clients: Peer = { name: 'grafana-clients', namespace: namespaces, podSelector: { ...(props.allowFrom.podSelector ?? {}) } };
      this.wiring.connect(clients, this.httpEndpoint, 'Grafana UI and API');
    }

    // every datasource URL is an Endpoint the wiring graph records: the egress policy allows exactly these
    const query = (e: Endpoint, what: string) => this.wiring.connect(this.peer, e, what, 'query').url();
    const { prometheus, loki, tempo, alertmanager } = props;
    const file = datasourcesFile({
      ...(prometheus
        ? {
            prometheus: {
              url: query(prometheus.endpoint, 'metrics queries'),
              version: IMAGES.prometheus.tag.replace(/^v/, ''),
              scrapeInterval: Duration.parse(`Grafana 'prometheus.scrapeInterval'`, prometheus.scrapeInterval).toPrometheus(),
            },
          }
        : {}),
      ...(loki ? { loki: { url: query(loki.endpoint, 'log queries'), indexedAttributes: loki.indexLabels } } : {}),
      ...(tempo ? { tempo: { url: query(tempo, 'trace queries') } } : {}),
      ...(alertmanager ? { alertmanager: { url: query(alertmanager, 'alert queries') } } : {}),
    });
    this.datasourcesYaml = toYaml(escapeProvisioningEnv(file));

    // the stack's own folders first, then the given ones (a folder uid or dashboard uid appears once)
    // (each where the datasources it reads are there)
    const folders: DashboardFolder[] = [
      ...(prometheus && loki && tempo
        ? [{ uid: 'services', title: 'Services', dashboards: [serviceOverview({ slowTraceThresholdMs: slowMs, serviceIsLokiLabel: loki.indexLabels.includes('service.name') })] }]
        : []),
      ...(prometheus ? [{ uid: 'observability-stack', title: 'Observability stack', dashboards: [stackHealth({ collectorJobs: (props.collectors ?? []).map((e) => e.service) })] }] : []),
      ...(props.dashboards ?? []),
    ];
    const seen = new Map<string, string>();
    folders.forEach((f, i) => {
      checkKnownKeys(`Grafana 'dashboards[${i}]'`, f, ['uid', 'title', 'dashboards']);
      checkDnsLabel(`Grafana dashboard folder uid`, f.uid);
      checkNonEmpty(`Grafana dashboard folder '${f.uid}' title`, f.title);
      for (const [kind, uid] of [['folder', f.uid], ...f.dashboards.map((d) => ['dashboard', d.uid])]) {
        if (!/^[A-Za-z0-9_-]{1,40}$/.test(uid)) throw new Error(`Grafana ${kind} uid must be 1 to 40 letters, digits, '-' or '_', got '${uid}'`);
        const k = `${kind}:${uid}`;
        if (seen.has(k)) throw new Error(`Grafana ${kind} uid '${uid}' is used twice (${seen.get(k)} and folder '${f.uid}'): uids must be unique`);
        seen.set(k, `folder '${f.uid}'`);
      }
    });
    const models: Record<string, Readonly<Record<string, unknown>>> = {};
    const specs: Record<string, DashboardSpec> = {};
    const providers = {
      apiVersion: 1,
      providers: folders.map((f) => ({
        name: f.uid,
        orgId: 1,
        folder: f.title,
        folderUid: f.uid,
        type: 'file',
        // the files are the source of truth: no deletion or saving from the UI
        disableDeletion: true,
        allowUiUpdates: false,
        updateIntervalSeconds: 60,
        options: { path: `${DASHBOARDS}/${f.uid}`, foldersFromFilesStructure: false },
      })),
    };

    const datasources = this.configMap('Datasources', `${this.name}-datasources`, { 'datasources.yaml': this.datasourcesYaml });
    const providerMap = this.configMap('DashboardProviders', `${this.name}-dashboard-providers`, { 'dashboards.yaml': toYaml(providers) });
    const dashboardMaps = folders.map((f) => {
      const files: Record<string, string> = {};
      for (const d of f.dashboards) {
        const { model, text } = dashboardFile(d);
        models[d.uid] = model;
        specs[d.uid] = d;
        files[`${d.uid}.json`] = text;
      }
      const size = Object.values(files).reduce((n, s) => n + Buffer.byteLength(s), 0);
      if (size > CONFIG_MAP_LIMIT) throw new Error(`Grafana: the dashboards of folder '${f.uid}' take ${size} bytes, more than a ConfigMap holds (${CONFIG_MAP_LIMIT})`);
      return { folder: f, ref: this.configMap(`Dashboards-${f.uid}`, `${this.name}-dashboards-${f.uid}`, files) };
    });
    this.dashboards = models;
    this.dashboardSpecs = specs;

    const env = (name: string, value: string) => ({ name, value });
    this.statefulBackend({
      user: { uid: 472, gid: 472 },
      // the image's entrypoint starts the server; everything is set by environment
      args: [],
      env: [
        env('GF_SERVER_HTTP_PORT', String(http.port)),
        env('GF_PATHS_DATA', DATA),
        env('GF_PATHS_PROVISIONING', PROVISIONING),
        // the search index of unified storage, on the data volume (its default, written out)
        env('GF_UNIFIED_STORAGE_INDEX_PATH', `${DATA}/unified-search/bleve`),
        env('GF_LOG_MODE', 'console'),
        // the first admin login, read from the Secret's files by the image's entrypoint
        env('GF_SECURITY_ADMIN_USER__FILE', `${SECRETS_DIR}/${secretName}/${userKey}`),
        env('GF_SECURITY_ADMIN_PASSWORD__FILE', `${SECRETS_DIR}/${secretName}/${passwordKey}`),
        env('GF_SECURITY_DISABLE_GRAVATAR', 'true'),
        env('GF_USERS_ALLOW_SIGN_UP', 'false'),
        env('GF_AUTH_ANONYMOUS_ENABLED', String(props.anonymousViewer ?? false)),
        ...(props.anonymousViewer ? [env('GF_AUTH_ANONYMOUS_ORG_ROLE', 'Viewer')] : []),
        // no egress but to the backends: the plugins bundled in the image, no update checks,
        // no usage reports, no news feed, no external snapshots
        env('GF_PLUGINS_PREINSTALL_DISABLED', 'true'),
        env('GF_ANALYTICS_REPORTING_ENABLED', 'false'),
        env('GF_ANALYTICS_CHECK_FOR_UPDATES', 'false'),
        env('GF_ANALYTICS_CHECK_FOR_PLUGIN_UPDATES', 'false'),
        env('GF_ANALYTICS_FEEDBACK_LINKS_ENABLED', 'false'),
        env('GF_NEWS_NEWS_FEED_ENABLED', 'false'),
        env('GF_SNAPSHOTS_EXTERNAL_ENABLED', 'false'),
      ],
      ports: [http],
      configMaps: [
        { ref: datasources, mountPath: `${PROVISIONING}/datasources` },
        { ref: providerMap, mountPath: `${PROVISIONING}/dashboards` },
        // file provisioning reads the dashboards again every `updateIntervalSeconds`: no restart
        ...dashboardMaps.map((d) => ({ ref: d.ref, mountPath: `${DASHBOARDS}/${d.folder.uid}`, reloads: true })),
      ],
      secrets: [{ name: secretName, keys: [userKey, passwordKey].sort(), mountPath: `${SECRETS_DIR}/${secretName}` }],
      dataDir: DATA,
      tmp: true,
      // ready once its database answers; first start and upgrades migrate the database
      // before that, for up to 5 minutes; alive while the web server answers (a database
      // that is slow for a moment does not restart the pod)
      readinessProbe: httpProbe(http, '/api/health'),
      startupProbe: httpProbe(http, '/api/health', { failureThreshold: 30 }),
      livenessProbe: httpProbe(http, '/healthz', { failureThreshold: 6 }),
    });
  }
}
