import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { REGISTRY } from '../lib/stack/registry';
import { IMAGES, KUBERNETES } from '../lib/common/k8s/images';
import { keyTreeFile } from '../lib/common/contract/config-tree';
import { TOOLS } from '../scripts/conformance';
import { collectorConfigs, synthObjects } from './helpers';

const conformance = path.resolve(__dirname, '..', 'conformance');
const read = (f: string): string => fs.readFileSync(path.join(conformance, f), 'utf8');
const requires = (goMod: string, module: string): string | undefined =>
  new RegExp(`^\\s*(?:require\\s+)?${module.replace(/[.]/g, '\\.')}\\s+(\\S+)`, 'm').exec(goMod)?.[1];
const tools = fs.readFileSync(path.resolve(__dirname, '..', 'scripts', 'tools.sh'), 'utf8');
const toolsDir = (tool: string): string | undefined => new RegExp(`\\n\\s*${tool}\\)\\n[^;]*?DIR=([^\\n]+)`).exec(tools)?.[1];

/** Prometheus 3.x.y is published as the Go module version v0.3xx.y. */
const prometheusModuleVersion = (tag: string): string => {
  const [major, minor, patch] = tag.replace(/^v/, '').split('.').map(Number);
  return `v0.${major * 100 + minor}.${patch}`;
};

describe('each conformance tool is built from the version its image is pinned to', () => {
  test('otelcol: the builder manifest and its modules', () => {
    const m = parse(read('otelcol/manifest.yaml'));
    expect(m.dist.version).toBe(IMAGES.otelcol.tag);
    const kinds = ['receivers', 'processors', 'exporters', 'extensions', 'connectors'];
    for (const gomod of kinds.flatMap((k) => (m[k] ?? []).map((e: any) => e.gomod as string))) {
      expect(gomod.split(' ')[1]).toBe(`v${IMAGES.otelcol.tag}`);
    }
    expect(requires(read('otelcol/go.mod'), 'go.opentelemetry.io/collector/cmd/builder')).toBe(`v${IMAGES.otelcol.tag}`);
    expect(toolsDir('otelcol')).toBe(`otelcol-${IMAGES.otelcol.tag}`);
  });

  test('kube-apiserver and kubectl: the Kubernetes module of the pinned release, its staging modules at the same release', () => {
    const goMod = read('kubernetes/go.mod');
    expect(requires(goMod, 'k8s.io/kubernetes')).toBe(`v${KUBERNETES.version}`);
    const staging = [...goMod.matchAll(/^\s*(k8s\.io\/\S+) => (\S+) (\S+)$/gm)];
    expect(staging.length).toBeGreaterThan(30);
    for (const [, from, to, version] of staging) expect([from, to, version]).toEqual([from, from, `v0.${KUBERNETES.version.split('.').slice(1).join('.')}`]);
    expect(toolsDir('kubernetes')).toBe(`kubernetes-${KUBERNETES.version}`);
    expect(tools).toContain(`.gitVersion=v${KUBERNETES.version} `);
  });

  test('amtool: the Alertmanager module of the image tag', () => {
    expect(requires(read('alertmanager/go.mod'), 'github.com/prometheus/alertmanager')).toBe(IMAGES.alertmanager.tag);
    expect(toolsDir('alertmanager')).toBe(`alertmanager-${IMAGES.alertmanager.tag.replace(/^v/, '')}`);
    expect(tools).toContain(`.Version=${IMAGES.alertmanager.tag.replace(/^v/, '')} `);
  });

  test('pint: one exact version, the one the conformance run uses', () => {
    expect(requires(read('pint/go.mod'), 'github.com/cloudflare/pint')).toBe('v0.87.0');
    expect(toolsDir('pint')).toBe('pint-0.87.0');
    expect(TOOLS.pint).toContain('/pint-0.87.0/');
  });

  test('node_exporter and kube-state-metrics of e2e: the modules of the image tags', () => {
    expect(requires(read('node-exporter/go.mod'), 'github.com/prometheus/node_exporter')).toBe(IMAGES.nodeExporter.tag);
    expect(toolsDir('node-exporter')).toBe(`node-exporter-${IMAGES.nodeExporter.tag.replace(/^v/, '')}`);
    expect(requires(read('kube-state-metrics/go.mod'), 'k8s.io/kube-state-metrics/v2')).toBe(IMAGES.kubeStateMetrics.tag);
    expect(toolsDir('kube-state-metrics')).toBe(`kube-state-metrics-${IMAGES.kubeStateMetrics.tag.replace(/^v/, '')}`);
  });

  test('thanos: the module of the image tag, built with upstream\'s tags', () => {
    expect(requires(read('thanos/go.mod'), 'github.com/thanos-io/thanos')).toBe(IMAGES.thanos.tag);
    expect(toolsDir('thanos')).toBe(`thanos-${IMAGES.thanos.tag.replace(/^v/, '')}`);
    expect(tools).toContain('TAGS="netgo,slicelabels"');
  });

  test('prometheus-config-reloader: the prometheus-operator module of the image tag, its two submodules at the same tag', () => {
    const goMod = read('prometheus-config-reloader/go.mod');
    const tag = IMAGES.prometheusConfigReloader.tag;
    const root = 'github.com/prometheus-operator/prometheus-operator';
    expect([root, `${root}/pkg/apis/monitoring`, `${root}/pkg/client`].map((m) => requires(goMod, m))).toEqual([tag, tag, tag]);
    expect(toolsDir('prometheus-config-reloader')).toBe(`prometheus-config-reloader-${tag.replace(/^v/, '')}`);
    expect(tools).toContain(`.Version=${tag.replace(/^v/, '')} `);
  });

  test('promtool: the Prometheus module of the image tag', () => {
    expect(requires(read('prometheus/go.mod'), 'github.com/prometheus/prometheus')).toBe(prometheusModuleVersion(IMAGES.prometheus.tag));
    expect(toolsDir('prometheus')).toBe(`prometheus-${IMAGES.prometheus.tag.replace(/^v/, '')}`);
    expect(tools).toContain(`.Version=${IMAGES.prometheus.tag.replace(/^v/, '')} `);
  });
});

