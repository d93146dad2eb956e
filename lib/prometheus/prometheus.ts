import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { BackendProps, StatefulBackend } from '../common/contract/backend';
import { Duration } from '../common/vocabulary/duration';
import { Endpoint, HttpDestination } from '../common/contract/endpoint';
import { deepMerge } from '../common/vocabulary/merge';
import { parseMemory } from '../common/k8s/resources';
import { SecretKeyRef } from '../common/k8s/secret-ref';
import { checkDnsLabel, checkInt, checkKnownKeys, checkNonEmpty } from '../common/vocabulary/validate';
import { containerPorts, httpProbe, podIpEnv } from '../common/k8s/workload';
import { resourceRequirements } from '../common/k8s/resources';
import { toYaml } from '../common/vocabulary/yaml';
import { ALERT_RESEND_DELAY, DEFAULT_SCRAPE_INTERVAL, RuleFile, RuleGroup } from '../common/vocabulary/rules';
import { RemoteWriteConfig, prometheusConfig } from './config';
import { PROMETHEUS } from './declaration';

/** Properties of {@link Prometheus}. */
export interface PrometheusProps extends BackendProps {
  /** `external_labels.cluster`. */
  readonly clusterName: string;
  /** `external_labels.environment`. */
  readonly deploymentEnvironment: string;
  /**
   * Further Services to scrape, each by its named metrics port (see {@link Prometheus.addScrapeTarget}).
   * @default - none beyond Prometheus itself, the Kubernetes jobs and annotated pods and services
   */
  readonly scrapeTargets?: Endpoint[];
  /** @default '30s' */
  readonly scrapeInterval?: string;
  /**
   * How long samples are kept (units s, m, h, d, w). A size limit of 85% of the volume applies too.
   * An SLO's period must fit in it (its error budget sums samples of the whole period).
   * @default '30d' (an SLO's default period, 28d, fits it)
   */
  readonly retention?: string;
  /**
   * Recording and alerting rules, in the rule file Prometheus loads (reloaded on change).
   * @default - none
   */
  readonly ruleGroups?: readonly RuleGroup[];
  /**
   * Where alerts go: Alertmanager's API, or each replica of an Alertmanager cluster
   * (`alertmanager.replicaEndpoints`: every alert goes to each, the cluster deduplicates).
   * @default - nowhere
   */
  readonly alertmanager?: Endpoint | readonly Endpoint[];
  /**
   * Identical replicas (1 to 5), each scraping everything, evaluating every rule and sending
   * every alert; more than one adds a Thanos sidecar to each (its StoreAPI) and a replica
   * label, and every pushed point (OTLP, remote write) goes to each replica. Queries read
   * them merged through a query layer (the stack's `thanosQuery`), never one replica.
   * @default - the size profile's: laptop 1, production 2
   */
  readonly replicas?: number;
  /**
   * Long-term storage: every sample, exemplar and native histogram is also written to each
   * of these remote-write endpoints (a user's Mimir, Cortex, Thanos Receive or a managed
   * service), from the WAL, retried while the endpoint refuses or is down (HTTP 429
   * included). Each replica writes with its `prometheus_replica` label, for the endpoint's
   * HA deduplication. Credentials only as keys of Secrets, mounted as files.
   * @default - none: the series stay in Prometheus's own TSDB for its retention
   */
  readonly remoteWrite?: readonly RemoteWriteTarget[];
}

/** One remote-write endpoint of {@link PrometheusProps.remoteWrite}. */
export interface RemoteWriteTarget {
  /** Its URL, e.g. `https://metrics.example.com/api/v1/push`. */
  readonly url: string;
  /** A bearer token (`Authorization: Bearer`), a key of a Secret in the namespace. @default - none */
  readonly bearerTokenSecret?: SecretKeyRef;
  /** Basic authentication: the user name, and the password as a key of a Secret in the namespace. @default - none */
  readonly basicAuth?: { readonly username: string; readonly passwordSecret: SecretKeyRef };
}

const REMOTE_WRITE_KEYS: Record<keyof RemoteWriteTarget, true> = { url: true, bearerTokenSecret: true, basicAuth: true };

/** {@link PrometheusProps.retention} where it is not given. */
export const DEFAULT_RETENTION = '30d';

/** The external label that tells the replicas apart (the pod's name), merged away by the query layer. */
export const REPLICA_LABEL = 'prometheus_replica';

