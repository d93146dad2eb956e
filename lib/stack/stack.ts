import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { AlertSource, AlertsProps, ResolvedAlert, alertRuleGroups, resolveAlerts } from '../alerts/alerts';
import { Alertmanager, AlertmanagerProps } from '../alertmanager/alertmanager';
import { OtelAgent, OtelAgentProps } from '../collector/otel-agent';
import { OtelGateway, OtelGatewayProps } from '../collector/otel-gateway';
import { Component } from '../common/component';
import { SIZE_NAMES, SizeName } from '../common/sizes';
import { checkDnsLabel, checkInt, checkKnownKeys, checkNonEmpty, checkOneOf } from '../common/validate';
import { Wiring } from '../wiring/wiring';
import { Grafana, GrafanaProps } from '../grafana/grafana';
import { KubeStateMetrics, KubeStateMetricsProps } from '../kube-state-metrics/kube-state-metrics';
import { Loki, LokiProps } from '../loki/loki';
import { NodeExporter, NodeExporterProps } from '../node-exporter/node-exporter';
import { Prometheus, PrometheusProps } from '../prometheus/prometheus';
import { sloDashboard } from '../slo/dashboard';
import { SloProps, checkSlos, sloRuleGroup } from '../slo/slo';
import { Tempo, TempoProps } from '../tempo/tempo';
import { StackNamespaces } from './namespaces';
import { OperatorRules } from './operator-rules';

/** Props the stack sets on every component from the environment's. */
type Shared = 'namespace' | 'size' | 'imageRegistry' | 'imagePullSecrets' | 'priorityClassName' | 'storageClassName' | 'clusterName' | 'deploymentEnvironment';

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
   * The size profile of every component's resources and volume; per-component props override it.
   * @default 'production'
   */
  readonly size?: SizeName;
  /** A registry that mirrors the upstream images, for air-gapped clusters. @default - the upstream repositories */
  readonly imageRegistry?: string;
  /** The StorageClass of every PVC. @default - the cluster's default StorageClass */
  readonly storageClassName?: string;
  /** Secrets that log in to `imageRegistry`, one in each namespace of the stack. @default - none */
  readonly imagePullSecrets?: string[];
  /**
   * A PriorityClass `observability-stack` with this value for every pod but the node agent's
   * (which has its own, higher one). @default - none: the cluster's default priority
   */
  readonly priority?: number;
  /**
   * The namespaces whose pods may send OTLP to the node agents (NetworkPolicy).
   * @default - every namespace
   */
  readonly applicationNamespaces?: string[];
  /** @default - the defaults of {@link OtelAgentProps} and the size profile */
  readonly agent?: Omit<OtelAgentProps, Shared | 'traces' | 'logs' | 'metrics'>;
  /** @default - the defaults of {@link OtelGatewayProps} and the size profile */
  readonly gateway?: Omit<OtelGatewayProps, Shared | 'traces' | 'metrics'>;
  /** @default - the defaults of {@link TempoProps} and the size profile */
  readonly tempo?: Omit<TempoProps, Shared | 'metricsRemoteWrite'>;
  /** @default - the defaults of {@link LokiProps} and the size profile */
  readonly loki?: Omit<LokiProps, Shared>;
  /** @default - the defaults of {@link PrometheusProps} and the size profile */
  readonly prometheus?: Omit<PrometheusProps, Shared | 'ruleGroups' | 'alertmanager'>;
  /** @default - the defaults of {@link AlertmanagerProps} and the size profile */
  readonly alertmanager?: Omit<AlertmanagerProps, Shared>;
  /**
   * Grafana with the stack's datasources and dashboards; `enabled: false` leaves it out.
   * @default - on, with the defaults of {@link GrafanaProps} and the size profile
   */
  readonly grafana?: Omit<GrafanaProps, Shared | 'prometheus' | 'loki' | 'tempo' | 'alertmanager' | 'slowTraceThresholdMs' | 'collectors'> & { readonly enabled?: boolean };
  /**
   * kube-state-metrics, the state of the cluster's objects; `enabled: false` leaves it out
   * (and the alerts that read it).
   * @default - on, with the defaults of {@link KubeStateMetricsProps} and the size profile
   */
  readonly kubeStateMetrics?: Omit<KubeStateMetricsProps, Shared> & { readonly enabled?: boolean };
  /**
   * node-exporter on every node, in the agent namespace; `enabled: false` leaves it out (and
   * the alerts that read it).
   * @default - on, with the defaults of {@link NodeExporterProps} and the size profile
   */
  readonly nodeExporter?: Omit<NodeExporterProps, Shared> & { readonly enabled?: boolean };
  /**
   * The alerts for the cluster's objects and nodes and for the stack itself (see
   * {@link AlertsProps}): severities, runbook links, alerts left out.
   * @default - every alert whose metrics the environment produces, at its own severity
   */
  readonly alerts?: AlertsProps;
  /**
   * Service level objectives: multi-window, multi-burn-rate alerts on each (see {@link SloProps}).
   * @default - none
   */
  readonly slos?: SloProps[];
  /**
   * Also emit the stack's rules as a prometheus-operator `PrometheusRule` (file
   * `prometheus-rules.k8s.yaml`), for a cluster whose Prometheus the operator runs.
   * @default - none
   */
  readonly prometheusOperator?: { readonly ruleLabels?: Readonly<Record<string, string>> };
}

