import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { OtelAgent, OtelAgentProps } from './collector/otel-agent';
import { checkDnsLabel, checkNonEmpty, checkOneOf } from './common/validate';
import { Loki, LokiProps } from './loki/loki';
import { StackNamespaces } from './namespaces';
import { StackNetworkPolicies } from './network-policies';
import { Wiring } from './common/wiring';
import { Prometheus, PrometheusProps } from './prometheus/prometheus';
import { SIZES, SizeName } from './sizes';
import { Tempo, TempoProps } from './tempo/tempo';

type Shared = 'namespace' | 'clusterName' | 'deploymentEnvironment' | 'imageRegistry' | 'storageClassName';

/** One environment of the stack: everything that differs between clusters. */
export interface StackProps {
  /** The environment's name: its output goes to `dist/<name>/`. A DNS-1123 label. */
  readonly name: string;
  /** The cluster's name: `k8s.cluster.name` on signals, `cluster` on metrics. */
  readonly clusterName: string;
  /** `deployment.environment.name` on signals, `environment` on metrics, e.g. `production`. */
  readonly deploymentEnvironment: string;
  /** @default 'observability' */
  readonly namespace?: string;
  /** @default 'observability-agent' */
  readonly agentNamespace?: string;
  /**
   * Resources and volume sizes of every component; per-component props override them.
   * @default 'production'
   */
  readonly size?: SizeName;
  /** A registry that mirrors the upstream images, for air-gapped clusters. @default - the upstream repositories */
  readonly imageRegistry?: string;
  /** The StorageClass of every PVC. @default - the cluster's default StorageClass */
  readonly storageClassName?: string;
  /**
   * The namespaces whose pods may send OTLP to the node agents (NetworkPolicy).
   * @default - every namespace
   */
  readonly applicationNamespaces?: string[];
  /** @default - the defaults of {@link OtelAgentProps} and the size profile */
  readonly agent?: Omit<OtelAgentProps, Shared | 'traces' | 'logs' | 'metrics'>;
  /** @default - the defaults of {@link TempoProps} and the size profile */
  readonly tempo?: Omit<TempoProps, Shared | 'metricsRemoteWrite'>;
  /** @default - the defaults of {@link LokiProps} and the size profile */
  readonly loki?: Omit<LokiProps, Shared>;
  /** @default - the defaults of {@link PrometheusProps} and the size profile */
  readonly prometheus?: Omit<PrometheusProps, Shared | 'scrapeTargets'>;
}

/**
 * The whole observability stack for one environment: one chart per component, wired
 * through typed Endpoints. Charts hold no logic beyond composing the components.
 */
export class ObservabilityStack extends Construct {
  /** The environment's name. */
  public readonly envName: string;
  /** The charts, in the order their files are applied. */
  public readonly charts: Chart[];
  public readonly agent: OtelAgent;
  public readonly tempo: Tempo;
  public readonly loki: Loki;
  public readonly prometheus: Prometheus;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id);
    // one graph per environment: its NetworkPolicies see only its own connections
    Wiring.establish(this);
    this.envName = checkDnsLabel(`ObservabilityStack 'name'`, props.name);
    const clusterName = checkNonEmpty(`ObservabilityStack 'clusterName'`, props.clusterName);
    const deploymentEnvironment = checkNonEmpty(`ObservabilityStack 'deploymentEnvironment'`, props.deploymentEnvironment);
    const namespace = props.namespace ?? 'observability';
    const agentNamespace = props.agentNamespace ?? 'observability-agent';
    const size = SIZES[checkOneOf(`ObservabilityStack 'size'`, props.size ?? 'production', Object.keys(SIZES) as SizeName[])];
    const shared = { imageRegistry: props.imageRegistry, storageClassName: props.storageClassName };
    const chart = (name: string) => new Chart(this, name, { disableResourceNameHashes: true });
    const resources = ({ cpuRequest, memoryRequest, memoryLimit }: { cpuRequest: string; memoryRequest: string; memoryLimit: string }) => ({
      cpuRequest,
      memoryRequest,
      memoryLimit,
    });

    const nsChart = chart('00-namespaces');
    new StackNamespaces(nsChart, 'Namespaces', { namespace, agentNamespace });

    this.prometheus = new Prometheus(chart('prometheus'), 'Prometheus', {
      namespace,
      clusterName,
      deploymentEnvironment,
      resources: resources(size.prometheus),
      storageSize: size.prometheus.storageSize,
      ...shared,
      ...props.prometheus,
    });
    this.loki = new Loki(chart('loki'), 'Loki', {
      namespace,
      resources: resources(size.loki),
      storageSize: size.loki.storageSize,
      ...shared,
      ...props.loki,
    });
    this.tempo = new Tempo(chart('tempo'), 'Tempo', {
      namespace,
      clusterName,
      resources: resources(size.tempo),
      storageSize: size.tempo.storageSize,
      ...shared,
      ...props.tempo,
      metricsRemoteWrite: this.prometheus.remoteWriteDestination,
    });
    this.agent = new OtelAgent(chart('otel-agent'), 'OtelAgent', {
      namespace: agentNamespace,
      clusterName,
      deploymentEnvironment,
      resources: size.agent,
      imageRegistry: props.imageRegistry,
      ...props.agent,
      traces: this.tempo.otlpGrpcEndpoint,
      logs: this.loki.otlpDestination,
      metrics: this.prometheus.otlpDestination,
    });
    const applications = { name: 'applications', namespace: props.applicationNamespaces ?? [], podSelector: {} };
    (props.applicationNamespaces ?? []).forEach((n, i) => checkDnsLabel(`ObservabilityStack 'applicationNamespaces[${i}]'`, n));
    const wiring = Wiring.of(this);
    wiring.connect(applications, this.agent.otlpGrpcEndpoint, 'application telemetry (OTLP gRPC)');
    wiring.connect(applications, this.agent.otlpHttpEndpoint, 'application telemetry (OTLP/HTTP)');
    for (const target of [this.prometheus.httpEndpoint, this.loki.httpEndpoint, this.tempo.httpEndpoint, this.agent.metricsEndpoint]) {
      this.prometheus.addScrapeTarget(target);
    }
    // last: the policies are derived from every connection recorded above
    new StackNetworkPolicies(chart('network-policies'), 'NetworkPolicies', { namespaces: [namespace, agentNamespace] });
    this.charts = this.node.children.filter((c): c is Chart => c instanceof Chart);
  }
}
