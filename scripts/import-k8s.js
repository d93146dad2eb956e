#!/usr/bin/env node
// Generates imports/k8s.ts with `cdk8s import k8s@1.27.0`, offline: the schema is the
// vendored schemas/k8s/v1.27.0.json (the definitions file that `cdk8s import` would
// otherwise download) instead of a network download; and imports/<group>.ts from each
// vendored CRD file of schemas/crds/ (`cdk8s import` of a local file). Each .ts gets its
// JavaScript beside it.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'node_modules/cdk8s-cli');
const vendored = JSON.parse(fs.readFileSync(path.join(root, 'schemas/k8s/v1.27.0.json'), 'utf8'));
const util = require(path.join(cli, 'lib/util'));
util.download = async () => JSON.stringify({ definitions: vendored.definitions });

/** The JavaScript of the generated bindings, exactly as test/imports.test.ts recomputes it. */
function transpileBindings(source) {
  const ts = require('typescript');
  return ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } }).outputText;
}
module.exports = { transpileBindings };

const { ImportKubernetesApi } = require(path.join(cli, 'lib/import/k8s'));
if (require.main !== module) return;
const importer = new ImportKubernetesApi({ apiVersion: '1.27.0' });
importer
  .import({ outdir: path.join(root, 'imports'), targetLanguage: 'typescript', moduleNamePrefix: undefined })
  .then(() => {
    const { execFileSync } = require('child_process');
    for (const crd of fs.readdirSync(path.join(root, 'schemas/crds')).filter((f) => f.endsWith('.yaml')).sort()) {
      execFileSync(path.join(root, 'node_modules/.bin/cdk8s'), ['import', path.join('schemas/crds', crd), '--output', 'imports', '--language', 'typescript'], { cwd: root, stdio: 'inherit' });
    }
    // also the JavaScript of each, committed beside it: Node loads it directly, so synth and
    // tests do not transpile 700 KB of bindings each run (test/imports.test.ts keeps it current)
    for (const ts of fs.readdirSync(path.join(root, 'imports')).filter((f) => f.endsWith('.ts'))) {
      fs.writeFileSync(path.join(root, 'imports', ts.replace(/\.ts$/, '.js')), transpileBindings(fs.readFileSync(path.join(root, 'imports', ts), 'utf8')));
    }
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
