import { REGISTRY } from '../lib/stack/registry';
import { NODE_EXPORTER_HOST_ACCESS } from '../lib/node-exporter/node-exporter';
import { TEST_ENVIRONMENTS, plantConfig, buildApp } from './helpers';
import { renderStack } from '../lib/output/synth';
import { checkNoLiteralSecrets } from '../lib/output/validation/secrets';
import { parseEnvironment } from '../lib/output/validation/types';

const { stacks } = buildApp(TEST_ENVIRONMENTS);
const envs = stacks.map((s) => ({ stack: s, env: parseEnvironment(s.envName, renderStack(s)), wiring: s.wiring }));
const docs = envs.flatMap((e) => e.env.objects.map((o) => o.doc));
const policies = docs.filter((d) => d.kind === 'NetworkPolicy');
const namespaces = docs.filter((d) => d.kind === 'Namespace');
const nsLabels = (ns: string): Record<string, string> => ({
  'kubernetes.io/metadata.name': ns,
  ...(namespaces.find((n) => n.metadata.name === ns)?.metadata.labels ?? {}),
});

const matches = (sel: any, labels: Record<string, string>): boolean => {
  if (!sel) return true;
  const ml = Object.entries<string>(sel.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const me = (sel.matchExpressions ?? []).every((e: any) =>
    e.operator === 'In' ? e.values.includes(labels[e.key]) : e.operator === 'NotIn' ? !e.values.includes(labels[e.key]) : e.operator === 'Exists' ? e.key in labels : !(e.key in labels),
  );
  return ml && me;
};
const peerMatches = (p: any, policyNs: string, ns: string, labels: Record<string, string>): boolean =>
  (p.namespaceSelector ? matches(p.namespaceSelector, nsLabels(ns)) : ns === policyNs) && matches(p.podSelector ?? {}, labels);

/** Whether ingress policies let pods (ns, labels) reach pods (tns, tlabels) on port. */
const ingressAllows = (ns: string, labels: Record<string, string>, tns: string, tlabels: Record<string, string>, port: number): boolean => {
  const selecting = policies.filter((p) => p.metadata.namespace === tns && (p.spec.policyTypes ?? []).includes('Ingress') && matches(p.spec.podSelector, tlabels));
  if (!selecting.length) return true;
  return selecting.some((p) =>
    (p.spec.ingress ?? []).some(
      (r: any) => (r.ports ?? [{ port }]).some((x: any) => x.port === port) && (r.from ?? [{}]).some((f: any) => peerMatches(f, tns, ns, labels)),
    ),
  );
};
const egressAllows = (ns: string, labels: Record<string, string>, tns: string, tlabels: Record<string, string>, port: number): boolean => {
  const selecting = policies.filter((p) => p.metadata.namespace === ns && (p.spec.policyTypes ?? []).includes('Egress') && matches(p.spec.podSelector, labels));
  if (!selecting.length) return true;
  return selecting.some((p) =>
    (p.spec.egress ?? []).some(
      (r: any) => (r.ports ?? [{ port }]).some((x: any) => x.port === port) && (r.to ?? [{}]).some((t: any) => peerMatches(t, ns, tns, tlabels)),
    ),
  );
};

const pods = docs
  .filter((d) => d.spec?.template?.spec)
  .map((d) => ({ name: `${d.kind}/${d.metadata.namespace}/${d.metadata.name}`, ns: d.metadata.namespace as string, labels: d.spec.template.metadata.labels, spec: d.spec.template.spec }));
const agentNamespaces = [...new Set(namespaces.filter((n) => n.metadata.labels['pod-security.kubernetes.io/enforce'] !== 'restricted').map((n) => n.metadata.name))];

describe('NetworkPolicies', () => {
  test.each(pods.map((p) => [p.name, p]))('%s is selected by an ingress policy other than default-deny', (_n, p) => {
    const own = policies.filter((x) => x.metadata.namespace === p.ns && Object.keys(x.spec.podSelector).length && matches(x.spec.podSelector, p.labels));
    expect(own.length).toBeGreaterThan(0);
    expect(policies.some((x) => x.metadata.namespace === p.ns && x.metadata.name === 'default-deny-ingress')).toBe(true);
  });

  const edges = envs.flatMap((e) => e.wiring.connections.map((c) => [`${c.from.name} -> ${c.to} (${c.purpose})`, c] as const));
  test('the wiring graph has the edges of the configs', () => {
    expect(edges.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^otel-agent -> otel-gateway\.observability:4317/),
        expect.stringMatching(/^otel-gateway -> tempo\.observability:4317/),
        expect.stringMatching(/^otel-gateway -> prometheus\.observability:9090/),
        expect.stringMatching(/^otel-agent -> loki\.observability:3100/),
        expect.stringMatching(/^otel-agent -> prometheus\.observability:9090/),
        expect.stringMatching(/^tempo -> prometheus\.observability:9090/),
        expect.stringMatching(/^applications -> otel-agent\.observability-agent:4317/),
        expect.stringMatching(/^prometheus -> loki\.observability:3100 \(http-metrics\) \(scrape\)/),
      ]),
    );
  });

  test.each(edges)('allows %s', (_n, c) => {
    const fromNs = typeof c.from.namespace === 'string' ? c.from.namespace : (c.from.namespace[0] ?? 'some-application-namespace');
    const fromLabels = Object.keys(c.from.podSelector).length ? { ...c.from.podSelector } : { app: 'any' };
    expect(ingressAllows(fromNs, fromLabels, c.to.namespace, c.to.podSelector, c.to.targetPort)).toBe(true);
    expect(egressAllows(fromNs, fromLabels, c.to.namespace, c.to.podSelector, c.to.targetPort)).toBe(true);
  });

  test('deny what the graph does not have: tempo may not reach loki, applications may not reach tempo', () => {
    const tempo = pods.find((p) => p.name.endsWith('/tempo'))!;
    const loki = pods.find((p) => p.name.endsWith('/loki'))!;
    expect(ingressAllows(tempo.ns, tempo.labels, loki.ns, loki.labels, 3100)).toBe(false);
    expect(egressAllows(tempo.ns, tempo.labels, loki.ns, loki.labels, 3100)).toBe(false);
    expect(ingressAllows('shop', { app: 'checkout' }, tempo.ns, tempo.labels, 4317)).toBe(false);
  });

  test('no ingress rule allows a port that no config uses', () => {
    const used = new Set(envs.flatMap((e) => e.wiring.connections.map((c) => `${c.to.namespace}/${c.to.targetPort}`)));
    for (const p of policies) {
      for (const r of p.spec.ingress ?? []) {
        expect(r.ports).toBeDefined();
        for (const port of r.ports) expect([p.metadata.name, used.has(`${p.metadata.namespace}/${port.port}`)]).toEqual([p.metadata.name, true]);
      }
    }
  });
});

