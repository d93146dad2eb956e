#!/usr/bin/env node
// Generates imports/k8s.ts with `cdk8s import k8s@1.27.0`, offline: the schema is the
// vendored schemas/k8s/v1.27.0.json (the definitions file that `cdk8s import` would
// otherwise download) instead of a network download; and imports/<group>.ts from each
// vendored CRD file of schemas/crds/ (`cdk8s import` of a local file).
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'node_modules/cdk8s-cli');
const vendored = JSON.parse(fs.readFileSync(path.join(root, 'schemas/k8s/v1.27.0.json'), 'utf8'));
const util = require(path.join(cli, 'lib/util'));
util.download = async () => JSON.stringify({ definitions: vendored.definitions });

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
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
