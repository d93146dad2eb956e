/**
 * What a change of `dist/` does to a cluster, object by object: refused by the API server
 * (an immutable field, with the migration step that works), rolls pods (which workloads,
 * why, how many, in what order), reloads in place, or no effect on running pods; and
 * whether it removes data or opens access. Pure: two renders in, findings out.
 */
import { parse } from 'yaml';
import { Duration } from '../../lib/common/vocabulary/duration';

/** The objects of one environment's render, by `Kind namespace/name`. */
export type Render = ReadonlyMap<string, any>;

export type Effect = 'refused' | 'ignored' | 'rolls' | 'reloads' | 'in place' | 'added' | 'removed' | 'data' | 'access';

export interface Finding {
  readonly effect: Effect;
  readonly detail: string;
  /** The step that makes the change apply (refused), or what to know (data). */
  readonly step?: string;
}

export interface ObjectChange {
  readonly object: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly findings: readonly Finding[];
}

/** `Kind namespace/name` of an object. */
export const objectKey = (d: any): string => `${d.kind} ${d.metadata?.namespace ? `${d.metadata.namespace}/` : ''}${d.metadata?.name}`;

const json = (v: unknown) => JSON.stringify(v ?? null);
const same = (a: unknown, b: unknown) => json(a) === json(b);
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** The spec fields of a StatefulSet the API server lets an update change. */
const STS_MUTABLE = new Set(['replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds']);

/** Paths (dotted) whose values differ between two values, to a depth. */
const diffPaths = (a: any, b: any, p = '', depth = 6): string[] => {
  if (same(a, b)) return [];
  const objects = a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b);
  if (!objects || depth === 0) return [p || '(whole)'];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((k) => diffPaths(a[k], b[k], p ? `${p}.${k}` : k, depth - 1));
};

/** A rendered duration (`72h`, `3d`: the stack writes its own grammar into each config) in seconds, or NaN. */
const seconds = (v: unknown): number => {
  try {
    return Duration.parse('a retention', String(v)).seconds;
  } catch {
    return NaN;
  }
};

/** Retention settings in a config or a container's args, by where they are set. */
const retentions = (d: any): Map<string, number> => {
  const out = new Map<string, number>();
  if (d.kind === 'ConfigMap') {
    for (const [file, text] of Object.entries<string>(d.data ?? {})) {
      if (!/\.ya?ml$/.test(file)) continue;
      let doc: any;
      try {
        doc = parse(text);
      } catch {
        continue;
      }
      const walk = (v: any, p: string) => {
        if (!v || typeof v !== 'object') return;
        for (const [k, x] of Object.entries<any>(v)) {
          if (/(^|_)retention(_period)?$|^block_retention$/.test(k) && !Number.isNaN(seconds(x))) out.set(`${file}: ${p}${k}`, seconds(x));
          else walk(x, `${p}${k}.`);
        }
      };
      walk(doc, '');
    }
  }
  for (const c of d.spec?.template?.spec?.containers ?? []) {
    for (const a of c.args ?? []) {
      const m = /^--storage\.tsdb\.retention\.time=(.+)$/.exec(a);
      if (m) out.set(`${c.name} --storage.tsdb.retention.time`, seconds(m[1]));
    }
  }
  return out;
};

/** The (apiGroup, resource, verb) grants of a Role or ClusterRole. */
const grants = (d: any): Set<string> =>
  new Set(
    (d.rules ?? []).flatMap((r: any) =>
      (r.apiGroups ?? ['']).flatMap((g: string) => [...(r.resources ?? []), ...(r.nonResourceURLs ?? [])].flatMap((res: string) => (r.verbs ?? []).map((v: string) => `${g || 'core'}/${res}:${v}`))),
    ),
  );

