// The vendored files of schemas/ and how each is regenerated.
import * as fs from 'fs';
import * as path from 'path';
import { Generated, ModuleDir, SourceUnavailable, Target, Unreproducible, goModDownload, readIn } from './common';
import { parsePrometheusReference } from './prometheus';
import { k8sSchema } from './k8s';
import { CONTRIB_PREFIX, CORE_PREFIX, OTELCOL_CORE, convertSchema } from './otelcol';
import { CONTRIB_VERSION, regenerateContrib } from './otelcol-contrib';

export interface Pinned {
  /** Go module path and version served by the module proxy */
  module: string;
  version: string;
  /** upstream repository, tag and commit recorded in the file's `source` */
  repo: string;
  tag: string;
  commit: string;
  /** why the proxy may not serve it (prefixed to the proxy's answer) */
  hint?: string;
}

// Loki's and Tempo's key trees (schemas/loki-*.json, schemas/tempo-*.json) are vendored
// data: their modules are AGPL-3.0-licensed, and no script here downloads or builds them.

export const PROMETHEUS: Record<string, Pinned> = {
  '2.42.0': {
    module: 'github.com/prometheus/prometheus',
    version: 'v0.42.0',
    repo: 'prometheus/prometheus',
    tag: 'v2.42.0',
    commit: '225c61122d88b01d1f0eaaee0e05b6f3e0567ac0',
  },
  '3.14.0': {
    module: 'github.com/prometheus/prometheus',
    version: 'v0.314.0',
    repo: 'prometheus/prometheus',
    tag: 'v3.14.0',
    commit: 'd7598b7141418fa35be2b5ec5d0fefb634199610',
  },
};

/**
 * Module proxy download of a pinned version; checks the commit when the
 * proxy reports one.
 */
export function download(p: Pinned): ModuleDir {
  let mod: ModuleDir;
  try {
    mod = goModDownload(p.module, p.version);
  } catch (e) {
    if (e instanceof SourceUnavailable && p.hint) throw new SourceUnavailable(`${p.hint}. ${e.message}`);
    throw e;
  }
  if (mod.commit && mod.commit !== p.commit) {
    throw new SourceUnavailable(`${p.module}@${p.version} is commit ${mod.commit}, expected ${p.commit} (tag ${p.tag})`);
  }
  return mod;
}

function prometheus(): Target {
  return {
    file: 'schemas/prometheus-config-keys.json',
    pretty: 1,
    generate(): Generated {
      const doc = 'docs/configuration/configuration.md';
      const versions: Record<string, unknown> = {};
      for (const [v, p] of Object.entries(PROMETHEUS)) {
        const mod = download(p);
        versions[v] = { commit: p.commit, ...parsePrometheusReference(readIn(mod, doc)) };
      }
      return {
        kind: 'data',
        data: { component: 'prometheus', source: { repo: 'prometheus/prometheus', path: doc }, versions },
      };
    },
  };
}

const OTELCOL_CORE_PIN = {
  repo: 'open-telemetry/opentelemetry-collector',
  tag: 'v0.159.0',
  commit: '69c0873044e80fe1f0647a0bc5afec6244bcad76',
};

/**
 * otelcol: the core packages are regenerated from the core modules'
 * config.schema.yaml, the contrib packages from the contrib modules' at
 * v0.159.0 (with the hand corrections of otelcol-contrib.ts, each verified
 * against the module's Go source). Not reproducible, kept as vendored: the
 * component name table and the keys added to core schemas from the Go
 * structs (curated by hand), and the contrib packages whose module is not
 * served or has no config.schema.yaml (their `meta.kept` says why).
 */
