/**
 * A component registers itself as data: adding one is its folder and one entry in the
 * registry. Proven on a copy of the library: the metrics relay of test/fixtures/component
 * goes into lib/relay/, the registry gets its import and its entry, and nothing else
 * changes; the stack then takes a `relay` prop (type-checked), scrapes the relay, admits
 * exactly its connections in the NetworkPolicies and judges its config at synth.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse, parseAllDocuments } from 'yaml';
import { REGISTRY } from '../lib/stack/registry';

const ROOT = path.join(__dirname, '..');

describe('the registry', () => {
  test('lists each component once, by a prop key and a chart of its own', () => {
    expect(new Set(REGISTRY.map((r) => r.key)).size).toBe(REGISTRY.length);
    expect(new Set(REGISTRY.map((r) => r.chart)).size).toBe(REGISTRY.length);
    expect(new Set(REGISTRY.map((r) => r.declaration.name)).size).toBe(REGISTRY.length);
  });
});

describe('a component added as its folder and one registry entry', () => {
  let copy: string;
  let registryLinesChanged = 0;

  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'component-'));
    for (const d of ['lib', 'imports', 'schemas']) fs.cpSync(path.join(ROOT, d), path.join(copy, d), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    const tsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8'));
    fs.writeFileSync(path.join(copy, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['lib/**/*.ts', 'imports/**/*.ts', 'app.ts'] }));
    // the folder
    fs.cpSync(path.join(__dirname, 'fixtures', 'component'), path.join(copy, 'lib', 'relay'), { recursive: true });
    // the registry entry
    const registry = path.join(copy, 'lib', 'stack', 'registry.ts');
    const before = fs.readFileSync(registry, 'utf8');
    const after = `import { RELAY_REGISTRATION } from '../relay/registration';\n${before.replace('] as const;', '  RELAY_REGISTRATION,\n] as const;')}`;
    fs.writeFileSync(registry, after);
    registryLinesChanged = after.split('\n').length - before.split('\n').length;
    // a user's app: the relay's prop is the fourth argument, JSON
    fs.writeFileSync(
      path.join(copy, 'app.ts'),
      [
        "import { App } from 'cdk8s';",
        "import { ObservabilityStack } from './lib';",
        'const app = new App({ outdir: process.argv[2] });',
        "new ObservabilityStack(app, 'relayed', { name: 'relayed', clusterName: 'c', deploymentEnvironment: 'e', size: 'laptop', relay: JSON.parse(process.argv[3]) });",
        'app.synth();',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  const synth = (relay: object) => {
    const out = path.join(copy, `out-${Math.random().toString(36).slice(2)}`);
    const r = spawnSync(process.execPath, ['-r', require.resolve('ts-node/register/transpile-only'), 'app.ts', out, JSON.stringify(relay)], { cwd: copy, encoding: 'utf8' });
    const files = fs.existsSync(out) ? (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml')) : [];
    const docs = files.flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(out, f), 'utf8')).map((d) => d.toJS())).filter(Boolean);
    return { status: r.status, stderr: r.stderr, docs };
  };

  test('the registry grows by two lines, its import and its entry', () => expect(registryLinesChanged).toBe(2));

  test('StackProps gains the prop: the copy type-checks, and a wrong prop type does not', () => {
    const tsc = require.resolve('typescript/bin/tsc');
    const ok = spawnSync(process.execPath, [tsc, '--noEmit', '-p', copy], { encoding: 'utf8' });
    expect(ok.stdout + ok.stderr).toBe('');
    const app = path.join(copy, 'app.ts');
    const good = fs.readFileSync(app, 'utf8');
    try {
      fs.writeFileSync(app, good.replace('relay: JSON.parse(process.argv[3])', "relay: { resources: 'big' }"));
      const bad = spawnSync(process.execPath, [tsc, '--noEmit', '-p', copy], { encoding: 'utf8' });
      expect(bad.stdout).toMatch(/app\.ts.*error TS2559|app\.ts.*error TS2322/);
    } finally {
      fs.writeFileSync(app, good);
    }
  }, 120000);

  test('the stack scrapes it, polices its connections, and judges its manifests and config', () => {
    const { status, stderr, docs } = synth({});
    expect([status, stderr]).toEqual([0, '']);
    expect(docs.filter((d) => d.metadata?.name === 'metrics-relay').map((d) => d.kind).sort()).toEqual(['ConfigMap', 'Deployment', 'Service', 'ServiceAccount']);
    // scraped: a job of Prometheus's config keeps the relay's Service and metrics port
    const promConfig = parse(docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name === 'prometheus-config').data['prometheus.yml']);
    const job = promConfig.scrape_configs.find((j: any) => j.job_name === 'metrics-relay');
    expect(JSON.stringify(job)).toContain('metrics-relay;http-metrics');
    // policed: Prometheus may reach its metrics port; it may reach Prometheus's OTLP port, and DNS
    const policy = (name: string) => docs.find((d) => d.kind === 'NetworkPolicy' && d.metadata.name === name);
    const names = (peers: any[]) => peers.map((f: any) => f.podSelector?.matchLabels?.['app.kubernetes.io/name']).join();
    const from = policy('metrics-relay-ingress').spec.ingress.map((r: any) => [names(r.from), r.ports.map((p: any) => p.port).join()]);
    expect(from).toEqual([['prometheus', '8888']]);
    const to = policy('metrics-relay-egress').spec.egress.map((r: any) => [names(r.to), r.ports.map((p: any) => p.port).join()]);
    expect(to).toEqual([['', '53,53'], ['prometheus', '9090']]);
    // and Prometheus admits it on its OTLP port
    const intoPrometheus = policy('prometheus-ingress').spec.ingress.filter((r: any) => names(r.from).includes('metrics-relay'));
    expect(intoPrometheus.map((r: any) => r.ports[0].port)).toEqual([9090]);
  }, 60000);

  test('an unknown key in its config fails the synth, naming the file and the key, with nothing written', () => {
    const { status, stderr, docs } = synth({ overrides: { exporters: { 'otlp_http/metrics': { compresion: 'gzip' } } } });
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/relayed\/metrics-relay\.k8s\.yaml.*compresion/);
    expect(docs).toEqual([]);
  }, 60000);
});
