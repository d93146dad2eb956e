/**
 * What an environment needs from the cluster before `kubectl apply -f` of its folder gives
 * running pods: what its pod templates name and its manifests do not create, the
 * StorageClasses of its claims, the cloud identities its ServiceAccounts are annotated with,
 * the registries its images come from, and the kinds a CustomResourceDefinition must serve.
 * Everything is read from the written objects and the wiring graph, never written by hand.
 */
import type { Wiring } from '../../wiring/wiring';
import { isBuiltInKind, vendoredCrdName } from '../validation/k8s-schema';
import { ManifestDoc, PodWorkload, allContainers, byTuple, claimsOf, imageRegistry, podReferences, podWorkloads } from './workloads';

/** An object the pods name that the manifests do not create. */
export interface MissingObject {
  readonly kind: 'Namespace' | 'Secret' | 'ConfigMap' | 'ServiceAccount' | 'PriorityClass' | 'PersistentVolumeClaim';
  /** @default - cluster-scoped */
  readonly namespace?: string;
  readonly name: string;
  /** The keys the pods read, sorted; `optional` when every reference to the key is. */
  readonly keys: ReadonlyArray<{ readonly key: string; readonly optional: boolean }>;
  /** A reference takes every key it holds (`envFrom`, a volume without `items`). */
  readonly wholeObject: boolean;
  /** Every reference to it is optional: the pods start without it. */
  readonly optional: boolean;
  /** For an image pull Secret: the registries of the images it logs in to. Empty for any other. */
  readonly imagePullFrom: readonly string[];
  /** The workloads whose pods name it (`StatefulSet observability/grafana`). */
  readonly usedBy: readonly string[];
}

/** A StorageClass the claims name, or the cluster's default one. */
export interface StorageClassNeed {
  /** @default - the cluster's default StorageClass */
  readonly name?: string;
  /** The claims (`data-grafana-<ordinal>` of a StatefulSet) that get their volumes from it. */
  readonly claims: readonly string[];
}

/** A cloud identity a ServiceAccount is annotated with: it must exist and trust the ServiceAccount. */
export interface IdentityNeed {
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly annotation: string;
  readonly identity: string;
  /** What the cloud calls it, e.g. `AWS IAM role (IRSA)`. */
  readonly provider: string;
  /** What lets the ServiceAccount use it, as a clause after "it must": `trust the cluster's OIDC provider for ...`. */
  readonly trust: string;
  /** The object-store buckets its pods read and write (from the wiring graph), with where they are. */
  readonly buckets: ReadonlyArray<{ readonly bucket: string; readonly destination?: string }>;
}

/** A registry the images come from. */
export interface RegistryNeed {
  readonly registry: string;
  /** The images (repository and tag, below the registry), sorted. */
  readonly images: readonly string[];
  /** The pull Secrets of the pods that pull from it. */
  readonly pullSecrets: ReadonlyArray<{ readonly namespace: string; readonly name: string }>;
}

/** A kind the manifests use that Kubernetes does not serve by itself. */
export interface CustomResourceNeed {
  readonly apiVersion: string;
  readonly kind: string;
  /** The CustomResourceDefinition's name, when the project vendors it. @default - unknown */
  readonly crd?: string;
  readonly objects: readonly string[];
}

/** Something the cluster must do for objects of the manifests to take effect. */
export interface CapabilityNeed {
  readonly what: string;
  readonly why: string;
}

/** Everything an environment needs before `kubectl apply -f` of its folder gives running pods. */
export interface EnvironmentPrerequisites {
  readonly environment: string;
  /** The folder the commands name, e.g. `dist/dev/`. */
  readonly directory: string;
  /** The files that hold the namespaces, applied first. */
  readonly namespaceFiles: readonly string[];
  /** The namespaces the manifests create. */
  readonly namespaces: readonly string[];
  readonly missing: readonly MissingObject[];
  readonly storageClasses: readonly StorageClassNeed[];
  readonly identities: readonly IdentityNeed[];
  readonly registries: readonly RegistryNeed[];
  readonly customResources: readonly CustomResourceNeed[];
  readonly capabilities: readonly CapabilityNeed[];
  /** The shell commands, in working order: namespaces, then what must be created, then what must exist, then the apply. */
  readonly commands: readonly string[];
}

/** A manifest's objects with the file each is written in. */
export interface FileObject {
  readonly file: string;
  readonly doc: ManifestDoc;
}

/** PriorityClasses every cluster has. */
const BUILT_IN_PRIORITY_CLASSES = ['system-cluster-critical', 'system-node-critical'];
/** Namespaces every cluster has. */
const BUILT_IN_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