describe('each config format is judged by the key tree of the version its image is pinned to', () => {
  const schemas = path.resolve(__dirname, '..', 'schemas');
  const formats = REGISTRY.flatMap((r) => r.declaration.formats ?? []);
  test('the registered components introduce each format the stack writes, once', () =>
    expect(formats.map((f) => f.name).sort()).toEqual(['alertmanager', 'grafana-dashboard', 'grafana-dashboard-providers', 'grafana-datasources', 'loki', 'otelcol', 'prometheus', 'prometheus-rules', 'tempo']));
  test.each(formats.map((f) => [f.name, f] as const))('%s', (format, { image }) => {
    const tag = IMAGES[image].tag.replace(/^v/, '');
    if (format === 'alertmanager') {
      // modelled by hand from the config structs of one version, which the source names
      const source = fs.readFileSync(path.resolve(__dirname, '..', 'lib', 'alertmanager', 'config-check.ts'), 'utf8');
      expect(source).toContain(`github.com/prometheus/alertmanager ${IMAGES.alertmanager.tag}:`);
    } else if (format === 'grafana-dashboard') {
      // the dashboard SDK's JSON schemas, whose source and version source.json names
      expect(JSON.parse(fs.readFileSync(path.join(schemas, 'grafana-foundation-sdk', 'source.json'), 'utf8')).files).toContain('dashboard');
    } else if (image === 'grafana') {
      // provisioning files, modelled by hand from the source of the pinned version, which the source names
      const source = fs.readFileSync(path.resolve(__dirname, '..', 'lib', 'grafana', 'config-check.ts'), 'utf8');
      expect(source).toContain(`Modelled by hand for the pinned Grafana version (${IMAGES.grafana.tag})`);
    } else if (image === 'prometheus') {
      // one file holds the documented keys of several Prometheus versions
      expect(Object.keys(JSON.parse(fs.readFileSync(path.join(schemas, 'prometheus-config-keys.json'), 'utf8')).versions)).toContain(tag);
    } else {
      expect(fs.existsSync(path.join(schemas, keyTreeFile(image)))).toBe(true);
      expect(JSON.parse(fs.readFileSync(path.join(schemas, keyTreeFile(image)), 'utf8')).version).toBe(tag);
    }
  });

  test('fails when an image tag is bumped without a key tree for it', () => {
    jest.isolateModules(() => {
      jest.doMock('../lib/common/k8s/images', () => {
        const actual = jest.requireActual('../lib/common/k8s/images');
        return { ...actual, IMAGES: { ...actual.IMAGES, loki: { ...actual.IMAGES.loki, tag: '3.99.0' } } };
      });
      // Loki's module defines its format (its checker) in this module registry
      require('../lib/loki/config-check');
      const { checkConfigKeys } = require('../lib/output/validation/config-keys');
      const config = { file: 'f', object: 'ConfigMap/ns/loki', component: 'loki', format: 'loki', key: 'loki.yaml', text: '{}', parsed: {} };
      expect(() => checkConfigKeys({ env: 'x', objects: [], configs: [config] })).toThrow(/loki-3\.99\.0\.json/);
    });
    jest.dontMock('../lib/common/k8s/images');
  });
});

describe('the collector build matches what the configs use and what the image ships', () => {
  const manifest = parse(read('otelcol/manifest.yaml'));
  const contrib = JSON.parse(read('otelcol/otelcol-contrib-0.159.0-components.json'));
  const kinds = ['receivers', 'processors', 'exporters', 'extensions', 'connectors'] as const;
  const built = new Set(kinds.flatMap((k) => (manifest[k] ?? []).map((e: any) => (e.gomod as string).split(' ')[0])));

  test('every component type a synthesized collector config uses is in the builder manifest', () => {
    for (const [name, cfg] of collectorConfigs(synthObjects())) {
      for (const kind of kinds) {
        for (const id of Object.keys(cfg[kind] ?? {})) {
          const type = id.split('/')[0];
          const entry = (contrib[kind] ?? []).find((e: any) => e.type === type);
          expect([name, kind, type, entry?.module && built.has(entry.module)]).toEqual([name, kind, type, true]);
        }
      }
    }
  });

  test('every manifest entry is in the otelcol-contrib distribution of the same version', () => {
    expect(contrib.source.tag).toBe(`v${IMAGES.otelcol.tag}`);
    for (const kind of kinds) {
      for (const e of manifest[kind] ?? []) {
        const [module, version] = (e.gomod as string).split(' ');
        expect([kind, module, (contrib[kind] ?? []).some((c: any) => c.module === module && c.version === version)]).toEqual([kind, module, true]);
      }
    }
  });
});

test('no script or wrapper module downloads or builds an AGPL-licensed module (Loki, Tempo, Grafana)', () => {
  const root = path.resolve(__dirname, '..');
  const walk = (d: string): string[] =>
    fs.readdirSync(path.join(root, d), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  const sources = [...walk('scripts'), ...walk('conformance'), '.ci/run', 'package.json'].filter((f) => !f.endsWith('.md'));
  const agpl = /github\.com\/grafana\/(loki|tempo|grafana)\b/;
  expect(sources.filter((f) => agpl.test(fs.readFileSync(path.join(root, f), 'utf8')))).toEqual([]);
});
