// OpenTelemetry Collector contrib packages of schemas/otelcol-<version>.json,
// regenerated from the contrib Go modules at v0.159.0 (served by the Go module
// proxy): each package's `config.schema.yaml` converted like the core ones
// (descriptions/defaults dropped), then the hand corrections below, each one
// applied only where its premise holds in the module's own Go source.
// Packages whose module the proxy does not serve, or that have no
// `config.schema.yaml` at v0.159.0, keep their vendored content (reported as
// not reproducible, with the reason) and get that reason in `meta.kept`.
import * as fs from 'fs';
import * as path from 'path';
import { SourceUnavailable, goModDownload } from './common';
import { CONTRIB_PREFIX, contribModuleOf, convertSchema } from './otelcol';

export const CONTRIB_VERSION = 'v0.159.0';

/** Contrib packages of the vendored file (path inside the contrib repository). */
export const OTELCOL_CONTRIB_PACKAGES = [
  'receiver/filelogreceiver',
  'pkg/stanza/operator/input/file',
  'pkg/stanza/adapter',
  'pkg/stanza/operator',
  'pkg/stanza/fileconsumer',
  'pkg/stanza/fileconsumer/matcher',
  'pkg/stanza/fileconsumer/attrs',
  'pkg/stanza/trim',
  'pkg/stanza/split',
  'pkg/stanza/operator/helper',
  'internal/coreinternal/consumerretry',
  'receiver/prometheusreceiver',
  'receiver/prometheusreceiver/internal/apiserver',
  'receiver/prometheusreceiver/internal/targetallocator',
  'receiver/hostmetricsreceiver',
  'receiver/kubeletstatsreceiver',
  'receiver/kubeletstatsreceiver/internal/metadata',
  'internal/kubelet',
  'internal/k8sconfig',
  'receiver/k8sclusterreceiver',
  'receiver/k8sclusterreceiver/internal/metadata',
  'receiver/k8sobjectsreceiver',
  'receiver/k8seventsreceiver',
  'processor/k8sattributesprocessor',
  'processor/resourceprocessor',
  'processor/attributesprocessor',
  'internal/coreinternal/attraction',
  'internal/filter/filterconfig',
  'internal/filter/filterset',
  'internal/filter/filterset/regexp',
  'processor/resourcedetectionprocessor',
  'processor/tailsamplingprocessor',
  'processor/transformprocessor',
  'processor/transformprocessor/internal/common',
  'processor/filterprocessor',
  'processor/filterprocessor/internal/condition',
  'exporter/prometheusexporter',
  'pkg/resourcetotelemetry',
  'exporter/prometheusremotewriteexporter',
  'exporter/loadbalancingexporter',
  'extension/healthcheckextension',
  'internal/healthcheck',
  'extension/pprofextension',
  'extension/storage/filestorage',
  'connector/spanmetricsconnector',
  'connector/servicegraphconnector',
  // scalar types referred to by the packages above (added at v0.159.0)
  'connector/spanmetricsconnector/internal/metrics',
  'pkg/ottl',
  'pkg/stanza/entry',
  'receiver/kubeletstatsreceiver/internal/kubelet',
];

type Json = Record<string, unknown>;

/** Go source of a package (non-test files), for verifying the corrections. */
function goSource(dir: string): string {
  if (!fs.existsSync(dir)) return '';
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

function nodeAt(o: unknown, p: string[]): Json | undefined {
  let cur = o;
  for (const k of p) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Json)[k];
  }
  return cur && typeof cur === 'object' && !Array.isArray(cur) ? (cur as Json) : undefined;
}

/** every object node of a schema, with its path */
function eachNode(o: unknown, p: string[], f: (n: Json, p: string[]) => void): void {
  if (!o || typeof o !== 'object') return;
  if (Array.isArray(o)) {
    o.forEach((x, i) => eachNode(x, [...p, String(i)], f));
    return;
  }
  f(o as Json, p);
  for (const [k, v] of Object.entries(o as Json)) eachNode(v, [...p, k], f);
}

