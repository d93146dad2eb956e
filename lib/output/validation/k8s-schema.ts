import * as fs from 'fs';
import * as path from 'path';
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { lazy } from '../../common/vocabulary/lazy';
import { Check, Finding, objectId } from './types';
import { createHash } from 'crypto';
import { cachedValidator, cachedValidatorBundle, validatorCacheDir } from '../../common/files/validator-cache';
import { cachedJson } from '../../common/files/cache-file';
import { SCHEMAS_DIR, ownModuleFile } from '../../common/files/paths';
import { distance as editDistance } from '../../common/vocabulary/validate';

/**
 * Strict validation of every rendered object against the Kubernetes OpenAPI definitions
 * vendored under `schemas/k8s/` (what `kubeconform -strict` does, without the binary):
 *
 * - unknown fields are errors: every object schema with `properties` gets
 *   `additionalProperties: false` unless it declares `additionalProperties` itself;
 * - types, `required`, `enum` and the `int32`/`int64`/`byte`/`date-time` formats are checked;
 * - int-or-string (`IntOrString`, `format: int-or-string`) accepts a string or an integer;
 * - a Quantity accepts a number or a string in Kubernetes quantity syntax (`500m`, `128Mi`, `1e3`);
 * - `x-kubernetes-*` keywords are ignored;
 * - an apiVersion/kind missing from a version's index is an error for that version.
 *
 * Every object is validated against each version of {@link KUBERNETES_VERSIONS}; a finding
 * names the version(s) it applies to, and identical findings of several versions are one
 * finding. Each version's definitions are prepared once and each kind's validator is
 * compiled once per process, on first use.
 */
export const KUBERNETES_VERSIONS = ['1.27.0', '1.36.0'] as const;
export type KubernetesVersion = (typeof KUBERNETES_VERSIONS)[number];

const SCHEMA_DIR = path.join(SCHEMAS_DIR, 'k8s');
const CRD_DIR = path.join(SCHEMAS_DIR, 'crds');
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';
const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
/** Kubernetes quantity syntax: signed decimal, then a binary-SI, decimal-SI or exponent suffix. */
const QUANTITY_PATTERN = '^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$';
const MAX_ALLOWED = 12;

interface VersionSchemas {
  readonly version: KubernetesVersion;
  /** `1.27` */
  readonly label: string;
  /** `apps/v1/DaemonSet` -> definition name */
  readonly gvk: Readonly<Record<string, string>>;
  /** The prepared definitions, by name. */
  readonly definitions: Readonly<Record<string, any>>;
  readonly ajv: Ajv;
  readonly rootId: string;
  readonly validators: Map<string, ValidateFunction>;
}

/**
 * A definition made strict: `x-kubernetes-*` keywords dropped (property names are kept, whatever
 * they are called), int-or-string made a string-or-integer union, and every schema with
 * `properties` closed with `additionalProperties: false` unless it declares its own.
 */
export const prepareSchema = (schema: unknown): unknown => {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const s = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k.startsWith('x-kubernetes-')) continue;
    switch (k) {
      case 'properties':
      case 'patternProperties':
      case 'definitions':
        // the keys are names, not keywords: a property may well be called `x-kubernetes-list-type`
        out[k] = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([n, x]) => [n, prepareSchema(x)]));
        break;
      case 'items':
        out[k] = Array.isArray(v) ? v.map(prepareSchema) : prepareSchema(v);
        break;
      case 'additionalProperties':
      case 'not':
        out[k] = prepareSchema(v);
        break;
      case 'oneOf':
      case 'anyOf':
      case 'allOf':
        out[k] = (v as unknown[]).map(prepareSchema);
        break;
      default:
        out[k] = v;
    }
  }
  if (out.format === 'int-or-string' || s['x-kubernetes-int-or-string'] === true) {
    delete out.format;
    out.type = ['string', 'integer'];
  }
  if (out.properties !== undefined && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
};

const int = (lo: number, hi: number) => ({ type: 'number' as const, validate: (n: number) => Number.isInteger(n) && n >= lo && n <= hi });
export const FORMATS = {
  int32: int(-(2 ** 31), 2 ** 31 - 1),
  int64: int(-(2 ** 63), 2 ** 63),
  double: { type: 'number' as const, validate: (n: number) => Number.isFinite(n) },
  byte: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i,
};