const SHARED: Shared[] = ['namespace', 'size', 'imageRegistry', 'imagePullSecrets', 'priorityClassName', 'storageClassName', 'clusterName', 'deploymentEnvironment'];

/** The keys of each component's props that the stack sets itself (the ones its type omits). */
const STACK_SUPPLIED: Readonly<Record<string, readonly string[]>> = {
  agent: [...SHARED, 'traces', 'logs', 'metrics'],
  gateway: [...SHARED, 'traces', 'metrics'],
  tempo: [...SHARED, 'metricsRemoteWrite'],
  loki: SHARED,
  prometheus: [...SHARED, 'ruleGroups', 'alertmanager'],
  alertmanager: SHARED,
  grafana: [...SHARED, 'prometheus', 'loki', 'tempo', 'alertmanager', 'slowTraceThresholdMs', 'collectors'],
  kubeStateMetrics: SHARED,
  nodeExporter: SHARED,
};

const STACK_PROP_KEYS: Record<keyof StackProps, true> = {
  name: true,
  clusterName: true,
  deploymentEnvironment: true,
  namespace: true,
  agentNamespace: true,
  size: true,
  imageRegistry: true,
  storageClassName: true,
  imagePullSecrets: true,
  priority: true,
  applicationNamespaces: true,
  agent: true,
  gateway: true,
  tempo: true,
  loki: true,
  prometheus: true,
  alertmanager: true,
  grafana: true,
  kubeStateMetrics: true,
  nodeExporter: true,
  alerts: true,
  slos: true,
  prometheusOperator: true,
};

/**
 * The whole observability stack for one environment: one chart per component, wired
 * through typed Endpoints on the stack's own wiring graph. The outputs derived from the
 * graph (NetworkPolicies, Prometheus's scrape jobs) are produced by cdk8s's synthesis from
 * the complete graph, and the graph's validation runs every output check on the charts as
 * they are written.
 */
