/**
 * The real API server refuses what it must: defects planted in copies of the output make
 * `npm run apiserver-check -- COPY` fail with the server's own message. Needs the
 * kube-apiserver and kubectl of `npm run tools` and Debian's etcd-server. It starts four
 * API servers (about two minutes), so it runs where CONFORMANCE=1 (as in CI, which makes
 * missing binaries a failure) and is skipped with a message in a plain `npm test`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { toYaml } from '../lib/common/vocabulary/yaml';
import { BINARIES, main as apiserverCheck } from '../scripts/apiserver-check';

const required = process.env.CONFORMANCE === '1';
if (!required) console.warn('apiserver-check planted-defect test skipped: it runs with CONFORMANCE=1 (as in CI)');
const suite = required ? describe : describe.skip;
void BINARIES;

const dist = path.resolve(__dirname, '..', 'dist', 'dev');

/** A copy of dist/dev with one object of one file changed. */
const plant = (root: string, name: string, file: string, edit: (docs: any[]) => void): void => {
  const dir = path.join(root, name);
  fs.cpSync(dist, dir, { recursive: true });
  const docs = parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')).map((d) => d.toJS());
  edit(docs);
  fs.writeFileSync(path.join(dir, file), docs.map((d) => toYaml(d)).join('---\n'));
};

const find = (docs: any[], kind: string, name: string) => docs.find((d) => d.kind === kind && d.metadata.name === name);

suite('planted defects are refused by the real API server', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apiserver-defects-'));
  const lines: string[] = [];
  let code = 0;
  beforeAll(async () => {
    plant(root, 'unknown-field', 'tempo.k8s.yaml', (docs) => (find(docs, 'StatefulSet', 'tempo').spec.template.spec.containers[0].bogusField = true));
    plant(root, 'host-network', 'tempo.k8s.yaml', (docs) => (find(docs, 'StatefulSet', 'tempo').spec.template.spec.hostNetwork = true));
    plant(root, 'missing-namespace', 'loki.k8s.yaml', (docs) => (find(docs, 'ConfigMap', 'loki-config').metadata.namespace = 'not-created'));
    plant(root, 'global-default', 'otel-agent.k8s.yaml', (docs) => (find(docs, 'PriorityClass', 'otel-agent').globalDefault = false));
    const log = jest.spyOn(console, 'log').mockImplementation((l: string) => void lines.push(l));
    try {
      code = await apiserverCheck(root);
    } finally {
      log.mockRestore();
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 300000);

  const failures = (env: string) => lines.filter((l) => l.startsWith(`${env} `) && /: (FAIL|CHANGED) /.test(l)).join('\n');

  test('the run fails', () => {
    expect(code).toBe(1);
    expect(lines[lines.length - 1]).toMatch(/^\d+ passed, [1-9]\d* failed/);
  });
  test('an unknown field in a container spec: strict decoding', () => expect(failures('unknown-field')).toMatch(/tempo\.k8s\.yaml apply .*FAIL .*unknown field "spec\.template\.spec\.containers\[0\]\.bogusField"/));
  test('the host network in the restricted namespace: Pod Security admission', () =>
    expect(failures('host-network')).toMatch(/Pod of StatefulSet\/observability\/tempo .*FAIL .*violates PodSecurity "restricted:latest": host namespaces \(hostNetwork=true\)/));
  test('an object whose namespace does not exist', () => expect(failures('missing-namespace')).toMatch(/loki\.k8s\.yaml apply .*FAIL .*namespaces "not-created" not found/));
  test('globalDefault: false put back: the second apply changes the PriorityClass', () =>
    expect(failures('global-default')).toMatch(/second kubectl apply: CHANGED priorityclass\.scheduling\.k8s\.io\/otel-agent configured/));
});

suite("the real API server refuses exactly the changes npm run review calls refused", () => {
  const { Cluster, checkUpgrade } = require('../scripts/apiserver-check');
  const { review } = require('../scripts/review');
  const prodDist = path.resolve(__dirname, '..', 'dist', 'prod');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apiserver-upgrade-'));
  const head = path.join(root, 'prod');
  let cluster: any;
  const read = (dir: string) => new Map(fs.readdirSync(dir).map((f) => [`dist/prod/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')]));
  const edit = (file: string, change: (docs: any[]) => void) => {
    const docs = parseAllDocuments(fs.readFileSync(path.join(head, file), 'utf8')).map((d) => d.toJS());
    change(docs);
    fs.writeFileSync(path.join(head, file), docs.map((d) => toYaml(d)).join('---\n'));
  };
  let predicted = new Set<string>();
  beforeAll(async () => {
    fs.cpSync(prodDist, head, { recursive: true });
    // refused: a volume claim's size, a selector, a Service made headless, a roleRef
    edit('prometheus.k8s.yaml', (docs) => (find(docs, 'StatefulSet', 'prometheus').spec.volumeClaimTemplates[0].spec.resources.requests.storage = '500Gi'));
    edit('kube-state-metrics.k8s.yaml', (docs) => {
      const d = find(docs, 'Deployment', 'kube-state-metrics');
      d.spec.selector.matchLabels.tier = 'x';
      d.spec.template.metadata.labels.tier = 'x';
    });
    edit('prometheus.k8s.yaml', (docs) => (find(docs, 'Service', 'prometheus').spec.clusterIP = 'None'));
    // taken, but without effect: a headless Service stays headless
    edit('otel-gateway.k8s.yaml', (docs) => delete find(docs, 'Service', 'otel-gateway').spec.clusterIP);
    edit('prometheus.k8s.yaml', (docs) => (find(docs, 'ClusterRoleBinding', 'prometheus').roleRef.name = 'loki'));
    // taken in place: replicas, a config, a ClusterRole widened
    edit('alertmanager.k8s.yaml', (docs) => (find(docs, 'StatefulSet', 'alertmanager').spec.replicas = 5));
    edit('prometheus.k8s.yaml', (docs) => find(docs, 'ClusterRole', 'prometheus').rules.push({ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }));
    const changes = review(read(prodDist), read(head)).get('prod') ?? [];
    predicted = new Set(changes.filter((c: any) => c.findings.some((f: any) => f.effect === 'refused')).map((c: any) => c.object));
    cluster = await Cluster.start();
  }, 120000);
  afterAll(() => {
    cluster?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('review predicts the four', () =>
    expect([...predicted].sort()).toEqual(['ClusterRoleBinding prometheus', 'Deployment observability/kube-state-metrics', 'Service observability/prometheus', 'StatefulSet observability/prometheus']));

  test('the API server refuses those four, and takes the rest', () => {
    const outcomes = checkUpgrade(cluster, 'prod', prodDist, head, predicted);
    expect(outcomes.filter((o: any) => o.result !== 'pass').map((o: any) => o.line)).toEqual([]);
    expect(outcomes.map((o: any) => o.line).filter((l: string) => / refused by the API server: predicted$/.test(l)).length).toBe(4);
  }, 120000);
});
