import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FORMATS, CONFIG_FORMAT_ANNOTATION, ConfigFormat } from '../../common/formats';
import { IMAGES } from '../../common/images';
import { lazy } from '../../common/lazy';
import { closest } from '../../common/validate';
import { checkDashboard } from './dashboards';
import { Check, EmbeddedConfig, Finding } from './types';
import { SCHEMAS_DIR } from '../../common/paths';

/*
 * Checks every key of every embedded config against the key tree of the pinned upstream
 * version, vendored in schemas/ (schemas/README.md describes the formats):
 *   collector  otelcol-0.159.0.json    component types, each component's config, `service`
 *   Tempo      tempo-3.0.3.json        one key tree, plus the yaml tags of the source
 *   Loki       loki-3.7.6.json         blocks; loki-2.9.17.json only for "removed in Loki 3"
 *   Prometheus prometheus-config-keys.json (3.14.0), plus rule files
 *
 * The four formats are translated into one lazily built `Shape` tree and checked by one
 * walker, so "unknown key", "expected a mapping" and the message format are the same
 * everywhere; only what an unknown key means differs per product (`onUnknown`).
 */

type Level = Finding['level'];

// ---------------------------------------------------------------------------
// The common shape of a config tree
// ---------------------------------------------------------------------------

/** One key of an object. */
interface Field {
  readonly shape: () => Shape;
  /** Upstream marks the key deprecated; the text says what to use instead. */
  readonly deprecated?: string;
}

type Shape =
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

type ObjShape = Extract<Shape, { kind: 'obj' }>;

/** How a duration is written: Go's time.ParseDuration, or Prometheus's model.Duration (also d, w, y). */
type DurationForm = 'go' | 'prometheus';
const DURATION_FORMS: Record<DurationForm, { re: RegExp; units: string }> = {
  go: { re: /^-?(0|([0-9]+(\.[0-9]*)?(ns|us|µs|ms|s|m|h))+)$/, units: 'ns, us, ms, s, m, h' },
  prometheus: { re: /^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$/, units: 'ms, s, m, h, d, w, y' },
};

const ANY: Shape = { kind: 'any' };
const LEAF: Shape = { kind: 'leaf', scalar: true };
/** A value whose form is not described (a string or a list, say): anything but a mapping is not checked either. */
const VALUE: Shape = { kind: 'leaf', scalar: false };
/** A Prometheus duration (model.Duration: ms, s, m, h, d, w, y). */
const PDURATION: Shape = { kind: 'leaf', scalar: true, duration: 'prometheus' };

type ShapeSpec = Shape | (() => Shape);
const thunk = (s: ShapeSpec): (() => Shape) => (typeof s === 'function' ? s : () => s);

/** An object with exactly the given keys (hand-written models: collector `service`, Prometheus). */
const obj = (fields: Record<string, ShapeSpec>): Shape => ({
  kind: 'obj',
  fields: lazy(() => new Map(Object.entries(fields).map(([k, s]) => [k, { shape: thunk(s) }]))),
});
const list = (of: ShapeSpec): Shape => ({ kind: 'list', of: thunk(of) });
const map = (of: ShapeSpec): Shape => ({ kind: 'map', of: thunk(of) });
const STRINGS = list(LEAF);
const STRING_MAP = map(LEAF);
/** An object whose keys are all single values. */
const leaves = (keys: readonly string[]): Shape => obj(Object.fromEntries(keys.map((k) => [k, LEAF])));

// ---------------------------------------------------------------------------
// The walker
// ---------------------------------------------------------------------------

interface WalkContext {
  /** Names the tree in messages, e.g. `Tempo 3.0.3`. */
  readonly product: string;
  readonly report: (level: Level, path: string, message: string) => void;
  /**
   * What an unknown key means here: by default an error. `segs` are the keys leading to
   * the object (list indices left out), so an older tree can be asked about the same place.
   */
  readonly onUnknown?: (segs: readonly string[], key: string) => { level: Level; note: string } | undefined;
}

/** `${env:X}`, `${X}`: expanded when the config is loaded, so any value is fine. */
const ENV_REFERENCE = /\$\{[^}]+\}/;
const isEnvReference = (v: unknown): boolean => typeof v === 'string' && ENV_REFERENCE.test(v);
const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown): string => (Array.isArray(v) ? 'a list' : isMapping(v) ? 'a mapping' : `the value ${JSON.stringify(v)}`);
const join = (p: string, k: string): string => (p ? `${p}.${k}` : k);

const MAX_LISTED = 12;

/** `a, b, c, ...` with at most 12 names, plus a "did you mean" when one is close. */
const allowedText = (key: string, allowed: readonly string[], label = 'allowed here'): string => {
  const shown = allowed.slice(0, MAX_LISTED).join(', ') + (allowed.length > MAX_LISTED ? `, ... (${allowed.length} in all)` : '');
  const near = closest(key, allowed);
  return `(${label}: ${shown || 'none'})${near ? `; did you mean '${near}'?` : ''}`;
};

