import * as fs from 'fs';
import * as path from 'path';
import { EmbeddedConfig, FindingLevel } from './findings';
import { IMAGES, ImageName } from '../k8s/images';
import { lazy } from '../vocabulary/lazy';
import { SCHEMAS_DIR } from '../files/paths';
import { closest } from '../vocabulary/validate';

/*
 * The common shape of a config tree and the one walker that judges a parsed config by it.
 * Each product's model (`config-check.ts` in its component's folder) is translated into a
 * lazily built `Shape` tree, from the key tree of the pinned upstream version vendored in
 * schemas/ (schemas/README.md describes the formats) or written by hand, so "unknown key",
 * "expected a mapping" and the message format are the same everywhere; only what an
 * unknown key means differs per product (`onUnknown`).
 */

// ---------------------------------------------------------------------------
// The common shape of a config tree
// ---------------------------------------------------------------------------

/** One key of an object. */
export interface Field {
  readonly shape: () => Shape;
  /** Upstream marks the key deprecated; the text says what to use instead. */
  readonly deprecated?: string;
}

/** What one place of a config may hold. */
export type Shape =
  | {
      readonly kind: 'obj';
      readonly fields: () => ReadonlyMap<string, Field>;
      /** Keys not in `fields` are entries of a map of this shape (`additionalProperties`). */
      readonly extra?: () => Shape;
      /** Unknown keys cannot be judged (a squashed block the schema does not describe). */
      readonly open?: boolean;
      /** Unknown keys are collected by a Go `,remain` field: accepted, but warned about. */
      readonly remain?: string;
      /** A list of strings is accepted in place of the object (`x-alt: array-of-strings`). */
      readonly altStrings?: boolean;
    }
  | { readonly kind: 'map'; readonly of: () => Shape }
  | { readonly kind: 'list'; readonly of: () => Shape }
  | { readonly kind: 'leaf'; readonly scalar: boolean; readonly enum?: readonly unknown[]; readonly duration?: DurationForm }
  | { readonly kind: 'any' };

export type ObjShape = Extract<Shape, { kind: 'obj' }>;

/** How a duration is written: Go's time.ParseDuration, or Prometheus's model.Duration (also d, w, y). */
export type DurationForm = 'go' | 'prometheus';
const DURATION_FORMS: Record<DurationForm, { re: RegExp; units: string }> = {
  go: { re: /^-?(0|([0-9]+(\.[0-9]*)?(ns|us|µs|ms|s|m|h))+)$/, units: 'ns, us, ms, s, m, h' },
  prometheus: { re: /^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$/, units: 'ms, s, m, h, d, w, y' },
};

export const ANY: Shape = { kind: 'any' };
export const LEAF: Shape = { kind: 'leaf', scalar: true };
/** A value whose form is not described (a string or a list, say): anything but a mapping is not checked either. */
export const VALUE: Shape = { kind: 'leaf', scalar: false };
/** A Prometheus duration (model.Duration: ms, s, m, h, d, w, y). */
export const PDURATION: Shape = { kind: 'leaf', scalar: true, duration: 'prometheus' };

export type ShapeSpec = Shape | (() => Shape);
const thunk = (s: ShapeSpec): (() => Shape) => (typeof s === 'function' ? s : () => s);

/** An object with exactly the given keys (hand-written models: collector `service`, Prometheus). */
export const obj = (fields: Record<string, ShapeSpec>): Shape => ({
  kind: 'obj',
  fields: lazy(() => new Map(Object.entries(fields).map(([k, s]) => [k, { shape: thunk(s) }]))),
});
export const list = (of: ShapeSpec): Shape => ({ kind: 'list', of: thunk(of) });
export const map = (of: ShapeSpec): Shape => ({ kind: 'map', of: thunk(of) });
export const STRINGS = list(LEAF);
export const STRING_MAP = map(LEAF);
/** An object whose keys are all single values. */
export const leaves = (keys: readonly string[]): Shape => obj(Object.fromEntries(keys.map((k) => [k, LEAF])));

// ---------------------------------------------------------------------------
// The walker
// ---------------------------------------------------------------------------

/** What the walker reports to, and how it names the product. */
export interface WalkContext {
  /** Names the tree in messages, e.g. `Tempo 3.0.3`. */
  readonly product: string;
  readonly report: (level: FindingLevel, path: string, message: string) => void;
  /**
   * What an unknown key means here: by default an error. `segs` are the keys leading to
   * the object (list indices left out), so an older tree can be asked about the same place.
   */
  readonly onUnknown?: (segs: readonly string[], key: string) => { level: FindingLevel; note: string } | undefined;
}

/** `${env:X}`, `${X}`: expanded when the config is loaded, so any value is fine. */
const ENV_REFERENCE = /\$\{[^}]+\}/;
const isEnvReference = (v: unknown): boolean => typeof v === 'string' && ENV_REFERENCE.test(v);
export const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const describe = (v: unknown): string => (Array.isArray(v) ? 'a list' : isMapping(v) ? 'a mapping' : `the value ${JSON.stringify(v)}`);
const join = (p: string, k: string): string => (p ? `${p}.${k}` : k);

