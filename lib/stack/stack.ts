import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { AlertsProps, ResolvedAlert, alertRuleGroups, resolveAlerts } from '../alerts/alerts';
import { Component } from '../common/contract/component';
import { Capabilities, Capability, RegistrationComponent, RegistrationProps, SHARED_PROPS, StackContext } from '../common/contract/registration';
import { IntakeProps, checkIntake } from '../common/vocabulary/intake';
import { SIZE_NAMES, SizeName } from '../common/vocabulary/sizes';
import { checkDnsLabel, checkInt, checkKnownKeys, checkNonEmpty, checkOneOf } from '../common/vocabulary/validate';
import { Wiring } from '../wiring/wiring';
import { sloDashboard } from '../slo/dashboard';
import { SloProps, checkSloPeriods, checkSlos, sloRuleGroup } from '../slo/slo';
import { DEFAULT_RETENTION } from '../prometheus/prometheus';
import { DEFAULT_SCRAPE_INTERVAL } from '../common/vocabulary/rules';
import { Duration } from '../common/vocabulary/duration';
import { StackNamespaces } from './namespaces';
import { OperatorRules } from './operator-rules';
import { REGISTRY } from './registry';

type Registration = (typeof REGISTRY)[number];
/** The prop of each registered component: `agent`, `tempo`, `grafana`, ... */
export type ComponentKey = Registration['key'];
/** The construct a registered component's prop makes. */
export type ComponentOf<K extends ComponentKey> = RegistrationComponent<Extract<Registration, { key: K }>>;

/**
 * One prop per component of the registry, each taking that component's props but those the
 * stack sets (the environment's, and its wiring to the others); an optional component's
 * also takes `enabled: false`, which leaves it out.
 * @default - each component with the defaults of its props and the size profile
 */
export type ComponentsProps = { readonly [R in Registration as R['key']]?: RegistrationProps<R> };