/** The ServiceAccount annotations that name a cloud identity, and what the cloud must do for it. */
const IDENTITY_ANNOTATIONS: Readonly<Record<string, { readonly provider: string; readonly trust: (ns: string, sa: string) => string }>> = {
  'eks.amazonaws.com/role-arn': {
    provider: 'AWS IAM role (IRSA)',
    trust: (ns, sa) => `trust the cluster's OIDC provider for \`system:serviceaccount:${ns}:${sa}\` (its trust policy)`,
  },
  'iam.gke.io/gcp-service-account': {
    provider: 'Google Cloud service account (GKE Workload Identity)',
    trust: (ns, sa) => `grant \`roles/iam.workloadIdentityUser\` on it to \`PROJECT_ID.svc.id.goog[${ns}/${sa}]\``,
  },
  'azure.workload.identity/client-id': {
    provider: 'Azure identity (Microsoft Entra Workload ID)',
    trust: (ns, sa) => `have a federated identity credential for \`system:serviceaccount:${ns}:${sa}\` from the cluster's OIDC issuer`,
  },
};

const key = (kind: string, namespace: string | undefined, name: string): string => `${kind}/${namespace ?? ''}/${name}`;
const byName = <T extends { readonly namespace?: string; readonly name?: string }>(a: T, b: T): number =>
  byTuple([a.namespace ?? '', a.name ?? ''], [b.namespace ?? '', b.name ?? '']);

/** Mutable while references are gathered. */
interface Gathered {
  kind: MissingObject['kind'];
  namespace?: string;
  name: string;
  keys: Map<string, boolean>;
  wholeObject: boolean;
  optional: boolean;
  imagePullFrom: Set<string>;
  usedBy: Set<string>;
}

/** The registries a workload's images come from. */
const registriesOf = (w: PodWorkload): string[] => [...new Set(allContainers(w.spec).map((c) => imageRegistry(String(c.image)).registry))].sort();

/**
 * The objects the pods name that the manifests do not create. The `default` ServiceAccount,
 * the system PriorityClasses and namespaces come with every cluster; a namespace an object
 * is in but the manifests do not create is missing too.
 */
const missingObjects = (objects: readonly ManifestDoc[], workloads: readonly PodWorkload[]): MissingObject[] => {
  const created = new Set(objects.map((o) => key(o.kind, o.metadata?.namespace, o.metadata?.name)));
  const found = new Map<string, Gathered>();
  const note = (kind: MissingObject['kind'], namespace: string | undefined, name: string, by: string): Gathered | undefined => {
    const k = key(kind, namespace, name);
    if (created.has(k)) return undefined;
    const g = found.get(k) ?? { kind, namespace, name, keys: new Map(), wholeObject: false, optional: true, imagePullFrom: new Set(), usedBy: new Set() };
    g.usedBy.add(by);
    found.set(k, g);
    return g;
  };
  // a namespace holds objects of the manifests but is not one of them
  for (const o of objects.filter((x) => typeof x.metadata?.namespace === 'string' && !BUILT_IN_NAMESPACES.includes(x.metadata.namespace))) {
    const g = note('Namespace', undefined, o.metadata.namespace, `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`);
    if (g) g.optional = false;
  }
  for (const w of workloads) {
    for (const r of podReferences(w)) {
      if (r.kind === 'ServiceAccount' && r.name === 'default') continue;
      if (r.kind === 'PriorityClass' && BUILT_IN_PRIORITY_CLASSES.includes(r.name)) continue;
      const g = note(r.kind, r.kind === 'PriorityClass' ? undefined : w.namespace, r.name, w.label);
      if (!g) continue;
      for (const k of r.keys) g.keys.set(k, (g.keys.get(k) ?? true) && r.optional);
      g.wholeObject ||= r.wholeObject;
      g.optional &&= r.optional;
      if (r.imagePull) registriesOf(w).forEach((x) => g.imagePullFrom.add(x));
    }
  }
  return [...found.values()]
    .map((g) => ({
      kind: g.kind,
      ...(g.namespace !== undefined ? { namespace: g.namespace } : {}),
      name: g.name,
      keys: [...g.keys.keys()].sort().map((k) => ({ key: k, optional: g.keys.get(k)! })),
      wholeObject: g.wholeObject,
      optional: g.optional,
      imagePullFrom: [...g.imagePullFrom].sort(),
      usedBy: [...g.usedBy].sort(),
    }))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byName(a, b));
};

/** The order the README lists and creates missing objects in: namespaces first. */
const KIND_ORDER: ReadonlyArray<MissingObject['kind']> = ['Namespace', 'Secret', 'ConfigMap', 'ServiceAccount', 'PriorityClass', 'PersistentVolumeClaim'];

