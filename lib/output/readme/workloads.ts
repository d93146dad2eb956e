/**
 * The pod templates of an environment's manifests and what they refer to by name: the
 * objects a pod needs before the kubelet starts it. Read from the objects as they are
 * written, so whatever made them (the stack's components, a user's own chart) is covered.
 */

/** A Kubernetes object as read back from a written manifest. */
export type ManifestDoc = any;

/**
 * Orders by a tuple of names, in code-unit order (never the locale's, which differs between
 * machines): `observability` before `observability-agent`.
 */
export const byTuple = (a: readonly unknown[], b: readonly unknown[]): number => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** A workload of the manifests and its pod template. */
export interface PodWorkload {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  /** `StatefulSet observability/grafana`, for the README's lists. */
  readonly label: string;
  readonly object: ManifestDoc;
  /** The template's pod spec. */
  readonly spec: any;
  /** The template's labels. */
  readonly labels: Readonly<Record<string, string>>;
  /** A StatefulSet's claims, one set per pod. */
  readonly volumeClaimTemplates: readonly any[];
}

/** The kinds whose objects make pods, and where each keeps its pod template. */
const TEMPLATE_OF: Readonly<Record<string, (o: ManifestDoc) => any>> = {
  Deployment: (o) => o.spec?.template,
  StatefulSet: (o) => o.spec?.template,
  DaemonSet: (o) => o.spec?.template,
  ReplicaSet: (o) => o.spec?.template,
  Job: (o) => o.spec?.template,
  CronJob: (o) => o.spec?.jobTemplate?.spec?.template,
  Pod: (o) => o,
};

/** The workloads of the manifests, by namespace and name. */
export const podWorkloads = (objects: readonly ManifestDoc[]): PodWorkload[] =>
  objects
    .filter((o) => TEMPLATE_OF[o?.kind] && TEMPLATE_OF[o.kind](o)?.spec)
    .map((o) => {
      const template = TEMPLATE_OF[o.kind](o);
      const namespace = o.metadata?.namespace ?? 'default';
      return {
        kind: o.kind,
        name: o.metadata?.name,
        namespace,
        label: `${o.kind} ${namespace}/${o.metadata?.name}`,
        object: o,
        spec: template.spec,
        labels: template.metadata?.labels ?? {},
        volumeClaimTemplates: o.kind === 'StatefulSet' ? (o.spec.volumeClaimTemplates ?? []) : [],
      };
    })
    .sort((a, b) => byTuple([a.namespace, a.name, a.kind], [b.namespace, b.name, b.kind]));

/** Every container of a pod spec, init containers included. */
export const allContainers = (spec: any): any[] => [...(spec.initContainers ?? []), ...(spec.containers ?? [])];

/**
 * One reference of a pod template to an object by name. `keys` are the keys it reads (empty
 * with `wholeObject`: it takes every key the object has); `optional` references do not keep
 * the pod from starting.
 */
export interface PodReference {
  readonly kind: 'Secret' | 'ConfigMap' | 'ServiceAccount' | 'PriorityClass' | 'PersistentVolumeClaim';
  readonly name: string;
  readonly keys: readonly string[];
  readonly wholeObject: boolean;
  readonly optional: boolean;
  /** An image pull Secret. */
  readonly imagePull: boolean;
}

const ref = (kind: PodReference['kind'], name: string, r: { keys?: string[]; optional?: boolean; imagePull?: boolean } = {}): PodReference => ({
  kind,
  name,
  keys: r.keys ?? [],
  wholeObject: r.keys === undefined,
  optional: r.optional === true,
  imagePull: r.imagePull === true,
});

