import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { ImageName, imageRef } from './images';
import { ConfigOverrides } from './merge';
import { ObjectStorage, objectStorePorts } from './storage';
import { Peer, Wiring } from './wiring';
import { ComponentIdentity, selectorLabels } from './labels';
import { NamedPort } from './ports';
import { ContainerResources, parseMemory, resourceRequirements } from './resources';
import { ImageUser, restrictedContainerSecurityContext, restrictedPodSecurityContext } from './security';
import { containerPorts, metadata, servicePorts } from './workload';
import { configChecksum } from './yaml';

/** The props every single-process backend (Tempo, Loki, Prometheus) takes. */
export interface BackendProps {
  /** The namespace of the backend. */
  readonly namespace: string;
  /** @default - 500m CPU and 1Gi requested, 2Gi limit */
  readonly resources?: ContainerResources;
  /** The size of the data volume. @default - 10Gi for Tempo and Loki, 20Gi for Prometheus */
  readonly storageSize?: string;
  /** @default - the cluster's default StorageClass */
  readonly storageClassName?: string;
  /** A registry that mirrors the upstream images. @default - the upstream repositories */
  readonly imageRegistry?: string;
  /**
   * Extra config deep-merged into the generated one, for keys the construct does not model
   * (objects merge, lists and scalars replace, null removes). Checked against the pinned
   * version's keys at synth like the rest.
   * @default - none
   */
  readonly overrides?: ConfigOverrides;
}

/**
 * A backend's pods as a peer of the wiring graph, registered as a workload: its egress
 * policy allows DNS, what it connects to, and its object store when it has one.
 */
export const backendPeer = (scope: Construct, identity: ComponentIdentity, namespace: string, storage?: ObjectStorage): Peer => {
  const peer: Peer = { name: identity.name, namespace, podSelector: selectorLabels(identity) };
  const wiring = Wiring.of(scope);
  wiring.register({ peer });
  if (storage?.type === 's3') wiring.external(peer, objectStorePorts(storage), 'object storage (S3)');
  return peer;
};

/** The default resources of a backend. */
export const DEFAULT_BACKEND_RESOURCES: ContainerResources = { cpuRequest: '500m', memoryRequest: '1Gi', memoryLimit: '2Gi' };

/** How a single-process backend (Tempo, Loki, Prometheus) runs: one StatefulSet pod on a PVC. */
export interface StatefulBackendSpec {
  readonly identity: ComponentIdentity;
  /** Owner for error messages, e.g. `Tempo`. */
  readonly owner: string;
  readonly name: string;
  readonly namespace: string;
  readonly image: ImageName;
  readonly imageRegistry?: string;
  readonly user: ImageUser;
  readonly args: string[];
  readonly env?: k8s.EnvVar[];
  readonly ports: Array<NamedPort & { appProtocol?: string }>;
  /**
   * Config files, mounted read-only at `configDir`. A function is called at synth, for
   * configs that depend on components created later (Prometheus's scrape targets).
   */
  readonly configFiles: Record<string, string> | (() => Record<string, string>);
  readonly configName: string;
  readonly configDir: string;
  /** Further read-only ConfigMaps, created here and covered by the pod's checksum annotation. */
  readonly extraConfigMaps?: Array<{ readonly id: string; readonly name: string; readonly mountPath: string; readonly files: Record<string, string> }>;
  readonly dataDir: string;
  readonly storageSize: string;
  readonly storageClassName?: string;
  /** Also mount an emptyDir at /tmp. */
  readonly tmp: boolean;
  readonly resources: ContainerResources;
  readonly readinessProbe: k8s.Probe;
  readonly livenessProbe: k8s.Probe;
  readonly startupProbe?: k8s.Probe;
  /** A ServiceAccount with API access. @default - none: the token is not mounted */
  readonly serviceAccountName?: string;
  readonly terminationGracePeriodSeconds?: number;
}