function otelcol(root: string): Target {
  const file = 'schemas/otelcol-0.159.0.json';
  return {
    file,
    generate(): Generated {
      const vendoredPath = path.join(root, file);
      const vendored = fs.existsSync(vendoredPath)
        ? (JSON.parse(fs.readFileSync(vendoredPath, 'utf8')) as {
            source?: { core?: { keysAddedFromGoStructs?: string[] } };
            packages?: Record<string, unknown>;
          })
        : {};
      const packages: Record<string, unknown> = {};
      const unreproducible: Unreproducible[] = [];
      const unavailable: string[][] = [];
      const reasons: string[] = [];
      for (const c of OTELCOL_CORE) {
        const pkg = CORE_PREFIX + c.pkg;
        let dir: string;
        try {
          dir = goModDownload(CORE_PREFIX + c.module, c.version).dir;
        } catch (e) {
          if (!(e instanceof SourceUnavailable)) throw e;
          unavailable.push(['packages', pkg]);
          reasons.push(e.message);
          continue;
        }
        const rel = c.pkg === c.module ? '' : c.pkg.slice(c.module.length + 1);
        const schemaFile = path.join(dir, rel, 'config.schema.yaml');
        if (!fs.existsSync(schemaFile)) {
          unavailable.push(['packages', pkg]);
          reasons.push(`${c.module}@${c.version} has no ${rel ? rel + '/' : ''}config.schema.yaml`);
          continue;
        }
        const { root: r, defs } = convertSchema(fs.readFileSync(schemaFile, 'utf8'));
        packages[pkg] = { meta: { source: `core v0.159.0:${c.pkg}/config.schema.yaml` }, root: r, defs };
      }
      if (unavailable.length) unreproducible.push({ paths: unavailable, reason: reasons.join('; ') });
      const added = vendored.source?.core?.keysAddedFromGoStructs ?? [];
      if (added.length) {
        unreproducible.push({
          paths: added.map((k) => {
            const [pkgRel, def, prop] = k.split('.');
            return ['packages', CORE_PREFIX + pkgRel, 'defs', def, 'properties', prop];
          }),
          reason: 'keys the schema files lack, added by hand after a cross-check with the Go structs (x-fromGo)',
        });
      }
      const contrib = regenerateContrib(vendored.packages ?? {});
      Object.assign(packages, contrib.packages);
      const byReason = new Map<string, string[][]>();
      for (const k of contrib.kept) {
        const why = k.reason.startsWith('module not served')
          ? 'contrib module not served by the Go module proxy at v0.159.0, kept as transcribed from upstream files near v0.159.0 (meta.kept)'
          : 'no config.schema.yaml in the contrib module at v0.159.0, kept as transcribed (from the Go structs or by hand; meta.kept)';
        byReason.set(why, [...(byReason.get(why) ?? []), ['packages', k.pkg, 'root'], ['packages', k.pkg, 'defs']]);
      }
      for (const [reason, paths] of byReason) unreproducible.push({ paths, reason });
      unreproducible.push({
        paths: [['components'], ['source', 'core', 'keysAddedFromGoStructs']],
        reason: 'the component name table and the list of keys added from the Go structs are curated by hand',
      });
      const kept = (notServed: boolean): string[] =>
        contrib.kept.filter((k) => k.reason.startsWith('module not served') === notServed).map((k) => k.pkg.slice(CONTRIB_PREFIX.length));
      return {
        kind: 'data',
        data: {
          component: 'otelcol',
          version: '0.159.0',
          source: {
            core: { ...OTELCOL_CORE_PIN, files: OTELCOL_CORE.length },
            contrib: {
              repo: 'open-telemetry/opentelemetry-collector-contrib',
              version: CONTRIB_VERSION,
              via: 'Go module proxy (go mod download); module, version and path of each package in packages[…].meta.source',
              keptNotServed: kept(true),
              keptNoSchema: kept(false),
            },
          },
          packages,
        },
        notes: contrib.notes,
        unreproducible,
      };
    },
  };
}

/**
 * Kubernetes: the vendored files were made from cdk8s's
 * kubernetes-schemas/vX/_definitions.json; the same content is derived here
 * from kubernetes/kubernetes api/openapi-spec/swagger.json of the
 * k8s.io/kubernetes module (its `source` says which; not compared).
 */
function k8s(version: string): Target {
  return {
    file: `schemas/k8s/v${version}.json`,
    generate(): Generated {
      const mod = goModDownload('k8s.io/kubernetes', `v${version}`);
      const doc = 'api/openapi-spec/swagger.json';
      const { gvk, definitions } = k8sSchema(readIn(mod, doc));
      return {
        kind: 'data',
        data: {
          source: {
            repo: 'kubernetes/kubernetes',
            path: doc,
            tag: `v${version}`,
            ...(mod.commit ? { commit: mod.commit } : {}),
            as: `cdk8s-team/cdk8s kubernetes-schemas/v${version}/_definitions.json`,
          },
          kubernetesVersion: `v${version}`,
          gvk,
          definitions,
        },
        descriptive: [['source']],
      };
    },
  };
}

export function targets(root: string): Target[] {
  return [prometheus(), otelcol(root), k8s('1.27.0'), k8s('1.36.0')];
}