const walk = (value: unknown, shape: Shape, p: string, segs: readonly string[], ctx: WalkContext): void => {
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
const shapeAt = (root: Shape, segs: readonly string[]): Shape | undefined => {
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

const hasKey = (s: Shape | undefined, key: string): boolean => s?.kind === 'obj' && s.fields().has(key);

// ---------------------------------------------------------------------------
// Tempo and Loki: the `t: obj|leaf|map|list|any|ref` trees
// ---------------------------------------------------------------------------

type TreeNode =
  | { readonly t: 'obj'; readonly k: Record<string, TreeNode>; readonly inc?: readonly string[] }
  | { readonly t: 'leaf'; readonly type?: string }
  | { readonly t: 'map' | 'list'; readonly of: TreeNode }
  | { readonly t: 'any'; readonly why?: string }
  | { readonly t: 'ref'; readonly b: string };

interface TreeFile {
  readonly version: string;
  readonly root: string;
  readonly blocks: Record<string, TreeNode>;
  readonly sourceKeys?: readonly string[];
  /** How this product parses durations (set when the tree is loaded). */
  durationForm?: DurationForm;
  /** Treat string leaves with duration-like names as durations (Tempo's dumped tree). */
  stringDurationsByName?: boolean;
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

const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(SCHEMAS_DIR, name), 'utf8')) as T;
const readJsonIfPresent = <T>(name: string): T | undefined => (fs.existsSync(path.join(SCHEMAS_DIR, name)) ? readJson<T>(name) : undefined);

interface TreeModel {
  readonly file: TreeFile;
  readonly root: Shape;
}
const treeModel = (name: string, durationForm: DurationForm, stringDurationsByName = false): TreeModel => {
  const file = { ...readJson<TreeFile>(name), durationForm, stringDurationsByName };
  return { file, root: treeShape(file, file.blocks[file.root]) };
};
const optionalTreeModel = (name: string): TreeModel | undefined => {
  const raw = readJsonIfPresent<TreeFile>(name);
  const file = raw && { ...raw, durationForm: 'go' as const };
  return file && { file, root: treeShape(file, file.blocks[file.root]) };
};

// Tempo parses time.Duration; Loki's <duration> fields are partly model.Duration (d, w, y)
/** The key tree file of a format at the version its image is pinned to (images module: one place for versions). */
export const keyTreeFile = (format: ConfigFormat): string => `${CONFIG_FORMATS[format].image}-${IMAGES[CONFIG_FORMATS[format].image].tag.replace(/^v/, '')}.json`;

const TEMPO = lazy(() => treeModel(keyTreeFile('tempo'), 'go', true));
/** Tempo 2.x, only for "present in 2.x" hints; used when the file is vendored. */
const TEMPO_2 = lazy(() => optionalTreeModel('tempo-2.10.8.json'));
const LOKI = lazy(() => treeModel(keyTreeFile('loki'), 'prometheus'));
const LOKI_2 = lazy(() => treeModel('loki-2.9.17.json', 'prometheus'));

const checkTempo = (c: EmbeddedConfig, report: Reporter): void => {
  const tempo = TEMPO();
  const sourceKeys = new Set(tempo.file.sourceKeys ?? []);
  const old = TEMPO_2();
  walkConfig(c, tempo.root, report, {
    product: `Tempo ${tempo.file.version}`,
    onUnknown: (segs, key) => {
      const inOld = old && hasKey(shapeAt(old.root, segs), key) ? `present in Tempo ${old.file.version}, removed in Tempo 3` : '';
      // The tree is built from a dump of the defaults, which leaves out `omitempty` fields;
      // a name that is still a yaml tag in the source may be one of those.
      if (sourceKeys.has(key) && !inOld) {
        return { level: 'warn', note: `not in the key tree, but '${key}' is a yaml tag in the ${tempo.file.version} source (possibly an omitted optional field): verify it` };
      }
      return inOld ? { level: 'error', note: inOld } : undefined;
    },
  });
};

const checkLoki = (c: EmbeddedConfig, report: Reporter): void => {
  const loki = LOKI();
  const old = LOKI_2();
  walkConfig(c, loki.root, report, {
    product: `Loki ${loki.file.version}`,
    onUnknown: (segs, key) =>
      hasKey(shapeAt(old.root, segs), key) ? { level: 'error', note: `present in Loki ${old.file.version}, removed in Loki 3` } : undefined,
  });
};

// ---------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------

type Reporter = (level: Level, p: string, message: string) => void;

const reporterFor = (c: EmbeddedConfig, out: Finding[]): Reporter => (level, p, message) =>
  out.push({ level, file: c.file, object: c.object, path: p ? `data.${c.key}: ${p}` : `data.${c.key}`, message });

const walkConfig = (c: EmbeddedConfig, root: Shape, report: Reporter, ctx: Omit<WalkContext, 'report'>): void => {
  if (!isMapping(c.parsed)) {
    report('error', '', `${c.key} must be a mapping for ${ctx.product}, got ${describe(c.parsed)}`);
    return;
  }
  walk(c.parsed, root, '', [], { ...ctx, report });
};

// ---------------------------------------------------------------------------
// OpenTelemetry Collector
// ---------------------------------------------------------------------------

/** A node of upstream's `config.schema.yaml` dialect, as vendored. */
interface JsonSchema {
  readonly type?: string;
  readonly properties?: Record<string, JsonSchema>;
  readonly allOf?: readonly JsonSchema[];
  readonly $ref?: string;
  readonly items?: JsonSchema;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly enum?: readonly unknown[];
  /** `duration` for time.Duration fields. */
  readonly format?: string;
  readonly 'x-open'?: string;
  readonly 'x-deprecated'?: string;
  readonly 'x-remain'?: string;
  readonly 'x-alt'?: string;
}

interface OtelPackage {
  readonly root: JsonSchema | null;
  readonly defs: Record<string, JsonSchema>;
}

const KINDS = ['receivers', 'processors', 'exporters', 'extensions', 'connectors'] as const;
type Kind = (typeof KINDS)[number];
const SINGULAR: Record<Kind, string> = { receivers: 'receiver', processors: 'processor', exporters: 'exporter', extensions: 'extension', connectors: 'connector' };

interface OtelComponent {
  readonly pkg: string;
  /** This name is a deprecated alias of the named type. */
  readonly deprecated?: string;
  /** The spelling could not be confirmed for the pinned version. */
  readonly unverified?: boolean;
}

interface OtelFile {
  readonly version: string;
  readonly components: Record<Kind, Record<string, OtelComponent>> & { readonly removed: Record<Kind, Record<string, string>> };
  readonly packages: Record<string, OtelPackage>;
}

const OTEL = lazy(() => readJson<OtelFile>(keyTreeFile('otelcol')));

const CORE_MODULE = 'go.opentelemetry.io/collector';
const CONTRIB_MODULE = 'github.com/open-telemetry/opentelemetry-collector-contrib';
const moduleOf = (pkg: string): string => (pkg.startsWith(CONTRIB_MODULE) ? CONTRIB_MODULE : pkg.startsWith(CORE_MODULE) ? CORE_MODULE : pkg);

/**
 * Resolves a `$ref` seen in package `from`: a local def (`encoding_type`), a path relative
 * to the package (`./internal/queuebatch.config`), to its module (`/config/confighttp.client_config`),
 * or a full package path (`go.opentelemetry.io/collector/config/configtls.config`).
 */
const resolveRef = (ref: string, from: string): { schema: JsonSchema; pkg: string } | undefined => {
  let pkg = from;
  let def = ref;
  if (ref.includes('/')) {
    const full = ref.startsWith('./') ? from + ref.slice(1) : ref.startsWith('/') ? moduleOf(from) + ref : ref;
    const dot = full.indexOf('.', full.lastIndexOf('/'));
    if (dot < 0) {
      const root = OTEL().packages[full]?.root;
      return root ? { schema: root, pkg: full } : undefined;
    }
    pkg = full.slice(0, dot);
    def = full.slice(dot + 1);
  }
  const target = OTEL().packages[pkg];
  // a package's own Config is vendored as its `root`, but other packages refer to it as `pkg.config`
  const schema = target?.defs[def] ?? (def === 'config' ? target?.root ?? undefined : undefined);
  return schema ? { schema, pkg } : undefined;
};

const OTEL_SCALARS = new Set(['string', 'integer', 'number', 'boolean']);

const otelShape = (s: JsonSchema, pkg: string): Shape => {
  if (s['x-open']) return ANY;
  if (s.$ref) {
    const r = resolveRef(s.$ref, pkg);
    // a reference the vendored files do not hold (e.g. a scalar type of an internal package)
    return r ? otelShape(r.schema, r.pkg) : ANY;
  }
  if (s.type === 'array') return list(lazy(() => (s.items ? otelShape(s.items, pkg) : ANY)));
  const extra = s.additionalProperties;
  if (s.type === 'object' || s.properties || s.allOf || extra) {
    if (isMapping(extra) && !s.properties && !s.allOf) return map(lazy(() => otelShape(extra, pkg)));
    let open = extra === true;
    const fields = lazy(() => {
      const out = new Map<string, Field>();
      for (const [k, p] of Object.entries(s.properties ?? {})) out.set(k, { shape: lazy(() => otelShape(p, pkg)), deprecated: p['x-deprecated'] });
      // allOf: embedded structs squashed into this one (`mapstructure:",squash"`)
      for (const part of s.allOf ?? []) {
        const inner = otelShape(part, pkg);
        if (inner.kind !== 'obj' || inner.open) open = true;
        if (inner.kind === 'obj') for (const [k, f] of inner.fields()) if (!out.has(k)) out.set(k, f);
      }
      return out;
    });
    return {
      kind: 'obj',
      fields,
      // `open` is only known once the squashed parts are resolved
      get open() {
        fields();
        return open;
      },
      extra: isMapping(extra) ? lazy(() => otelShape(extra, pkg)) : undefined,
      remain: s['x-remain'] ? `a ',remain' field (${s['x-remain']})` : undefined,
      altStrings: s['x-alt'] === 'array-of-strings',
    };
  }
  if (s.type && OTEL_SCALARS.has(s.type)) return { kind: 'leaf', scalar: true, enum: s.enum, duration: s.format === 'duration' ? 'go' : undefined };
  // no type: `{}` or only `x-customType` (e.g. "string or list of strings", "any")
  return ANY;
};

/*
 * service::telemetry, modelled by hand from collector v0.159.0
 * (service/telemetry/otelconftelemetry/internal/migration/v0.3.0.go: logs, metrics, traces,
 * resource) and the structs it squashes from go.opentelemetry.io/contrib/otelconf/v0.3.0
 * (MeterProvider, MetricReader, PullMetricReader, Prometheus, TracerProvider, ...).
 * The collector decodes with ErrorUnused, so an unknown key there fails at start-up.
 */
const otlpSdkExporter = (metric: boolean): Shape =>
  obj({
    certificate: LEAF,
    client_certificate: LEAF,
    client_key: LEAF,
    compression: LEAF,
    endpoint: LEAF,
    headers: list(leaves(['name', 'value'])),
    headers_list: LEAF,
    insecure: LEAF,
    protocol: LEAF,
    timeout: LEAF,
    ...(metric ? { default_histogram_aggregation: LEAF, temporality_preference: LEAF } : {}),
  });
/** `Console` is a free map in otelconf. */
const CONSOLE = map(ANY);
const sdkBatch = (exporter: Shape): Shape =>
  obj({ export_timeout: LEAF, exporter, max_export_batch_size: LEAF, max_queue_size: LEAF, schedule_delay: LEAF });
const sdkProcessors = (exporter: Shape): Shape => list(obj({ batch: sdkBatch(exporter), simple: obj({ exporter }) }));
const INCLUDE_EXCLUDE = obj({ included: STRINGS, excluded: STRINGS });
const sampler: Shape = obj({
  always_off: CONSOLE,
  always_on: CONSOLE,
  jaeger_remote: obj({ endpoint: LEAF, initial_sampler: () => sampler, interval: LEAF }),
  parent_based: obj({
    local_parent_not_sampled: () => sampler,
    local_parent_sampled: () => sampler,
    remote_parent_not_sampled: () => sampler,
    remote_parent_sampled: () => sampler,
    root: () => sampler,
  }),
  trace_id_ratio_based: obj({ ratio: LEAF }),
});
const TELEMETRY: Shape = obj({
  logs: obj({
    level: LEAF,
    development: LEAF,
    encoding: LEAF,
    disable_caller: LEAF,
    disable_stacktrace: LEAF,
    sampling: leaves(['enabled', 'tick', 'initial', 'thereafter']),
    output_paths: STRINGS,
    error_output_paths: STRINGS,
    initial_fields: map(ANY),
    processors: sdkProcessors(obj({ console: CONSOLE, otlp: otlpSdkExporter(false) })),
    disable_zap_resource: LEAF,
  }),
  metrics: obj({
    level: LEAF,
    readers: list(
      obj({
        periodic: obj({ exporter: obj({ console: CONSOLE, otlp: otlpSdkExporter(true) }), interval: LEAF, timeout: LEAF }),
        pull: obj({
          exporter: obj({
            prometheus: obj({
              host: LEAF,
              port: LEAF,
              with_resource_constant_labels: INCLUDE_EXCLUDE,
              without_scope_info: LEAF,
              without_type_suffix: LEAF,
              without_units: LEAF,
            }),
          }),
        }),
        producers: list(obj({ opencensus: CONSOLE })),
      }),
    ),
    views: list(
      obj({
        selector: leaves(['instrument_name', 'instrument_type', 'meter_name', 'meter_schema_url', 'meter_version', 'unit']),
        stream: obj({ aggregation: map(ANY), attribute_keys: INCLUDE_EXCLUDE, description: LEAF, name: LEAF }),
      }),
    ),
  }),
  traces: obj({
    level: LEAF,
    propagators: STRINGS,
    limits: leaves(['attribute_count_limit', 'attribute_value_length_limit', 'event_attribute_count_limit', 'event_count_limit', 'link_attribute_count_limit', 'link_count_limit']),
    processors: sdkProcessors(obj({ console: CONSOLE, otlp: otlpSdkExporter(false), zipkin: leaves(['endpoint', 'timeout']) })),
    sampler,
  }),
  // ResourceConfigV030 keeps a `,remain` map of legacy inline attributes: any key goes
  resource: map(ANY),
});

const PIPELINE_ID = /^(traces|metrics|logs|profiles)(\/[^/\s]+)?$/;
/** component.Type: a letter, then letters, digits and underscores. */
const COMPONENT_TYPE = /^[a-zA-Z][0-9a-zA-Z_]{0,62}$/;

const checkCollector = (c: EmbeddedConfig, report: Reporter): void => {
  const otel = OTEL();
  const product = `otelcol ${otel.version}`;
  const cfg = c.parsed;
  if (!isMapping(cfg)) {
    report('error', '', `${c.key} must be a mapping for ${product}, got ${describe(cfg)}`);
    return;
  }
  const top = [...KINDS, 'service'];
  for (const k of Object.keys(cfg)) {
    if (!top.includes(k)) report('error', k, `unknown key '${k}' in ${product} ${allowedText(k, top)}`);
  }

  const defined: Record<Kind, Set<string>> = Object.fromEntries(KINDS.map((k) => [k, new Set<string>()])) as Record<Kind, Set<string>>;
  for (const kind of KINDS) {
    const section = cfg[kind];
    if (section === null || section === undefined) continue;
    if (!isMapping(section)) {
      report('error', kind, `'${kind}' takes a mapping of component ids in ${product}, got ${describe(section)}`);
      continue;
    }
    const known = otel.components[kind] ?? {};
    const removed = otel.components.removed?.[kind] ?? {};
    // the canonical names, for messages: aliases and unconfirmed spellings left out
    const canonical = Object.keys(known).filter((t) => !known[t].deprecated && !known[t].unverified);
    for (const [id, body] of Object.entries(section)) {
      defined[kind].add(id);
      const slash = id.indexOf('/');
      const type = slash < 0 ? id : id.slice(0, slash);
      if (!COMPONENT_TYPE.test(type) || (slash >= 0 && id.length === slash + 1)) {
        report('error', `${kind}.${id}`, `'${id}' is not a valid component id: 'type' or 'type/name', type = a letter followed by letters, digits or '_'`);
        continue;
      }
      const entry = known[type];
      if (!entry) {
        if (removed[type]) {
          report('error', `${kind}.${id}`, `${SINGULAR[kind]} type '${type}' was removed from otelcol-contrib before ${otel.version}: ${removed[type]}`);
        } else {
          report('error', `${kind}.${id}`, `unknown ${SINGULAR[kind]} type '${type}': not among the ${SINGULAR[kind]} types vendored for ${product} ${allowedText(type, canonical, 'known')}`);
        }
        continue;
      }
      if (entry.deprecated) {
        report('warn', `${kind}.${id}`, `${SINGULAR[kind]} type '${type}' is a deprecated alias in ${product}; use '${entry.deprecated}'`);
      } else if (entry.unverified) {
        const confirmed = Object.keys(known).find((t) => t !== type && known[t].pkg === entry.pkg && !known[t].unverified);
        report('warn', `${kind}.${id}`, `${SINGULAR[kind]} type '${type}' could not be confirmed as a ${product} name${confirmed ? `; the confirmed spelling is '${confirmed}'` : ''}`);
      }
      const root = otel.packages[entry.pkg]?.root;
      if (!root) {
        report('warn', `${kind}.${id}`, `the config keys of ${SINGULAR[kind]} '${type}' were not checked: no schema vendored for ${entry.pkg}`);
        continue;
      }
      walk(body, otelShape(root, entry.pkg), `${kind}.${id}`, [kind, id], { product: `${product} ${SINGULAR[kind]} '${type}'`, report });
    }
  }

  const service = cfg.service;
  if (service === undefined || service === null) return;
  if (!isMapping(service)) {
    report('error', 'service', `'service' takes a mapping in ${product}, got ${describe(service)}`);
    return;
  }
  // service.Config of v0.159.0: telemetry, extensions, pipelines (service/config.go)
  const serviceKeys = ['extensions', 'pipelines', 'telemetry'];
  for (const k of Object.keys(service)) {
    if (!serviceKeys.includes(k)) report('error', `service.${k}`, `unknown key '${k}' in ${product} service ${allowedText(k, serviceKeys)}`);
  }

  /** Each entry of a list of component ids must be defined in one of the given sections. */
  const checkRefs = (value: unknown, p: string, what: string, sections: readonly Kind[]): void => {
    if (value === null || value === undefined) return;
    if (!Array.isArray(value)) {
      report('error', p, `'${p.split('.').pop()}' takes a list of component ids in ${product}, got ${describe(value)}`);
      return;
    }
    const candidates = sections.flatMap((s) => [...defined[s]]);
    value.forEach((id, i) => {
      if (typeof id === 'string' && candidates.includes(id)) return;
      report('error', `${p}[${i}]`, `${what} ${JSON.stringify(id)} is not configured under ${sections.join(' or ')} ${allowedText(String(id), candidates, 'configured')}`);
    });
  };

  checkRefs(service.extensions, 'service.extensions', 'extension', ['extensions']);

  const pipelines = service.pipelines;
  if (pipelines !== undefined && pipelines !== null) {
    if (!isMapping(pipelines)) {
      report('error', 'service.pipelines', `'pipelines' takes a mapping in ${product}, got ${describe(pipelines)}`);
    } else {
      for (const [id, pl] of Object.entries(pipelines)) {
        const p = `service.pipelines.${id}`;
        if (!PIPELINE_ID.test(id)) {
          report('error', p, `pipeline id '${id}' is not 'signal' or 'signal/name' with a signal of traces, metrics, logs, profiles`);
        }
        if (pl === null || pl === undefined) continue;
        if (!isMapping(pl)) {
          report('error', p, `pipeline '${id}' takes a mapping in ${product}, got ${describe(pl)}`);
          continue;
        }
        const plKeys = ['receivers', 'processors', 'exporters'];
        for (const k of Object.keys(pl)) {
          if (!plKeys.includes(k)) report('error', `${p}.${k}`, `unknown key '${k}' in ${product} pipeline ${allowedText(k, plKeys)}`);
        }
        // a connector is an exporter of one pipeline and a receiver of another
        checkRefs(pl.receivers, `${p}.receivers`, 'receiver', ['receivers', 'connectors']);
        checkRefs(pl.processors, `${p}.processors`, 'processor', ['processors']);
        checkRefs(pl.exporters, `${p}.exporters`, 'exporter', ['exporters', 'connectors']);
      }
    }
  }

  walk(service.telemetry, TELEMETRY, 'service.telemetry', ['service', 'telemetry'], { product: `${product} service::telemetry`, report });
};

// ---------------------------------------------------------------------------
// Prometheus
// ---------------------------------------------------------------------------

interface PromSection {
  readonly keys: readonly string[];
  readonly includes: readonly string[];
}
interface PromVersion {
  readonly keys: readonly string[];
  readonly sections: Record<string, PromSection>;
}
interface PromFile {
  readonly versions: Record<string, PromVersion>;
}

/** The Prometheus version of the pinned image: its entry in prometheus-config-keys.json. */
const PROM_VERSION = IMAGES.prometheus.tag.replace(/^v/, '');

interface PromModel {
  readonly root: Shape;
  /** Every key the 3.14.0 reference documents, anywhere. */
  readonly documented: ReadonlySet<string>;
}

/*
 * The structure of prometheus.yml is modelled by hand from the 3.14.0 configuration
 * reference (docs/configuration/configuration.md at tag v3.14.0): the top level, global,
 * otlp, storage, http_config, kubernetes_sd_config, relabel_config, remote_write, ... The
 * vendored key file supplies the key lists of the other sections (the many *_sd_config);
 * those lists are flattened (nested keys included), so there only the first level is
 * checked, plus the nested blocks modelled here (tls_config, oauth2, ...). Every key the
 * model names is a documented 3.14.0 key (asserted by test/config-keys.test.ts).
 */
const buildPromModel = (): PromModel => {
  const file = readJson<PromFile>('prometheus-config-keys.json');
  const v = file.versions[PROM_VERSION];
  const section = (name: string): PromSection => v.sections[name] ?? { keys: [], includes: [] };

  const tls = leaves(section('tls_config').keys);
  const basicAuth = leaves(['username', 'username_file', 'password', 'password_file']);
  const authorization = leaves(['type', 'credentials', 'credentials_file']);
  const proxy = { proxy_url: LEAF, no_proxy: LEAF, proxy_from_environment: LEAF, proxy_connect_header: map(STRINGS) };
  const oauth2 = obj({
    ...Object.fromEntries(section('oauth2').keys.map((k) => [k, LEAF])),
    claims: STRING_MAP,
    scopes: STRINGS,
    endpoint_params: STRING_MAP,
    tls_config: tls,
    ...proxy,
  });
  const httpConfig: Record<string, Shape> = {
    basic_auth: basicAuth,
    authorization,
    oauth2,
    follow_redirects: LEAF,
    enable_http2: LEAF,
    tls_config: tls,
    ...proxy,
    http_headers: map(obj({ values: STRINGS, secrets: STRINGS, files: STRINGS })),
  };
  const relabel = obj({
    ...Object.fromEntries(section('relabel_config').keys.map((k) => [k, LEAF])),
    source_labels: STRINGS,
  });
  const relabels = list(relabel);
  const staticConfig = obj({ targets: STRINGS, labels: STRING_MAP });
  const kubernetesSd = obj({
    api_server: LEAF,
    role: LEAF,
    kubeconfig_file: LEAF,
    namespaces: obj({ own_namespace: LEAF, names: STRINGS }),
    selectors: list(leaves(['role', 'label', 'field'])),
    attach_metadata: leaves(['node', 'namespace', 'deployment', 'job', 'cronjob']),
    ...httpConfig,
  });
  /** Keys of a section and of the sections it includes. */
  const sectionKeys = (name: string, seen = new Set<string>()): string[] => {
    if (seen.has(name)) return [];
    seen.add(name);
    const s = section(name);
    return [...s.keys, ...s.includes.flatMap((i) => sectionKeys(i, seen))];
  };
  /** An SD config from its flattened key list: first level checked, nested blocks as modelled. */
  const sdConfig = (name: string): Shape => {
    if (name === 'kubernetes_sd_config') return kubernetesSd;
    const fields: Record<string, Shape> = Object.fromEntries(sectionKeys(name).map((k) => [k, VALUE]));
    for (const k of Object.keys(fields)) if (k in httpConfig) fields[k] = httpConfig[k];
    return obj(fields);
  };
  /** `*_sd_configs`, `static_configs` and `relabel_configs` of a section that lists them. */
  const targetsOf = (name: string): Record<string, Shape> => {
    const out: Record<string, Shape> = {};
    for (const k of section(name).keys) {
      if (k.endsWith('_sd_configs')) out[k] = list(sdConfig(k.slice(0, -1)));
    }
    out.static_configs = list(staticConfig);
    out.relabel_configs = relabels;
    return out;
  };
  const sigv4 = leaves(['region', 'access_key', 'secret_key', 'profile', 'role_arn', 'external_id', 'use_fips_sts_endpoint']);

  const scrapeConfig = obj({
    ...Object.fromEntries(section('scrape_config').keys.map((k) => [k, LEAF])),
    scrape_protocols: STRINGS,
    params: map(STRINGS),
    ...httpConfig,
    ...targetsOf('scrape_config'),
    metric_relabel_configs: relabels,
  });
  const alertmanager = obj({
    timeout: PDURATION,
    api_version: LEAF,
    path_prefix: LEAF,
    scheme: LEAF,
    sigv4,
    ...httpConfig,
    ...targetsOf('alertmanager_config'),
    alert_relabel_configs: relabels,
  });
  const remoteWrite = obj({
    url: LEAF,
    protobuf_message: LEAF,
    remote_timeout: PDURATION,
    headers: STRING_MAP,
    write_relabel_configs: relabels,
    name: LEAF,
    send_exemplars: LEAF,
    send_native_histograms: LEAF,
    round_robin_dns: LEAF,
    sigv4,
    azuread: obj({
      cloud: LEAF,
      managed_identity: leaves(['client_id']),
      workload_identity: leaves(['client_id', 'tenant_id', 'token_file_path']),
      oauth: leaves(['client_id', 'client_secret', 'tenant_id']),
      certificate: leaves(['client_id', 'tenant_id', 'certificate_path', 'certificate_key_path', 'certificate_password', 'send_certificate_chain']),
      sdk: leaves(['tenant_id']),
      scope: LEAF,
    }),
    google_iam: leaves(['credentials_file']),
    queue_config: leaves(['capacity', 'max_shards', 'min_shards', 'max_samples_per_send', 'batch_send_deadline', 'min_backoff', 'max_backoff', 'retry_on_http_429', 'sample_age_limit']),
    metadata_config: leaves(['send', 'send_interval', 'max_samples_per_send']),
    ...httpConfig,
  });
  const remoteRead = obj({
    url: LEAF,
    name: LEAF,
    required_matchers: STRING_MAP,
    remote_timeout: PDURATION,
    headers: STRING_MAP,
    read_recent: LEAF,
    filter_external_labels: LEAF,
    ...httpConfig,
  });
  const root = obj({
    global: obj({
      scrape_interval: PDURATION,
      scrape_timeout: PDURATION,
      scrape_protocols: STRINGS,
      evaluation_interval: PDURATION,
      rule_query_offset: PDURATION,
      external_labels: STRING_MAP,
      query_log_file: LEAF,
      scrape_failure_log_file: LEAF,
      body_size_limit: LEAF,
      sample_limit: LEAF,
      label_limit: LEAF,
      label_name_length_limit: LEAF,
      label_value_length_limit: LEAF,
      target_limit: LEAF,
      keep_dropped_targets: LEAF,
      metric_name_validation_scheme: LEAF,
      scrape_native_histograms: LEAF,
      convert_classic_histograms_to_nhcb: LEAF,
      always_scrape_classic_histograms: LEAF,
      extra_scrape_metrics: LEAF,
    }),
    runtime: leaves(['gogc']),
    rule_files: STRINGS,
    scrape_config_files: STRINGS,
    scrape_configs: list(scrapeConfig),
    alerting: obj({ alert_relabel_configs: relabels, alertmanagers: list(alertmanager) }),
    remote_write: list(remoteWrite),
    otlp: obj({
      promote_resource_attributes: STRINGS,
      promote_all_resource_attributes: LEAF,
      ignore_resource_attributes: STRINGS,
      translation_strategy: LEAF,
      keep_identifying_resource_attributes: LEAF,
      convert_histograms_to_nhcb: LEAF,
      promote_scope_metadata: LEAF,
      label_name_underscore_sanitization: LEAF,
      label_name_preserve_multiple_underscores: LEAF,
    }),
    remote_read: list(remoteRead),
    storage: obj({
      tsdb: obj({
        out_of_order_time_window: PDURATION,
        stale_series_compaction_threshold: LEAF,
        chunk_encoding: leaves(['floats']),
        retention: obj({ time: PDURATION, size: LEAF, percentage: LEAF }),
      }),
      exemplars: leaves(section('exemplars').keys),
    }),
    tracing: obj({ ...Object.fromEntries(section('tracing_config').keys.map((k) => [k, LEAF])), headers: STRING_MAP, tls_config: tls }),
  });
  return { root, documented: new Set(v.keys) };
};

const PROM = lazy(buildPromModel);

/** Every key name the Prometheus model accepts (for the test that holds it to the documented keys). */
export const prometheusModelKeys = (): string[] => {
  const names = new Set<string>();
  const seen = new Set<Shape>();
  const visit = (s: Shape): void => {
    if (seen.has(s)) return;
    seen.add(s);
    if (s.kind === 'obj') {
      for (const [k, f] of s.fields()) {
        names.add(k);
        visit(f.shape());
      }
    } else if (s.kind === 'list' || s.kind === 'map') visit(s.of());
  };
  visit(PROM().root);
  return [...names].sort();
};

/** A key documented elsewhere in the reference is most likely at the wrong level: say so. */
const promUnknown = (_segs: readonly string[], key: string): { level: Level; note: string } | undefined =>
  PROM().documented.has(key) ? { level: 'error', note: `a ${PROM_VERSION} key, but not at this place` } : undefined;

const checkPrometheus = (c: EmbeddedConfig, report: Reporter): void =>
  walkConfig(c, PROM().root, report, { product: `Prometheus ${PROM_VERSION}`, onUnknown: promUnknown });

/** A rule file (docs/configuration/recording_rules.md and alerting_rules.md of 3.14.0). */
const RULE: Shape = obj({
  record: LEAF,
  alert: LEAF,
  expr: LEAF,
  for: PDURATION,
  keep_firing_for: PDURATION,
  labels: STRING_MAP,
  annotations: STRING_MAP,
});
const RULE_FILE: Shape = obj({
  groups: list(obj({ name: LEAF, interval: PDURATION, rules: list(RULE), limit: LEAF, query_offset: PDURATION, labels: STRING_MAP })),
});

const checkRuleFile = (c: EmbeddedConfig, report: Reporter): void => {
  const product = `Prometheus ${PROM_VERSION} rule files`;
  walkConfig(c, RULE_FILE, report, { product });
  const groups: unknown = isMapping(c.parsed) ? c.parsed.groups : undefined;
  if (!Array.isArray(groups)) return;
  groups.forEach((g: unknown, gi) => {
    const rules: unknown = isMapping(g) ? g.rules : undefined;
    if (!Array.isArray(rules)) return;
    rules.forEach((r: unknown, ri) => {
      if (!isMapping(r)) return;
      // a rule is a recording rule or an alerting rule, never both or neither
      if (('record' in r) === ('alert' in r)) {
        report('error', `groups[${gi}].rules[${ri}]`, `a rule in ${product} has exactly one of 'record' or 'alert'`);
      }
    });
  });
};

// ---------------------------------------------------------------------------
// Alertmanager
// ---------------------------------------------------------------------------

/*
 * alertmanager.yml, modelled by hand from the yaml tags of the config structs of the pinned
 * version (github.com/prometheus/alertmanager v0.35.0: config/config.go,
 * config/common/inhibitrule.go, notify/{webhook,slack,pagerduty,email}/config.go). The
 * receivers the stack does not write are checked at their first level only.
 */
const AM_VERSION = IMAGES.alertmanager.tag.replace(/^v/, '');
const amHttpConfig = obj({
  basic_auth: leaves(['username', 'username_file', 'password', 'password_file']),
  authorization: leaves(['type', 'credentials', 'credentials_file']),
  oauth2: ANY,
  bearer_token: LEAF,
  bearer_token_file: LEAF,
  proxy_url: LEAF,
  no_proxy: LEAF,
  proxy_from_environment: LEAF,
  proxy_connect_header: map(STRINGS),
  tls_config: leaves(['ca', 'ca_file', 'cert', 'cert_file', 'key', 'key_file', 'server_name', 'insecure_skip_verify', 'min_version', 'max_version']),
  follow_redirects: LEAF,
  enable_http2: LEAF,
  http_headers: ANY,
});
const withCommon = (keys: string[], nested: Record<string, Shape> = {}): Shape =>
  obj({ send_resolved: LEAF, http_config: amHttpConfig, ...Object.fromEntries(keys.map((k) => [k, k === 'timeout' ? PDURATION : LEAF])), ...nested });
const AM_ROUTE: Shape = obj({
  receiver: LEAF,
  group_by: STRINGS,
  match: STRING_MAP,
  match_re: STRING_MAP,
  matchers: STRINGS,
  mute_time_intervals: STRINGS,
  active_time_intervals: STRINGS,
  continue: LEAF,
  routes: list(() => AM_ROUTE),
  group_wait: PDURATION,
  group_interval: PDURATION,
  repeat_interval: PDURATION,
  labels: STRING_MAP,
});
const AM_OTHER_RECEIVERS = ['discord_configs', 'incidentio_configs', 'opsgenie_configs', 'wechat_configs', 'pushover_configs', 'victorops_configs', 'sns_configs', 'telegram_configs', 'webex_configs', 'msteams_configs', 'msteamsv2_configs', 'jira_configs', 'rocketchat_configs', 'mattermost_configs'];
const ALERTMANAGER_FILE: Shape = obj({
  global: obj({
    resolve_timeout: PDURATION,
    http_config: amHttpConfig,
    smtp_tls_config: ANY,
    ...Object.fromEntries(
      ['jira_api_url', 'smtp_from', 'smtp_hello', 'smtp_smarthost', 'smtp_auth_username', 'smtp_auth_password', 'smtp_auth_password_file', 'smtp_auth_secret', 'smtp_auth_secret_file', 'smtp_auth_identity', 'smtp_require_tls', 'smtp_force_implicit_tls', 'slack_api_url', 'slack_api_url_file', 'slack_app_token', 'slack_app_token_file', 'slack_app_url', 'pagerduty_url', 'opsgenie_api_url', 'opsgenie_api_key', 'opsgenie_api_key_file', 'wechat_api_url', 'wechat_api_secret', 'wechat_api_secret_file', 'wechat_api_corp_id', 'victorops_api_url', 'victorops_api_key', 'victorops_api_key_file', 'telegram_api_url', 'telegram_bot_token', 'telegram_bot_token_file', 'webex_api_url', 'rocketchat_api_url', 'rocketchat_token', 'rocketchat_token_file', 'rocketchat_token_id', 'rocketchat_token_id_file', 'mattermost_webhook_url', 'mattermost_webhook_url_file'].map((k) => [k, LEAF]),
    ),
  }),
  route: AM_ROUTE,
  inhibit_rules: list(obj({ name: LEAF, source_match: STRING_MAP, source_match_re: STRING_MAP, source_matchers: STRINGS, target_match: STRING_MAP, target_match_re: STRING_MAP, target_matchers: STRINGS, equal: STRINGS })),
  receivers: list(
    obj({
      name: LEAF,
      labels: STRING_MAP,
      webhook_configs: list(withCommon(['url', 'url_file', 'max_alerts', 'timeout', 'payload'])),
      slack_configs: list(withCommon(['api_url', 'api_url_file', 'app_token', 'app_token_file', 'app_url', 'channel', 'username', 'color', 'title', 'title_link', 'pretext', 'text', 'message_text', 'footer', 'fallback', 'callback_id', 'icon_emoji', 'icon_url', 'image_url', 'thumb_url', 'link_names', 'update_message', 'post_updates_to_thread', 'timeout', 'short_fields'], { fields: ANY, actions: ANY, mrkdwn_in: STRINGS })),
      pagerduty_configs: list(withCommon(['service_key', 'service_key_file', 'routing_key', 'routing_key_file', 'url', 'client', 'client_url', 'description', 'source', 'severity', 'class', 'component', 'group', 'timeout'], { details: STRING_MAP, images: ANY, links: ANY })),
      email_configs: list(withCommon(['to', 'from', 'hello', 'smarthost', 'auth_username', 'auth_password', 'auth_password_file', 'auth_secret', 'auth_secret_file', 'auth_identity', 'html', 'text', 'require_tls', 'force_implicit_tls'], { headers: STRING_MAP, tls_config: ANY, threading: ANY })),
      ...Object.fromEntries(AM_OTHER_RECEIVERS.map((k) => [k, list(ANY)])),
    }),
  ),
  templates: STRINGS,
  mute_time_intervals: list(ANY),
  time_intervals: list(ANY),
  tracing: ANY,
  event_recorder: ANY,
});

const checkAlertmanager = (c: EmbeddedConfig, report: Reporter): void => walkConfig(c, ALERTMANAGER_FILE, report, { product: `Alertmanager ${AM_VERSION}` });

// ---------------------------------------------------------------------------
// Grafana provisioning files
// ---------------------------------------------------------------------------

/*
 * Modelled by hand for the pinned Grafana version (13.2.3): the datasource file from the
 * yaml tags of grafana/grafana pkg/services/provisioning/datasources/types.go (v1), the
 * provider file from pkg/services/provisioning/dashboards/types.go; each datasource type's
 * `jsonData` from the option types of Grafana's 13.2 npm packages (@grafana/data
 * DataSourceJsonData, @grafana/prometheus PromOptions, @grafana/o11y-ds-frontend trace
 * links) and the Loki, Tempo and Alertmanager datasource docs. Grafana keeps jsonData as
 * free JSON, so a misspelt key there is silently ignored: that is why it is checked.
 */
const GRAFANA_VERSION = IMAGES.grafana.tag;
const GF_COMMON_JSON_DATA = [
  'authType', 'defaultRegion', 'profile', 'manageAlerts', 'allowAsRecordingRulesTarget', 'alertmanagerUid', 'disableGrafanaCache',
  'tlsAuth', 'tlsAuthWithCACert', 'tlsSkipVerify', 'serverName', 'timeout', 'keepCookies', 'oauthPassThru', 'sigV4Auth',
  ...Array.from({ length: 10 }, (_, i) => `httpHeaderName${i + 1}`),
];
const GF_LINK_TAGS = list(leaves(['key', 'value']));
const GF_JSON_DATA: Record<string, Record<string, ShapeSpec>> = {
  prometheus: {
    timeInterval: PDURATION,
    queryTimeout: LEAF,
    httpMethod: { kind: 'leaf', scalar: true, enum: ['POST', 'GET'] },
    customQueryParameters: LEAF,
    disableMetricsLookup: LEAF,
    exemplarTraceIdDestinations: list(leaves(['name', 'url', 'urlDisplayLabel', 'datasourceUid'])),
    prometheusType: { kind: 'leaf', scalar: true, enum: ['Prometheus', 'Cortex', 'Mimir', 'Thanos'] },
    prometheusVersion: LEAF,
    cacheLevel: { kind: 'leaf', scalar: true, enum: ['Low', 'Medium', 'High', 'None'] },
    defaultEditor: LEAF,
    incrementalQuerying: LEAF,
    incrementalQueryOverlapWindow: LEAF,
    disableRecordingRules: LEAF,
    seriesEndpoint: LEAF,
    seriesLimit: LEAF,
    maxSamplesProcessedWarningThreshold: LEAF,
    maxSamplesProcessedErrorThreshold: LEAF,
    queryStatsEnabled: LEAF,
  },
  loki: {
    maxLines: LEAF,
    predefinedOperations: LEAF,
    derivedFields: list(
      obj({ name: LEAF, matcherRegex: LEAF, matcherType: { kind: 'leaf', scalar: true, enum: ['label', 'regex'] }, url: LEAF, urlDisplayLabel: LEAF, datasourceUid: LEAF, targetBlank: LEAF }),
    ),
  },
  tempo: {
    tracesToLogsV2: obj({ datasourceUid: LEAF, tags: GF_LINK_TAGS, spanStartTimeShift: LEAF, spanEndTimeShift: LEAF, filterByTraceID: LEAF, filterBySpanID: LEAF, customQuery: LEAF, query: LEAF }),
    tracesToMetrics: obj({ datasourceUid: LEAF, tags: GF_LINK_TAGS, queries: list(leaves(['name', 'query'])), spanStartTimeShift: LEAF, spanEndTimeShift: LEAF }),
    tracesToProfiles: ANY,
    serviceMap: leaves(['datasourceUid']),
    nodeGraph: leaves(['enabled']),
    search: obj({ hide: LEAF, filters: ANY, defaultFilters: ANY }),
    traceQuery: leaves(['timeShiftEnabled', 'spanStartTimeShift', 'spanEndTimeShift']),
    streamingEnabled: leaves(['search', 'metrics']),
    spanBar: ANY,
    tagLimit: LEAF,
    timeRangeForTags: LEAF,
  },
  alertmanager: {
    implementation: { kind: 'leaf', scalar: true, enum: ['prometheus', 'cortex', 'mimir'] },
    handleGrafanaManagedAlerts: LEAF,
  },
};
/** jsonData keys Grafana no longer reads, and what replaced them. */
const GF_REMOVED_JSON_DATA: Record<string, Record<string, string>> = {
  tempo: {
    lokiSearch: 'removed from the Tempo datasource (Grafana 11): search traces with TraceQL',
    tracesToLogs: 'the first trace-to-logs link, superseded by tracesToLogsV2',
  },
};
const GF_DATASOURCE: Shape = obj({
  orgId: LEAF,
  orgName: LEAF,
  version: LEAF,
  name: LEAF,
  type: LEAF,
  access: { kind: 'leaf', scalar: true, enum: ['proxy', 'direct'] },
  url: LEAF,
  user: LEAF,
  database: LEAF,
  basicAuth: LEAF,
  basicAuthUser: LEAF,
  withCredentials: LEAF,
  isDefault: LEAF,
  correlations: list(ANY),
  // judged per datasource type below
  jsonData: ANY,
  secureJsonData: STRING_MAP,
  editable: LEAF,
  uid: LEAF,
});
const GF_DATASOURCES_FILE: Shape = obj({
  apiVersion: { kind: 'leaf', scalar: true, enum: [1] },
  prune: LEAF,
  datasources: list(GF_DATASOURCE),
  deleteDatasources: list(leaves(['name', 'orgId', 'orgName', 'uid'])),
});
const GF_PROVIDERS_FILE: Shape = obj({
  apiVersion: { kind: 'leaf', scalar: true, enum: [1] },
  providers: list(
    obj({
      name: LEAF,
      orgId: LEAF,
      folder: LEAF,
      folderUid: LEAF,
      type: { kind: 'leaf', scalar: true, enum: ['file'] },
      disableDeletion: LEAF,
      allowUiUpdates: LEAF,
      updateIntervalSeconds: LEAF,
      options: leaves(['path', 'foldersFromFilesStructure']),
    }),
  ),
});

const checkGrafanaDatasources = (c: EmbeddedConfig, report: Reporter): void => {
  const product = `Grafana ${GRAFANA_VERSION}`;
  walkConfig(c, GF_DATASOURCES_FILE, report, { product });
  (Array.isArray(c.parsed?.datasources) ? c.parsed.datasources : []).forEach((ds: any, i: number) => {
    const keys = GF_JSON_DATA[ds?.type];
    if (!keys || ds.jsonData === undefined) return;
    const shape = obj({ ...Object.fromEntries(GF_COMMON_JSON_DATA.map((k) => [k, LEAF])), ...keys });
    const removed = GF_REMOVED_JSON_DATA[ds.type] ?? {};
    walk(ds.jsonData, shape, `datasources[${i}].jsonData`, ['jsonData'], {
      product: `${product} (${ds.type} datasource)`,
      report: (level, p, message) => report(level, p, message),
      onUnknown: (segs, key) => (segs.length === 1 && removed[key] ? { level: 'error', note: removed[key] } : undefined),
    });
  });
};

const checkGrafanaProviders = (c: EmbeddedConfig, report: Reporter): void => walkConfig(c, GF_PROVIDERS_FILE, report, { product: `Grafana ${GRAFANA_VERSION}` });

// ---------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------

/** The checker of each config format: which key tree or parser judges a file of that format. */
export const CONFIG_CHECKERS: Record<ConfigFormat, (c: EmbeddedConfig, report: Reporter) => void> = {
  otelcol: checkCollector,
  tempo: checkTempo,
  loki: checkLoki,
  prometheus: checkPrometheus,
  'prometheus-rules': checkRuleFile,
  alertmanager: checkAlertmanager,
  'grafana-datasources': checkGrafanaDatasources,
  'grafana-dashboard-providers': checkGrafanaProviders,
  'grafana-dashboard': (c, report) => checkDashboard(c, report),
};

const isFormat = (f: string | undefined): f is ConfigFormat => f !== undefined && Object.prototype.hasOwnProperty.call(CONFIG_CHECKERS, f);

/**
 * Every key of every embedded config exists in the pinned upstream version: collector
 * component types and their config keys, the collector's `service` section, Tempo, Loki,
 * Prometheus and its rule files. Unknown or removed keys are errors; deprecated aliases,
 * and keys only the Tempo source (not its key tree) knows, are warnings.
 */
export const checkConfigKeys: Check = (env) => {
  const findings: Finding[] = [];
  for (const c of env.configs) {
    const report = reporterFor(c, findings);
    if (isFormat(c.format)) CONFIG_CHECKERS[c.format](c, report);
    else if (c.format !== undefined) report('error', '', `the config format '${c.format}' has no checker (known: ${Object.keys(CONFIG_CHECKERS).join(', ')})`);
    // a config no checker judges would pass unseen: every file the stack writes declares its format
    else report('error', '', `names no config format (annotation ${CONFIG_FORMAT_ANNOTATION}), so nothing judges it`);
  }
  return findings;
};