/** the comment lines directly above the line holding `mapstructure:"<tag>"` */
function commentAbove(src: string, tag: string): string | undefined {
  const lines = src.split('\n');
  const i = lines.findIndex((l) => l.includes(`mapstructure:"${tag}"`));
  if (i < 0) return undefined;
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && /^\s*\/\//.test(lines[j]); j--) out.unshift(lines[j].trim());
  return out.join('\n');
}

/**
 * A hand correction of a generated schema. `apply` returns the paths it
 * changed (empty: not applicable), or throws NotApplicable with the reason
 * when its premise no longer holds in the v0.159.0 Go source.
 */
interface Correction {
  pkg: string;
  what: string;
  apply(pkg: { root: unknown; defs: Json }, goSrc: string): string[];
}

class NotApplicable extends Error {}

/**
 * `configretry.BackOffConfig` embedded with `mapstructure:"retry_on_failure"`
 * is a key, not a squash (older schemagen output listed it under allOf).
 */
const retryOnFailure = (pkg: string): Correction => ({
  pkg,
  what: 'retry_on_failure (configretry.BackOffConfig with mapstructure:"retry_on_failure") is a key, not a squash',
  apply(s, src) {
    if (!/configretry\.BackOffConfig\s+`mapstructure:"retry_on_failure"`/.test(src)) {
      throw new NotApplicable('config.go no longer embeds configretry.BackOffConfig as retry_on_failure');
    }
    const root = s.root as Json;
    const allOf = (root.allOf ?? []) as Json[];
    const i = allOf.findIndex((x) => typeof x.$ref === 'string' && x.$ref.endsWith('configretry.back_off_config'));
    if (i < 0) {
      const has = nodeAt(root, ['properties', 'retry_on_failure']);
      if (has) throw new NotApplicable('the v0.159.0 config.schema.yaml already has retry_on_failure as a key');
      throw new NotApplicable('configretry.back_off_config is neither squashed nor a key in the schema');
    }
    const [part] = allOf.splice(i, 1);
    if (!allOf.length) delete root.allOf;
    root.properties = { ...((root.properties ?? {}) as Json), retry_on_failure: part };
    return [['root', 'properties', 'retry_on_failure'].join('.')];
  },
});

/**
 * A Go field tagged `mapstructure:",remain"` collects the keys no other field
 * takes; schemagen lists it as a property named after the Go field (e.g.
 * `ExtensionCfg`), which is not a config key. Replaced by `x-remain: <field>`
 * on the enclosing object (unknown keys there are accepted with a warning).
 */
