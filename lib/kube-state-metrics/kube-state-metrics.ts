import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { Component, ComponentProps } from '../common/contract/component';
import { resourceRequirements } from '../common/k8s/resources';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../common/k8s/security';
import { containerPorts, httpProbe, servicePorts } from '../common/k8s/workload';
import { KUBE_STATE_METRICS } from './declaration';

/**
 * The `--resources=` names kube-state-metrics accepts that the stack offers, each with the
 * API group and resource its ClusterRole must `list` and `watch` (upstream
 * examples/standard/cluster-role.yaml). Secrets and ConfigMaps are left out on purpose:
 * their metrics carry names an operator rarely needs and the grant would read every Secret.
 */
export const KSM_RESOURCES = {
  cronjobs: { apiGroup: 'batch', resource: 'cronjobs' },
  daemonsets: { apiGroup: 'apps', resource: 'daemonsets' },
  deployments: { apiGroup: 'apps', resource: 'deployments' },
  endpointslices: { apiGroup: 'discovery.k8s.io', resource: 'endpointslices' },
  horizontalpodautoscalers: { apiGroup: 'autoscaling', resource: 'horizontalpodautoscalers' },
  ingresses: { apiGroup: 'networking.k8s.io', resource: 'ingresses' },
  jobs: { apiGroup: 'batch', resource: 'jobs' },
  leases: { apiGroup: 'coordination.k8s.io', resource: 'leases' },
  limitranges: { apiGroup: '', resource: 'limitranges' },
  namespaces: { apiGroup: '', resource: 'namespaces' },
  networkpolicies: { apiGroup: 'networking.k8s.io', resource: 'networkpolicies' },
  nodes: { apiGroup: '', resource: 'nodes' },
  persistentvolumeclaims: { apiGroup: '', resource: 'persistentvolumeclaims' },
  persistentvolumes: { apiGroup: '', resource: 'persistentvolumes' },
  poddisruptionbudgets: { apiGroup: 'policy', resource: 'poddisruptionbudgets' },
  pods: { apiGroup: '', resource: 'pods' },
  replicasets: { apiGroup: 'apps', resource: 'replicasets' },
  resourcequotas: { apiGroup: '', resource: 'resourcequotas' },
  services: { apiGroup: '', resource: 'services' },
  statefulsets: { apiGroup: 'apps', resource: 'statefulsets' },
  storageclasses: { apiGroup: 'storage.k8s.io', resource: 'storageclasses' },
} as const satisfies Record<string, { readonly apiGroup: string; readonly resource: string }>;

/** A resource kube-state-metrics can report on. */
export type KsmResource = keyof typeof KSM_RESOURCES;

/**
 * The default `--resources=`: what the cluster alerts and dashboards read (pods and their
 * owners, workloads, jobs, nodes, volumes) and the objects a platform engineer checks first.
 */
export const DEFAULT_KSM_RESOURCES: readonly KsmResource[] = [
  'cronjobs',
  'daemonsets',
  'deployments',
  'horizontalpodautoscalers',
  'jobs',
  'namespaces',
  'nodes',
  'persistentvolumeclaims',
  'persistentvolumes',
  'poddisruptionbudgets',
  'pods',
  'replicasets',
  'statefulsets',
];

/** Properties of {@link KubeStateMetrics}. */
export interface KubeStateMetricsProps extends ComponentProps {
  /**
   * The objects it reports on (`--resources=`); its ClusterRole grants `list` and `watch`
   * on exactly these.
   * @default DEFAULT_KSM_RESOURCES
   */
  readonly kubeResources?: readonly KsmResource[];
}

/** The image's user (distroless `nonroot`-style 65534). */
const IMAGE_USER = { uid: 65534, gid: 65534 };

/**
 * kube-state-metrics: the state of the cluster's objects as metrics, one replica (a second
 * would report every series twice), read-only access to exactly the resources it is
 * started with, no token or subject-access reviews (its `--auth-filter` is off), scraped
 * by Prometheus with `honor_labels` so the object's namespace and pod stay on the series.
 */
export class KubeStateMetrics extends Component<KubeStateMetricsProps> {
  /** The resources it reports on (`--resources=`), sorted: its ClusterRole grants exactly these. */
  public readonly resourcesWatched: readonly KsmResource[];

  constructor(scope: Construct, id: string, props: KubeStateMetricsProps) {
    super(scope, id, KUBE_STATE_METRICS, props, { external: [{ ports: [443, 6443], purpose: 'Kubernetes API (list and watch)', destination: 'the Kubernetes API server' }] });
    const chosen = props.kubeResources ?? DEFAULT_KSM_RESOURCES;
    if (!Array.isArray(chosen) || chosen.length === 0) {
      throw new Error(`KubeStateMetrics 'kubeResources' must list at least one of ${Object.keys(KSM_RESOURCES).join(', ')}, got ${JSON.stringify(chosen)}`);
    }
    for (const r of chosen) {
      if (!(r in KSM_RESOURCES)) throw new Error(`KubeStateMetrics 'kubeResources' must name resources among ${Object.keys(KSM_RESOURCES).join(', ')}, got '${r}'`);
    }
    this.resourcesWatched = [...new Set(chosen)].sort();
    const ports = KUBE_STATE_METRICS.ports;
    const selector = this.peer.podSelector;

    const identity = this.podIdentity(true);
    // one rule per API group, exactly the started resources, list and watch only
    const groups = new Map<string, string[]>();
    for (const r of this.resourcesWatched) {
      const { apiGroup, resource } = KSM_RESOURCES[r];
      groups.set(apiGroup, [...(groups.get(apiGroup) ?? []), resource]);
    }
    this.clusterRole([...groups.keys()].sort().map((g) => ({ apiGroups: [g], resources: groups.get(g)!.sort(), verbs: ['list', 'watch'] })));

    new k8s.KubeService(this, 'Service', {
      metadata: this.metadata(),
      spec: { selector, ports: servicePorts([ports.http, ports.telemetry]) },
    });

    new k8s.KubeDeployment(this, 'Deployment', {
      metadata: this.metadata(),
      spec: {
        replicas: 1,
        selector: { matchLabels: selector },
        // never two at once: each would report every object
        strategy: { type: 'Recreate' },
        template: {
          metadata: { labels: this.metadata(this.name, false).labels },
          spec: {
            ...identity,
            ...(this.priorityClassName ? { priorityClassName: this.priorityClassName } : {}),
            securityContext: restrictedPodSecurityContext(IMAGE_USER),
            containers: [
              {
                name: this.name,
                image: this.image,
                imagePullPolicy: 'IfNotPresent',
                args: [`--port=${ports.http.port}`, `--telemetry-port=${ports.telemetry.port}`, `--resources=${this.resourcesWatched.join(',')}`],
                ports: containerPorts([ports.http, ports.telemetry]),
                resources: resourceRequirements(`KubeStateMetrics 'resources'`, this.size),
                livenessProbe: httpProbe(ports.http, '/livez', { initialDelaySeconds: 5 }),
                readinessProbe: httpProbe(ports.telemetry, '/readyz', { initialDelaySeconds: 5 }),
                securityContext: restrictedContainerSecurityContext(),
              },
            ],
          },
        },
      },
    });
  }
}
