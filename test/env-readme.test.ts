/**
 * The README of each environment's folder (`dist/<env>/README.md`), through the public
 * functions a library user calls: what the cluster needs before `kubectl apply`, the data
 * flow of the wiring graph, the capacity. The proof that the list is complete, against a
 * real API server, is in test/apiserver.test.ts.
 */
import { App, ApiObject, Chart } from 'cdk8s';
import { parseCpu } from '../lib/common/k8s/resources';
import { EnvironmentPrerequisites, Loki, ObservabilityStack, environmentPrerequisites, environmentReadme } from '../lib';
import { formatCpu } from '../lib/output/readme/capacity';
import { ENVIRONMENTS, EVERY_FEATURE, Obj, TEST_ENVIRONMENTS, buildApp, podSpec, synthObjects } from './helpers';

const stacks = buildApp(TEST_ENVIRONMENTS).stacks;
const stackOf = (name: string): ObservabilityStack => stacks.find((s) => s.envName === name)!;
const readmes = new Map<string, string>();
const readme = (name: string): string => readmes.get(name) ?? readmes.set(name, environmentReadme(stackOf(name))).get(name)!;
const prerequisites = (name: string): EnvironmentPrerequisites => environmentPrerequisites(stackOf(name));

/** The lines of the README's command block. */
const commandBlock = (text: string): string[] => {
  const m = /### In this order\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(text);
  if (!m) throw new Error('no command block');
  return m[1].trim().split('\n');
};