const remainFields = (pkg: string): Correction => ({
  pkg,
  what: 'a `mapstructure:",remain"` field is not a key: the property named after the Go field becomes x-remain on its object',
  apply(s, src) {
    const fields = new Set([...src.matchAll(/^\s*(\w+)\s+[^`\n]*`mapstructure:",remain"`/gm)].map((m) => m[1]));
    if (!fields.size) throw new NotApplicable('no `mapstructure:",remain"` field in the Go source');
    const changed: string[] = [];
    eachNode(s, [], (n, p) => {
      const props = n.properties as Json | undefined;
      if (!props || p[p.length - 1] === 'properties') return;
      for (const f of fields) {
        if (!(f in props)) continue;
        delete props[f];
        n['x-remain'] = f;
        changed.push([...p, 'properties', f].join('.'));
      }
    });
    if (!changed.length) throw new NotApplicable(`no property named ${[...fields].join(', ')} in the schema`);
    return changed;
  },
});

/** a key whose Go field is documented `Deprecated` (WARN in the checker) */
const deprecated = (pkg: string, at: string[], tag: string, hint: string): Correction => ({
  pkg,
  what: `${tag} is deprecated (${hint})`,
  apply(s, src) {
    const c = commentAbove(src, tag);
    if (c === undefined) throw new NotApplicable(`no field tagged mapstructure:"${tag}" in the Go source`);
    if (!/deprecated/i.test(c)) throw new NotApplicable(`the Go field tagged "${tag}" is not documented as deprecated`);
    const n = nodeAt(s, at);
    if (!n) throw new NotApplicable(`${at.join('.')} is not in the schema`);
    n['x-deprecated'] = hint;
    return [at.join('.')];
  },
});

/**
 * Left open on purpose: the schema says only `type: object` (no keys) for a
 * value whose keys come from elsewhere (Prometheus service-discovery configs,
 * free maps); as written the checker would reject every key.
 */
const open = (pkg: string, select: (s: { root: unknown; defs: Json }) => string[][], why: string): Correction => ({
  pkg,
  what: `left open: ${why}`,
  apply(s) {
    const changed: string[] = [];
    for (const at of select(s)) {
      const n = nodeAt(s, at);
      if (!n) throw new NotApplicable(`${at.join('.')} is not in the schema`);
      if (n.properties || n.allOf || n.$ref || n.additionalProperties !== undefined || n.type !== 'object') {
        throw new NotApplicable(`${at.join('.')} is described by the v0.159.0 schema (${JSON.stringify(n).slice(0, 80)})`);
      }
      n['x-open'] = why;
      changed.push(at.join('.'));
    }
    return changed;
  },
});

/**
 * A string key whose Go type is a named string type with declared constants,
 * checked by the component's Validate (the generated schema says only
 * `type: string`): the constants become its `enum`.
 */
const enumFromConsts = (pkg: string, at: string[], goType: string, validateText: string): Correction => ({
  pkg,
  what: `${at[at.length - 1]} is one of the ${goType} constants (checked by Validate)`,
  apply(s, src) {
    const values = [...src.matchAll(new RegExp(`^\\s*\\w+\\s+${goType}\\s*=\\s*"([^"]*)"`, 'gm'))].map((m) => m[1]);
    if (!values.length) throw new NotApplicable(`no constants of type ${goType} in the Go source`);
    if (!src.includes(validateText)) throw new NotApplicable(`the Go source no longer rejects other values ("${validateText}")`);
    const n = nodeAt(s, at);
    if (!n || n.type !== 'string') throw new NotApplicable(`${at.join('.')} is not a string in the schema`);
    if (n.enum) throw new NotApplicable(`the v0.159.0 schema already has an enum for ${at.join('.')}`);
    n.enum = values;
    return [at.join('.')];
  },
});

/** flat form of the transform processor: a list of statements in place of the context groups */
const altStrings = (pkg: string, at: string[], goDir: string, goFn: RegExp, what: string): Correction => ({
  pkg,
  what,
  apply(s) {
    const src = goSource(goDir);
    if (!goFn.test(src)) throw new NotApplicable(`${goFn} not found in ${path.basename(goDir)}/*.go`);
    const n = nodeAt(s, at);
    if (!n) throw new NotApplicable(`${at.join('.')} is not in the schema`);
    n['x-alt'] = 'array-of-strings';
    return [at.join('.')];
  },
});

function corrections(moduleDir: (m: string) => string | undefined): Correction[] {
  const transformDir = moduleDir('processor/transformprocessor') ?? '/nonexistent';
  return [
    retryOnFailure('exporter/loadbalancingexporter'),
    retryOnFailure('exporter/prometheusremotewriteexporter'),
    remainFields('processor/tailsamplingprocessor'),
    enumFromConsts('processor/tailsamplingprocessor', ['root', 'properties', 'sampling_strategy'], 'samplingStrategy', 'invalid sampling_strategy'),
    deprecated('connector/spanmetricsconnector', ['root', 'properties', 'dimensions_cache_size'], 'dimensions_cache_size', 'use aggregation_cardinality_limit'),
    deprecated('exporter/prometheusexporter', ['root', 'properties', 'add_metric_suffixes'], 'add_metric_suffixes', 'use translation_strategy'),
    deprecated('exporter/prometheusexporter', ['root', 'properties', 'resource_to_telemetry_conversion'], 'resource_to_telemetry_conversion', 'use resource_constant_labels'),
    deprecated('exporter/prometheusremotewriteexporter', ['root', 'properties', 'add_metric_suffixes'], 'add_metric_suffixes', 'use translation_strategy'),
    deprecated('processor/resourcedetectionprocessor', ['defs', 'detector_config', 'properties', 'k8snode'], 'k8snode', 'use k8s_api'),
    open(
      'receiver/prometheusreceiver',
      (s) =>
        Object.keys(nodeAt(s, ['defs', 'prom_scrape_config', 'properties']) ?? {})
          .filter((k) => k.endsWith('_sd_configs'))
          .map((k) => ['defs', 'prom_scrape_config', 'properties', k, 'items']),
      'sd config',
    ),
    open('receiver/prometheusreceiver', () => [['defs', 'prom_oauth2', 'properties', 'claims']], 'claims'),
    open('receiver/prometheusreceiver', () => [['defs', 'prom_scrape_config', 'properties', 'http_headers']], 'http headers'),
    altStrings(
      'processor/transformprocessor/internal/common',
      ['defs', 'context_statements'],
      transformDir,
      /func \(c \*Config\) Unmarshal\(conf \*confmap\.Conf\) error[\s\S]*basicStatements/,
      'a context group list may be given as a flat list of statements (transformprocessor Config.Unmarshal)',
    ),
  ];
}

export interface ContribResult {
  packages: Record<string, unknown>;
  /** packages kept as vendored, with the reason */
  kept: Array<{ pkg: string; reason: string }>;
  notes: string[];
}

/** mapstructure tag names in a package's Go source (for the kept packages' cross-check) */
function goTags(src: string): Set<string> {
  const out = new Set<string>();
  for (const m of src.matchAll(/mapstructure:"([^",]*)[",]/g)) if (m[1] && m[1] !== '-') out.add(m[1]);
  return out;
}

function propertyNames(o: unknown): Set<string> {
  const out = new Set<string>();
  eachNode(o, [], (n, p) => {
    if (p[p.length - 1] === 'properties') for (const k of Object.keys(n)) out.add(k);
  });
  return out;
}

export function regenerateContrib(vendored: Record<string, unknown>): ContribResult {
  const packages: Record<string, unknown> = {};
  const kept: ContribResult['kept'] = [];
  const notes: string[] = [];
  const dirs = new Map<string, string | SourceUnavailable>();
  const moduleDir = (m: string): string | undefined => {
    if (!dirs.has(m)) {
      try {
        dirs.set(m, goModDownload(CONTRIB_PREFIX + m, CONTRIB_VERSION).dir);
      } catch (e) {
        if (!(e instanceof SourceUnavailable)) throw e;
        dirs.set(m, e);
      }
    }
    const d = dirs.get(m);
    return typeof d === 'string' ? d : undefined;
  };
  const fixes = corrections(moduleDir);
  const applied: string[] = [];
  const notApplied: string[] = [];
  for (const rel of OTELCOL_CONTRIB_PACKAGES) {
    const pkg = CONTRIB_PREFIX + rel;
    const mod = contribModuleOf(rel);
    const old = vendored[pkg] as { meta?: Json; root?: unknown; defs?: Json } | undefined;
    if (!mod) throw new Error(`no contrib module for ${rel} (add it to OTELCOL_CONTRIB_MODULES)`);
    const dir = moduleDir(mod.module);
    const modAt = `${CONTRIB_PREFIX}${mod.module}@${CONTRIB_VERSION}`;
    const schemaRel = `${mod.rel ? mod.rel + '/' : ''}config.schema.yaml`;
    let reason: string | undefined;
    if (!dir) {
      reason = `module not served by the Go module proxy: ${modAt}; kept as transcribed from upstream files near v0.159.0 (meta.commit/source)`;
      const detail = `${mod.module}: ${(dirs.get(mod.module) as Error).message}`;
      if (!notes.includes(detail)) notes.push(detail);
    } else if (!fs.existsSync(path.join(dir, schemaRel))) {
      reason = `${modAt} has no ${schemaRel}; kept as transcribed`;
      if (old) {
        // for information: the Go structs' mapstructure tags against the kept keys
        // the package and its internal/ sub-packages (not nested modules, not testdata)
        const base = path.join(dir, mod.rel);
        const subDirs = [base];
        if (fs.existsSync(path.join(base, 'internal'))) subDirs.push(path.join(base, 'internal'));
        const rec = (d: string): void => {
          for (const e of fs.readdirSync(d, { withFileTypes: true })) {
            const sub = path.join(d, e.name);
            if (e.isDirectory() && e.name !== 'testdata' && !fs.existsSync(path.join(sub, 'go.mod'))) {
              subDirs.push(sub);
              rec(sub);
            }
          }
        };
        if (fs.existsSync(path.join(base, 'internal'))) rec(path.join(base, 'internal'));
        const tags = goTags(subDirs.map(goSource).join('\n'));
        const keys = propertyNames({ root: old.root, defs: old.defs });
        const missing = [...tags].filter((t) => !keys.has(t));
        const extra = [...keys].filter((k) => !tags.has(k));
        notes.push(
          `${rel}: kept (no config.schema.yaml at ${CONTRIB_VERSION}); mapstructure tags of its v0.159.0 Go source not among the kept keys: ` +
            `${missing.length ? missing.join(', ') : 'none'}; kept keys not a tag there: ${extra.length ? extra.join(', ') : 'none'}`,
        );
      }
    }
    if (reason) {
      if (!old) {
        notes.push(`${rel}: not in the vendored file and not reproducible (${reason}); left out`);
        continue;
      }
      kept.push({ pkg, reason });
      const { kept: _k, ...meta } = old.meta ?? {};
      packages[pkg] = { meta: { ...meta, kept: reason }, root: old.root ?? null, defs: old.defs ?? {} };
      continue;
    }
    const s = convertSchema(fs.readFileSync(path.join(dir!, schemaRel), 'utf8')) as { root: unknown; defs: Json };
    const src = goSource(path.join(dir!, mod.rel));
    const done: string[] = [];
    for (const f of fixes.filter((x) => x.pkg === rel)) {
      try {
        const changed = f.apply(s, src);
        done.push(f.what);
        applied.push(`${rel}: ${f.what} (${changed.length} place(s))`);
      } catch (e) {
        if (!(e instanceof NotApplicable)) throw e;
        notApplied.push(`${rel}: ${f.what}: ${e.message}`);
      }
    }
    packages[pkg] = {
      meta: { source: `${modAt}:${schemaRel}`, ...(done.length ? { fixes: done } : {}) },
      root: s.root,
      defs: s.defs,
    };
  }
  notes.push(`contrib hand corrections applied (premise verified in the v0.159.0 Go source): ${applied.length ? applied.join('; ') : 'none'}`);
  if (notApplied.length) notes.push(`contrib hand corrections no longer applying at ${CONTRIB_VERSION}: ${notApplied.join('; ')}`);
  notes.push(...unresolvedRefs(packages));
  return { packages, kept, notes };
}

/**
 * $refs of the contrib packages to packages the file does not hold: the
 * checker treats those values as open (any keys).
 */
function unresolvedRefs(contrib: Record<string, unknown>): string[] {
  const out = new Set<string>();
  for (const [pkg, data] of Object.entries(contrib)) {
    eachNode(data, [], (n) => {
      const ref = n.$ref;
      if (typeof ref !== 'string' || !ref.includes('/')) return;
      const full = ref.startsWith('./') ? pkg + ref.slice(1) : ref.startsWith('/') ? CONTRIB_PREFIX.slice(0, -1) + ref : ref;
      const dot = full.indexOf('.', full.lastIndexOf('/'));
      const target = dot < 0 ? full : full.slice(0, dot);
      if (target.startsWith('go.opentelemetry.io/')) return;
      if (!(target in contrib)) out.add(target.startsWith(CONTRIB_PREFIX) ? target.slice(CONTRIB_PREFIX.length) : target);
    });
  }
  return out.size ? [`contrib $refs to packages not in the file (open, any keys, for the checker): ${[...out].sort().join(', ')}`] : [];
}