/**
 * A ConfigMap, a ClusterIP Service and a one-replica StatefulSet with a volumeClaimTemplate:
 * the shape every single-process backend of the stack shares.
 */
export const statefulBackend = (scope: Construct, s: StatefulBackendSpec): void => {
  const selector = selectorLabels(s.identity);
  if (parseMemory(s.storageSize) === undefined) {
    throw new Error(`${s.owner}: 'storageSize' must be a storage quantity such as 10Gi, got '${s.storageSize}'`);
  }
  const extra = s.extraConfigMaps ?? [];
  const files = typeof s.configFiles === 'function' ? s.configFiles : () => s.configFiles as Record<string, string>;
  new k8s.KubeConfigMap(scope, 'Config', {
    metadata: metadata(s.identity, s.configName, s.namespace),
    data: Lazy.any({ produce: files }),
  });
  for (const e of extra) {
    new k8s.KubeConfigMap(scope, e.id, { metadata: metadata(s.identity, e.name, s.namespace), data: e.files });
  }
  const checksum = Lazy.any({
    produce: () => {
      const all: Record<string, string> = {};
      for (const [f, content] of Object.entries(files())) all[`${s.configName}/${f}`] = content;
      for (const e of extra) for (const [f, content] of Object.entries(e.files)) all[`${e.name}/${f}`] = content;
      return configChecksum(all);
    },
  });

  new k8s.KubeService(scope, 'Service', {
    metadata: metadata(s.identity, s.name, s.namespace),
    spec: { selector, ports: servicePorts(s.ports) },
  });

  new k8s.KubeStatefulSet(scope, 'StatefulSet', {
    metadata: metadata(s.identity, s.name, s.namespace),
    spec: {
      serviceName: s.name,
      replicas: 1,
      selector: { matchLabels: selector },
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate' },
      template: {
        metadata: { labels: metadata(s.identity, s.name).labels, annotations: checksum },
        spec: {
          ...(s.serviceAccountName
            ? { serviceAccountName: s.serviceAccountName, automountServiceAccountToken: true }
            : { automountServiceAccountToken: false }),
          securityContext: restrictedPodSecurityContext(s.user),
          terminationGracePeriodSeconds: s.terminationGracePeriodSeconds ?? 60,
          containers: [
            {
              name: s.name,
              image: imageRef(s.image, s.imageRegistry),
              imagePullPolicy: 'IfNotPresent',
              args: s.args,
              ports: containerPorts(s.ports),
              ...(s.env && s.env.length ? { env: s.env } : {}),
              resources: resourceRequirements(`${s.owner} 'resources'`, s.resources),
              readinessProbe: s.readinessProbe,
              livenessProbe: s.livenessProbe,
              ...(s.startupProbe ? { startupProbe: s.startupProbe } : {}),
              securityContext: restrictedContainerSecurityContext(),
              volumeMounts: [
                { name: 'config', mountPath: s.configDir, readOnly: true },
                ...extra.map((e, i) => ({ name: `config-${i + 1}`, mountPath: e.mountPath, readOnly: true })),
                { name: 'data', mountPath: s.dataDir },
                ...(s.tmp ? [{ name: 'tmp', mountPath: '/tmp' }] : []),
              ],
            },
          ],
          volumes: [
            { name: 'config', configMap: { name: s.configName } },
            ...extra.map((e, i) => ({ name: `config-${i + 1}`, configMap: { name: e.name } })),
            ...(s.tmp ? [{ name: 'tmp', emptyDir: {} }] : []),
          ],
        },
      },
      volumeClaimTemplates: [
        {
          metadata: { name: 'data', labels: selector },
          spec: {
            accessModes: ['ReadWriteOnce'],
            ...(s.storageClassName ? { storageClassName: s.storageClassName } : {}),
            resources: { requests: { storage: k8s.Quantity.fromString(s.storageSize) } },
          },
        },
      ],
    },
  });
};
