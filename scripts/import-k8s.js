#!/usr/bin/env node
// Generates imports/k8s.ts with `cdk8s import k8s@1.27.0`, offline: the schema is the
// vendored schemas/k8s/v1.27.0.json (the definitions file that `cdk8s import` would
// otherwise download) instead of a network download.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'node_modules/cdk8s-cli');
const vendored = JSON.parse(fs.readFileSync(path.join(root, 'schemas/k8s/v1.27.0.json'), 'utf8'));
const util = require(path.join(cli, 'lib/util'));
util.download = async () => JSON.stringify({ definitions: vendored.definitions });

const { ImportKubernetesApi } = require(path.join(cli, 'lib/import/k8s'));
const importer = new ImportKubernetesApi({ apiVersion: '1.27.0' });
importer
  .import({ outdir: path.join(root, 'imports'), targetLanguage: 'typescript', moduleNamePrefix: undefined })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