/** The Pod Security Standard "restricted" checks (https://kubernetes.io/docs/concepts/security/pod-security-standards/), plus a read-only root filesystem. */
const restrictedViolations = (spec: any): string[] => {
  const v: string[] = [];
  if (spec.hostNetwork || spec.hostPID || spec.hostIPC) v.push('host namespaces');
  const allowedVolumes = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'];
  for (const vol of spec.volumes ?? []) {
    const type = Object.keys(vol).find((k) => k !== 'name');
    if (!allowedVolumes.includes(type!)) v.push(`volume ${vol.name} of type ${type}`);
  }
  const podSc = spec.securityContext ?? {};
  if (!['RuntimeDefault', 'Localhost'].includes(podSc.seccompProfile?.type)) {
    // every container must then set it
    for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
      if (!['RuntimeDefault', 'Localhost'].includes(c.securityContext?.seccompProfile?.type)) v.push(`${c.name}: seccomp`);
    }
  }
  for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
    const sc = c.securityContext ?? {};
    if (sc.privileged) v.push(`${c.name}: privileged`);
    if (sc.allowPrivilegeEscalation !== false) v.push(`${c.name}: allowPrivilegeEscalation`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) v.push(`${c.name}: capabilities not dropped`);
    if ((sc.capabilities?.add ?? []).some((a: string) => a !== 'NET_BIND_SERVICE')) v.push(`${c.name}: capabilities added`);
    if (!(sc.runAsNonRoot ?? podSc.runAsNonRoot)) v.push(`${c.name}: runAsNonRoot`);
    if ((sc.runAsUser ?? podSc.runAsUser) === 0) v.push(`${c.name}: runAsUser 0`);
    if (sc.readOnlyRootFilesystem !== true) v.push(`${c.name}: readOnlyRootFilesystem`);
    for (const p of c.ports ?? []) if (p.hostPort) v.push(`${c.name}: hostPort ${p.hostPort}`);
  }
  return v;
};