export class ObservabilityStack extends Construct {
  /** The environment's name. */
  public readonly envName: string;
  /** Who talks to whom in this environment. */
  public readonly wiring: Wiring;
  public readonly agent: OtelAgent;
  public readonly gateway: OtelGateway;
  public readonly tempo: Tempo;
  public readonly loki: Loki;
  public readonly prometheus: Prometheus;
  public readonly alertmanager: Alertmanager;
  public readonly grafana?: Grafana;
  public readonly kubeStateMetrics?: KubeStateMetrics;
  public readonly nodeExporter?: NodeExporter;
  /** The cluster and stack alerts of the environment, resolved from its props. */
  public readonly alerts: readonly ResolvedAlert[];

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id);
    try {
      checkKnownKeys('ObservabilityStack', props, Object.keys(STACK_PROP_KEYS));
      // the stack supplies these to each component itself: refused where the types refuse them
      for (const [prop, supplied] of Object.entries(STACK_SUPPLIED)) {
        const given = (props as unknown as Record<string, Record<string, unknown> | undefined>)[prop];
        const clash = given && typeof given === 'object' ? supplied.find((k) => k in given) : undefined;
        if (clash) throw new Error(`ObservabilityStack '${prop}.${clash}' is set by the stack (from the environment's own props or its other components), got ${JSON.stringify(given![clash])}`);
      }
      this.envName = checkDnsLabel(`ObservabilityStack 'name'`, props.name);
      this.wiring = new Wiring(this, { environment: this.envName });
      const clusterName = checkNonEmpty(`ObservabilityStack 'clusterName'`, props.clusterName);
      const deploymentEnvironment = checkNonEmpty(`ObservabilityStack 'deploymentEnvironment'`, props.deploymentEnvironment);
      const size = checkOneOf(`ObservabilityStack 'size'`, props.size ?? 'production', SIZE_NAMES);
      const namespace = props.namespace ?? 'observability';
      const agentNamespace = props.agentNamespace ?? 'observability-agent';
      (props.applicationNamespaces ?? []).forEach((n, i) => checkDnsLabel(`ObservabilityStack 'applicationNamespaces[${i}]'`, n));
      const priority = props.priority === undefined ? undefined : { name: 'observability-stack', value: checkInt(`ObservabilityStack 'priority'`, props.priority, 0, 1000000000) };
      const base = { namespace, size, imageRegistry: props.imageRegistry, imagePullSecrets: props.imagePullSecrets, priorityClassName: priority?.name };
      const storage = { storageClassName: props.storageClassName };
      const labels = { clusterName, deploymentEnvironment };
      const chart = (name: string) => new Chart(this, name, { disableResourceNameHashes: true });

      new StackNamespaces(chart('00-namespaces'), 'Namespaces', { namespace, agentNamespace, priority });
      const optionalComponent = <T extends { readonly enabled?: boolean }>(prop: string, p: T | undefined): Omit<T, 'enabled'> | undefined => {
        const { enabled, ...rest } = p ?? ({} as T);
        if (enabled !== undefined && typeof enabled !== 'boolean') throw new Error(`ObservabilityStack '${prop}.enabled' must be true or false, got ${JSON.stringify(enabled)}`);
        return enabled === false ? undefined : rest;
      };
      const ksmProps = optionalComponent('kubeStateMetrics', props.kubeStateMetrics);
      const nodeExporterProps = optionalComponent('nodeExporter', props.nodeExporter);
      const sources = new Set<AlertSource>(['kubelet', 'stack', ...(ksmProps ? (['kube-state-metrics'] as const) : []), ...(nodeExporterProps ? (['node-exporter'] as const) : [])]);
      this.alerts = resolveAlerts(props.alerts, [namespace, agentNamespace], sources);
      const slos = checkSlos(props.slos ?? []);
      const ruleGroups = [...slos.map(sloRuleGroup), ...alertRuleGroups(this.alerts)];
      this.alertmanager = new Alertmanager(chart('alertmanager'), 'Alertmanager', { ...base, ...storage, ...props.alertmanager });
      const alertmanager = this.alertmanager.httpEndpoint;
      this.prometheus = new Prometheus(chart('prometheus'), 'Prometheus', { ...base, ...storage, ...labels, ...props.prometheus, ruleGroups, alertmanager });
      this.loki = new Loki(chart('loki'), 'Loki', { ...base, ...storage, ...props.loki });
      const metricsRemoteWrite = this.prometheus.remoteWriteDestination;
      this.tempo = new Tempo(chart('tempo'), 'Tempo', { ...base, ...storage, clusterName, ...props.tempo, metricsRemoteWrite });
      const red = this.prometheus.otlpDestination;
      this.gateway = new OtelGateway(chart('otel-gateway'), 'OtelGateway', { ...base, ...storage, ...props.gateway, traces: this.tempo.otlpGrpcEndpoint, metrics: red });
      this.agent = new OtelAgent(chart('otel-agent'), 'OtelAgent', {
        ...base,
        ...labels,
        namespace: agentNamespace,
        // the agent has a PriorityClass of its own
        priorityClassName: undefined,
        ...props.agent,
        traces: this.gateway.otlpGrpcEndpoint,
        logs: this.loki.otlpDestination,
        metrics: this.prometheus.otlpDestination,
      });

      const grafanaProps = optionalComponent('grafana', props.grafana);
      if (grafanaProps) {
        this.grafana = new Grafana(chart('grafana'), 'Grafana', {
          ...base,
          ...storage,
          ...grafanaProps,
          prometheus: { endpoint: this.prometheus.httpEndpoint, scrapeInterval: this.prometheus.scrapeInterval },
          loki: { endpoint: this.loki.httpEndpoint, indexLabels: this.loki.indexLabels },
          tempo: this.tempo.httpEndpoint,
          alertmanager: this.alertmanager.httpEndpoint,
          // the SLO dashboard first, then the environment's own
          dashboards: [...(slos.length ? [{ uid: 'slos', title: 'Service level objectives', dashboards: [sloDashboard(slos)] }] : []), ...(grafanaProps.dashboards ?? [])],
          slowTraceThresholdMs: this.gateway.latencyThresholdMs,
          collectors: [this.agent.metricsEndpoint!, this.gateway.metricsEndpoint!],
        });
      }
      if (ksmProps) this.kubeStateMetrics = new KubeStateMetrics(chart('kube-state-metrics'), 'KubeStateMetrics', { ...base, ...ksmProps });
      if (nodeExporterProps) this.nodeExporter = new NodeExporter(chart('node-exporter'), 'NodeExporter', { ...base, namespace: agentNamespace, ...nodeExporterProps });

      if (props.prometheusOperator) {
        checkKnownKeys(`ObservabilityStack 'prometheusOperator'`, props.prometheusOperator, ['ruleLabels']);
        new OperatorRules(chart('prometheus-rules'), 'OperatorRules', { namespace, groups: ruleGroups, ruleLabels: props.prometheusOperator.ruleLabels });
      }

      const applications = { name: 'applications', namespace: props.applicationNamespaces ?? [], podSelector: {} };
      this.wiring.connect(applications, this.agent.otlpGrpcEndpoint, 'application telemetry (OTLP gRPC)');
      this.wiring.connect(applications, this.agent.otlpHttpEndpoint, 'application telemetry (OTLP/HTTP)');
    } catch (e) {
      // every prop error starts with the environment it came from
      const env = typeof props?.name === 'string' && props.name ? props.name : id;
      throw new Error(`${env}: ${(e as Error).message}`);
    }
  }

  /** Every component of the stack, in the order they were added. */
  public get components(): Component<any>[] {
    return this.node.findAll().filter((c): c is Component<any> => c instanceof Component);
  }

  /** The charts of the environment, in the order cdk8s writes them. */
  public get charts(): Chart[] {
    return this.wiring.charts;
  }
}
