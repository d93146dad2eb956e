import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { BackendProps, DEFAULT_BACKEND_RESOURCES, statefulBackend } from '../common/backend';
import { Endpoint, HttpDestination } from '../common/endpoint';
import { ConfigOverrides, deepMerge } from '../common/merge';
import { NAMES } from '../common/names';
import { IMAGES } from '../common/images';
import { ComponentIdentity, selectorLabels } from '../common/labels';
import { PORTS } from '../common/ports';
import { parseMemory } from '../common/resources';
import { checkDnsLabel, checkDuration, checkNonEmpty } from '../common/validate';
import { Peer, Wiring } from '../common/wiring';
import { endpointOf, httpProbe, metadata } from '../common/workload';
import { toYaml } from '../common/yaml';
import { PrometheusConfigOptions, prometheusConfig } from './config';

/** Properties of {@link Prometheus}. */
export interface PrometheusProps extends BackendProps {
  /** `external_labels.cluster`. */
  readonly clusterName: string;
  /** `external_labels.environment`. */
  readonly deploymentEnvironment: string;
  /**
   * The stack's components to scrape, each by its Service and named metrics port.
   * @default - none beyond Prometheus itself, the Kubernetes jobs and annotated pods and services
   */
  readonly scrapeTargets?: Endpoint[];
  /** @default '30s' */
  readonly scrapeInterval?: string;
  /**
   * How long samples are kept (h, d, w, y units). A size limit of 85% of the volume applies too.
   * @default '15d'
   */
  readonly retention?: string;
}

const NAME = NAMES.prometheus;
const RULES_DIR = '/etc/prometheus/rules';

/**
 * Prometheus on a PVC: Kubernetes service discovery, the remote-write and OTLP receivers,
 * exemplar storage, and rule files from a ConfigMap.
 */
export class Prometheus extends Construct {
  public static readonly IDENTITY: ComponentIdentity = { name: NAME, component: 'metrics', version: IMAGES.prometheus.tag };

  /** The web API and UI (query, `/metrics`, `/-/ready`). */
  public readonly httpEndpoint: Endpoint;
  /** The remote-write receiver (Tempo's metrics generator writes here). */
  public readonly remoteWriteDestination: HttpDestination;
  /** The OTLP receiver (collectors push metrics here). */
  public readonly otlpDestination: HttpDestination;
  /** Prometheus's pods, as a peer of the connections they open. */
  public readonly peer: Peer;
  private readonly targets: Endpoint[] = [];
  private readonly overrides?: ConfigOverrides;
  private readonly configOptions: Omit<PrometheusConfigOptions, 'stackTargets'>;
  /** The rendered rule file. */
  public readonly rulesYaml: string;