describe('Pod Security', () => {
  test.each(envs.map((e) => [e.env.env, e.env]))('%s: the agent namespace is the only one not enforcing restricted, and it audits and warns restricted', (_n, env) => {
    const own = env.objects.map((o) => o.doc).filter((d) => d.kind === 'Namespace');
    const privileged = own.filter((n) => n.metadata.labels['pod-security.kubernetes.io/enforce'] !== 'restricted');
    expect(privileged.length).toBe(1);
    expect(privileged[0].metadata.labels['pod-security.kubernetes.io/warn']).toBe('restricted');
    expect(privileged[0].metadata.labels['pod-security.kubernetes.io/audit']).toBe('restricted');
    const agent = env.objects.find((o) => o.doc.kind === 'DaemonSet')!.doc;
    expect(agent.metadata.namespace).toBe(privileged[0].metadata.name);
  });

  const restricted = pods.filter((p) => !agentNamespaces.includes(p.ns));
  test('there are workloads in the restricted namespace', () => expect(restricted.length).toBeGreaterThanOrEqual(3));
  test.each(restricted.map((p) => [p.name, p]))('%s passes the restricted profile', (_n, p) => {
    expect(restrictedViolations(p.spec)).toEqual([]);
  });

  test('the checks catch a violation', () => {
    const spec = JSON.parse(JSON.stringify(restricted[0].spec));
    spec.containers[0].securityContext.allowPrivilegeEscalation = true;
    spec.hostNetwork = true;
    expect(restrictedViolations(spec)).toEqual(['host namespaces', expect.stringContaining('allowPrivilegeEscalation')]);
  });

  /** What each workload of the agent namespace may differ from restricted in, each documented where it is made. */
  const HOST_ACCESS: Record<string, string[]> = {
    // the log agent: the pod log files and its checkpoints on the node, a one-shot chown helper
    'otel-agent': ['volume varlogpods of type hostPath', 'volume state of type hostPath', 'state-dir-owner: capabilities added', 'state-dir-owner: runAsNonRoot', 'state-dir-owner: runAsUser 0'],
    'node-exporter': Object.keys(NODE_EXPORTER_HOST_ACCESS),
  };
  const hostWorkloads = pods.filter((p) => agentNamespaces.includes(p.ns));
  test('the agent namespace holds the log agent and node-exporter', () => expect(new Set(hostWorkloads.map((p) => p.name.split('/')[2]))).toEqual(new Set(Object.keys(HOST_ACCESS))));
  test.each(hostWorkloads.map((p) => [p.name, p]))('%s differs from restricted in exactly its documented host access', (_n, p) => {
    expect(restrictedViolations(p.spec).sort()).toEqual([...HOST_ACCESS[p.name.split('/')[2]]].sort());
  });
  test('the host volumes of node-exporter are read-only', () => {
    for (const p of hostWorkloads.filter((x) => x.name.endsWith('/node-exporter'))) {
      const hostVolumes = p.spec.volumes.filter((v: any) => v.hostPath).map((v: any) => v.name);
      const mounts = p.spec.containers.flatMap((c: any) => c.volumeMounts).filter((m: any) => hostVolumes.includes(m.name));
      expect(mounts.length).toBe(hostVolumes.length);
      for (const m of mounts) expect([m.name, m.readOnly]).toEqual([m.name, true]);
    }
  });
});

