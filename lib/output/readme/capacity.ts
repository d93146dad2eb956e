/**
 * What the environment's pods take from the cluster: per workload its pods, the CPU and
 * memory each pod requests and is limited to, its storage, and the totals. Quantities are
 * read with the library's own parsers (`parseCpu`, `parseMemory`), so what the table adds up
 * is what the constructs checked.
 */
import { parseCpu, parseMemory } from '../../common/k8s/resources';
import { ManifestDoc, PodWorkload, claimsOf, podWorkloads } from './workloads';

/**
 * An amount for a number of pods: a fixed part, the most it grows to (an autoscaled
 * workload), and a part per node (a DaemonSet). Undefined parts are unbounded or unknown.
 */
interface Amount {
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly perNode: number | undefined;
}

/** How many pods a workload runs: a count, a range (autoscaled) or one per node. */
interface Pods {
  readonly min: number;
  readonly max: number;
  readonly perNode: boolean;
}

/** One row of the table: a workload's pods and what each takes. */
export interface CapacityRow {
  readonly workload: PodWorkload;
  readonly pods: Pods;
  readonly cpuRequest: number | undefined;
  readonly cpuLimit: number | undefined;
  readonly memoryRequest: number | undefined;
  readonly memoryLimit: number | undefined;
  /** Bytes of the claims each pod has of its own. */
  readonly storage: number;
  /** Bytes of the standalone claims its pods share. */
  readonly sharedStorage: number;
}

/** The pods of a workload: its replicas, the range of the HorizontalPodAutoscaler that scales it, or one per node. */
const podsOf = (w: PodWorkload, objects: readonly ManifestDoc[]): Pods => {
  if (w.kind === 'DaemonSet') return { min: 1, max: 1, perNode: true };
  if (w.kind === 'Pod') return { min: 1, max: 1, perNode: false };
  if (w.kind === 'Job' || w.kind === 'CronJob') {
    const spec = w.kind === 'Job' ? w.object.spec : w.object.spec?.jobTemplate?.spec;
    const n = spec?.parallelism ?? 1;
    return { min: n, max: n, perNode: false };
  }
  const hpa = objects.find(
    (o) => o.kind === 'HorizontalPodAutoscaler' && (o.metadata?.namespace ?? 'default') === w.namespace && o.spec?.scaleTargetRef?.kind === w.kind && o.spec?.scaleTargetRef?.name === w.name,
  );
  if (hpa) return { min: hpa.spec.minReplicas ?? 1, max: hpa.spec.maxReplicas, perNode: false };
  const n = w.object.spec?.replicas ?? 1;
  return { min: n, max: n, perNode: false };
};

/**
 * What a pod of the spec takes of one resource, as the scheduler counts it: the sum of its
 * containers (sidecar init containers included) or its largest init container, whichever
 * is more. Undefined when a container has none (a limit: unbounded) or one is unreadable.
 */
const podAmount = (spec: any, field: 'requests' | 'limits', resource: 'cpu' | 'memory'): number | undefined => {
  const parse = resource === 'cpu' ? parseCpu : parseMemory;
  const of = (c: any): number | undefined => {
    const q = c.resources?.[field]?.[resource];
    // a limit without a request: the request is the limit
    const given = q ?? (field === 'requests' ? c.resources?.limits?.[resource] : undefined);
    return given === undefined ? (field === 'requests' ? 0 : undefined) : parse(String(given));
  };
  const sidecars = (spec.initContainers ?? []).filter((c: any) => c.restartPolicy === 'Always');
  const inits = (spec.initContainers ?? []).filter((c: any) => c.restartPolicy !== 'Always');
  const running = [...(spec.containers ?? []), ...sidecars].map(of);
  if (running.some((x) => x === undefined)) return undefined;
  const sum = running.reduce((a: number, b) => a + b!, 0);
  const initAmounts = inits.map(of);
  if (initAmounts.some((x: number | undefined) => x === undefined)) return field === 'limits' ? undefined : sum;
  return Math.max(sum, ...initAmounts);
};

const bytesOf = (size: string): number => parseMemory(size) ?? 0;

/** The table's rows, by namespace and name. */
export const capacityRows = (objects: readonly ManifestDoc[]): CapacityRow[] =>
  podWorkloads(objects).map((w) => {
    const claims = claimsOf(w, objects);
    return {
      workload: w,
      pods: podsOf(w, objects),
      cpuRequest: podAmount(w.spec, 'requests', 'cpu'),
      cpuLimit: podAmount(w.spec, 'limits', 'cpu'),
      memoryRequest: podAmount(w.spec, 'requests', 'memory'),
      memoryLimit: podAmount(w.spec, 'limits', 'memory'),
      storage: claims.filter((c) => c.perPod).reduce((a, c) => a + bytesOf(c.size), 0),
      sharedStorage: claims.filter((c) => !c.perPod).reduce((a, c) => a + bytesOf(c.size), 0),
    };
  });