/**
 * The cached standalone validators find {@link FORMATS} on globalThis under this symbol's
 * key, not by a module path: they work from any build, bundled or not.
 */
const FORMATS_KEY = 'observability-stack.k8s-formats';
(globalThis as unknown as Record<symbol, unknown>)[Symbol.for(FORMATS_KEY)] = FORMATS;

const FORMAT_NAMES: Record<string, string> = {
  int32: 'an int32 (a whole number from -2147483648 to 2147483647)',
  int64: 'an int64 (a whole number)',
  double: 'a finite number',
  byte: 'base64 (format byte)',
  'date-time': 'an RFC 3339 date-time',
};

/** A CRD schema without the `pattern`s JavaScript cannot compile (Go's inline flags such as `(?i)`): those go unchecked. */
const jsPatternsOnly = (schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map(jsPatternsOnly);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema as Record<string, unknown>)) {
    if (k === 'pattern' && typeof v === 'string') {
      try {
        new RegExp(v, 'u');
      } catch {
        continue;
      }
    }
    out[k] = jsPatternsOnly(v);
  }
  return out;
};

const loaded = new Map<KubernetesVersion, VersionSchemas>();

/** A version's vendored OpenAPI file, parsed on first use (it is large). */
const versionFiles = new Map<KubernetesVersion, () => any>();
const versionFile = (version: KubernetesVersion): (() => any) => {
  if (!versionFiles.has(version)) versionFiles.set(version, lazy(() => JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `v${version}.json`), 'utf8'))));
  return versionFiles.get(version)!;
};

/** The kinds Kubernetes itself serves in a version (`apps/v1/DaemonSet` -> definition name), kept beside the cached validators. */
const builtInKinds = (version: KubernetesVersion): Readonly<Record<string, string>> =>
  cachedJson(path.join(k8sCacheDir(), version, 'kinds.json'), () => versionFile(version)().gvk as Record<string, string>);

/** The CustomResourceDefinitions vendored under schemas/crds, parsed. */
const vendoredCrds = lazy(() =>
  fs
    .readdirSync(CRD_DIR)
    .filter((x) => x.endsWith('.yaml'))
    .sort()
    .map((f) => parse(fs.readFileSync(path.join(CRD_DIR, f), 'utf8')) as any),
);

/**
 * Whether Kubernetes itself serves a kind (the newest version the output is checked against
 * has it), as opposed to a kind a cluster has only once a CustomResourceDefinition is installed.
 */
export const isBuiltInKind = (apiVersion: string, kind: string): boolean =>
  `${apiVersion}/${kind}` in builtInKinds(KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]);

/** The name of the vendored CustomResourceDefinition that serves a kind (`prometheusrules.monitoring.coreos.com`), if one is vendored. */
export const vendoredCrdName = (apiVersion: string, kind: string): string | undefined =>
  vendoredCrds().find((crd) => crd.spec.names.kind === kind && crd.spec.versions.some((v: any) => `${crd.spec.group}/${v.name}` === apiVersion))?.metadata?.name;