/** The README's section under a `###` heading, up to the next heading. */
const section = (text: string, heading: string): string => {
  const at = text.indexOf(`### ${heading}\n`);
  if (at < 0) throw new Error(`no section ${heading}`);
  const rest = text.slice(at + heading.length + 5);
  return rest.slice(0, rest.search(/\n##/));
};

/** The rows of a Markdown table in a text: cells of each row but the header and its rule. */
const rows = (text: string): string[][] =>
  text
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('|---'))
    .slice(1)
    .map((l) => l.slice(2, -2).split(' | '));

describe('what the cluster needs before kubectl apply', () => {
  test('dev: the grafana-admin Secret in observability, with the keys admin-user and admin-password', () => {
    const p = prerequisites('dev');
    expect(p.missing.map((m) => [m.kind, m.namespace, m.name, m.keys])).toEqual([
      [
        'Secret',
        'observability',
        'grafana-admin',
        [
          { key: 'admin-password', optional: false },
          { key: 'admin-user', optional: false },
        ],
      ],
    ]);
    expect(rows(section(readme('dev'), 'Objects the pods read that the manifests do not create'))).toEqual([
      ['Secret', '`grafana-admin`', '`observability`', '`admin-password`, `admin-user`', 'StatefulSet observability/grafana'],
    ]);
  });

  test('dev: the commands in working order: the namespaces, the Secret with a placeholder per key, the default StorageClass, the apply', () => {
    expect(commandBlock(readme('dev'))).toEqual([
      '# 1. the namespaces',
      'kubectl apply -f dist/dev/00-namespaces.k8s.yaml',
      '# 2. what the pods read that the manifests do not create (replace each ...)',
      'kubectl -n observability create secret generic grafana-admin --from-literal=admin-password=... --from-literal=admin-user=...',
      '# 3. what the cluster must already have',
      'kubectl get storageclass   # one is marked (default)',
      '# 4. the environment',
      'kubectl apply -f dist/dev/',
    ]);
  });

  test('dev: the default StorageClass for every claim, no identity, the upstream registry without a pull Secret', () => {
    const p = prerequisites('dev');
    expect(p.storageClasses.map((s) => s.name)).toEqual([undefined]);
    expect(p.storageClasses[0].claims).toContain('observability/data-grafana-<ordinal>');
    expect(p.identities).toEqual([]);
    expect(p.registries.map((r) => [r.registry, r.pullSecrets])).toEqual([['', []]]);
    expect(p.customResources).toEqual([]);
  });

  test("prod: its pull Secret in each namespace (a registry login for the mirror), the receivers' Secret, Grafana's, the remote write's token", () => {
    const secrets = prerequisites('prod').missing.filter((m) => m.kind === 'Secret');
    expect(secrets.map((m) => [m.namespace, m.name, m.keys.map((k) => k.key), m.imagePullFrom])).toEqual([
      ['observability', 'alerting', ['pagerduty-routing-key', 'slack-webhook-url'], []],
      ['observability', 'grafana-admin', ['admin-password', 'admin-user'], []],
      ['observability', 'metrics-remote-write', ['token'], []],
      ['observability', 'registry-mirror', [], ['mirror.internal:5000']],
      ['observability-agent', 'registry-mirror', [], ['mirror.internal:5000']],
    ]);
    const commands = commandBlock(readme('prod'));
    expect(commands).toContain('kubectl -n observability-agent create secret docker-registry registry-mirror --docker-server=mirror.internal:5000 --docker-username=... --docker-password=...');
    expect(commands).toContain('kubectl -n observability create secret generic alerting --from-literal=pagerduty-routing-key=... --from-literal=slack-webhook-url=...');
  });

  test('prod: the StorageClass gp3, and the IAM roles of Tempo and Loki with their buckets', () => {
    const p = prerequisites('prod');
    expect(p.storageClasses.map((s) => [s.name, s.claims.length])).toEqual([['gp3', 5]]);
    expect(commandBlock(readme('prod'))).toContain('kubectl get storageclass gp3');
    expect(p.identities.map((i) => [i.namespace, i.serviceAccount, i.annotation, i.identity, i.buckets.map((b) => b.bucket)])).toEqual([
      ['observability', 'loki', 'eks.amazonaws.com/role-arn', 'arn:aws:iam::111122223333:role/prod-eu-1-loki', ['prod-eu-1-logs']],
      ['observability', 'tempo', 'eks.amazonaws.com/role-arn', 'arn:aws:iam::111122223333:role/prod-eu-1-tempo', ['prod-eu-1-traces']],
    ]);
    expect(section(readme('prod'), 'Cloud identities')).toContain('`system:serviceaccount:observability:tempo`');
    expect(p.registries.map((r) => [r.registry, r.pullSecrets.map((s) => `${s.namespace}/${s.name}`)])).toEqual([
      ['mirror.internal:5000', ['observability/registry-mirror', 'observability-agent/registry-mirror']],
    ]);
    expect(p.capabilities.map((c) => c.what)).toEqual(['a network plugin that enforces NetworkPolicies', 'the resource metrics API (`metrics.k8s.io`, e.g. metrics-server)']);
  });

  test("every feature: the PrometheusRule's CRD, the S3 credentials Secret, the Azure identity", () => {
    const p = prerequisites(EVERY_FEATURE.name);
    expect(p.customResources.map((c) => [c.kind, c.crd, c.objects])).toEqual([['PrometheusRule', 'prometheusrules.monitoring.coreos.com', ['obs/observability-stack-rules']]]);
    expect(commandBlock(readme(EVERY_FEATURE.name))).toContain('kubectl get crd prometheusrules.monitoring.coreos.com');
    expect(p.missing.find((m) => m.name === 'tempo-s3')?.keys.map((k) => k.key)).toEqual(['id', 'secret']);
    expect(p.identities.map((i) => [i.serviceAccount, i.provider])).toEqual([
      ['loki', 'AWS IAM role (IRSA)'],
      ['otel-agent', 'Azure identity (Microsoft Entra Workload ID)'],
    ]);
  });

  test("a user's own chart: every kind of reference, optional ones as optional, its namespace, ServiceAccount and PriorityClass", () => {
    const app = new App({ outdir: '/nonexistent' });
    const chart = new Chart(app, 'mine', { disableResourceNameHashes: true });
    new Loki(chart, 'Loki', { namespace: 'logging', size: 'laptop', imagePullSecrets: ['pull'] });
    const container = {
      name: 'app',
      image: 'registry.acme.example:5000/acme/app:1.0.0',
      env: [
        { name: 'A', valueFrom: { secretKeyRef: { name: 'app-secret', key: 'token' } } },
        { name: 'B', valueFrom: { secretKeyRef: { name: 'app-secret', key: 'extra', optional: true } } },
        { name: 'C', valueFrom: { configMapKeyRef: { name: 'app-settings', key: 'mode' } } },
      ],
      envFrom: [{ secretRef: { name: 'app-env', optional: true } }],
    };
    new ApiObject(chart, 'Job', {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'app', namespace: 'logging' },
      spec: {
        template: {
          spec: {
            restartPolicy: 'Never',
            serviceAccountName: 'app',
            priorityClassName: 'batch-low',
            containers: [container],
            volumes: [{ name: 'p', projected: { sources: [{ secret: { name: 'app-certs', items: [{ key: 'tls.crt', path: 'tls.crt' }] } }, { configMap: { name: 'app-ca' } }] } }],
          },
        },
      },
    });
    const p = environmentPrerequisites(app);
    expect(p.environment).toBe('app');
    expect(p.missing.map((m) => [m.kind, m.name, m.keys.map((k) => `${k.key}${k.optional ? '?' : ''}`).join(','), m.wholeObject, m.optional])).toEqual([
      ['Namespace', 'logging', '', false, false],
      ['Secret', 'app-certs', 'tls.crt', false, false],
      ['Secret', 'app-env', '', true, true],
      ['Secret', 'app-secret', 'extra?,token', false, false],
      ['Secret', 'pull', '', false, false],
      ['ConfigMap', 'app-ca', '', true, false],
      ['ConfigMap', 'app-settings', 'mode', false, false],
      ['ServiceAccount', 'app', '', false, false],
      ['PriorityClass', 'batch-low', '', false, false],
    ]);
    const commands = p.commands.join('\n');
    expect(commands).toContain('kubectl create namespace logging');
    expect(commands).toContain('kubectl -n logging create secret generic app-secret --from-literal=token=...\n');
    expect(commands).toContain('# optional: kubectl -n logging create secret generic app-env --from-literal=...=...');
    expect(commands).toContain('kubectl -n logging create serviceaccount app');
    expect(p.registries.map((r) => r.registry)).toEqual(['', 'registry.acme.example:5000']);
  });
});

