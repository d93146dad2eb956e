import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, Yaml } from 'cdk8s';
import { Grafana } from '../lib/grafana/grafana';
import { Loki } from '../lib/loki/loki';
import { ObservabilityStack } from '../lib/stack/stack';
import { renderStack, synthToDist } from '../lib/output/synth';
import { environmentReadme } from '../lib/output/env-readme';
import { ENVIRONMENTS, buildApp, synthesize, copyOfDist, hashTree } from './helpers';

describe('determinism', () => {
  test('two renders in fresh apps are byte-identical', () => {
    const render = () => buildApp().stacks.map((s) => renderStack(s));
    expect(render()).toEqual(render());
  });

  test('the committed dist/ is what the source renders, with its README', () => {
    for (const stack of buildApp().stacks) {
      const files = { ...renderStack(stack), 'README.md': environmentReadme(stack) };
      const dir = path.resolve(__dirname, '..', 'dist', stack.envName);
      expect(fs.readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
      for (const [f, text] of Object.entries(files)) expect([f, fs.readFileSync(path.join(dir, f), 'utf8') === text]).toEqual([f, true]);
    }
  });

  test('no timestamp, machine path or host name appears in the output', () => {
    const text = buildApp()
      .stacks.flatMap((s) => Object.values(renderStack(s)))
      .join('\n');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    for (const machine of [process.cwd(), os.homedir(), os.tmpdir() + '/', os.hostname(), '/home/', '/Users/']) {
      // as a path of its own, not the tail of another (`/host/root` is not the home `/root`)
      const found = new RegExp(`(?<![\\w.-])${machine.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`).test(text);
      expect([machine, found]).toEqual([machine, false]);
    }
  });
});

describe('atomic output: a failing synth leaves dist/ byte-identical', () => {
  let dist: string;
  let before: string;
  beforeEach(() => {
    dist = copyOfDist();
    before = hashTree(dist);
  });
  afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

  test('bad props', () => {
    expect(() => synthesize([{ ...ENVIRONMENTS[0], tempo: { retention: '5x' } }], dist)).toThrow(/Tempo 'retention'/);
    expect(hashTree(dist)).toBe(before);
  });

  test('a finding in one of two environments', () => {
    const other = { ...ENVIRONMENTS[0], name: 'other', tempo: { overrides: { bogus_section: 1 } } };
    const { app } = buildApp([ENVIRONMENTS[0], other]);
    expect(() => synthToDist(app, dist)).toThrow(/ERROR other\/tempo\.k8s\.yaml .*bogus_section/);
    expect(hashTree(dist)).toBe(before);
  });

  test('a crash while validating', () => {
    const { app } = buildApp();
    app.node.addValidation({
      validate: () => {
        throw new Error('checker crashed');
      },
    });
    expect(() => synthToDist(app, dist)).toThrow('checker crashed');
    expect(hashTree(dist)).toBe(before);
  });

  test('an override with an unknown config key', () => {
    expect(() => synthesize([{ ...ENVIRONMENTS[0], loki: { overrides: { limits_config: { bogus_limit: 1 } } } }], dist)).toThrow(/bogus_limit/);
    expect(hashTree(dist)).toBe(before);
  });

  test('a good synth into the copy gives the committed bytes', () => {
    synthesize(ENVIRONMENTS, dist);
    expect(hashTree(dist)).toBe(before);
  });

  test('an environment already as rendered is left alone; a stray, changed or missing file gets it replaced', () => {
    const file = path.join(dist, 'dev', 'tempo.k8s.yaml');
    const inode = fs.statSync(file).ino;
    synthesize(ENVIRONMENTS, dist);
    expect(fs.statSync(file).ino).toBe(inode);
    const damages: Array<() => void> = [
      () => fs.writeFileSync(path.join(dist, 'dev', 'stray.k8s.yaml'), 'kind: Stray\n'),
      () => fs.appendFileSync(file, '# edited by hand\n'),
      () => fs.rmSync(path.join(dist, 'prod', 'loki.k8s.yaml')),
      // the README takes part like any file of the folder
      () => fs.appendFileSync(path.join(dist, 'dev', 'README.md'), 'edited by hand\n'),
      () => fs.rmSync(path.join(dist, 'prod', 'README.md')),
    ];
    for (const damage of damages) {
      damage();
      expect(hashTree(dist)).not.toBe(before);
      synthesize(ENVIRONMENTS, dist);
      expect(hashTree(dist)).toBe(before);
    }
  });
});

describe('npm run synth and cdk8s synth', () => {
  test('write the same dist/, from the cached build of the sources', () => {
    const { execFileSync } = require('child_process');
    const root = path.resolve(__dirname, '..');
    const viaNpm = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-npm-'));
    const viaCli = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-cli-'));
    try {
      execFileSync('node', ['scripts/synth.js'], { cwd: root, env: { ...process.env, SYNTH_DIST: viaNpm }, stdio: 'pipe' });
      execFileSync(path.join(root, 'node_modules', '.bin', 'cdk8s'), ['synth', '--no-check-upgrade'], { cwd: root, env: { ...process.env, SYNTH_DIST: viaCli }, stdio: 'pipe' });
      expect(hashTree(viaCli)).toBe(hashTree(viaNpm));
      // and both are what the sources render through ts-node, i.e. the committed dist/
      expect(hashTree(viaNpm)).toBe(hashTree(path.join(root, 'dist')));
    } finally {
      fs.rmSync(viaNpm, { recursive: true, force: true });
      fs.rmSync(viaCli, { recursive: true, force: true });
    }
  }, 120000);
});

describe("cdk8s's own synthesis", () => {
  let out: string;
  beforeEach(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'app-synth-'));
  });
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));
  // the manifests (dist/<env>/ also holds its README.md)
  const objectsIn = (dir: string): unknown[] =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.k8s.yaml'))
      .sort()
      .flatMap((f) => Yaml.load(path.join(dir, f)))
      .sort((a: any, b: any) => JSON.stringify([a.kind, a.metadata]).localeCompare(JSON.stringify([b.kind, b.metadata])));

  test("a plain app.synth() of the dev props writes exactly the objects of dist/dev", () => {
    const app = new App({ outdir: out });
    new ObservabilityStack(app, 'dev', ENVIRONMENTS[0]);
    app.synth();
    expect(objectsIn(out)).toEqual(objectsIn(path.resolve(__dirname, '..', 'dist', 'dev')));
  });

  test('fails when a config has an unknown key, writing nothing', () => {
    const app = new App({ outdir: out });
    new ObservabilityStack(app, 'dev', { ...ENVIRONMENTS[0], loki: { overrides: { limits_config: { bogus_limit: 1 } } } });
    expect(() => app.synth()).toThrow(/ERROR dev\/loki\.k8s\.yaml .*bogus_limit/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  test("a component in a user's own chart joins the app's graph: its NetworkPolicies, and its checks", () => {
    const app = new App({ outdir: out });
    new Loki(new Chart(app, 'logs', { disableResourceNameHashes: true }), 'Loki', { namespace: 'logging', size: 'laptop' });
    app.synth();
    const policies = Yaml.load(path.join(out, 'network-policies.k8s.yaml')).map((p: any) => `${p.metadata.namespace}/${p.metadata.name}`);
    expect(policies).toEqual(expect.arrayContaining(['logging/default-deny-ingress', 'logging/loki-egress']));
    const bad = new App({ outdir: out });
    new Loki(new Chart(bad, 'logs'), 'Loki', { namespace: 'logging', overrides: { bogus_section: 1 } });
    expect(() => bad.synth()).toThrow(/ERROR app\/logs\.k8s\.yaml .*bogus_section/);
  });

  test('a chart with only Loki and Grafana: the logs datasource alone, and the policies that let Grafana query Loki', () => {
    const app = new App({ outdir: out });
    const chart = new Chart(app, 'logs', { disableResourceNameHashes: true });
    const loki = new Loki(chart, 'Loki', { namespace: 'logging', size: 'laptop' });
    new Grafana(chart, 'Grafana', { namespace: 'logging', size: 'laptop', loki: { endpoint: loki.httpEndpoint, indexLabels: loki.indexLabels } });
    app.synth();
    const objects = Yaml.load(path.join(out, 'logs.k8s.yaml'));
    const datasources = require('yaml').parse(objects.find((o: any) => o.metadata.name === 'grafana-datasources').data['datasources.yaml']).datasources;
    expect(datasources.map((d: any) => [d.uid, d.url, d.isDefault])).toEqual([['loki', 'http://loki.logging.svc:3100', true]]);
    // no link to a datasource that is not there
    expect(datasources[0].jsonData.derivedFields).toBeUndefined();
    const policies = Yaml.load(path.join(out, 'network-policies.k8s.yaml'));
    const ingress = policies.find((p: any) => p.metadata.name === 'loki-ingress');
    expect(JSON.stringify(ingress.spec.ingress)).toContain('"app.kubernetes.io/name":"grafana"');
    const egress = policies.find((p: any) => p.metadata.name === 'grafana-egress');
    expect(JSON.stringify(egress.spec.egress)).toContain('"app.kubernetes.io/name":"loki"');
  });
});

describe('npm run validate', () => {
  test('judges the committed dist/ with every config format the synth knows, and finds nothing', () => {
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'scripts/validate.ts', 'dist'], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8' });
    expect([r.status, r.stdout.trim().split('\n').pop()]).toEqual([0, expect.stringMatching(/: 0 error\(s\), 0 warning\(s\)$/)]);
  }, 120000);
});
