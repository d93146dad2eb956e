#!/usr/bin/env node
/**
 * `npm run synth` (and the app command of cdk8s.yaml): runs the app from a cached build
 * of its TypeScript, so a synth pays neither the cdk8s CLI's start-up nor a transpile of
 * lib/ at every run.
 *
 * The build is keyed by a hash of every source file (main.ts, lib/**), the TypeScript and
 * esbuild versions and the compiler options; it lives in node_modules/.cache/observability-
 * stack/ (never committed, never stale: a changed file is a new key). A missing build is
 * made with TypeScript's own transpiler, file by file, then bundled by esbuild into one
 * module with the packages it loads at every synth (app.js), in about two seconds; type
 * errors are caught by `npm test` (tsc --noEmit), as with the transpile-only ts-node
 * before. The output is the same as the app run by ts-node (test/synth.test.ts compares
 * them).
 *
 * The bundle is loaded with V8's code cache, kept beside it (lib/common/code-cache.ts).
 *
 * SYNTH_DIST overrides the output folder (default: dist/ of the repository).
 */
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));

/** The bundled app in a build (its modules are there one by one too, as main.js and lib/). */
const BUNDLE = 'app.js';

/** Every TypeScript source of the app, relative to the repository, in a stable order (by code unit: a locale's collation costs milliseconds here). */
const sources = () => {
  const out = ['main.ts'];
  const walk = (dir) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  walk('lib');
  return out;
};

/** The build for the current sources: made when missing, then reused. */
const build = () => {
  const files = sources();
  const tsVersion = require('typescript/package.json').version;
  const esbuildVersion = require('esbuild/package.json').version;
  const hash = crypto.createHash('sha256').update(`typescript ${tsVersion}\nesbuild ${esbuildVersion}\n${JSON.stringify(tsconfig.compilerOptions)}\n`);
  const contents = files.map((f) => fs.readFileSync(path.join(root, f), 'utf8'));
  files.forEach((f, i) => hash.update(f).update('\0').update(contents[i]).update('\0'));
  const cache = path.join(root, 'node_modules', '.cache', 'observability-stack');
  const dir = path.join(cache, `build-${hash.digest('hex').slice(0, 20)}`);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;

  const ts = require('typescript');
  const compilerOptions = { ...tsconfig.compilerOptions, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, isolatedModules: true, sourceMap: false };
  delete compilerOptions.moduleResolution;
  delete compilerOptions.lib;
  delete compilerOptions.types;
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  files.forEach((f, i) => {
    const js = ts.transpileModule(contents[i], { compilerOptions, fileName: f }).outputText;
    const out = path.join(tmp, f.replace(/\.ts$/, '.js'));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, js);
  });
  // the data the library reads (lib/common/paths.ts finds it here), and the committed bindings
  for (const link of ['schemas', 'imports', 'package.json']) fs.symlinkSync(path.join(root, link), path.join(tmp, link));
  // and the app in one file, with the packages it loads at every synth: one module to read and
  // compile instead of about 400 files to resolve; ajv (only to compile a validator) and the
  // dashboards SDK (only to render a changed dashboard) stay outside, loaded when needed
  require('esbuild').buildSync({
    entryPoints: [path.join(tmp, 'main.js')],
    outfile: path.join(tmp, BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['ajv', 'ajv/*', '@grafana/grafana-foundation-sdk', '@grafana/grafana-foundation-sdk/*'],
    logLevel: 'error',
  });
  fs.writeFileSync(path.join(tmp, '.complete'), '');
  // older builds go; a concurrent run that made the same build first wins
  for (const old of fs.existsSync(cache) ? fs.readdirSync(cache) : []) {
    if (old.startsWith('build-') && path.join(cache, old) !== dir && !old.includes('.tmp-')) fs.rmSync(path.join(cache, old), { recursive: true, force: true });
  }
  try {
    fs.renameSync(tmp, dir);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, '.complete'))) throw e;
  }
  return dir;
};

/**
 * The app of the current build: its bundle loaded with V8's code cache (lib/common/code-cache.ts),
 * so a synth does not compile the same 1.7 MB of JavaScript again.
 */
const loadApp = () => {
  const dir = build();
  return require(path.join(dir, 'lib', 'common', 'code-cache.js')).requireCached(path.join(dir, BUNDLE));
};

if (require.main === module) {
  const { ENVIRONMENTS, synthesize } = loadApp();
  try {
    synthesize(ENVIRONMENTS, process.env.SYNTH_DIST ?? path.join(root, 'dist'), process.env.CDK8S_OUTDIR);
  } catch (e) {
    console.error(`synth failed: ${e.message}`);
    process.exit(1);
  }
}

module.exports = { build, loadApp, BUNDLE };
