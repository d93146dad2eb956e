/**
 * What a synth keeps between runs is generated code only (the app's bundle, the compiled
 * validators and the kinds' index made with them), keyed by every input and checked for
 * damage: a damaged entry is made again and never used, a changed input of any kind is
 * followed, and the output is always what the sources give.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { hashTree } from './helpers';
import { freshCopy } from '../scripts/fresh-copy';

const root = path.resolve(__dirname, '..');
const committed = hashTree(path.join(root, 'dist'));

describe('the caches of a synth', () => {
  let scratch: string;
  let copy: string;
  let cacheDir: string;
  const synth = (): { out: string; stderr: string } => {
    const out = fs.mkdtempSync(path.join(scratch, 'out-'));
    const r = require('child_process').spawnSync('node', ['scripts/synth.js'], { cwd: copy, env: { ...process.env, SYNTH_DIST: out }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`synth failed: ${r.stderr}`);
    return { out, stderr: r.stderr };
  };
  const files = (dir: string, pick: (f: string) => boolean): string[] =>
    (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile() && pick(f));

  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-caches-'));
    copy = freshCopy(root, path.join(scratch, 'repo'));
    cacheDir = path.join(copy, 'node_modules', '.cache', 'observability-stack');
    // the first synth of a fresh copy fills every cache
    expect(hashTree(synth().out)).toBe(committed);
  }, 120000);
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  test('a damaged entry of every kind is made again, never used: the output is the committed dist/', () => {
    const bundle = path.join(cacheDir, 'app', 'app.js');
    const validators = files(cacheDir, (f) => /validators-/.test(f) && f.endsWith('.js'));
    const indexes = files(cacheDir, (f) => /validators-/.test(f) && f.endsWith('.json'));
    expect(validators.length).toBeGreaterThan(0);
    expect(indexes.length).toBeGreaterThan(0);
    // an app that publishes nothing, validators that accept anything, an index that knows no kind
    const damage = new Map<string, string>([
      [bundle, 'exports.ENVIRONMENTS = []; exports.synthesize = () => undefined;\n'],
      ...validators.map((f) => [f, 'module.exports = () => true;\n'] as [string, string]),
      ...indexes.map((f) => [f, '{}'] as [string, string]),
    ]);
    for (const [f, text] of damage) fs.writeFileSync(f, text);
    expect(hashTree(synth().out)).toBe(committed);
    for (const [f, text] of damage) expect([f, fs.readFileSync(f, 'utf8') === text]).toEqual([f, false]);
  }, 120000);

  test('a changed input of each kind (a lib file, an imports/ file, a bundled dependency) is followed', () => {
    // each edit marks the input; the synth that follows runs the marked code
    const yamlPkg = path.join(copy, 'node_modules', 'yaml');
    fs.rmSync(yamlPkg);
    fs.cpSync(fs.realpathSync(path.join(root, 'node_modules', 'yaml')), yamlPkg, { recursive: true });
    const inputs: Array<[string, string]> = [
      [path.join(copy, 'lib', 'common', 'k8s', 'labels.ts'), 'lib'],
      [path.join(copy, 'imports', 'k8s.ts'), 'imports'],
      [path.join(yamlPkg, 'dist', 'index.js'), 'dependency'],
    ];
    for (const [file, kind] of inputs) {
      fs.appendFileSync(file, `\nconsole.error('changed input: ${kind}');\n`);
      const { out, stderr } = synth();
      expect(stderr).toContain(`changed input: ${kind}`);
      expect(hashTree(out)).toBe(committed);
    }
  }, 240000);
});