/** The references of a container's environment: `valueFrom` keys and whole `envFrom` objects. */
const envReferences = (c: any): PodReference[] => [
  ...(c.env ?? []).flatMap((e: any) => {
    const s = e.valueFrom?.secretKeyRef;
    const m = e.valueFrom?.configMapKeyRef;
    if (s) return [ref('Secret', s.name, { keys: [s.key], optional: s.optional })];
    if (m) return [ref('ConfigMap', m.name, { keys: [m.key], optional: m.optional })];
    return [];
  }),
  ...(c.envFrom ?? []).flatMap((e: any) => [
    ...(e.secretRef ? [ref('Secret', e.secretRef.name, { optional: e.secretRef.optional })] : []),
    ...(e.configMapRef ? [ref('ConfigMap', e.configMapRef.name, { optional: e.configMapRef.optional })] : []),
  ]),
];

/** A volume source's keys: those its `items` name, or every key (undefined). */
const itemKeys = (source: any): string[] | undefined => (source.items ? source.items.map((i: any) => i.key) : undefined);

/** The references of a pod's volumes: Secrets, ConfigMaps (directly or projected) and claims. */
const volumeReferences = (spec: any): PodReference[] =>
  (spec.volumes ?? []).flatMap((v: any) => [
    ...(v.secret ? [ref('Secret', v.secret.secretName, { keys: itemKeys(v.secret), optional: v.secret.optional })] : []),
    ...(v.configMap ? [ref('ConfigMap', v.configMap.name, { keys: itemKeys(v.configMap), optional: v.configMap.optional })] : []),
    ...(v.persistentVolumeClaim ? [ref('PersistentVolumeClaim', v.persistentVolumeClaim.claimName)] : []),
    ...(v.projected?.sources ?? []).flatMap((s: any) => [
      ...(s.secret ? [ref('Secret', s.secret.name, { keys: itemKeys(s.secret), optional: s.secret.optional })] : []),
      ...(s.configMap ? [ref('ConfigMap', s.configMap.name, { keys: itemKeys(s.configMap), optional: s.configMap.optional })] : []),
    ]),
  ]);

/**
 * Everything a pod template names that must exist for its pods to start: the Secrets and
 * ConfigMaps of its environment and volumes, its image pull Secrets, its ServiceAccount (the
 * namespace's `default` when it names none) and its PriorityClass.
 */
export const podReferences = (w: PodWorkload): PodReference[] => [
  ...allContainers(w.spec).flatMap(envReferences),
  ...volumeReferences(w.spec),
  ...(w.spec.imagePullSecrets ?? []).map((s: any) => ref('Secret', s.name, { keys: [], imagePull: true })),
  ref('ServiceAccount', w.spec.serviceAccountName ?? 'default', { keys: [] }),
  ...(w.spec.priorityClassName ? [ref('PriorityClass', w.spec.priorityClassName, { keys: [] })] : []),
];

/** An image reference split into its registry (empty when it names none: the container runtime's default) and the rest. */
export const imageRegistry = (image: string): { readonly registry: string; readonly repository: string } => {
  const first = image.split('/')[0];
  // a registry host has a dot or a port, or is localhost; else the runtime's default registry applies
  const isHost = image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return isHost ? { registry: first, repository: image.slice(first.length + 1) } : { registry: '', repository: image };
};

/** The claims of a StatefulSet's pods and the standalone claims its pods use, with their StorageClass (undefined: the default) and size. */
export const claimsOf = (w: PodWorkload, objects: readonly ManifestDoc[]): Array<{ readonly name: string; readonly storageClassName?: string; readonly size: string; readonly perPod: boolean }> => [
  ...w.volumeClaimTemplates.map((t: any) => ({ name: `${t.metadata?.name}-${w.name}-<ordinal>`, storageClassName: t.spec?.storageClassName, size: String(t.spec?.resources?.requests?.storage ?? ''), perPod: true })),
  ...podReferences(w)
    .filter((r) => r.kind === 'PersistentVolumeClaim')
    .flatMap((r) => {
      const pvc = objects.find((o) => o.kind === 'PersistentVolumeClaim' && o.metadata?.name === r.name && (o.metadata?.namespace ?? 'default') === w.namespace);
      return pvc ? [{ name: r.name, storageClassName: pvc.spec?.storageClassName, size: String(pvc.spec?.resources?.requests?.storage ?? ''), perPod: false }] : [];
    }),
];
