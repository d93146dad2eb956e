/**
 * `npm run review`: a corpus of changes, each judged by its effect on the cluster. Most are
 * real renders of changed props; the rest edit a rendered object the way a hand edit or an
 * upgrade of the constructs would.
 */
import { renderStack } from '../lib/output/synth';
import { StackProps } from '../lib/stack/stack';
import { Effect } from '../scripts/review/classify';
import { markdown, review, terminal } from '../scripts/review';
import { ENVIRONMENTS, buildApp } from './helpers';

const prod = ENVIRONMENTS.find((e) => e.name === 'prod')!;
const files = (props: StackProps): Map<string, string> => {
  const [stack] = buildApp([props]).stacks;
  return new Map(Object.entries(renderStack(stack)).map(([f, text]) => [`dist/${props.name}/${f}`, text]));
};
const base = files(prod);

/** The effects of each changed object, `Kind ns/name: effect, effect`. */
const effects = (head: Map<string, string>): Record<string, Effect[]> =>
  Object.fromEntries((review(base, head).get('prod') ?? []).map((c) => [c.object, [...new Set(c.findings.map((f) => f.effect))].sort()]));

/** The render with one object of one file edited. */
const edited = (file: string, kind: string, name: string, edit: (d: any) => void): Map<string, string> => {
  const { parseAllDocuments, stringify } = require('yaml');
  const key = `dist/prod/${file}`;
  const docs = parseAllDocuments(base.get(key)!).map((d: any) => d.toJS());
  const target = docs.find((d: any) => d.kind === kind && d.metadata.name === name);
  if (!target) throw new Error(`no ${kind} ${name} in ${file}`);
  edit(target);
  return new Map([...base, [key, docs.map((d: any) => stringify(d)).join('---\n')]]);
};

