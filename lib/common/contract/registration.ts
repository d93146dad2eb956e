import { Construct } from 'constructs';
import { AlertDefinition } from './alert-definitions';
import { Component, ComponentDeclaration } from './component';
import { DashboardFolder } from '../vocabulary/dashboards';
import { Endpoint, HttpDestination } from './endpoint';
import { IntakeProps } from '../vocabulary/intake';
import { RuleGroup } from '../vocabulary/rules';
import { SizeName } from '../vocabulary/sizes';

/**
 * What one component offers the others of a stack, by role, not by name: a component's
 * registration provides the roles it fills and asks for the ones it needs, so no component
 * names another and the stack composes them in its registry's order.
 */
export interface Capabilities {
  /** Alertmanager's API, on its Service (any replica answers). */
  readonly 'alerts-api': Endpoint;
  /** Where alerts are sent: each replica of the Alertmanager cluster, every alert to each. */
  readonly 'alert-receivers': readonly Endpoint[];
  /**
   * Where OTLP metrics are written (Prometheus's OTLP receiver): one per replica of a
   * highly available Prometheus, and every point goes to each (`ctx.all`).
   */
  readonly 'metrics-otlp': HttpDestination;
  /** Where metrics are remote-written (Tempo's metrics generator writes span metrics there): one per replica, as `metrics-otlp`. */
  readonly 'metrics-remote-write': HttpDestination;
  /** The metrics query API and the interval its series are scraped at. */
  readonly 'metrics-query': { readonly endpoint: Endpoint; readonly scrapeInterval: string };
  /**
   * The replicas of a highly available Prometheus, each by its StoreAPI (gRPC), the label
   * that tells them apart and their scrape interval: what a query layer merges.
   */
  readonly 'metrics-replicas': { readonly storeApis: readonly Endpoint[]; readonly replicaLabel: string; readonly scrapeInterval: string };
  /** Where OTLP logs are written. */
  readonly 'logs-otlp': HttpDestination;
  /** The logs query API and the resource attributes it indexes. */
  readonly 'logs-query': { readonly endpoint: Endpoint; readonly indexLabels: readonly string[] };
  /** Where sampled traces are stored (OTLP gRPC). */
  readonly 'traces-store': Endpoint;
  /** The traces query API. */
  readonly 'traces-query': Endpoint;
  /** Where the node agents send traces to be sampled whole (OTLP gRPC), and the latency kept above. */
  readonly 'traces-sampling': { readonly endpoint: Endpoint; readonly slowTraceThresholdMs: number };
  /** A collector's own metrics endpoint (the stack-health dashboard reads every one). */
  readonly 'collector-metrics': Endpoint;
}

/** A role of {@link Capabilities}. */
export type Capability = keyof Capabilities;

/** The props every component of a stack takes from the environment's own. */
export type SharedProp = 'namespace' | 'size' | 'imageRegistry' | 'imagePullSecrets' | 'priorityClassName' | 'storageClassName' | 'clusterName' | 'deploymentEnvironment';

/** Every {@link SharedProp}, refused in a component's props given to the stack. */
export const SHARED_PROPS: readonly SharedProp[] = ['namespace', 'size', 'imageRegistry', 'imagePullSecrets', 'priorityClassName', 'storageClassName', 'clusterName', 'deploymentEnvironment'];

/** What the stack hands each component's factory: the environment, and the roles filled so far. */
export interface StackContext {
  /** The environment's name. */
  readonly environment: string;
  /** The props every component takes from the environment. */
  readonly base: { readonly namespace: string; readonly size: SizeName; readonly imageRegistry?: string; readonly imagePullSecrets?: readonly string[]; readonly priorityClassName?: string };
  /** The StorageClass of every PVC, for components with a volume. */
  readonly storageClassName?: string;
  /** What the environment expects to take in, for the backends' documented limits. */
  readonly intake: IntakeProps;
  /** How often the stack's Prometheus evaluates its rules (its scrape interval), and so sends its firing alerts. */
  readonly evaluationInterval: string;
  readonly clusterName: string;
  readonly deploymentEnvironment: string;
  /** The namespace of the pods on every node (host access). */
  readonly agentNamespace: string;
  /** The namespaces whose pods may send telemetry to the node agents (empty: every namespace). */
  readonly applicationNamespaces: readonly string[];
  /** The environment's recording and alerting rules (SLOs, then the components' alerts). */
  readonly ruleGroups: readonly RuleGroup[];
  /** Dashboards the environment adds (the SLO dashboard when it has SLOs). */
  readonly dashboards: readonly DashboardFolder[];
  /** Records a role this component fills. */
  provide<K extends Capability>(role: K, value: Capabilities[K]): void;
  /** The one component filling a role, which must be there already. */
  need<K extends Capability>(role: K): Capabilities[K];
  /** The one component filling a role, if any. */
  get<K extends Capability>(role: K): Capabilities[K] | undefined;
  /** Every component filling a role. */
  all<K extends Capability>(role: K): Array<Capabilities[K]>;
  /** Every component filling a role, at least one of which must be there already. */
  needAll<K extends Capability>(role: K): Array<Capabilities[K]>;
}

/**
 * One component of the stack as data, exported by its folder: the registry lists these, the
 * stack builds each from it, and `StackProps` has one prop per registration.
 * @typeParam K the prop of `StackProps` that configures it
 * @typeParam U what that prop takes
 * @typeParam C the construct it makes
 */
export interface ComponentRegistration<K extends string = string, U extends object = any, C extends Component<any> = Component<any>, O extends boolean = boolean> {
  readonly key: K;
  /** The chart it is made in: the output file `<chart>.k8s.yaml`. */
  readonly chart: string;
  readonly declaration: ComponentDeclaration<any>;
  /** Its prop takes `enabled: false`, which leaves it out, and its alerts with it. @default false */
  readonly optional?: O;
  /** Made only when a component before it fills this role (else left out, as if not enabled). @default - always made */
  readonly onlyWith?: Capability;
  /** Keys of its props the stack sets, besides the {@link SharedProp}s: refused in the user's. */
  readonly supplied?: readonly string[];
  /** The producers in the known-metrics data whose metrics its alerts read (beside Prometheus's own). @default - none */
  readonly metricProducers?: readonly string[];
  /** The alerts on its metrics. @default - none */
  readonly alerts?: (stackNamespaces: readonly string[]) => AlertDefinition[];
  /** Makes the component in its chart, from the user's prop and the roles filled before it. */
  readonly create: (scope: Construct, ctx: StackContext, props: U) => C;
}

/** What a registration's prop of `StackProps` takes: its props, and `enabled` where it is optional. */
export type RegistrationProps<R> = R extends ComponentRegistration<string, infer U, Component<any>, infer O> ? (O extends true ? U & { readonly enabled?: boolean } : U) : never;
/** The construct a registration makes. */
export type RegistrationComponent<R> = R extends ComponentRegistration<string, any, infer C, boolean> ? C : never;

/** A registration with its types inferred from its fields. */
export const registration = <K extends string, U extends object, C extends Component<any>, O extends boolean = false>(r: ComponentRegistration<K, U, C, O>): ComponentRegistration<K, U, C, O> => r;