const RULES_DIR = '/etc/prometheus/rules';
const SECRETS_DIR = '/etc/prometheus/secrets';

/**
 * Prometheus on a PVC: Kubernetes service discovery, the remote-write and OTLP receivers,
 * exemplar storage, and rule files from a ConfigMap. Its scrape jobs for the stack's
 * components are rendered at synth from the complete wiring graph: every workload of the
 * graph with metrics of its own, and the Services added with {@link Prometheus.addScrapeTarget}.
 */
export class Prometheus extends StatefulBackend<PrometheusProps> {
  /** The web API and UI (query, `/metrics`, `/-/ready`). */
  public readonly httpEndpoint: Endpoint;
  /** The remote-write receiver (Tempo's metrics generator writes here). */
  public readonly remoteWriteDestination: HttpDestination;
  /** The OTLP receiver (collectors push metrics here). */
  public readonly otlpDestination: HttpDestination;
  /** The rendered rule file. */
  public readonly rulesYaml: string;
  /** The scrape interval, as Prometheus writes it. */
  public readonly scrapeInterval: string;
  /** Replicas. */
  public readonly replicas: number;
  /** Each replica's web API by its own DNS name: every pushed point goes to each. One replica: the Service's. */
  public readonly replicaEndpoints: readonly Endpoint[];
  /** Each replica's Thanos sidecar StoreAPI (gRPC), by its own DNS name; none with one replica. */
  public readonly storeApiEndpoints: readonly Endpoint[];
  private readonly render: () => string;