/** One environment of the stack: everything that differs between clusters. */
export interface StackProps extends ComponentsProps {
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
  /**
   * The alerts for the cluster's objects and nodes and for the stack itself (see
   * {@link AlertsProps}): severities, runbook links, alerts left out.
   * @default - every alert whose metrics the environment produces, at its own severity
   */
  readonly alerts?: AlertsProps;
  /**
   * What the environment expects to take in (logs a day, spans a second): each backend's
   * shape is checked against its vendor's documented limit for it (see {@link IntakeProps}).
   * @default - not declared: no limit is checked
   */
  readonly intake?: IntakeProps;
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

const ENVIRONMENT_PROP_KEYS: Record<Exclude<keyof StackProps, ComponentKey>, true> = {
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
  alerts: true,
  intake: true,
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
  /** The cluster and stack alerts of the environment, resolved from its props. */
  public readonly alerts: readonly ResolvedAlert[];
  private readonly made = new Map<string, Component<any>>();

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id);
    try {
      checkKnownKeys('ObservabilityStack', props, [...Object.keys(ENVIRONMENT_PROP_KEYS), ...REGISTRY.map((r) => r.key)]);
      const given = props as unknown as Record<string, Record<string, unknown> | undefined>;
      // a component's prop, checked; undefined when it is left out
      const componentProps = REGISTRY.map((r) => {
        const p = given[r.key] ?? {};
        if (typeof p !== 'object' || Array.isArray(p)) throw new Error(`ObservabilityStack '${r.key}' must be a mapping of its props, got ${JSON.stringify(p)}`);
        // the stack supplies these to each component itself: refused where the types refuse them
        const clash = [...SHARED_PROPS, ...(r.supplied ?? [])].find((k) => k in p);
        if (clash) throw new Error(`ObservabilityStack '${r.key}.${clash}' is set by the stack (from the environment's own props or its other components), got ${JSON.stringify(p[clash])}`);
        if (!r.optional) return { r, props: p };
        const { enabled, ...rest } = p;
        if (enabled !== undefined && typeof enabled !== 'boolean') throw new Error(`ObservabilityStack '${r.key}.enabled' must be true or false, got ${JSON.stringify(enabled)}`);
        return { r, props: enabled === false ? undefined : rest };
      }).filter((c) => c.props !== undefined);

      this.envName = checkDnsLabel(`ObservabilityStack 'name'`, props.name);
      this.wiring = new Wiring(this, { environment: this.envName });
      const clusterName = checkNonEmpty(`ObservabilityStack 'clusterName'`, props.clusterName);
      const deploymentEnvironment = checkNonEmpty(`ObservabilityStack 'deploymentEnvironment'`, props.deploymentEnvironment);
      const size = checkOneOf(`ObservabilityStack 'size'`, props.size ?? 'production', SIZE_NAMES);
      const namespace = props.namespace ?? 'observability';
      const agentNamespace = props.agentNamespace ?? 'observability-agent';
      const applicationNamespaces = (props.applicationNamespaces ?? []).map((n, i) => checkDnsLabel(`ObservabilityStack 'applicationNamespaces[${i}]'`, n));
      const priority = props.priority === undefined ? undefined : { name: 'observability-stack', value: checkInt(`ObservabilityStack 'priority'`, props.priority, 0, 1000000000) };
      const chart = (name: string) => new Chart(this, name, { disableResourceNameHashes: true });

      new StackNamespaces(chart('00-namespaces'), 'Namespaces', { namespace, agentNamespace, priority });
      const stackNamespaces = [namespace, agentNamespace];
      this.alerts = resolveAlerts(props.alerts, componentProps.flatMap((c) => c.r.alerts?.(stackNamespaces) ?? []));
      const slos = checkSlos(props.slos ?? []);
      // the SLO rules run on the stack's Prometheus, which keeps their samples
      checkSloPeriods(slos, { owner: `Prometheus 'retention'`, value: props.prometheus?.retention ?? DEFAULT_RETENTION });
      const ruleGroups = [...slos.map(sloRuleGroup), ...alertRuleGroups(this.alerts)];

      const roles = new Map<Capability, unknown[]>();
      const ctx: StackContext = {
        environment: this.envName,
        base: { namespace, size, imageRegistry: props.imageRegistry, imagePullSecrets: props.imagePullSecrets, priorityClassName: priority?.name },
        storageClassName: props.storageClassName,
        intake: checkIntake(props.intake),
        // the stack's Prometheus evaluates at its scrape interval: a bad one is named as the prop it is
        evaluationInterval: Duration.parse(`Prometheus 'scrapeInterval'`, props.prometheus?.scrapeInterval ?? DEFAULT_SCRAPE_INTERVAL).toPrometheus(),
        clusterName,
        deploymentEnvironment,
        agentNamespace,
        applicationNamespaces,
        ruleGroups,
        // the SLO dashboard first, then the environment's own
        dashboards: slos.length ? [{ uid: 'slos', title: 'Service level objectives', dashboards: [sloDashboard(slos)] }] : [],
        provide: (role, value) => void roles.set(role, [...(roles.get(role) ?? []), value]),
        all: <K extends Capability>(role: K) => (roles.get(role) ?? []) as Array<Capabilities[K]>,
        get: (role) => {
          const all = ctx.all(role);
          if (all.length > 1) throw new Error(`${all.length} components fill the role '${role}', which takes one`);
          return all[0];
        },
        needAll: (role) => {
          const all = ctx.all(role);
          if (!all.length) throw new Error(`no component before this one fills the role '${role}' it needs (the registry's order decides)`);
          return all;
        },
        need: (role) => {
          const v = ctx.get(role);
          if (v === undefined) throw new Error(`no component before this one fills the role '${role}' it needs (the registry's order decides)`);
          return v;
        },
      };
      for (const { r, props: p } of componentProps) {
        // a component that serves another's role is made only when that role is filled
        if ('onlyWith' in r && r.onlyWith && ctx.all(r.onlyWith).length === 0) continue;
        this.made.set(r.key, r.create(chart(r.chart), ctx, p as never));
      }

      if (props.prometheusOperator) {
        checkKnownKeys(`ObservabilityStack 'prometheusOperator'`, props.prometheusOperator, ['ruleLabels']);
        new OperatorRules(chart('prometheus-rules'), 'OperatorRules', { namespace, groups: ruleGroups, ruleLabels: props.prometheusOperator.ruleLabels });
      }
    } catch (e) {
      // every prop error starts with the environment it came from
      const env = typeof props?.name === 'string' && props.name ? props.name : id;
      throw new Error(`${env}: ${(e as Error).message}`);
    }
  }

  /** The component a prop of the registry made, or undefined when it is left out. */
  public component<K extends ComponentKey>(key: K): ComponentOf<K> | undefined {
    return this.made.get(key) as ComponentOf<K> | undefined;
  }

  /** Every component of the stack, in the order they were added. */
  public get components(): Component<any>[] {
    return this.node.findAll().filter((c): c is Component<any> => c instanceof Component);
  }

  /** The charts of the environment, in the order they are written. */
  public get charts(): Chart[] {
    return this.wiring.charts;
  }
}
