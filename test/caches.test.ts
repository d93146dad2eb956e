/**
 * What a synth keeps between runs gives the output and the findings a fresh run gives: V8's
 * code cache of the app and the validators, and the YAML texts of earlier synths.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { CACHE_DIR } from '../lib/common/paths';
import { TO_YAML_OPTIONS } from '../lib/common/yaml';
import { ENVIRONMENTS, synthesize } from '../main';
import { hashTree } from './helpers';
import { freshCopy } from '../scripts/fresh-copy';

const root = path.resolve(__dirname, '..');

describe("V8's code cache (lib/common/code-cache.ts)", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-'));
    fs.writeFileSync(
      path.join(dir, 'mod.js'),
      "globalThis.loads = (globalThis.loads ?? 0) + 1;\nconst { sep } = require('path');\nexports.answer = (n) => n * 2 + sep.length;\nexports.dir = __dirname;\n",
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // a process of its own: jest runs the tests in a vm sandbox, where the plain require serves
  const load = (): { answer: number; dir: string; loads: number; use: string; again: boolean } => {
    const script = `
      require('ts-node').register({ transpileOnly: true });
      const cc = require(${JSON.stringify(path.join(root, 'lib', 'common', 'code-cache.ts'))});
      const file = ${JSON.stringify(path.join(dir, 'mod.js'))};
      const m = cc.requireCached(file);
      const again = cc.requireCached(file) === m;
      console.log(JSON.stringify({ answer: m.answer(20), dir: m.dir, loads: globalThis.loads, use: cc.codeCacheUse.get(file), again }));`;
    return JSON.parse(execFileSync('node', ['-e', script], { cwd: root, encoding: 'utf8' }));
  };

  test('a module loads as with require, once per process; the first run writes the cache, the next uses it', () => {
    const cacheFile = path.join(dir, `mod.js.${process.version}-${process.arch}.v8cache`);
    const first = load();
    expect(first).toEqual({ answer: 41, dir, loads: 1, use: 'compiled', again: true });
    expect(fs.statSync(cacheFile).size).toBeGreaterThan(0);
    expect(load()).toEqual({ ...first, use: 'cached' });
    // a cache V8 refuses (here: another source's) is replaced, and the module still loads
    fs.writeFileSync(cacheFile, Buffer.from('not a code cache'));
    expect(load()).toEqual({ ...first, use: 'compiled' });
    expect(load()).toEqual({ ...first, use: 'cached' });
    // V8 checks only the source's length: a file changed after its cache (same length) is compiled anew
    const source = fs.readFileSync(path.join(dir, 'mod.js'), 'utf8');
    fs.writeFileSync(path.join(dir, 'mod.js'), source.replace('n * 2', 'n * 3'));
    expect(load()).toEqual({ ...first, answer: 61, use: 'compiled' });
    expect(load()).toEqual({ ...first, answer: 61, use: 'cached' });
  }, 60000);

  test('in a vm sandbox (here) it is the plain require', () => {
    const { requireCached } = require('../lib/common/code-cache');
    const file = path.join(dir, 'other.js');
    fs.writeFileSync(file, 'exports.realm = globalThis;\n');
    const m = requireCached(file);
    expect(m.realm).toBe(globalThis);
    expect(m).toBe(require(file));
    expect(fs.existsSync(`${file}.${process.version}-${process.arch}.v8cache`)).toBe(false);
  });
});

describe('the YAML cache (lib/common/yaml.ts)', () => {
  const cacheFiles = (): string[] =>
    fs
      .readdirSync(CACHE_DIR)
      .filter((d) => d.startsWith('yaml-texts-'))
      .flatMap((d) => fs.readdirSync(path.join(CACHE_DIR, d)).map((f) => path.join(CACHE_DIR, d, f)))
      .filter((f) => f.endsWith('.json'));

  test('every text it holds is what stringify makes of its value now', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-cache-'));
    try {
      synthesize(ENVIRONMENTS, out);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
    const files = cacheFiles();
    expect(files.length).toBeGreaterThan(0);
    let n = 0;
    for (const f of files) {
      for (const [json, text] of JSON.parse(fs.readFileSync(f, 'utf8')) as Array<[string, string]>) {
        expect([json.slice(0, 80), stringify(JSON.parse(json), TO_YAML_OPTIONS) === text]).toEqual([json.slice(0, 80), true]);
        n++;
      }
    }
    expect(n).toBeGreaterThan(50);
  });

  test('a synth with every cache empty and one with them warm write the same bytes, the committed dist/', () => {
    const run = (out: string) => execFileSync('node', ['scripts/synth.js'], { cwd: root, env: { ...process.env, SYNTH_DIST: out }, stdio: 'pipe' });
    const cold = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-cold-'));
    const warm = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-warm-'));
    const emptyCache = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-cache-'));
    try {
      // the cold run: a copy of the sources with its own empty node_modules/.cache
      const copy = freshCopy(root, path.join(emptyCache, 'repo'));
      execFileSync('node', ['scripts/synth.js'], { cwd: copy, env: { ...process.env, SYNTH_DIST: cold }, stdio: 'pipe' });
      expect(fs.readdirSync(path.join(copy, 'node_modules', '.cache', 'observability-stack')).some((d) => d.startsWith('yaml-texts-'))).toBe(true);
      run(warm);
      run(warm);
      expect(hashTree(cold)).toBe(hashTree(path.join(root, 'dist')));
      expect(hashTree(warm)).toBe(hashTree(path.join(root, 'dist')));
    } finally {
      for (const d of [cold, warm, emptyCache]) fs.rmSync(d, { recursive: true, force: true });
    }
  }, 180000);
});
