/**
 * The project's root and its own modules' files are found from wherever the running code
 * is (the sources, a cached build, the bundled app of a build), and the cached validators
 * name no module path, so one compiled by one build serves the next; long texts key maps by
 * content.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CACHE_DIR, PROJECT_ROOT, SCHEMAS_DIR, findProjectRoot, ownModuleFile } from '../lib/common/paths';
import { checkKubernetesSchemas } from '../lib/output/validation/k8s-schema';
import { parseEnvironment } from '../lib/output/validation/types';
import { renderStack } from '../lib/output/synth';
import { buildApp } from '../main';

const root = path.resolve(__dirname, '..');

test('the root is the repository from the sources, from any folder below it', () => {
  expect(PROJECT_ROOT).toBe(root);
  expect(SCHEMAS_DIR).toBe(path.join(root, 'schemas'));
  expect(findProjectRoot(path.join(root, 'lib', 'output', 'validation'))).toBe(root);
  expect(() => findProjectRoot('/')).toThrow(/no project root/);
});

test("a module's own file is its source here, and the .js of a cached build there", () => {
  expect(ownModuleFile('lib/output/validation/k8s-schema')).toBe(path.join(root, 'lib', 'output', 'validation', 'k8s-schema.ts'));
  const build: string = require(path.join(root, 'scripts', 'synth.js')).build();
  expect(findProjectRoot(build)).toBe(build);
  expect(fs.existsSync(path.join(build, 'lib', 'output', 'validation', 'k8s-schema.js'))).toBe(true);
  expect(fs.existsSync(path.join(build, require(path.join(root, 'scripts', 'synth.js')).BUNDLE))).toBe(true);
  expect(() => ownModuleFile('lib/no-such-module')).toThrow(/no-such-module/);
});

test('the cached Kubernetes validators name no module path (formats come from globalThis)', () => {
  const { stacks } = buildApp();
  checkKubernetesSchemas(parseEnvironment(stacks[0].envName, renderStack(stacks[0])));
  const dirs = fs.readdirSync(CACHE_DIR).filter((d) => d.startsWith('k8s-validators-'));
  const files = dirs.flatMap((d) => fs.readdirSync(path.join(CACHE_DIR, d), { recursive: true }).map((f) => path.join(CACHE_DIR, d, String(f)))).filter((f) => f.endsWith('.js'));
  const fresh = files.filter((f) => fs.readFileSync(f, 'utf8').includes('globalThis[Symbol.for('));
  expect(fresh.length).toBeGreaterThan(0);
  for (const f of fresh) expect([f, /require\("\//.test(fs.readFileSync(f, 'utf8'))]).toEqual([f, false]);
});

test('TextMap keeps short and long texts apart by content, also texts of equal length', () => {
  const { TextMap } = require('../lib/common/text-map');
  const m = new TextMap();
  const long = (c: string) => c.repeat(TextMap.LONG + 10);
  m.set('a', 1).set(long('x'), 2).set(long('y'), 3);
  expect([m.get('a'), m.get(long('x')), m.get(long('y')), m.get(long('z')), m.get('b')]).toEqual([1, 2, 3, undefined, undefined]);
  m.set(long('x'), 4);
  expect([m.get(long('x')), m.has(long('y')), m.has(long('z'))]).toEqual([4, true, false]);
  // a text built another way (not the same string object) is found
  expect(m.get(['x'.repeat(5), 'x'.repeat(TextMap.LONG + 5)].join(''))).toBe(4);
});