const MAX_LISTED = 12;

/** `a, b, c, ...` with at most 12 names, plus a "did you mean" when one is close. */
export const allowedText = (key: string, allowed: readonly string[], label = 'allowed here'): string => {
  const shown = allowed.slice(0, MAX_LISTED).join(', ') + (allowed.length > MAX_LISTED ? `, ... (${allowed.length} in all)` : '');
  const near = closest(key, allowed);
  return `(${label}: ${shown || 'none'})${near ? `; did you mean '${near}'?` : ''}`;
};

/** Checks a value against its shape, reporting every place that does not fit. */
export const walk = (value: unknown, shape: Shape, p: string, segs: readonly string[], ctx: WalkContext): void => {
  // null keeps the defaults (`grpc:` alone enables the gRPC protocol with its defaults)
  if (value === null || value === undefined || isEnvReference(value)) return;
  const last = segs[segs.length - 1] ?? '(top level)';
  switch (shape.kind) {
    case 'any':
      return;
    case 'leaf':
      if (shape.scalar && typeof value === 'object') {
        ctx.report('error', p, `'${last}' takes a single value in ${ctx.product}, got ${describe(value)}`);
      } else if (shape.enum && !shape.enum.includes(value)) {
        ctx.report('error', p, `'${last}' is ${describe(value)} in ${ctx.product} (allowed: ${shape.enum.join(', ')})`);
      } else if (shape.duration && typeof value === 'string' && (value === '' || !DURATION_FORMS[shape.duration].re.test(value))) {
        const form = DURATION_FORMS[shape.duration];
        ctx.report('error', p, `'${last}' must be a duration in ${ctx.product} (units ${form.units}, e.g. 30s or 1h30m), got ${JSON.stringify(value)}`);
      }
      return;
    case 'list':
      if (!Array.isArray(value)) {
        ctx.report('error', p, `'${last}' takes a list in ${ctx.product}, got ${describe(value)}`);
        return;
      }
      value.forEach((v, i) => walk(v, shape.of(), `${p}[${i}]`, segs, ctx));
      return;
    case 'map':
      if (!isMapping(value)) {
        ctx.report('error', p, `'${last}' takes a mapping in ${ctx.product}, got ${describe(value)}`);
        return;
      }
      for (const [k, v] of Object.entries(value)) walk(v, shape.of(), join(p, k), [...segs, k], ctx);
      return;
    case 'obj':
      walkObject(value, shape, p, segs, ctx);
  }
};

const walkObject = (value: unknown, shape: ObjShape, p: string, segs: readonly string[], ctx: WalkContext): void => {
  const last = segs[segs.length - 1] ?? '(top level)';
  if (Array.isArray(value) && shape.altStrings && value.every((v) => typeof v === 'string')) return;
  if (!isMapping(value)) {
    ctx.report('error', p, `'${last}' takes a mapping in ${ctx.product}, got ${describe(value)}`);
    return;
  }
  const fields = shape.fields();
  for (const [k, v] of Object.entries(value)) {
    const kp = join(p, k);
    const ks = [...segs, k];
    const field = fields.get(k);
    if (field) {
      if (field.deprecated) ctx.report('warn', kp, `'${k}' is deprecated in ${ctx.product}: ${field.deprecated}`);
      walk(v, field.shape(), kp, ks, ctx);
    } else if (shape.extra) {
      walk(v, shape.extra(), kp, ks, ctx);
    } else if (shape.open) {
      continue;
    } else if (shape.remain) {
      ctx.report('warn', kp, `key '${k}' is not a documented key in ${ctx.product}; it is collected by ${shape.remain} ${allowedText(k, [...fields.keys()], 'documented here')}`);
    } else {
      const verdict = ctx.onUnknown?.(segs, k);
      const note = verdict?.note ? `; ${verdict.note}` : '';
      ctx.report(verdict?.level ?? 'error', kp, `unknown key '${k}' in ${ctx.product}${note} ${allowedText(k, [...fields.keys()])}`);
    }
  }
};

/** The shape at a key path (list levels stepped through), to ask an older tree about a key. */
export const shapeAt = (root: Shape, segs: readonly string[]): Shape | undefined => {
  let s: Shape | undefined = root;
  const unlist = (x: Shape | undefined): Shape | undefined => {
    while (x?.kind === 'list') x = x.of();
    return x;
  };
  for (const seg of segs) {
    s = unlist(s);
    if (s?.kind === 'obj') s = s.fields().get(seg)?.shape() ?? s.extra?.();
    else if (s?.kind === 'map') s = s.of();
    else return undefined;
  }
  return unlist(s);
};

/** Whether a shape is an object that names the key. */
export const hasKey = (s: Shape | undefined, key: string): boolean => s?.kind === 'obj' && s.fields().has(key);

// ---------------------------------------------------------------------------
// Key trees of the `t: obj|leaf|map|list|any|ref` form (Tempo, Loki)
// ---------------------------------------------------------------------------