  constructor(scope: Construct, id: string, props: PrometheusProps) {
    super(scope, id, PROMETHEUS, props, { unrestricted: 'scrapes annotated pods, kubelets and the API server at any address and port' });
    checkNonEmpty(`Prometheus 'clusterName'`, props.clusterName);
    checkNonEmpty(`Prometheus 'deploymentEnvironment'`, props.deploymentEnvironment);
    const scrapeInterval = Duration.parse(`Prometheus 'scrapeInterval'`, props.scrapeInterval ?? DEFAULT_SCRAPE_INTERVAL).toPrometheus();
    this.scrapeInterval = scrapeInterval;
    const retention = Duration.parse(`Prometheus 'retention'`, props.retention ?? DEFAULT_RETENTION, 3600).toPrometheus();
    const volumeBytes = parseMemory(this.storageSize)!;
    const ports = PROMETHEUS.ports;
    this.replicas = checkInt(`Prometheus 'replicas'`, props.replicas ?? this.size.replicas ?? 1, 1, 5);
    const ha = this.replicas > 1;
    const pods = Array.from({ length: this.replicas }, (_, i) => `${this.name}-${i}`);
    const options = {
      clusterName: props.clusterName,
      deploymentEnvironment: props.deploymentEnvironment,
      scrapeInterval,
      retentionTime: retention,
      // leave room for the WAL and compaction on the volume
      retentionSize: `${Math.floor((volumeBytes * 0.85) / 2 ** 20)}MB`,
      ruleFilesGlob: `${RULES_DIR}/*.yaml`,
      // Prometheus expands environment references in external labels: the pod's name
      ...(ha ? { replicaLabel: { name: REPLICA_LABEL, value: '${POD_NAME}' } } : {}),
    };
    const secrets = new Map<string, Set<string>>();
    // a Secret's key, mounted as a file under SECRETS_DIR; `path` is the prop that names it
    const secretFile = (path: string, ref: SecretKeyRef): string => {
      checkKnownKeys(`Prometheus '${path}'`, ref, ['name', 'key']);
      checkDnsLabel(`Prometheus '${path}.name'`, ref.name);
      checkNonEmpty(`Prometheus '${path}.key'`, ref.key);
      secrets.set(ref.name, (secrets.get(ref.name) ?? new Set()).add(ref.key));
      return `${SECRETS_DIR}/${ref.name}/${ref.key}`;
    };
    const remoteWrite: RemoteWriteConfig[] = (props.remoteWrite ?? []).map((t, i) => {
      const at = `remoteWrite[${i}]`;
      const owner = `Prometheus '${at}`;
      checkKnownKeys(`${owner}'`, t, Object.keys(REMOTE_WRITE_KEYS));
      let url: URL | undefined;
      try {
        url = new URL(t.url);
      } catch {
        url = undefined;
      }
      if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
        throw new Error(`${owner}.url' must be an http(s) URL without credentials (they go in a Secret: bearerTokenSecret, basicAuth), got ${JSON.stringify(t.url)}`);
      }
      if (t.bearerTokenSecret && t.basicAuth) throw new Error(`${owner}' takes 'bearerTokenSecret' or 'basicAuth', not both`);
      const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
      this.wiring.external(this.peer, [port], 'long-term storage (remote write)', { destination: url.hostname });
      return {
        name: `${url.hostname}-${i}`,
        url: t.url,
        ...(t.bearerTokenSecret ? { authorization: { credentials_file: secretFile(`${at}.bearerTokenSecret`, t.bearerTokenSecret) } } : {}),
        ...(t.basicAuth
          ? { basic_auth: { username: checkNonEmpty(`${owner}.basicAuth.username'`, t.basicAuth.username), password_file: secretFile(`${at}.basicAuth.passwordSecret`, t.basicAuth.passwordSecret) } }
          : {}),
        send_exemplars: true,
        send_native_histograms: true,
        // a busy endpoint's 429 is retried like a 5xx, not dropped
        queue_config: { retry_on_http_429: true },
      };
    });
    // every workload of the graph with metrics of its own is scraped
    this.wiring.addScraper(this.peer);
    const receivers = props.alertmanager === undefined ? [] : props.alertmanager instanceof Endpoint ? [props.alertmanager] : [...props.alertmanager];
    const alertmanagers = receivers.map((e) => this.wiring.connect(this.peer, e, 'alerts'));
    // the stack's scrape jobs: every scrape connection of the finished graph
    this.render = () =>
      toYaml(
        deepMerge(
          prometheusConfig({ ...options, alertmanagers, remoteWrite, stackTargets: this.wiring.connections
              .filter((c) => c.from === this.peer && c.kind === 'scrape')
              .map((c) => ({ endpoint: c.to, honorLabels: c.honorLabels ?? false })),
          }),
          props.overrides,
        ),
      );
    for (const t of props.scrapeTargets ?? []) this.addScrapeTarget(t);
    const groups = props.ruleGroups ?? [];
    const names = groups.map((g) => g.name);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice !== undefined) throw new Error(`Prometheus 'ruleGroups' must have unique names, got '${twice}' twice`);
    const file: RuleFile = { groups };
    this.rulesYaml = toYaml(file);

    this.httpEndpoint = this.endpoint(ports.http);
    this.remoteWriteDestination = { endpoint: this.httpEndpoint, path: '/api/v1/write' };
    this.otlpDestination = { endpoint: this.httpEndpoint, path: '/api/v1/otlp' };
    // the replicas by their own names under the peers' headless Service
    this.replicaEndpoints = ha ? pods.map((p) => this.endpoint(ports.http, 'http', this.peersService, true).forPod(p)) : [this.httpEndpoint];
    this.storeApiEndpoints = ha ? pods.map((p) => this.endpoint(ports.storeApi, 'grpc', this.peersService, true).forPod(p)) : [];

    this.podIdentity(true);
    this.clusterRole([
      // service discovery (node, pod, endpointslice roles) and kubelet/cAdvisor scrapes
      { apiGroups: [''], resources: ['nodes', 'nodes/metrics', 'pods', 'services'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
      // the API server's own /metrics
      { nonResourceUrLs: ['/metrics'], verbs: ['get'] },
    ]);

    const config = this.configMap('Config', `${this.name}-config`, () => ({ 'prometheus.yml': this.render() }));
    const rules = this.configMap('Rules', `${this.name}-rules`, { 'rules.yaml': this.rulesYaml });
    this.statefulBackend({
      user: { uid: 65534, gid: 65534 },
      args: [
        '--config.file=/etc/prometheus/prometheus.yml',
        '--storage.tsdb.path=/prometheus',
        '--web.enable-remote-write-receiver',
        '--web.enable-otlp-receiver',
        '--enable-feature=exemplar-storage',
        // applications that send delta-temporality metrics over OTLP (the default of some SDKs)
        // are converted to cumulative instead of refused
        '--enable-feature=otlp-deltatocumulative',
        // a pushed counter's first sample counts since its start time (OTLP StartTimeUnixNano):
        // a 0 is stored at the start time of a new series, so `rate` and `increase` (the SLO
        // rules) count what a new series saw before its first sample, e.g. a new service's
        // first failed requests. In v3.14.0 the flag sets the TSDB's EnableSTAsZeroSample
        // (cmd/prometheus/main.go:269-275); the OTLP translator passes every point's start time
        // to the appender (storage/remote/otlptranslator/prometheusremotewrite/
        // number_data_points.go:109-116, helper.go:270-346 for a classic histogram's _sum,
        // _count and _bucket series), and the head appends the 0 before the sample unless the
        // series already has samples from then (tsdb/head_append_v2.go:146-148, 337-382).
        // Scrapes parse start times too; they ask for protobuf first already
        // (scrape_native_histograms).
        '--enable-feature=created-timestamp-zero-ingestion',
        // reloads changed config and rule files without exposing /-/reload
        '--config.auto-reload',
        // every firing alert to every Alertmanager at each evaluation: a peer that (re)starts has them all one interval later
        `--rules.alert.resend-delay=${ALERT_RESEND_DELAY}`,
      ],
      ports: [ports.http],
      ...(ha
        ? {
            env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
            replicas: this.replicas,
            peers: { ports: [ports.http, ports.storeApi] },
            sidecars: [this.thanosSidecar()],
            // one replica at a time out: the other scrapes, evaluates and alerts meanwhile
            disruptionBudget: true,
          }
        : {}),
      configMaps: [
        // `--config.auto-reload` checks the config file and the rule files: a scrape job, an
        // alerting target or an SLO edit reloads, no restart (no replica stops for it)
        { ref: config, mountPath: '/etc/prometheus', reloads: true },
        { ref: rules, mountPath: RULES_DIR, reloads: true },
      ],
      secrets: [...secrets.keys()].sort().map((n) => ({ name: n, keys: [...secrets.get(n)!].sort(), mountPath: `${SECRETS_DIR}/${n}` })),
      dataDir: '/prometheus',
      tmp: false,
      readinessProbe: httpProbe(ports.http, '/-/ready'),
      livenessProbe: httpProbe(ports.http, '/-/healthy', { initialDelaySeconds: 30 }),
      startupProbe: httpProbe(ports.http, '/-/ready', { failureThreshold: 60 }),
      apiAccess: true,
      terminationGracePeriodSeconds: 300,
    });
  }

  /**
   * The Thanos sidecar: the replica's series over the StoreAPI (gRPC, read through
   * Prometheus's remote-read API on localhost), for the query layer that merges the replicas.
   * No object storage: the series stay in Prometheus's own TSDB.
   */
  private thanosSidecar(): k8s.Container {
    const ports = PROMETHEUS.ports;
    return {
      name: 'thanos-sidecar',
      image: this.helperImage('thanos'),
      args: [
        'sidecar',
        `--prometheus.url=http://localhost:${ports.http.port}`,
        `--grpc-address=$(MY_POD_IP):${ports.storeApi.port}`,
        `--http-address=$(MY_POD_IP):${ports.sidecarHttp.port}`,
        '--log.format=json',
      ],
      env: [podIpEnv()],
      ports: containerPorts([ports.storeApi, ports.sidecarHttp]),
      resources: resourceRequirements(`${this.owner} sidecar 'resources'`, { cpuRequest: '50m', memoryRequest: '64Mi', memoryLimit: '256Mi' }),
      readinessProbe: httpProbe(ports.sidecarHttp, '/-/ready'),
      livenessProbe: httpProbe(ports.sidecarHttp, '/-/healthy'),
    };
  }

  /**
   * Scrapes a Service by its named metrics port: records a scrape connection on the wiring
   * graph, from which both the scrape job and the NetworkPolicy that admits it are rendered.
   * @param options.honorLabels keep the scraped `namespace`, `pod`... labels over the target's,
   *   for exporters whose series describe other objects
   */
  public addScrapeTarget(target: Endpoint, options: { readonly honorLabels?: boolean } = {}): void {
    const dup = this.wiring.recorded.find((c) => c.from === this.peer && c.kind === 'scrape' && c.to.service === target.service && c.to.namespace === target.namespace);
    if (dup) {
      throw new Error(
        `Prometheus 'scrapeTargets' must name each Service once (one job per Service), got '${target.service}.${target.namespace}' twice`,
      );
    }
    this.wiring.connect(this.peer, target, 'scrape', 'scrape', options.honorLabels);
  }

  /** The rendered config file, with the scrape jobs of every scrape connection recorded so far. */
  public get configYaml(): string {
    return this.render();
  }
}
