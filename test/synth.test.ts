import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderStack, synthToDist } from '../lib/output/synth';
import { ENVIRONMENTS, buildApp, synthesize } from '../main';
import { TEST_ENVIRONMENTS, copyOfDist, hashTree } from './helpers';

describe('determinism', () => {
  test('two renders in fresh apps are byte-identical', () => {
    const render = () => buildApp().stacks.map((s) => renderStack(s));
    expect(render()).toEqual(render());
  });

  test('the committed dist/ is what the source renders', () => {
    for (const stack of buildApp().stacks) {
      const files = renderStack(stack);
      const dir = path.resolve(__dirname, '..', 'dist', stack.envName);
      expect(fs.readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
      for (const [f, text] of Object.entries(files)) expect([f, fs.readFileSync(path.join(dir, f), 'utf8') === text]).toEqual([f, true]);
    }
  });

  test('every embedded config reads back as the value it was written from (the checks read that value instead of parsing again)', () => {
    const { parseAllDocuments, parse } = require('yaml');
    const { parseEnvironment } = require('../lib/output/validation/types');
    let n = 0;
    for (const stack of buildApp(TEST_ENVIRONMENTS).stacks) {
      const files = renderStack(stack);
      const env = parseEnvironment(stack.envName, files);
      for (const c of env.configs) {
        expect([c.key, c.parsed]).toEqual([c.key, c.key.endsWith('.json') ? JSON.parse(c.text) : parse(c.text)]);
        n++;
      }
      // and the ConfigMaps of the files carry exactly those texts
      const texts = Object.values(files).flatMap((t) => parseAllDocuments(t).map((d: any) => d.toJS())).filter((d: any) => d?.kind === 'ConfigMap').flatMap((d: any) => Object.values(d.data ?? {}));
      for (const c of env.configs) expect(texts).toContain(c.text);
    }
    expect(n).toBeGreaterThan(30);
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

  test('a validation error in one of two environments', () => {
    const other = { ...ENVIRONMENTS[0], name: 'other' };
    const check = (env: string) => (env === 'other' ? ['ERROR other/tempo.k8s.yaml ...: planted'] : []);
    const { stacks } = buildApp([ENVIRONMENTS[0], other]);
    expect(() => synthToDist(stacks, dist, [check])).toThrow(/synth refused, dist\/ left unchanged; 1 problem/);
    expect(hashTree(dist)).toBe(before);
  });

  test('a crash while checking', () => {
    const { stacks } = buildApp();
    const crash = () => {
      throw new Error('checker crashed');
    };
    expect(() => synthToDist(stacks, dist, [crash])).toThrow('checker crashed');
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
