import { Construct } from 'constructs';
import * as k8s from '../../../imports/k8s';
import { COMPONENT_PROP_KEYS, Component, ComponentDeclaration, ComponentProps, ConfigMapRef, EgressDeclaration } from './component';
import { selectorLabels } from '../k8s/labels';
import { NamedPort } from '../k8s/ports';
import { parseMemory, resourceRequirements } from '../k8s/resources';
import { ImageUser, restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../k8s/security';
import { containerPorts, servicePorts, spreadOverZonesAndNodes } from '../k8s/workload';

/**
 * A StatefulSet whose volumeClaimTemplates are written as the API server stores them (with
 * `apiVersion`, `kind` and `status.phase`, which the generated bindings have no field
 * for), so that a
 * second `kubectl apply`, `kubectl diff` or an ArgoCD sync finds nothing to change.
 */
class StatefulSet extends k8s.KubeStatefulSet {
  public toJson(): any {
    const json = super.toJson();
    const templates = (json.spec?.volumeClaimTemplates ?? []).map((t: object) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', ...t, status: { phase: 'Pending' } }));
    return templates.length ? { ...json, spec: { ...json.spec, volumeClaimTemplates: templates } } : json;
  }
}

/** The props every single-process backend (Tempo, Loki, Prometheus) takes. */
export interface BackendProps extends ComponentProps {
  /** The size of the data volume. @default - the size profile's */
  readonly storageSize?: string;
  /** @default - the cluster's default StorageClass */
  readonly storageClassName?: string;
}

/** The keys of {@link BackendProps}, for a declaration's `props`. */
export const BACKEND_PROP_KEYS: Record<keyof BackendProps, true> = { ...COMPONENT_PROP_KEYS, storageSize: true, storageClassName: true };

/** How a stateful component runs: StatefulSet pods, each on a PVC of its own. */
export interface StatefulBackendSpec {
  readonly user: ImageUser;
  readonly args: string[];
  readonly env?: k8s.EnvVar[];
  readonly ports: Array<NamedPort & { appProtocol?: string }>;
  /** Ports the container declares that the Service does not expose (a health check's). @default - none */
  readonly podOnlyPorts?: NamedPort[];
  /** Secrets, each key a file at its path (read-only, owner-readable only). @default - none */
  readonly secrets?: ReadonlyArray<{ readonly name: string; readonly keys: readonly string[]; readonly mountPath: string }>;
  /**
   * Config maps, each mounted read-only at its path (a directory, so the kubelet updates it
   * in place); their checksum rolls the pod, but for those reloaded in place (`reloads`: the
   * component watches the files, or a sidecar watches them and tells it to reload), whose
   * changes reach the running pod without a restart.
   */
  readonly configMaps: Array<{ readonly ref: ConfigMapRef; readonly mountPath: string; readonly reloads?: boolean }>;
  /**
   * More containers of the pod beside the component's own (a sidecar), each with the
   * restricted security context added. @default - none
   */
  readonly sidecars?: readonly k8s.Container[];
  /** Where the data volume (volumeClaimTemplate `data`) is mounted; none when undefined (a workload that keeps nothing on disk). */
  readonly dataDir?: string;
  /** Also mount an emptyDir at /tmp. */
  readonly tmp: boolean;
  readonly readinessProbe: k8s.Probe;
  readonly livenessProbe: k8s.Probe;
  readonly startupProbe?: k8s.Probe;
  /** The pod talks to the API server with the component's ServiceAccount. @default - no token is mounted */
  readonly apiAccess?: boolean;
  readonly terminationGracePeriodSeconds?: number;
  /** Seconds a pod is ready before it counts as available: a rolling update waits as long before the next. @default 0 */
  readonly minReadySeconds?: number;
  /** `null` leaves the count to an autoscaler (no `spec.replicas`). @default 1 */
  readonly replicas?: number | null;
  /**
   * Several replicas, addressed one by one: a headless Service (its `spec.serviceName`),
   * pods started in parallel and spread across nodes, and a PodDisruptionBudget that lets
   * one go at a time. @default false
   */
  readonly scaleOut?: boolean;
  /** A PodDisruptionBudget that lets one pod go at a time (always with `scaleOut`). @default false */
  readonly disruptionBudget?: boolean;
  /**
   * The replicas form a cluster of their own (gossip): a second, headless Service
   * `<name>-peers` with these ports governs the StatefulSet (each pod has a DNS name under
   * it, published before the pod is ready, as peers must find each other to become ready),
   * and the pods spread across zones and nodes. The main Service stays a ClusterIP Service
   * for clients. @default - no cluster
   */
  readonly peers?: { readonly ports: NamedPort[] };
  /** Where the pods should not land beside others (pod anti-affinity). @default - none */
  readonly affinity?: k8s.Affinity;
}

/**
 * The read-only mounts of a pod's config maps and secrets, as its own container mounts them:
 * a sidecar that reads or watches the same files mounts these.
 */
export const fileMounts = (s: Pick<StatefulBackendSpec, 'configMaps' | 'secrets'>): k8s.VolumeMount[] => [
  ...s.configMaps.map((c, i) => ({ name: i === 0 ? 'config' : `config-${i}`, mountPath: c.mountPath, readOnly: true })),
  ...(s.secrets ?? []).map((x) => ({ name: `secret-${x.name}`, mountPath: x.mountPath, readOnly: true })),
];

/**
 * A stateful component of the stack: a Service and a StatefulSet with a volumeClaimTemplate,
 * the shape every backend shares (one replica, ClusterIP) and the gateway too (several
 * replicas behind a headless Service, each with its queue on its own volume).
 */
export abstract class StatefulBackend<P extends BackendProps> extends Component<P> {
  /** The data volume's size. */
  protected readonly storageSize: string;
  private readonly storageClassName?: string;

  protected constructor(scope: Construct, id: string, declaration: ComponentDeclaration<P>, props: P, egress?: EgressDeclaration) {
    super(scope, id, declaration, props, egress);
    this.storageSize = props.storageSize ?? this.size.storageSize ?? '10Gi';
    if (parseMemory(this.storageSize) === undefined) {
      throw new Error(`${this.owner} 'storageSize' must be a storage quantity such as 10Gi, got '${this.storageSize}'`);
    }
    this.storageClassName = props.storageClassName;
  }

  /** The headless Service of a cluster's peers (see `peers`). */
  protected get peersService(): string {
    return `${this.name}-peers`;
  }

  /** Creates the Service and the StatefulSet. */
  protected statefulBackend(s: StatefulBackendSpec): void {
    const selector = selectorLabels(this.identity);
    const identity = this.podIdentity(s.apiAccess ?? false);
    new k8s.KubeService(this, 'Service', {
      metadata: this.metadata(),
      spec: { ...(s.scaleOut ? { clusterIp: 'None' } : {}), selector, ports: servicePorts(s.ports) },
    });
    if (s.peers) {
      new k8s.KubeService(this, 'PeersService', {
        metadata: this.metadata(this.peersService),
        spec: { clusterIp: 'None', publishNotReadyAddresses: true, selector, ports: servicePorts(s.peers.ports) },
      });
    }
    if (s.scaleOut || s.disruptionBudget) {
      new k8s.KubePodDisruptionBudget(this, 'PodDisruptionBudget', {
        metadata: this.metadata(),
        spec: { selector: { matchLabels: selector }, maxUnavailable: k8s.IntOrString.fromNumber(1) },
      });
    }

    new StatefulSet(this, 'StatefulSet', {
      metadata: this.metadata(),
      spec: {
        serviceName: s.peers ? this.peersService : this.name,
        ...(s.replicas === null ? {} : { replicas: s.replicas ?? 1 }),
        selector: { matchLabels: selector },
        podManagementPolicy: s.scaleOut || s.peers ? 'Parallel' : 'OrderedReady',
        updateStrategy: { type: 'RollingUpdate' },
        ...(s.minReadySeconds ? { minReadySeconds: s.minReadySeconds } : {}),
        template: {
          metadata: {
            labels: this.metadata().labels,
            // a checksum of the configs the component does not reload by itself: their change rolls the pods
            ...(s.configMaps.some((c) => !c.reloads) ? { annotations: this.podAnnotations(...s.configMaps.filter((c) => !c.reloads).map((c) => c.ref)) } : {}),
          },
          spec: {
            ...identity,
            ...(this.priorityClassName ? { priorityClassName: this.priorityClassName } : {}),
            securityContext: restrictedPodSecurityContext(s.user),
            terminationGracePeriodSeconds: s.terminationGracePeriodSeconds ?? 60,
            ...(s.scaleOut || s.peers
              ? {
                  topologySpreadConstraints: spreadOverZonesAndNodes(selector),
                }
              : {}),
            ...(s.affinity ? { affinity: s.affinity } : {}),
            containers: [
              {
                name: this.name,
                image: this.image,
                imagePullPolicy: 'IfNotPresent',
                ...(s.args.length ? { args: s.args } : {}),
                // a peers port a sidecar serves is the sidecar's to declare
                ports: containerPorts([
                  ...s.ports,
                  ...(s.peers?.ports ?? []).filter((p) => !s.ports.some((q) => q.name === p.name) && !(s.sidecars ?? []).some((c) => (c.ports ?? []).some((q) => q.name === p.name))),
                  ...(s.podOnlyPorts ?? []),
                ]),
                ...(s.env && s.env.length ? { env: s.env } : {}),
                resources: resourceRequirements(`${this.owner} 'resources'`, this.size),
                readinessProbe: s.readinessProbe,
                livenessProbe: s.livenessProbe,
                ...(s.startupProbe ? { startupProbe: s.startupProbe } : {}),
                securityContext: restrictedContainerSecurityContext(),
                volumeMounts: [
                  ...fileMounts(s),
                  ...(s.dataDir ? [{ name: 'data', mountPath: s.dataDir }] : []),
                  ...(s.tmp ? [{ name: 'tmp', mountPath: '/tmp' }] : []),
                ],
              },
              ...(s.sidecars ?? []).map((c) => ({ imagePullPolicy: 'IfNotPresent', ...c, securityContext: restrictedContainerSecurityContext() })),
            ],
            volumes: [
              ...s.configMaps.map((c, i) => ({ name: i === 0 ? 'config' : `config-${i}`, configMap: { name: c.ref.name } })),
              ...(s.secrets ?? []).map((x) => ({
                name: `secret-${x.name}`,
                secret: { secretName: x.name, defaultMode: 0o400, items: x.keys.map((key) => ({ key, path: key })) },
              })),
              ...(s.tmp ? [{ name: 'tmp', emptyDir: {} }] : []),
            ],
          },
        },
        ...(s.dataDir ? { volumeClaimTemplates: this.volumeClaimTemplates(selector) } : {}),
      },
    });
  }

  /** The data volume of each replica. */
  private volumeClaimTemplates(selector: Record<string, string>): k8s.KubePersistentVolumeClaimProps[] {
    return [
      {
        metadata: { name: 'data', labels: selector },
        spec: {
          accessModes: ['ReadWriteOnce'],
          volumeMode: 'Filesystem',
          ...(this.storageClassName ? { storageClassName: this.storageClassName } : {}),
          resources: { requests: { storage: k8s.Quantity.fromString(this.storageSize) } },
        },
      },
    ];
  }
}
