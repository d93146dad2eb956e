#!/usr/bin/env node
/**
 * `npm run synth` (and the app command of cdk8s.yaml): runs main.ts from one JavaScript
 * bundle that esbuild makes of it and everything it imports, so a synth pays neither a
 * TypeScript transpile of lib/ nor the resolution of some 400 modules at every run. Type
 * errors are caught by `npm test` (tsc --noEmit).
 *
 * The bundle is generated code, kept in node_modules/.cache/observability-stack/app/ beside
 * the list of every file esbuild read for it (its metafile: main.ts, lib/, imports/, the
 * bundled packages' files) with a sha256 of each, plus tsconfig.json, the esbuild version
 * and the build options. It is run only when all of these are unchanged; any difference
 * rebuilds it first, as does a bundle whose own digest changed. It holds no output: the app synthesizes and checks everything anew.
 *
 * SYNTH_DIST overrides the output folder (default: dist/ of the repository).
 */
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const dir = path.join(root, 'node_modules', '.cache', 'observability-stack', 'app');
const bundle = path.join(dir, 'app.js');
const keyFile = path.join(dir, 'inputs.json');

/** ajv stays outside the bundle: it is loaded only to compile a validator the cache lacks. */
const OPTIONS = {
  // the environments of main.ts and the library's synthesis
  stdin: { contents: "export { ENVIRONMENTS } from './main';\nexport { synthesize } from './lib/stack/app';\n", resolveDir: root, sourcefile: 'app-entry.ts', loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['ajv', 'ajv/*'],
  logLevel: 'error',
};

const digest = (file) => {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(path.resolve(root, file))).digest('hex');
  } catch {
    return 'missing';
  }
};

/** What decides the bundle besides its inputs' contents. */
const settings = () => JSON.stringify({ esbuild: require('esbuild/package.json').version, options: OPTIONS, tsconfig: digest('tsconfig.json') });

/** Whether the kept bundle was made from exactly the files and settings there are now. */
const current = () => {
  let key;
  try {
    key = JSON.parse(fs.readFileSync(keyFile, 'utf8'));
  } catch {
    return false;
  }
  return key.settings === settings() && key.bundle === digest(bundle) && Object.entries(key.inputs).every(([file, sha]) => digest(file) === sha);
};

/** Makes the bundle and its key (written last, so a crash in between leaves no valid key). */
const build = () => {
  fs.rmSync(keyFile, { force: true });
  fs.mkdirSync(dir, { recursive: true });
  const result = require('esbuild').buildSync({ ...OPTIONS, outfile: bundle, metafile: true, absWorkingDir: root });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs).sort()) inputs[file] = digest(file);
  fs.writeFileSync(keyFile, JSON.stringify({ settings: settings(), bundle: digest(bundle), inputs }, null, 1));
};

/** The app's module, from a bundle of the current sources. */
const loadApp = () => {
  if (!current()) build();
  return require(bundle);
};

if (require.main === module) {
  const { ENVIRONMENTS, synthesize } = loadApp();
  try {
    synthesize(ENVIRONMENTS, process.env.SYNTH_DIST ?? path.join(root, 'dist'));
  } catch (e) {
    console.error(`synth failed: ${e.message}`);
    process.exit(1);
  }
}

module.exports = { loadApp, bundle, keyFile };
