import { ANY, Field, LEAF, Reporter, STRINGS, Shape, allowedText, describe, isMapping, keyTreeFile, leaves, list, map, obj, readJson, walk } from '../common/contract/config-tree';
import { configFormat } from '../common/contract/formats';
import { EmbeddedConfig } from '../common/contract/findings';
import { lazy } from '../common/vocabulary/lazy';

/*
 * An OpenTelemetry Collector config, judged by the vendored file of the pinned collector
 * version (schemas/otelcol-<version>.json): the component types, each component's config
 * from upstream's `config.schema.yaml`, and the `service` section, whose pipelines name
 * only configured components.
 */

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

/** The config format the collectors introduce, and its checker. */
/** An OpenTelemetry Collector config (`otelcol validate`). */
export const OTELCOL_FORMAT = configFormat({ name: 'otelcol', image: 'otelcol', judge: { tool: 'otelcol' }, check: checkCollector });