/** What a NetworkPolicy admits, one line per peer and port. */
const admits = (d: any): Set<string> => {
  const out = new Set<string>();
  for (const [dir, rules] of [['from', d.spec?.ingress], ['to', d.spec?.egress]] as const) {
    for (const r of (rules as any[]) ?? []) {
      const peers = (r[dir] ?? [{ anywhere: true }]).map((x: any) => json(x));
      const ports = (r.ports ?? [{ any: true }]).map((x: any) => json(x));
      for (const pe of peers) for (const po of ports) out.add(`${dir} ${pe} ${po}`);
    }
  }
  return out;
};

/** Host access of a pod template: hostPath volumes, host namespaces, privileged or added capabilities. */
const hostAccess = (t: any): Set<string> => {
  const s = t?.spec ?? {};
  const out = new Set<string>();
  for (const v of s.volumes ?? []) if (v.hostPath) out.add(`hostPath ${v.hostPath.path}`);
  for (const k of ['hostNetwork', 'hostPID', 'hostIPC']) if (s[k]) out.add(k);
  for (const c of [...(s.containers ?? []), ...(s.initContainers ?? [])]) {
    if (c.securityContext?.privileged) out.add(`${c.name} privileged`);
    if (c.securityContext?.allowPrivilegeEscalation) out.add(`${c.name} allowPrivilegeEscalation`);
    for (const cap of c.securityContext?.capabilities?.add ?? []) out.add(`${c.name} capability ${cap}`);
    if (c.securityContext?.runAsNonRoot === false || c.securityContext?.runAsUser === 0) out.add(`${c.name} as root`);
  }
  return out;
};

const PSS = ['privileged', 'baseline', 'restricted'];

/** How many pods a workload has, for messages. */
const podCount = (d: any): string => (d.kind === 'DaemonSet' ? 'one pod on every node' : `${d.spec?.replicas ?? 'its autoscaled count of'} pod${d.spec?.replicas === 1 ? '' : 's'}`);

/** The order a workload's pods are replaced in. */
const rollOrder = (d: any): string => {
  if (d.kind === 'StatefulSet') return d.spec?.updateStrategy?.type === 'OnDelete' ? 'only as each pod is deleted (OnDelete)' : 'one at a time, from the highest ordinal down, each after the one before is ready';
  if (d.kind === 'DaemonSet') return `${d.spec?.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1} node(s) at a time`;
  const ru = d.spec?.strategy?.rollingUpdate;
  return d.spec?.strategy?.type === 'Recreate' ? 'all at once (Recreate)' : `rolling, ${ru?.maxSurge ?? '25%'} surge, ${ru?.maxUnavailable ?? '25%'} unavailable`;
};

/** The ConfigMaps a pod template mounts. */
const mountedConfigMaps = (t: any): string[] => (t?.spec?.volumes ?? []).filter((v: any) => v.configMap).map((v: any) => v.configMap.name);

/**
 * An object as the API server stores it, where that differs from a manifest only by the
 * server's defaults: a StatefulSet's volume claim templates get `apiVersion`, `kind`,
 * `volumeMode: Filesystem` and `status.phase: Pending`. A render that adds or drops those
 * changes nothing, and is not an immutable field changed.
 */
const withServerDefaults = (o: any): any => {
  if (o?.kind !== 'StatefulSet' || !o.spec?.volumeClaimTemplates) return o;
  const templates = o.spec.volumeClaimTemplates.map((t: any) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    ...t,
    spec: { volumeMode: 'Filesystem', ...t.spec },
    status: { phase: 'Pending', ...t.status },
  }));
  return { ...o, spec: { ...o.spec, volumeClaimTemplates: templates } };
};