/** A row's total of one per-pod amount. */
const total = (r: CapacityRow, perPod: number | undefined, shared = 0): Amount => {
  if (perPod === undefined) return { min: undefined, max: undefined, perNode: undefined };
  if (r.pods.perNode) return { min: shared, max: shared, perNode: perPod };
  return { min: perPod * r.pods.min + shared, max: perPod * r.pods.max + shared, perNode: 0 };
};

/** The sum of amounts; unbounded when any is. */
const sum = (amounts: readonly Amount[]): Amount => {
  const add = (f: keyof Amount) => (amounts.some((a) => a[f] === undefined) ? undefined : amounts.reduce((s, a) => s + a[f]!, 0));
  return { min: add('min'), max: add('max'), perNode: add('perNode') };
};

const trim = (n: number): string => String(Number(n.toFixed(2)));

/** Millicores as Kubernetes writes them: `250m`, `1.5`. */
export const formatCpu = (m: number): string => (m < 1000 ? `${trim(m)}m` : trim(m / 1000));

/** Bytes in binary units: `512Mi`, `1.5Gi`, `2Ti`. */
export const formatBytes = (b: number): string => {
  for (const [unit, size] of [['Ti', 2 ** 40], ['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10]] as const) if (b >= size) return `${trim(b / size)}${unit}`;
  return b === 0 ? '0' : `${b}`;
};

/** An amount in words: `1.2`, `1.2 to 3` (autoscaled), `+ 150m per node`; `none` when unbounded. */
const formatAmount = (a: Amount, format: (n: number) => string): string => {
  if (a.min === undefined || a.max === undefined || a.perNode === undefined) return 'none';
  const fixed = a.min === a.max ? format(a.min) : `${format(a.min)} to ${format(a.max)}`;
  if (!a.perNode) return fixed;
  return a.max === 0 ? `${format(a.perNode)} per node` : `${fixed} + ${format(a.perNode)} per node`;
};

const formatPods = (p: Pods): string => (p.perNode ? 'one per node' : p.min === p.max ? String(p.min) : `${p.min} to ${p.max} (autoscaled)`);

/** `per pod / total` of one resource. */
const cell = (r: CapacityRow, perPod: number | undefined, format: (n: number) => string, shared = 0): string =>
  perPod === undefined ? 'none' : `${format(perPod)} / ${formatAmount(total(r, perPod, shared), format)}`;

/** The capacity table in Markdown: a row per workload, then the totals. */
export const capacityTable = (objects: readonly ManifestDoc[]): string => {
  const rows = capacityRows(objects);
  const pods = sum(rows.map((r) => (r.pods.perNode ? { min: 0, max: 0, perNode: 1 } : { min: r.pods.min, max: r.pods.max, perNode: 0 })));
  const totalOf = (pick: (r: CapacityRow) => number | undefined, format: (n: number) => string, shared?: (r: CapacityRow) => number) =>
    formatAmount(sum(rows.map((r) => total(r, pick(r), shared?.(r)))), format);
  const count = (n: number) => String(n);
  return [
    '| workload | pods | CPU request (pod / total) | CPU limit (pod / total) | memory request (pod / total) | memory limit (pod / total) | storage (pod / total) |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      [
        `\`${r.workload.name}\` (${r.workload.kind}, ${r.workload.namespace})`,
        formatPods(r.pods),
        cell(r, r.cpuRequest, formatCpu),
        cell(r, r.cpuLimit, formatCpu),
        cell(r, r.memoryRequest, formatBytes),
        cell(r, r.memoryLimit, formatBytes),
        r.storage || r.sharedStorage ? cell(r, r.storage, formatBytes, r.sharedStorage) : '-',
      ].join(' | '),
    ).map((line) => `| ${line} |`),
    `| **total** | ${formatAmount(pods, count)} | ${totalOf((r) => r.cpuRequest, formatCpu)} | ${totalOf((r) => r.cpuLimit, formatCpu)} | ${totalOf((r) => r.memoryRequest, formatBytes)} | ${totalOf((r) => r.memoryLimit, formatBytes)} | ${totalOf((r) => r.storage, formatBytes, (r) => r.sharedStorage)} |`,
  ].join('\n');
};
