import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { IMAGES } from '../lib/common/images';
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

  test('promtool: the Prometheus module of the image tag', () => {
    expect(requires(read('prometheus/go.mod'), 'github.com/prometheus/prometheus')).toBe(prometheusModuleVersion(IMAGES.prometheus.tag));
    expect(toolsDir('prometheus')).toBe(`prometheus-${IMAGES.prometheus.tag.replace(/^v/, '')}`);
    expect(tools).toContain(`.Version=${IMAGES.prometheus.tag.replace(/^v/, '')} `);
  });

  test('loki: the Loki module of the image tag', () => {
    expect(requires(read('loki/go.mod'), 'github.com/grafana/loki/v3')).toBe(`v${IMAGES.loki.tag}`);
    expect(toolsDir('loki')).toBe(`loki-${IMAGES.loki.tag}`);
  });

  test('tempo: the commit of the image tag, as a pseudo-version', () => {
    const goMod = read('tempo/go.mod');
    expect(goMod).toContain(`tag v${IMAGES.tempo.tag}`);
    const commit = /commit\s*\n?\/\/\s*([0-9a-f]{40})|commit ([0-9a-f]{40})/.exec(goMod);
    const sha = commit?.[1] ?? commit?.[2];
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(requires(goMod, 'github.com/grafana/tempo')).toMatch(new RegExp(`-${sha!.slice(0, 12)}$`));
    expect(toolsDir('tempo')).toBe(`tempo-${IMAGES.tempo.tag}`);
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