const schemasOf = (version: KubernetesVersion): VersionSchemas => {
  const cached = loaded.get(version);
  if (cached) return cached;
  // the definitions are read only to compile a validator or word a message; the kinds'
  // index is kept beside the cached validators
  const file = versionFile(version);
  const gvk: Record<string, string> = { ...builtInKinds(version) };
  // the vendored CRDs of schemas/crds: each served version's schema, with the standard ObjectMeta;
  // parsed only to compile or word a message: their kinds are kept beside the cached validators
  const crdName = (crd: any, v: any) => `crd.${crd.spec.group}.${v.name}.${crd.spec.names.kind}`;
  Object.assign(
    gvk,
    cachedJson(path.join(k8sCacheDir(), 'crd-kinds.json'), () => {
      const kinds: Record<string, string> = {};
      for (const crd of vendoredCrds()) for (const v of crd.spec.versions.filter((x: any) => x.served)) kinds[`${crd.spec.group}/${v.name}/${crd.spec.names.kind}`] = crdName(crd, v);
      return kinds;
    }),
  );
  const rootId = `k8s-v${version}.json`;
  // the prepared definitions and the compiler are made only when needed: to compile a
  // validator the cache lacks, or to word a message; a synth whose validators are all
  // cached and whose objects are valid needs neither
  const definitions = lazy(() => {
    const defs: Record<string, unknown> = Object.fromEntries(Object.entries(file().definitions).map(([n, x]) => [n, prepareSchema(x)]));
    for (const crd of vendoredCrds()) {
      for (const v of crd.spec.versions.filter((x: any) => x.served)) {
        const schema = jsPatternsOnly(v.schema.openAPIV3Schema) as { properties: Record<string, unknown> };
        defs[crdName(crd, v)] = prepareSchema({ ...schema, properties: { ...schema.properties, metadata: { $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' } } });
      }
    }
    defs[QUANTITY] = { type: ['string', 'number'], pattern: QUANTITY_PATTERN };
    defs[INT_OR_STRING] = { type: ['string', 'integer'] };
    return defs;
  });
  const ajv = lazy(() => {
    // compiling is what costs: no inlined refs, no optimizer pass, no generated messages or
    // verbose error data (messages are built from the document and the prepared
    // definitions); the definitions are trusted, so not checked against the meta-schema
    // ajv itself is loaded only here: a synth whose validators are all cached never loads it
    const { default: AjvClass, _ } = require('ajv') as typeof import('ajv');
    const a = new AjvClass({
      allErrors: true,
      strict: true,
      allowUnionTypes: true,
      formats: FORMATS,
      validateSchema: false,
      inlineRefs: false,
      messages: false,
      // source kept, so a compiled validator can be cached as standalone code (below)
      code: { optimize: false, source: true, formats: _`globalThis[Symbol.for(${FORMATS_KEY})]` },
    });
    a.addSchema({ $id: rootId, definitions: definitions() }, rootId);
    return a;
  });
  const v: VersionSchemas = {
    version,
    label: version.replace(/\.0$/, ''),
    gvk,
    get definitions() {
      return definitions();
    },
    get ajv() {
      return ajv();
    },
    rootId,
    validators: new Map(),
  };
  loaded.set(version, v);
  return v;
};

// compiled validators are cached as standalone code (lib/common/files/validator-cache.ts), keyed by the
// schema files, this module's source and the ajv version
let cacheDir: string | undefined;
const k8sCacheDir = (): string => (cacheDir ??= validatorCacheDir('k8s-validators', { files: [ownModuleFile('lib/output/validation/k8s-schema')], dirs: [SCHEMA_DIR, CRD_DIR] }));

/**
 * Loads the validators of every definition an environment's objects use, in one module per
 * version and set of definitions (shared definitions compiled and loaded once).
 */
const preloadValidators = (v: VersionSchemas, definitions: readonly string[]): void => {
  const missing = [...new Set(definitions)].filter((d) => !v.validators.has(d)).sort();
  if (missing.length < 2) return;
  const key = createHash('sha256').update(missing.join('\n')).digest('hex').slice(0, 16);
  const bundle = cachedValidatorBundle(path.join(k8sCacheDir(), v.version, `bundle-${key}.js`), () => ({
    ajv: v.ajv,
    refs: Object.fromEntries(missing.map((d) => [d, `${v.rootId}#/definitions/${d}`])),
  }));
  for (const d of missing) if (bundle[d]) v.validators.set(d, bundle[d]);
};

const validatorOf = (v: VersionSchemas, definition: string): ValidateFunction => {
  let fn = v.validators.get(definition);
  if (!fn) {
    const compiled = cachedValidator(path.join(k8sCacheDir(), v.version, `${definition}.js`), () => ({ ajv: v.ajv, fn: v.ajv.compile({ $ref: `${v.rootId}#/definitions/${definition}` }) }));
    v.validators.set(definition, compiled);
    return compiled;
  }
  return fn;
};

// ---------------------------------------------------------------- paths and messages

type Segment = string | number;

/** The segments of a JSON pointer (numbers where the value there is an array) and the value it points at. */
const resolvePointer = (doc: unknown, pointer: string): { segments: Segment[]; value: unknown } => {
  const segments: Segment[] = [];
  let value: any = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const seg = Array.isArray(value) ? Number(key) : key;
    segments.push(seg);
    value = value?.[seg];
  }
  return { segments, value };
};

/** The prepared schema that applies at a path of an object of the given definition. */
const schemaAt = (v: VersionSchemas, definition: string, segments: Segment[]): any => {
  const deref = (x: any): any => {
    for (let i = 0; x?.$ref !== undefined && i < 100; i++) x = v.definitions[String(x.$ref).slice(String(x.$ref).lastIndexOf('/') + 1)];
    return x;
  };
  let schema = deref(v.definitions[definition]);
  for (const seg of segments) {
    if (typeof seg === 'number') schema = deref(schema?.items);
    else schema = deref(schema?.properties?.[seg] ?? (typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined));
  }
  return schema;
};

/** `spec.template.spec.containers[0].name`, `metadata.labels['app.kubernetes.io/name']`. */
const formatPath = (segments: Segment[]): string =>
  segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$-]*$/.test(s) ? (i ? `.${s}` : s) : `['${s}']`))
    .join('');