/** Classifies each object added, removed or changed between two renders of one environment. */
export const classify = (baseRender: Render, headRender: Render): ObjectChange[] => {
  const base: Render = new Map([...baseRender].map(([k, o]) => [k, withServerDefaults(o)]));
  const head: Render = new Map([...headRender].map(([k, o]) => [k, withServerDefaults(o)]));
  const out: ObjectChange[] = [];
  const keys = [...new Set([...base.keys(), ...head.keys()])].sort();
  // ConfigMaps whose data changed, by namespace/name: which files
  const changedConfigs = new Map<string, string[]>();
  for (const k of keys) {
    const a = base.get(k);
    const b = head.get(k);
    if (a?.kind === 'ConfigMap' && b && !same(a.data, b.data)) {
      const files = [...new Set([...Object.keys(a.data ?? {}), ...Object.keys(b.data ?? {})])].filter((f) => a.data?.[f] !== b.data?.[f]).sort();
      changedConfigs.set(`${b.metadata.namespace}/${b.metadata.name}`, files);
    }
  }
  const rolledBy = new Set<string>();

  for (const k of keys) {
    const a = base.get(k);
    const b = head.get(k);
    const f: Finding[] = [];
    if (!a) {
      f.push({ effect: 'added', detail: 'created by the apply' });
      if (b.kind === 'ClusterRole' || b.kind === 'Role') f.push({ effect: 'access', detail: `grants ${[...grants(b)].sort().join(', ')}` });
      if (WORKLOADS.has(b.kind) && hostAccess(b.spec?.template).size) f.push({ effect: 'access', detail: `host access: ${[...hostAccess(b.spec.template)].join(', ')}` });
      out.push({ object: k, change: 'added', findings: f });
      continue;
    }
    if (!b) {
      f.push({ effect: 'removed', detail: 'deleted by ArgoCD with prune; `kubectl apply` leaves it running' });
      if (a.kind === 'Namespace') f.push({ effect: 'data', detail: 'deleting the namespace deletes everything in it, its PVCs and their data included' });
      if (a.kind === 'StatefulSet' && a.spec?.volumeClaimTemplates?.length) {
        const policy = a.spec.persistentVolumeClaimRetentionPolicy?.whenDeleted ?? 'Retain';
        f.push({ effect: 'data', detail: `its PVCs (${a.spec.volumeClaimTemplates.map((v: any) => v.metadata.name).join(', ')}) are ${policy === 'Retain' ? 'kept (whenDeleted: Retain) and orphaned' : 'deleted with it'}` });
      }
      if (a.kind === 'NetworkPolicy') f.push({ effect: 'access', detail: 'the pods it selected are no longer restricted by it' });
      out.push({ object: k, change: 'removed', findings: f });
      continue;
    }
    if (same(a, b)) continue;
    const paths = diffPaths(a, b);
    const name = b.metadata.name;
    const ns = b.metadata.namespace ? ` -n ${b.metadata.namespace}` : '';

    // refused: immutable fields
    if (b.kind === 'StatefulSet') {
      const immutable = paths.filter((p) => p.startsWith('spec.') && !STS_MUTABLE.has(p.split('.')[1]));
      if (immutable.length) {
        const storage = immutable.some((p) => p.startsWith('spec.volumeClaimTemplates'));
        // templates the head no longer has: their claims stay, unmounted, until deleted
        const dropped = (a.spec.volumeClaimTemplates ?? []).map((v: any) => v.metadata.name).filter((n: string) => !(b.spec.volumeClaimTemplates ?? []).some((v: any) => v.metadata.name === n));
        const resized = storage && (b.spec.volumeClaimTemplates ?? []).length > 0;
        f.push({
          effect: 'refused',
          detail: `StatefulSet spec fields other than replicas, ordinals, template, updateStrategy, revisionHistoryLimit, persistentVolumeClaimRetentionPolicy and minReadySeconds cannot change: ${immutable.join(', ')}`,
          step:
            `kubectl delete statefulset ${name}${ns} --cascade=orphan, then apply (the pods and PVCs stay and are adopted)` +
            (resized ? `; then resize each PVC (kubectl patch pvc <claim>-${name}-<i>${ns} -p '{"spec":{"resources":{"requests":{"storage":"..."}}}}') where its StorageClass allows expansion` : '') +
            (dropped.length ? `; then, once the new pods run, delete the claims it no longer mounts (kubectl delete pvc ${dropped.map((d: string) => `${d}-${name}-<i>`).join(' ')}${ns}) after saving what they hold` : '') +
            '; ArgoCD: the same by hand, or the sync option Replace=true on this object (which recreates it)',
        });
      }
    }
    if ((b.kind === 'Deployment' || b.kind === 'DaemonSet') && paths.some((p) => p.startsWith('spec.selector'))) {
      f.push({ effect: 'refused', detail: `a ${b.kind}'s selector cannot change`, step: `kubectl delete ${b.kind.toLowerCase()} ${name}${ns}, then apply (its pods are replaced); ArgoCD: Replace=true on this object` });
    }
    if (b.kind === 'Service' && paths.some((p) => p === 'spec.clusterIP' || p.startsWith('spec.clusterIPs'))) {
      const recreate = `kubectl delete service ${name}${ns}, then apply (clients see the Service vanish for a moment); ArgoCD: Replace=true`;
      if (b.spec?.clusterIP === undefined) {
        // an update without clusterIP keeps the allocated one: a headless Service stays headless
        f.push({ effect: 'ignored', detail: `clusterIP ${a.spec?.clusterIP} dropped from the manifest: the API server keeps the Service as it is${a.spec?.clusterIP === 'None' ? ' (headless)' : ''}`, step: recreate });
      } else f.push({ effect: 'refused', detail: `a Service's clusterIP cannot change (${a.spec?.clusterIP ?? 'allocated'} -> ${b.spec.clusterIP})`, step: recreate });
    }
    if ((b.kind === 'RoleBinding' || b.kind === 'ClusterRoleBinding') && paths.some((p) => p.startsWith('roleRef'))) {
      f.push({ effect: 'refused', detail: 'a binding\'s roleRef cannot change', step: `kubectl delete ${b.kind.toLowerCase()} ${name}${ns}, then apply; ArgoCD: Replace=true` });
    }
    if (b.kind === 'Job' && paths.some((p) => p.startsWith('spec.template'))) {
      f.push({ effect: 'refused', detail: "a Job's pod template cannot change", step: `kubectl delete job ${name}${ns}, then apply` });
    }
    if (b.kind === 'PersistentVolumeClaim') {
      const other = paths.filter((p) => p.startsWith('spec.') && p !== 'spec.resources.requests.storage' && p !== 'spec.resources');
      if (other.length) f.push({ effect: 'refused', detail: `a PVC's spec cannot change but for a larger storage request: ${other.join(', ')}`, step: 'create a new claim and copy the data' });
    }

    // rolls: the pod template
    if (WORKLOADS.has(b.kind) && !same(a.spec?.template, b.spec?.template)) {
      const why: string[] = [];
      const tpaths = diffPaths(a.spec.template, b.spec.template).filter((p) => !p.startsWith('metadata.annotations'));
      if (!same(a.spec.template.metadata?.annotations, b.spec.template.metadata?.annotations)) {
        const configs = mountedConfigMaps(b.spec.template).filter((c) => changedConfigs.has(`${b.metadata.namespace}/${c}`));
        for (const c of configs) {
          rolledBy.add(`${b.metadata.namespace}/${c}`);
          why.push(`config ${c} (${changedConfigs.get(`${b.metadata.namespace}/${c}`)!.join(', ')})`);
        }
        if (!configs.length) why.push('pod annotations');
      }
      why.push(...tpaths.map((p) => `pod template ${p}`));
      f.push({ effect: 'rolls', detail: `${podCount(b)} replaced, ${rollOrder(b)}; because of ${why.join('; ')}` });
    }
    const others = paths.filter((p) => !p.startsWith('spec.template') && !(b.kind === 'ConfigMap' && p.startsWith('data')));
    if (WORKLOADS.has(b.kind) && others.some((p) => p === 'spec.replicas')) f.push({ effect: 'in place', detail: `replicas ${a.spec?.replicas} -> ${b.spec?.replicas}` });

    // data
    const ra = retentions(a);
    const rb = retentions(b);
    for (const [where, s] of rb) {
      const before = ra.get(where);
      if (before !== undefined && s < before) f.push({ effect: 'data', detail: `retention shortened (${where}: ${before / 3600} h -> ${s / 3600} h): older data is deleted` });
    }
    if (b.kind === 'StatefulSet' && (a.spec?.volumeClaimTemplates?.length ?? 0) > (b.spec?.volumeClaimTemplates?.length ?? 0)) {
      f.push({ effect: 'data', detail: 'a volumeClaimTemplate removed: its PVCs are no longer mounted' });
    }

    // access
    if (b.kind === 'ClusterRole' || b.kind === 'Role') {
      const wider = [...grants(b)].filter((g) => !grants(a).has(g));
      if (wider.length) f.push({ effect: 'access', detail: `grants more: ${wider.sort().join(', ')}` });
    }
    if (b.kind === 'NetworkPolicy') {
      const more = [...admits(b)].filter((x) => !admits(a).has(x));
      if (more.length || !same(a.spec?.podSelector, b.spec?.podSelector)) f.push({ effect: 'access', detail: `admits more: ${more.length} peer/port pair${more.length === 1 ? '' : 's'} new` });
    }
    if (WORKLOADS.has(b.kind)) {
      const more = [...hostAccess(b.spec?.template)].filter((x) => !hostAccess(a.spec?.template).has(x));
      if (more.length) f.push({ effect: 'access', detail: `host access added: ${more.join(', ')}` });
    }
    if (b.kind === 'Namespace') {
      const level = (d: any) => PSS.indexOf(d.metadata?.labels?.['pod-security.kubernetes.io/enforce'] ?? 'privileged');
      if (level(b) < level(a)) f.push({ effect: 'access', detail: `Pod Security enforce level lowered to ${b.metadata.labels?.['pod-security.kubernetes.io/enforce'] ?? 'none'}` });
    }

    if (b.kind === 'ConfigMap' && changedConfigs.has(`${b.metadata.namespace}/${b.metadata.name}`)) {
      // decided below, once every workload has said whether it rolls for it
      out.push({ object: k, change: 'changed', findings: f });
      continue;
    }
    if (!f.length) f.push({ effect: 'in place', detail: `applied in place, no effect on running pods (${paths.slice(0, 4).join(', ')}${paths.length > 4 ? ', ...' : ''})` });
    out.push({ object: k, change: 'changed', findings: f });
  }

  // a changed ConfigMap either rolls the pods that mount it (said on their workload) or is reloaded in place
  return out.map((c) => {
    const d = head.get(c.object);
    if (d?.kind !== 'ConfigMap' || c.change !== 'changed') return c;
    const id = `${d.metadata.namespace}/${d.metadata.name}`;
    const files = changedConfigs.get(id) ?? [];
    const mounted = [...head.values()].filter((w) => WORKLOADS.has(w.kind) && w.metadata.namespace === d.metadata.namespace && mountedConfigMaps(w.spec.template).includes(d.metadata.name)).map((w) => `${w.kind} ${w.metadata.name}`);
    const effect: Finding = rolledBy.has(id)
      ? { effect: 'rolls', detail: `${files.join(', ')} changed: the pods of ${mounted.join(', ')} roll for it (their config checksum)` }
      : mounted.length
        ? { effect: 'reloads', detail: `${files.join(', ')} changed: reloaded in place by ${mounted.join(', ')} (not in its pods' checksum; the kubelet updates the mounted files within about a minute)` }
        : { effect: 'in place', detail: `${files.join(', ')} changed; mounted by no workload of the environment` };
    return { ...c, findings: [...c.findings, effect] };
  });
};