/** A node of a vendored key tree: an object (`k` its keys, `inc` squashed blocks), a value, a map or list, anything, or a named block. */
export type TreeNode =
  | { readonly t: 'obj'; readonly k: Record<string, TreeNode>; readonly inc?: readonly string[] }
  | { readonly t: 'leaf'; readonly type?: string }
  | { readonly t: 'map' | 'list'; readonly of: TreeNode }
  | { readonly t: 'any'; readonly why?: string }
  | { readonly t: 'ref'; readonly b: string };

/** A vendored key tree file: the named blocks and the one the config starts at. */
export interface TreeFile {
  readonly version: string;
  readonly root: string;
  readonly blocks: Record<string, TreeNode>;
  readonly sourceKeys?: readonly string[];
  /** How this product parses durations (set when the tree is loaded). */
  readonly durationForm?: DurationForm;
  /** Treat string leaves with duration-like names as durations (Tempo's dumped tree). */
  readonly stringDurationsByName?: boolean;
}

/** Leaf types that are one value; the others (`list of strings`, `map of ...`, `doc`) are not checked for form. */
const SCALAR_TYPES = new Set(['string', 'int', 'number', 'float', 'boolean', 'bool', 'duration', 'time.Duration', 'url', 'time', 'daytime']);

/**
 * Tempo's tree comes from a dump of its defaults, which types a time.Duration as a string;
 * Go duration fields have names like these (a `_poll`, `_timeout`, `block_retention`).
 */
const GO_DURATION_NAME = /(^|_)(period|timeout|interval|duration|retention|poll|delay|age|ttl|backoff|wait|lookback|window)$/;

const treeShape = (file: TreeFile, n: TreeNode | undefined, name = ''): Shape => {
  switch (n?.t) {
    case 'obj':
      return {
        kind: 'obj',
        fields: lazy(() => {
          const fields = new Map<string, Field>(Object.entries(n.k).map(([k, c]) => [k, { shape: lazy(() => treeShape(file, c, k)) }]));
          // `inc`: a block squashed into this one (`[<block>]` in the Loki reference)
          for (const b of n.inc ?? []) {
            const inc = treeShape(file, file.blocks[b]);
            if (inc.kind === 'obj') for (const [k, f] of inc.fields()) if (!fields.has(k)) fields.set(k, f);
          }
          return fields;
        }),
      };
    case 'ref':
      return treeShape(file, file.blocks[n.b]);
    case 'map':
      return map(lazy(() => treeShape(file, n.of)));
    case 'list':
      return list(lazy(() => treeShape(file, n.of)));
    case 'leaf':
      return {
        kind: 'leaf',
        scalar: SCALAR_TYPES.has(n.type ?? ''),
        duration:
          n.type === 'duration' || n.type === 'time.Duration' || (file.stringDurationsByName && n.type === 'string' && GO_DURATION_NAME.test(name))
            ? file.durationForm
            : undefined,
      };
    default:
      // `any`, and a reference to a block the file lacks: nothing to check against
      return ANY;
  }
};

/** A vendored file of schemas/, parsed. */
export const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(SCHEMAS_DIR, name), 'utf8')) as T;
const readJsonIfPresent = <T>(name: string): T | undefined => (fs.existsSync(path.join(SCHEMAS_DIR, name)) ? readJson<T>(name) : undefined);

/** A key tree file and the shape of its root block. */
export interface TreeModel {
  readonly file: TreeFile;
  readonly root: Shape;
}
/** The model of a vendored key tree, with the duration form of its product. */
export const treeModel = (name: string, durationForm: DurationForm, stringDurationsByName = false): TreeModel => {
  const file = { ...readJson<TreeFile>(name), durationForm, stringDurationsByName };
  return { file, root: treeShape(file, file.blocks[file.root]) };
};
/** The model of a key tree that may not be vendored (an older version, for hints only). */
export const optionalTreeModel = (name: string): TreeModel | undefined => {
  const raw = readJsonIfPresent<TreeFile>(name);
  const file = raw && { ...raw, durationForm: 'go' as const };
  return file && { file, root: treeShape(file, file.blocks[file.root]) };
};

/** The key tree file of an image's config at the version it is pinned to (images module: one place for versions). */
export const keyTreeFile = (image: ImageName): string => `${image}-${IMAGES[image].tag.replace(/^v/, '')}.json`;

// ---------------------------------------------------------------------------
// Findings and checkers
// ---------------------------------------------------------------------------

/** Reports one finding at a path inside the config being checked. */
export type Reporter = (level: FindingLevel, p: string, message: string) => void;

/** Checks one embedded config of the format it is registered for, reporting each finding. */
export type ConfigChecker = (c: EmbeddedConfig, report: Reporter) => void;

/** Walks a config that must be a mapping from its top level. */
export const walkConfig = (c: EmbeddedConfig, root: Shape, report: Reporter, ctx: Omit<WalkContext, 'report'>): void => {
  if (!isMapping(c.parsed)) {
    report('error', '', `${c.key} must be a mapping for ${ctx.product}, got ${describe(c.parsed)}`);
    return;
  }
  walk(c.parsed, root, '', [], { ...ctx, report });
};