/** The field an error is about: the last key with the indices after it, e.g. `args[1]`, `app.kubernetes.io/name`. */
const fieldOf = (segments: Segment[]): string => {
  let i = segments.length - 1;
  while (i >= 0 && typeof segments[i] === 'number') i--;
  return i < 0 ? '(object)' : `${segments[i]}${segments.slice(i + 1).map((n) => `[${n}]`).join('')}`;
};

const show = (x: unknown): string => {
  if (x === undefined) return 'nothing';
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'object') return 'an object';
  const s = JSON.stringify(x);
  return `${typeof x} ${s.length > 60 ? `${s.slice(0, 57)}...` : s}`;
};

/** Edit distance, letter case ignored. */
const distance = (a: string, b: string): number => editDistance(a.toLowerCase(), b.toLowerCase());

/** The allowed names, the closest to `near` first if there are too many to list. */
const allowedList = (names: readonly string[], near?: string): string => {
  if (names.length <= MAX_ALLOWED) return [...names].sort().join(', ');
  const picked = near === undefined ? [...names].sort() : [...names].sort((a, b) => distance(near, a) - distance(near, b) || a.localeCompare(b));
  return `${picked.slice(0, MAX_ALLOWED).sort().join(', ')} and ${names.length - MAX_ALLOWED} more`;
};

const didYouMean = (names: readonly string[], unknown: string): string => {
  const best = [...names].sort((a, b) => distance(unknown, a) - distance(unknown, b) || a.localeCompare(b))[0];
  return best !== undefined && distance(unknown, best) <= Math.max(2, Math.floor(unknown.length / 5)) ? `; did you mean '${best}'?` : '';
};

/**
 * One problem in one version. Its message is rendered once the versions it applies to are
 * known (`Kubernetes 1.27 and 1.36`); `allowed`, the field names allowed where an unknown
 * field was found, is intersected over those versions (what works in every one of them).
 */
interface Issue {
  readonly path: string;
  readonly allowed?: readonly string[];
  readonly message: (versions: string, allowed: readonly string[]) => string;
}

const issueOf = (v: VersionSchemas, definition: string, doc: unknown, e: ErrorObject): Issue => {
  const { segments: at, value } = resolvePointer(doc, e.instancePath);
  const p = e.params as Record<string, any>;
  const field = fieldOf(at);
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      return {
        path: formatPath([...at, name]),
        allowed: Object.keys(schemaAt(v, definition, at)?.properties ?? {}),
        message: (vs, names) => `unknown field '${name}'${didYouMean(names, name)} (${vs}; allowed: ${allowedList(names, name)})`,
      };
    }
    case 'required':
      return { path: formatPath([...at, String(p.missingProperty)]), message: (v) => `missing required field '${p.missingProperty}' (${v})` };
    case 'type': {
      const types = ([] as string[]).concat(p.type).join(' or ');
      return { path: formatPath(at), message: (v) => `'${field}' must be ${types}, got ${show(value)} (${v})` };
    }
    case 'enum':
      return {
        path: formatPath(at),
        message: (v) => `'${field}' is ${show(value)} (${v}; allowed: ${allowedList((p.allowedValues as unknown[]).map(String))})`,
      };
    case 'format':
      return { path: formatPath(at), message: (v) => `'${field}' is ${show(value)}, not ${FORMAT_NAMES[p.format] ?? `a valid ${p.format}`} (${v})` };
    case 'pattern':
      if (p.pattern === QUANTITY_PATTERN) {
        return { path: formatPath(at), message: (v) => `'${field}' is ${show(value)}, not a Kubernetes quantity such as 500m, 128Mi, 1Gi or 2 (${v})` };
      }
      return { path: formatPath(at), message: (v) => `'${field}' is ${show(value)}, which does not match ${p.pattern} (${v})` };
    default:
      return { path: formatPath(at), message: (v) => `'${field}' is ${show(value)}, which fails '${e.keyword}' ${JSON.stringify(p)} (${v})` };
  }
};