describe('RBAC and secrets', () => {
  const roles = docs.filter((d) => d.kind === 'Role' || d.kind === 'ClusterRole');
  test('there are roles to check', () => expect(roles.length).toBeGreaterThan(0));
  test.each(roles.map((r) => [`${r.kind}/${r.metadata.name}`, r]))('%s has no wildcard verb, resource or API group', (_n, r) => {
    for (const rule of r.rules) {
      for (const f of ['verbs', 'resources', 'apiGroups', 'nonResourceURLs']) expect(rule[f] ?? []).not.toContain('*');
      expect(rule.verbs.every((v: string) => ['get', 'list', 'watch'].includes(v))).toBe(true);
    }
  });

  test.each(pods.map((p) => [p.name, p]))('%s runs as a ServiceAccount of its own, and mounts its token only when it is bound to API access', (_n, p) => {
    const workload = p.name.split('/')[2];
    expect(p.spec.serviceAccountName).toBe(workload);
    const sa = docs.find((d) => d.kind === 'ServiceAccount' && d.metadata.name === workload && d.metadata.namespace === p.ns);
    expect(sa?.automountServiceAccountToken).toBe(false);
    const bound = docs.some(
      (d) => /RoleBinding$/.test(d.kind) && d.subjects.some((s: any) => s.kind === 'ServiceAccount' && s.name === p.spec.serviceAccountName && s.namespace === p.ns),
    );
    expect(p.spec.automountServiceAccountToken).toBe(bound);
  });

  test('each identity annotation prop reaches exactly its ServiceAccount', () => {
    const { buildApp: build } = require('./helpers');
    const { renderStack: render } = require('../lib/output/synth');
    const { parseEnvironment: parseEnv } = require('../lib/output/validation/types');
    const components = REGISTRY.map((r) => r.key);
    const props: Record<string, any> = Object.fromEntries(components.map((c) => [c, { serviceAccountAnnotations: { 'iam.gke.io/gcp-service-account': `${c}@project.iam.gserviceaccount.com` } }]));
    // two Prometheus replicas: the query layer that merges them is made too
    props.prometheus = { ...props.prometheus, replicas: 2 };
    const [stack] = build([{ name: 'identity', clusterName: 'c', deploymentEnvironment: 'e', size: 'laptop', imagePullSecrets: ['mirror-login'], ...props }]).stacks;
    const env = parseEnv('identity', render(stack));
    const accounts = env.objects.map((o: any) => o.doc).filter((d: any) => d.kind === 'ServiceAccount');
    expect(accounts.map((a: any) => a.metadata.annotations?.['iam.gke.io/gcp-service-account']).sort()).toEqual(components.map((c) => `${c}@project.iam.gserviceaccount.com`).sort());
    for (const a of accounts) expect(a.metadata.annotations['iam.gke.io/gcp-service-account'].split('@')[0]).toBe(components.find((c) => stack.component(c)?.name === a.metadata.name));
    const templates = env.objects.map((o: any) => o.doc).filter((d: any) => d.spec?.template?.spec);
    for (const t of templates) expect([t.metadata.name, t.spec.template.spec.imagePullSecrets]).toEqual([t.metadata.name, [{ name: 'mirror-login' }]]);
  });

  test.each(envs.map((e) => [e.env.env, e.env]))('%s: no literal credential in any ConfigMap, no Secret values', (_n, env) => {
    expect(checkNoLiteralSecrets(env)).toEqual([]);
  });

  test('the secret check fails on a literal S3 key', () => {
    const env = envs[0].env;
    const planted = { ...env, configs: [plantConfig(env.configs[0], { storage: { s3: { secret_key: 'hunter2', access_key: '${S3_ACCESS_KEY_ID}' } } })] };
    expect(checkNoLiteralSecrets(planted).map((f) => f.path)).toEqual([expect.stringContaining('storage.s3.secret_key')]);
  });
});