/** The StorageClasses of every claim (a StatefulSet's templates and standalone claims); the default one where none is named. */
const storageClasses = (objects: readonly ManifestDoc[], workloads: readonly PodWorkload[]): StorageClassNeed[] => {
  const claims = new Map<string, Set<string>>();
  const add = (cls: string | undefined, claim: string) => claims.set(cls ?? '', (claims.get(cls ?? '') ?? new Set()).add(claim));
  for (const w of workloads) for (const c of claimsOf(w, objects).filter((x) => x.perPod)) add(c.storageClassName, `${w.namespace}/${c.name}`);
  for (const pvc of objects.filter((o) => o.kind === 'PersistentVolumeClaim')) add(pvc.spec?.storageClassName, `${pvc.metadata?.namespace ?? 'default'}/${pvc.metadata?.name}`);
  return [...claims.keys()].sort().map((cls) => ({ ...(cls ? { name: cls } : {}), claims: [...claims.get(cls)!].sort() }));
};

/**
 * The cloud identities the ServiceAccounts are annotated with, each with the buckets its pods
 * read and write: the external connections of the wiring graph's workloads whose pods run
 * as that ServiceAccount.
 */
const identities = (objects: readonly ManifestDoc[], workloads: readonly PodWorkload[], graph: Wiring | undefined): IdentityNeed[] =>
  objects
    .filter((o) => o.kind === 'ServiceAccount')
    .flatMap((sa) => {
      const ns = sa.metadata?.namespace ?? 'default';
      const name = sa.metadata?.name;
      const pods = workloads.filter((w) => w.namespace === ns && (w.spec.serviceAccountName ?? 'default') === name);
      const peers = (graph?.workloads ?? []).filter((g) => g.peer.namespace === ns && pods.some((w) => Object.entries(g.peer.podSelector).every(([k, v]) => w.labels[k] === v)));
      const buckets = (graph?.externalConnections ?? [])
        .filter((x) => x.bucket && peers.some((p) => p.peer === x.from))
        .map((x) => ({ bucket: x.bucket!, ...(x.destination ? { destination: x.destination } : {}) }))
        .sort((a, b) => byTuple([a.bucket], [b.bucket]));
      return Object.entries<string>(sa.metadata?.annotations ?? {})
        .filter(([a]) => IDENTITY_ANNOTATIONS[a])
        .map(([a, identity]) => ({ namespace: ns, serviceAccount: name, annotation: a, identity, provider: IDENTITY_ANNOTATIONS[a].provider, trust: IDENTITY_ANNOTATIONS[a].trust(ns, name), buckets }));
    })
    .sort((a, b) => byTuple([a.namespace, a.serviceAccount, a.annotation], [b.namespace, b.serviceAccount, b.annotation]));

/** The registries of every container's image, with the pull Secrets of the pods that pull from each. */
const registries = (workloads: readonly PodWorkload[]): RegistryNeed[] => {
  const found = new Map<string, { images: Set<string>; pull: Map<string, { namespace: string; name: string }> }>();
  for (const w of workloads) {
    for (const c of allContainers(w.spec)) {
      const { registry, repository } = imageRegistry(String(c.image));
      const r = found.get(registry) ?? { images: new Set<string>(), pull: new Map() };
      r.images.add(repository);
      for (const s of w.spec.imagePullSecrets ?? []) r.pull.set(`${w.namespace}/${s.name}`, { namespace: w.namespace, name: s.name });
      found.set(registry, r);
    }
  }
  return [...found.keys()].sort().map((registry) => {
    const r = found.get(registry)!;
    return { registry, images: [...r.images].sort(), pullSecrets: [...r.pull.values()].sort(byName) };
  });
};

/** The kinds of the manifests that only a CustomResourceDefinition serves. */
const customResources = (objects: readonly ManifestDoc[]): CustomResourceNeed[] => {
  const found = new Map<string, { apiVersion: string; kind: string; objects: string[] }>();
  for (const o of objects.filter((x) => !isBuiltInKind(x.apiVersion, x.kind))) {
    const k = `${o.apiVersion}/${o.kind}`;
    const e = found.get(k) ?? { apiVersion: String(o.apiVersion), kind: String(o.kind), objects: [] as string[] };
    e.objects.push(`${o.metadata?.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata?.name}`);
    found.set(k, e);
  }
  return [...found.keys()].sort().map((k) => {
    const e = found.get(k)!;
    const crd = vendoredCrdName(e.apiVersion, e.kind);
    return { apiVersion: e.apiVersion, kind: e.kind, ...(crd ? { crd } : {}), objects: e.objects.sort() };
  });
};