describe('the data flow', () => {
  test.each(ENVIRONMENTS.map((e) => [e.name]))('%s: every workload a node, every connection an edge with its purpose and port', (name) => {
    const text = readme(name);
    const chart = /```mermaid\n([\s\S]*?)```/.exec(text)![1];
    expect(chart.startsWith('flowchart LR\n')).toBe(true);
    const graph = stackOf(name).wiring;
    for (const w of graph.workloads) expect(chart).toMatch(new RegExp(`\\["${w.peer.name}<br/>(StatefulSet|Deployment|DaemonSet)"\\]`));
    for (const c of graph.connections) expect(chart).toContain(`|"${c.purpose} :${c.to.port}`);
    for (const x of graph.externalConnections) expect(chart).toContain(`|"${x.purpose} ${x.ports.map((p) => `:${p}`).join(', ')}"|`);
    // each node is declared once, and every edge joins declared nodes
    const declared = [...chart.matchAll(/^\s+(\w+)(?:\[|\(\[)"/gm)].map((m) => m[1]);
    expect(new Set(declared).size).toBe(declared.length);
    for (const [, from, to] of chart.matchAll(/^\s+(\w+) -\.?->\|"[^"]*"\| (\w+)$/gm)) expect([from, declared.includes(from), to, declared.includes(to)]).toEqual([from, true, to, true]);
    // the applications, the API server and (in prod) the buckets are nodes of their own
    expect(chart).toContain('p_applications');
    expect(chart).toContain('ext_the_Kubernetes_API_server(["the Kubernetes API server"])');
  });

  test('prod: each bucket a node of its own, reached by its backend', () => {
    expect(readme('prod')).toMatch(/w_observability__tempo -->\|"object storage \(S3\) :443"\| ext_bucket_prod_eu_1_traces_s3_eu_west_1_amazonaws_com\n/);
  });

  test('the same graph gives the same text', () => {
    const again = buildApp(ENVIRONMENTS).stacks.map((s) => environmentReadme(s));
    expect(again).toEqual(ENVIRONMENTS.map((e) => readme(e.name)));
  });
});

describe('the capacity table', () => {
  const objects = synthObjects();
  /** A pod's CPU request in millicores, as the sum of its containers (none of the stack's init containers asks more). */
  const podCpu = (o: Obj): number => podSpec(o).containers.reduce((a: number, c: any) => a + parseCpu(c.resources.requests.cpu)!, 0);

  test.each(TEST_ENVIRONMENTS.map((e) => [e.name]))('%s: a row per workload, and the total CPU request is the sum of its pods', (name) => {
    const table = readme(name).slice(readme(name).indexOf('## Capacity'));
    const lines = rows(table);
    const workloads = objects.filter((o) => o.env === name && podSpec(o));
    expect(lines.length).toBe(workloads.length + 1);
    for (const w of workloads) {
      const row = lines.find((r) => r[0] === `\`${w.metadata.name}\` (${w.kind}, ${w.metadata.namespace})`);
      expect([w.metadata.name, row?.[1]]).toEqual([w.metadata.name, w.kind === 'DaemonSet' ? 'one per node' : expect.stringMatching(/^\d+( to \d+ \(autoscaled\))?$/)]);
    }
    const hpaMin = (w: Obj) => objects.find((o) => o.env === name && o.kind === 'HorizontalPodAutoscaler' && o.spec.scaleTargetRef.name === w.metadata.name)?.spec.minReplicas;
    const fixed = workloads.filter((w) => w.kind !== 'DaemonSet').reduce((a, w) => a + podCpu(w) * (w.spec.replicas ?? hpaMin(w) ?? 1), 0);
    const perNode = workloads.filter((w) => w.kind === 'DaemonSet').reduce((a, w) => a + podCpu(w), 0);
    const total = lines[lines.length - 1];
    expect(total[0]).toBe('**total**');
    expect(total[2]).toMatch(new RegExp(`^${formatCpu(fixed).replace('.', '\\.')}( to [0-9.]+m?)? \\+ ${formatCpu(perNode)} per node$`));
  });

  test('prod: the autoscaled gateway counts from its minimum to its maximum (no volume: it keeps nothing on disk)', () => {
    const gateway = rows(readme('prod').slice(readme('prod').indexOf('## Capacity'))).find((r) => r[0].startsWith('`otel-gateway`'))!;
    expect(gateway).toEqual(['`otel-gateway` (StatefulSet, observability)', '3 to 9 (autoscaled)', '550m / 1.65 to 4.95', 'none', '576Mi / 1.69Gi to 5.06Gi', '1.25Gi / 3.75Gi to 11.25Gi', '-']);
  });
});