  constructor(scope: Construct, id: string, props: PrometheusProps) {
    super(scope, id);
    const ns = checkDnsLabel(`Prometheus 'namespace'`, props.namespace);
    checkNonEmpty(`Prometheus 'clusterName'`, props.clusterName);
    checkNonEmpty(`Prometheus 'deploymentEnvironment'`, props.deploymentEnvironment);
    const scrapeInterval = checkDuration(`Prometheus 'scrapeInterval'`, props.scrapeInterval ?? '30s');
    const retention = checkDuration(`Prometheus 'retention'`, props.retention ?? '15d');
    const storageSize = props.storageSize ?? '20Gi';
    const volumeBytes = parseMemory(storageSize);
    if (volumeBytes === undefined) {
      throw new Error(`Prometheus 'storageSize' must be a storage quantity such as 20Gi, got '${storageSize}'`);
    }
    const identity = Prometheus.IDENTITY;
    this.peer = { name: NAME, namespace: ns, podSelector: selectorLabels(identity) };
    Wiring.of(this).register({
      peer: this.peer,
      unrestrictedEgress: 'scrapes annotated pods, kubelets and the API server at any address and port',
    });
    this.configOptions = {
      clusterName: props.clusterName,
      deploymentEnvironment: props.deploymentEnvironment,
      scrapeInterval,
      retentionTime: retention,
      // leave room for the WAL and compaction on the volume
      retentionSize: `${Math.floor((volumeBytes * 0.85) / 2 ** 20)}MB`,
      ruleFilesGlob: `${RULES_DIR}/*.yaml`,
    };
    this.overrides = props.overrides;
    for (const t of props.scrapeTargets ?? []) this.addScrapeTarget(t);
    this.rulesYaml = toYaml({ groups: [] });

    this.httpEndpoint = endpointOf(identity, NAME, ns, PORTS.prometheusHttp);
    this.remoteWriteDestination = { endpoint: this.httpEndpoint, path: '/api/v1/write' };
    this.otlpDestination = { endpoint: this.httpEndpoint, path: '/api/v1/otlp' };

    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: metadata(identity, NAME, ns) });
    new k8s.KubeClusterRole(this, 'ClusterRole', {
      metadata: metadata(identity, NAME),
      rules: [
        // service discovery (node, pod, endpointslice roles) and kubelet/cAdvisor scrapes
        { apiGroups: [''], resources: ['nodes', 'nodes/metrics', 'pods', 'services'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
        // the API server's own /metrics
        { nonResourceUrLs: ['/metrics'], verbs: ['get'] },
      ],
    });
    new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
      metadata: metadata(identity, NAME),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: NAME },
      subjects: [{ kind: 'ServiceAccount', name: NAME, namespace: ns }],
    });

    statefulBackend(this, {
      identity,
      owner: 'Prometheus',
      name: NAME,
      namespace: ns,
      image: 'prometheus',
      imageRegistry: props.imageRegistry,
      user: { uid: 65534, gid: 65534 },
      args: [
        '--config.file=/etc/prometheus/prometheus.yml',
        '--storage.tsdb.path=/prometheus',
        '--web.enable-remote-write-receiver',
        '--web.enable-otlp-receiver',
        '--enable-feature=exemplar-storage',
        // reloads changed config and rule files without exposing /-/reload
        '--config.auto-reload',
      ],
      ports: [PORTS.prometheusHttp],
      configFiles: () => ({ 'prometheus.yml': this.configYaml }),
      configName: `${NAME}-config`,
      configDir: '/etc/prometheus',
      extraConfigMaps: [{ id: 'Rules', name: `${NAME}-rules`, mountPath: RULES_DIR, files: { 'rules.yaml': this.rulesYaml } }],
      dataDir: '/prometheus',
      storageSize,
      storageClassName: props.storageClassName,
      tmp: false,
      resources: props.resources ?? DEFAULT_BACKEND_RESOURCES,
      readinessProbe: httpProbe(PORTS.prometheusHttp, '/-/ready'),
      livenessProbe: httpProbe(PORTS.prometheusHttp, '/-/healthy', { initialDelaySeconds: 30 }),
      startupProbe: httpProbe(PORTS.prometheusHttp, '/-/ready', { failureThreshold: 60 }),
      serviceAccountName: NAME,
      terminationGracePeriodSeconds: 300,
    });
  }

  /**
   * Scrapes one of the stack's components by its Service and named metrics port, and
   * records the connection in the wiring graph.
   */
  public addScrapeTarget(target: Endpoint): void {
    const dup = this.targets.find((t) => t.service === target.service && t.namespace === target.namespace);
    if (dup) {
      throw new Error(
        `Prometheus 'scrapeTargets' must name each Service once (one job per Service), got '${target.service}.${target.namespace}' twice`,
      );
    }
    this.targets.push(Wiring.of(this).connect(this.peer, target, 'scrape'));
  }

  /** The rendered config file, with every scrape target added so far. */
  public get configYaml(): string {
    return toYaml(deepMerge(prometheusConfig({ ...this.configOptions, stackTargets: [...this.targets] }), this.overrides));
  }
}