describe('a corpus of changes, each with its effect', () => {
  test('no change: nothing', () => expect(effects(base)).toEqual({}));

  test("a StatefulSet's storage size: refused, with the orphan delete and the PVC resize", () => {
    const head = files({ ...prod, prometheus: { ...prod.prometheus, storageSize: '500Gi' } });
    // (its retention size follows the volume: prometheus.yml changes too, and reloads in place)
    expect(effects(head)['StatefulSet observability/prometheus']).toEqual(['refused']);
    expect(effects(head)['ConfigMap observability/prometheus-config']).toEqual(['reloads']);
    const step = review(base, head).get('prod')!.find((c) => c.object === 'StatefulSet observability/prometheus')!.findings[0].step!;
    expect(step).toMatch(/kubectl delete statefulset prometheus -n observability --cascade=orphan.*kubectl patch pvc <claim>-prometheus-<i>.*Replace=true/);
  });

  test('a selector label of a Deployment: refused', () => {
    const head = edited('kube-state-metrics.k8s.yaml', 'Deployment', 'kube-state-metrics', (d) => (d.spec.selector.matchLabels.tier = 'x'));
    expect(effects(head)['Deployment observability/kube-state-metrics']).toContain('refused');
  });

  test('a headless Service turned normal: ignored by the API server (it stays headless)', () => {
    const head = edited('otel-gateway.k8s.yaml', 'Service', 'otel-gateway', (d) => delete d.spec.clusterIP);
    expect(effects(head)['Service observability/otel-gateway']).toEqual(['ignored']);
  });

  test('a Service turned headless: refused', () => {
    const head = edited('prometheus.k8s.yaml', 'Service', 'prometheus', (d) => (d.spec.clusterIP = 'None'));
    expect(effects(head)['Service observability/prometheus']).toEqual(['refused']);
  });

  test("a binding's roleRef: refused", () => {
    const head = edited('prometheus.k8s.yaml', 'ClusterRoleBinding', 'prometheus', (d) => (d.roleRef.name = 'cluster-admin'));
    expect(effects(head)['ClusterRoleBinding prometheus']).toEqual(['refused']);
  });

  test('an SLO changed: the rules reload in place, nothing rolls', () => {
    const slos = (prod.slos ?? []).map((s, i) => (i === 0 ? { ...s, objective: s.objective === 99.5 ? 99.9 : 99.5 } : s));
    const e = effects(files({ ...prod, slos }));
    expect(e['ConfigMap observability/prometheus-rules']).toEqual(['reloads']);
    expect(Object.values(e).flat()).not.toContain('rolls');
  });

  test("Prometheus's scrape interval changed: its config reloads in place, no replica restarts", () => {
    const e = effects(files({ ...prod, prometheus: { ...prod.prometheus, scrapeInterval: '15s' } }));
    expect(e['ConfigMap observability/prometheus-config']).toEqual(['reloads']);
    expect(e['StatefulSet observability/prometheus']).toBeUndefined();
  });

  test("Alertmanager's routing changed: its config reloads in place (its reloader sidecar), no peer restarts", () => {
    const receivers = { ...prod.alertmanager!.receivers, ticket: { slack: { ...prod.alertmanager!.receivers!.ticket!.slack!, channel: '#prod-tickets' } } };
    const e = effects(files({ ...prod, alertmanager: { ...prod.alertmanager, receivers, groupWait: '1m' } }));
    expect(e['ConfigMap observability/alertmanager-config']).toEqual(['reloads']);
    expect(e['StatefulSet observability/alertmanager']).toBeUndefined();
  });

  test('retention shortened: data, and the pods roll for the config', () => {
    const e = effects(files({ ...prod, loki: { ...prod.loki, retention: '7d' } }));
    expect(e['ConfigMap observability/loki-config']).toEqual(['data', 'rolls']);
    expect(e['StatefulSet observability/loki']).toEqual(['rolls']);
  });

  test('a replica count: in place', () => {
    const e = effects(files({ ...prod, alertmanager: { ...prod.alertmanager, replicas: 5 } }));
    expect(e['StatefulSet observability/alertmanager']).toEqual(['in place', 'rolls']);
  });

  test('a ClusterRole widened: access', () => {
    const e = effects(files({ ...prod, kubeStateMetrics: { kubeResources: ['pods', 'nodes', 'deployments', 'statefulsets', 'daemonsets', 'jobs', 'persistentvolumeclaims', 'ingresses'] } }));
    expect(e['ClusterRole kube-state-metrics']).toEqual(['access']);
  });

  test('a NetworkPolicy opened: access', () => {
    const e = effects(files({ ...prod, applicationNamespaces: [...(prod.applicationNamespaces ?? []), 'search'] }));
    expect(e['NetworkPolicy observability-agent/otel-agent-ingress']).toEqual(['access']);
  });

  test('a hostPath added: access', () => {
    const head = edited('node-exporter.k8s.yaml', 'DaemonSet', 'node-exporter', (d) => d.spec.template.spec.volumes.push({ name: 'etc', hostPath: { path: '/etc' } }));
    expect(effects(head)['DaemonSet observability-agent/node-exporter']).toEqual(['access', 'rolls']);
  });

  test('an image registry changed: every workload rolls', () => {
    const e = effects(files({ ...prod, imageRegistry: 'mirror2.internal:5000' }));
    const workloads = Object.entries(e).filter(([k]) => /^(StatefulSet|Deployment|DaemonSet) /.test(k));
    expect(workloads.length).toBeGreaterThan(7);
    for (const [, x] of workloads) expect(x).toEqual(['rolls']);
  });

  test('a component left out: removed, and its volume orphaned as data', () => {
    const e = effects(files({ ...prod, grafana: { enabled: false } }));
    expect(e['StatefulSet observability/grafana']).toEqual(['data', 'removed']);
    expect(e['Service observability/grafana']).toEqual(['removed']);
  });

  test('a namespace renamed: its objects removed and added, its data with the namespace', () => {
    const e = effects(files({ ...prod, namespace: 'obs' }));
    expect(e['Namespace observability']).toEqual(['data', 'removed']);
    expect(e['Namespace obs']).toEqual(['added']);
  });

  test('a dashboard changed: reloaded in place by Grafana', () => {
    const slos = [...(prod.slos ?? []), { name: 'extra', service: 'search', objective: 99, sli: { kind: 'availability' as const } }];
    const e = effects(files({ ...prod, slos }));
    expect(e['ConfigMap observability/grafana-dashboards-slos']).toEqual(['reloads']);
  });

  test('a Service port renamed: in place (the pods name their container ports, not the Service\'s)', () => {
    const head = edited('loki.k8s.yaml', 'Service', 'loki', (d) => (d.spec.ports[0].name = 'http-api'));
    expect(effects(head)).toEqual({ 'Service observability/loki': ['in place'] });
  });

  test('an image bumped: its workload rolls, nothing else', () => {
    const head = edited('loki.k8s.yaml', 'StatefulSet', 'loki', (d) => (d.spec.template.spec.containers[0].image = d.spec.template.spec.containers[0].image.replace(/:[^:]+$/, ':3.7.7')));
    expect(effects(head)).toEqual({ 'StatefulSet observability/loki': ['rolls'] });
  });

  test('a component renamed: the old one removed with its volumes as data, the new one added', () => {
    const head = new Map([...base].map(([f, text]) => [f, f.endsWith('/loki.k8s.yaml') ? text.replace(/^(  name: )loki$/gm, '$1logs') : text]));
    const e = effects(head);
    expect(e['StatefulSet observability/loki']).toEqual(['data', 'removed']);
    expect(e['StatefulSet observability/logs']).toEqual(['added']);
  });

  test('an environment removed: every object of it removed, its volumes and namespaces as data', () => {
    const both = new Map([...base, ...[...files({ ...prod, name: 'staging' })]]);
    const changes = review(both, base).get('staging') ?? [];
    const by = Object.fromEntries(changes.map((c) => [c.object, [...new Set(c.findings.map((f) => f.effect))].sort()]));
    expect(changes.length).toBeGreaterThan(50);
    expect(by['Namespace observability']).toEqual(['data', 'removed']);
    expect(by['StatefulSet observability/prometheus']).toEqual(['data', 'removed']);
    expect(Object.values(by).every((x) => x.includes('removed'))).toBe(true);
  });

  test("a StatefulSet's volume claim template removed: refused and data, the step deletes the claims it no longer mounts", () => {
    const head = edited('prometheus.k8s.yaml', 'StatefulSet', 'prometheus', (d) => delete d.spec.volumeClaimTemplates);
    expect(effects(head)).toEqual({ 'StatefulSet observability/prometheus': ['data', 'refused'] });
    const step = (review(base, head).get('prod') ?? [])[0].findings.find((f) => f.effect === 'refused')!.step!;
    expect(step).toMatch(/delete the claims it no longer mounts \(kubectl delete pvc data-prometheus-<i> -n observability\)/);
    expect(step).not.toMatch(/resize/);
  });

  test('the output: a terminal report and a Markdown comment with a summary table', () => {
    const changes = review(base, files({ ...prod, prometheus: { ...prod.prometheus, storageSize: '500Gi' } }));
    expect(terminal(changes, 'base')).toMatch(/prod: 2 objects changed \(1 refused, 1 reloads\)\n {2}StatefulSet observability\/prometheus\n {4}REFUSED: .*volumeClaimTemplates\n {6}step: kubectl delete statefulset/);
    expect(markdown(changes, 'base')).toMatch(/\| prod \| `StatefulSet observability\/prometheus` \| changed \| \*\*refused\*\* \|[\s\S]*<details><summary>prod: 2 objects<\/summary>/);
  });
});