/** What the cluster must run for objects of these kinds to act: a policy-enforcing network plugin, the resource metrics API. */
const capabilities = (objects: readonly ManifestDoc[]): CapabilityNeed[] => {
  const names = (kind: string) => objects.filter((o) => o.kind === kind).map((o) => `${o.metadata?.namespace}/${o.metadata?.name}`).sort();
  const policies = names('NetworkPolicy');
  const autoscalers = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler' && (o.spec?.metrics ?? []).some((m: any) => m.type === 'Resource' || m.type === 'ContainerResource'));
  return [
    ...(policies.length
      ? [{ what: 'a network plugin that enforces NetworkPolicies', why: `${policies.length} NetworkPolicies restrict the pods' traffic; without enforcement they are accepted and have no effect` }]
      : []),
    ...(autoscalers.length
      ? [
          {
            what: 'the resource metrics API (`metrics.k8s.io`, e.g. metrics-server)',
            why: `HorizontalPodAutoscaler ${autoscalers.map((o) => `${o.metadata?.namespace}/${o.metadata?.name}`).sort().join(', ')} scales on CPU; without the API it holds the replicas it has`,
          },
        ]
      : []),
  ];
};

/** The placeholder of a value the reader fills in. */
export const PLACEHOLDER = '...';

/** The command that creates a missing object, with placeholders for its values. */
const createCommand = (m: MissingObject): string => {
  const ns = m.namespace !== undefined ? `-n ${m.namespace} ` : '';
  const literals = (keys: ReadonlyArray<{ key: string }>) => keys.map((k) => ` --from-literal=${k.key}=${PLACEHOLDER}`).join('');
  const required = m.keys.filter((k) => !k.optional);
  switch (m.kind) {
    case 'Namespace':
      return `kubectl create namespace ${m.name}`;
    case 'Secret':
      // the kubelet reads a pull Secret only as a Docker config (type kubernetes.io/dockerconfigjson)
      if (m.imagePullFrom.length) {
        const server = m.imagePullFrom.length === 1 ? m.imagePullFrom[0] : PLACEHOLDER;
        return `kubectl ${ns}create secret docker-registry ${m.name} --docker-server=${server} --docker-username=${PLACEHOLDER} --docker-password=${PLACEHOLDER}`;
      }
      return `kubectl ${ns}create secret generic ${m.name}${literals(required.length || !m.wholeObject ? required : [{ key: PLACEHOLDER }])}`;
    case 'ConfigMap':
      return `kubectl ${ns}create configmap ${m.name}${literals(required.length || !m.wholeObject ? required : [{ key: PLACEHOLDER }])}`;
    case 'ServiceAccount':
      return `kubectl ${ns}create serviceaccount ${m.name}`;
    case 'PriorityClass':
      return `kubectl create priorityclass ${m.name} --value=${PLACEHOLDER}`;
    case 'PersistentVolumeClaim':
      return `# the PersistentVolumeClaim ${m.namespace}/${m.name}: create it with the size and StorageClass its data needs`;
  }
};

/**
 * The commands in working order: the namespaces (their files, then any the manifests do
 * not create), the missing objects (an optional one commented out), a look at each
 * StorageClass and CustomResourceDefinition that must be there, then the whole folder.
 */
const commands = (p: Omit<EnvironmentPrerequisites, 'commands'>): string[] => {
  const created = p.missing.filter((m) => m.kind !== 'Namespace');
  const present = [
    ...p.storageClasses.map((s) => (s.name ? `kubectl get storageclass ${s.name}` : 'kubectl get storageclass   # one is marked (default)')),
    ...p.customResources.map((c) => (c.crd ? `kubectl get crd ${c.crd}` : `kubectl api-resources --api-group=${c.apiVersion.split('/')[0]}   # serves ${c.kind}`)),
  ];
  const steps: Array<[string, string[]]> = [
    ['the namespaces', [...p.namespaceFiles.map((f) => `kubectl apply -f ${p.directory}${f}`), ...p.missing.filter((m) => m.kind === 'Namespace').map(createCommand)]],
    [`what the pods read that the manifests do not create (replace each ${PLACEHOLDER})`, created.map((m) => `${m.optional ? '# optional: ' : ''}${createCommand(m)}`)],
    ['what the cluster must already have', present],
    ['the environment', [`kubectl apply -f ${p.directory}`]],
  ];
  return steps.filter(([, lines]) => lines.length).flatMap(([title, lines], i) => [`# ${i + 1}. ${title}`, ...lines]);
};

/** What an environment's written files need from the cluster. */
export const prerequisitesOf = (environment: string, files: readonly FileObject[], graph: Wiring | undefined, directory: string): EnvironmentPrerequisites => {
  const objects = files.map((f) => f.doc);
  const workloads = podWorkloads(objects);
  const namespaceFiles = [...new Set(files.filter((f) => f.doc.kind === 'Namespace').map((f) => f.file))].sort();
  const p = {
    environment,
    directory,
    namespaceFiles,
    namespaces: objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata?.name as string).sort(),
    missing: missingObjects(objects, workloads),
    storageClasses: storageClasses(objects, workloads),
    identities: identities(objects, workloads, graph),
    registries: registries(workloads),
    customResources: customResources(objects),
    capabilities: capabilities(objects),
  };
  return { ...p, commands: commands(p) };
};