/** Where else a kind is served in a version, for the message of an unknown apiVersion/kind. */
const servedAs = (v: VersionSchemas, kind: string): string => {
  const apiVersions = Object.keys(v.gvk)
    .filter((k) => k.slice(k.lastIndexOf('/') + 1) === kind)
    .map((k) => k.slice(0, k.lastIndexOf('/')));
  return apiVersions.length ? `; ${kind} is served as ${apiVersions.join(', ')}` : `; no API group serves ${kind}`;
};

/** The problems of one object in one version. */
const issuesIn = (v: VersionSchemas, doc: any): Issue[] => {
  const { apiVersion, kind } = doc;
  const definition = v.gvk[`${apiVersion}/${kind}`];
  if (!definition) {
    const known = Object.keys(v.gvk).some((k) => k.endsWith(`/${kind}`));
    const hint = servedAs(v, String(kind));
    return [{ path: known ? 'apiVersion' : 'kind', message: (vs) => `${kind} ${apiVersion} does not exist in ${vs}${hint}` }];
  }
  const validate = validatorOf(v, definition);
  if (validate(doc)) return [];
  const errors = validate.errors ?? [];
  // a value of the wrong type explains every other error about that value
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === 'type' || !wrongType.has(e.instancePath)).map((e) => issueOf(v, definition, doc, e));
};

const versionsLabel = (labels: string[]): string =>
  `Kubernetes ${labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : labels[0]}`;

/** Validates one parsed object against every version; one entry per problem, versions merged. */
export const validateKubernetesObject = (doc: unknown): Array<{ path: string; message: string }> => {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return [{ path: '', message: `a Kubernetes object must be a mapping, got ${show(doc)}` }];
  const d = doc as Record<string, unknown>;
  const missing = (['apiVersion', 'kind'] as const).filter((k) => typeof d[k] !== 'string' || d[k] === '');
  if (missing.length) {
    return missing.map((k) => ({ path: k, message: d[k] === undefined ? `missing required field '${k}'` : `'${k}' must be a non-empty string, got ${show(d[k])}` }));
  }
  const merged = new Map<string, { issue: Issue; allowed: readonly string[]; versions: string[] }>();
  for (const version of KUBERNETES_VERSIONS) {
    const v = schemasOf(version);
    for (const issue of issuesIn(v, d)) {
      const key = `${issue.path}\u0000${issue.message('\u0000', [])}`;
      const m = merged.get(key);
      if (!m) merged.set(key, { issue, allowed: issue.allowed ?? [], versions: [v.label] });
      else {
        m.versions.push(v.label);
        m.allowed = m.allowed.filter((n) => issue.allowed?.includes(n));
      }
    }
  }
  return [...merged.values()].map((m) => ({ path: m.issue.path, message: m.issue.message(versionsLabel(m.versions), m.allowed) }));
};

/** Every object of the environment, strictly valid in every Kubernetes version of {@link KUBERNETES_VERSIONS}. */
export const checkKubernetesSchemas: Check = (env) => {
  const findings: Finding[] = [];
  for (const version of KUBERNETES_VERSIONS) {
    const v = schemasOf(version);
    preloadValidators(v, env.objects.map((o) => v.gvk[`${o.doc?.apiVersion}/${o.doc?.kind}`]).filter((d): d is string => d !== undefined));
  }
  for (const o of env.objects) {
    for (const p of validateKubernetesObject(o.doc)) {
      findings.push({ level: 'error', file: o.file, object: objectId(o.doc), path: p.path, message: p.message });
    }
  }
  return findings;
};
