/**
 * What a Prometheus rule reads, from the AST that Prometheus's own parser returns
 * (`GET /api/v1/parse_query`): every vector selector of its expression with the label names
 * the rule relies on for it (the selector's matchers, the `by (...)` of the aggregations
 * around it, the `on (...)` of the binary operations around it), and the checks of such a
 * selector against the series Prometheus holds or against a metric's definition in the
 * source of a component that does not run here (scripts/e2e/source-metrics.json).
 */
import sourceFile from './source-metrics.json';

/** A label matcher of a selector (the metric name's own matcher left out). */
export interface Matcher {
  readonly name: string;
  readonly type: '=' | '!=' | '=~' | '!~';
  readonly value: string;
}

/** One vector selector of a rule and the labels the rule needs on its series. */
export interface SelectorUse {
  /** The metric name ('' when the selector names none). */
  readonly name: string;
  readonly matchers: readonly Matcher[];
  /** Label names the series must carry: the matchers', and the by/on labels around the selector. */
  readonly labels: readonly string[];
  /** Labels used around the selector that an aggregation or a match between drops, with where. */
  readonly dropped: readonly string[];
}

/** A metric as the source of a component at its pinned tag defines it. */
export interface SourceMetric {
  readonly name: string;
  readonly component: string;
  readonly version: string;
  readonly job: string;
  readonly source: string;
  readonly type: 'counter' | 'gauge' | 'histogram' | 'summary';
  readonly labels: readonly string[];
  readonly nativeBuckets?: boolean;
}

/** The metrics of scripts/e2e/source-metrics.json. */
export const SOURCE_METRICS: readonly SourceMetric[] = sourceFile.metrics as SourceMetric[];

/** What a selector's enclosing expressions ask of its series. */
interface Context {
  readonly need: ReadonlySet<string>;
  readonly dropped: readonly string[];
}

const union = (...lists: Iterable<string>[]): Set<string> => new Set(lists.flatMap((l) => [...l]));

/** Aggregations that pick series rather than merge them: their output keeps the input's labels. */
const PICKING = new Set(['topk', 'bottomk', 'limitk', 'limit_ratio']);

/** Every vector selector of a parsed expression, each with what the rule needs of its series. */
export const selectorsOf = (ast: any): SelectorUse[] => {
  const out: SelectorUse[] = [];
  walk(ast, { need: new Set(), dropped: [] }, out);
  return out;
};

const walk = (n: any, ctx: Context, out: SelectorUse[]): void => {
  if (!n || typeof n !== 'object') return;
  switch (n.type) {
    case 'vectorSelector':
    case 'matrixSelector':
      out.push(selectorUse(n, ctx));
      return;
    case 'aggregation':
      aggregation(n, ctx, out);
      return;
    case 'binaryExpr':
      binary(n, ctx, out);
      return;
    case 'call':
      call(n, ctx, out);
      return;
    case 'parenExpr':
    case 'unaryExpr':
    case 'subquery':
      walk(n.expr, ctx, out);
      return;
    default:
      // number and string literals read no series
      return;
  }
};

const selectorUse = (n: any, ctx: Context): SelectorUse => {
  const matchers: Matcher[] = (n.matchers ?? []).filter((m: any) => m.name !== '__name__').map((m: any) => ({ name: m.name, type: m.type, value: m.value }));
  const byName = (n.matchers ?? []).find((m: any) => m.name === '__name__' && m.type === '=');
  return { name: n.name || byName?.value || '', matchers, labels: [...union(matchers.map((m) => m.name), ctx.need)].sort(), dropped: ctx.dropped };
};

/** `by (g)`: the series below need g, and an outer label not in g cannot reach the outside. */
const aggregation = (n: any, ctx: Context, out: SelectorUse[]): void => {
  const grouping: string[] = n.grouping ?? [];
  const keeps = (l: string) => PICKING.has(n.op) || (n.without ? !grouping.includes(l) : grouping.includes(l));
  const lost = [...ctx.need].filter((l) => !keeps(l) && !(n.op === 'count_values' && l === n.param?.val));
  const need = n.without ? [...ctx.need].filter((l) => !grouping.includes(l)) : PICKING.has(n.op) ? union(ctx.need, grouping) : grouping;
  const where = `${n.op} ${n.without ? 'without' : 'by'} (${grouping.join(', ')})`;
  walk(n.expr, { need: new Set(need), dropped: [...ctx.dropped, ...lost.map((l) => `${l} (dropped by ${where})`)] }, out);
  walk(n.param, { need: new Set(), dropped: ctx.dropped }, out);
};

/**
 * A binary operation: both sides need the `on (...)` labels; the labels asked of its result
 * come from the side(s) whose series it returns (the left, both for `or`, the many side of a
 * group_left/group_right), and the one side of a group_left/group_right needs the labels it lends.
 */
const binary = (n: any, ctx: Context, out: SelectorUse[]): void => {
  const m = n.matching;
  const on: string[] = m?.on ? m.labels ?? [] : [];
  const include: string[] = m?.include ?? [];
  const card: string | undefined = m?.card;
  // a one-to-one match on (...) returns only the `on` labels
  const narrowed = card === 'one-to-one' && m?.on;
  const outer = narrowed ? [...ctx.need].filter((l) => on.includes(l)) : [...ctx.need];
  const lost = narrowed ? [...ctx.need].filter((l) => !on.includes(l)).map((l) => `${l} (dropped by ${n.op} on (${on.join(', ')}))`) : [];
  const dropped = [...ctx.dropped, ...lost];
  const toLeft = card !== 'one-to-many';
  const toRight = n.op === 'or' || card === 'one-to-many' || (!m?.on && card !== 'many-to-one');
  walk(n.lhs, { need: union(on, toLeft ? outer : [], card === 'one-to-many' ? include : []), dropped }, out);
  walk(n.rhs, { need: union(on, toRight ? outer : [], card === 'many-to-one' ? include : []), dropped }, out);
};

/** A function call: label_replace and label_join make their target label (and read their source labels); the rest pass the labels through. */
const call = (n: any, ctx: Context, out: SelectorUse[]): void => {
  const fn: string = n.func?.name;
  const args: any[] = n.args ?? [];
  const strings = args.filter((a) => a?.type === 'stringLiteral').map((a) => a.val as string);
  let need = new Set(ctx.need);
  if (fn === 'label_replace') need = union([...need].filter((l) => l !== strings[0]), strings[2] ? [strings[2]] : []);
  else if (fn === 'label_join') need = union([...need].filter((l) => l !== strings[0]), strings.slice(2));
  else if (fn === 'sort_by_label' || fn === 'sort_by_label_desc') need = union(need, strings);
  else if (fn === 'scalar' || fn.startsWith('absent')) need = new Set();
  for (const a of args) walk(a, { need, dropped: ctx.dropped }, out);
};

/** The PromQL text of a selector. */
export const selectorText = (u: Pick<SelectorUse, 'name' | 'matchers'>): string =>
  `${u.name}${u.matchers.length ? `{${u.matchers.map((m) => `${m.name}${m.type}${JSON.stringify(m.value)}`).join(',')}}` : ''}`;

/** The matchers that ask for a value to be there (`="x"`, `=~"x"`), rather than for one to be absent. */
export const valueMatchers = (u: SelectorUse): Matcher[] => u.matchers.filter((m) => (m.type === '=' || m.type === '=~') && m.value !== '');

/**
 * What is missing for a selector, given the series of its metric name and those its full
 * selector matches: the name, a matched value, a label the rule relies on.
 */
export const missingOnSeries = (u: SelectorUse, ofName: ReadonlyArray<Record<string, string>>, matched: ReadonlyArray<Record<string, string>>): string[] => {
  if (!ofName.length) return [`no series named ${u.name}`];
  const values = valueMatchers(u);
  if (values.length && !matched.length) return [`no series matches ${selectorText(u)}`];
  const pool = matched.length ? matched : ofName;
  return [...u.labels.filter((l) => !pool.some((s) => l in s)).map((l) => `no label ${l}`), ...u.dropped.map((d) => `label ${d}`)];
};

/** How a job scrapes: the labels it adds to every series and whether it keeps a histogram's native series only. */
export interface JobScrape {
  readonly targetLabels: readonly string[];
  readonly nativeOnly: boolean;
}

/** The scrape of `job` as Prometheus's loaded config sets it. */
export const jobScrape = (config: any, job: string): JobScrape | undefined => {
  const sc = (config.scrape_configs ?? []).find((c: any) => c.job_name === job);
  if (!sc) return undefined;
  const global = config.global ?? {};
  const native = sc.scrape_native_histograms ?? global.scrape_native_histograms ?? false;
  const classicToo = sc.always_scrape_classic_histograms ?? global.always_scrape_classic_histograms ?? false;
  const relabeled = (sc.relabel_configs ?? []).filter((r: any) => (r.action ?? 'replace') === 'replace' && r.target_label && !r.target_label.startsWith('__')).map((r: any) => r.target_label as string);
  return { targetLabels: [...new Set(['job', 'instance', ...relabeled])], nativeOnly: native && !classicToo };
};

const HISTOGRAM_SERIES = ['_bucket', '_count', '_sum'];

/** The metric of the source file that a selector reads (by its name, or a histogram's or summary's series by its base name). */
export const sourceMetricOf = (name: string): { metric: SourceMetric; series: string } | undefined => {
  const exact = SOURCE_METRICS.find((m) => m.name === name);
  if (exact) return { metric: exact, series: '' };
  const suffix = HISTOGRAM_SERIES.find((x) => name.endsWith(x) && SOURCE_METRICS.some((m) => m.name === name.slice(0, -x.length) && (m.type === 'histogram' || m.type === 'summary')));
  return suffix ? { metric: SOURCE_METRICS.find((m) => m.name === name.slice(0, -suffix.length))!, series: suffix } : undefined;
};

/**
 * What is missing for a selector of a metric the source defines, as Prometheus would store it
 * under the scrape of its job: the series (a histogram with native buckets scraped natively
 * is one native series, without `_bucket`, `_count` and `_sum`), the labels (the source's and
 * the job's target labels; `le` on `_bucket`).
 */
export const missingInSource = (u: SelectorUse, found: { metric: SourceMetric; series: string }, scrape: JobScrape | undefined): string[] => {
  const { metric, series } = found;
  if (!scrape) return [`no scrape job ${metric.job} reads ${metric.component}`];
  const nativeOnly = metric.type === 'histogram' && !!metric.nativeBuckets && scrape.nativeOnly;
  if (series && nativeOnly) {
    return [`${u.name} is not stored: ${metric.name} has native buckets and job ${metric.job} scrapes native histograms (no always_scrape_classic_histograms), so Prometheus keeps its native series only (histogram_${series.slice(1)}(${metric.name}) reads it)`];
  }
  if (!series && metric.type === 'histogram' && !nativeOnly) return [`${u.name} is a classic histogram here: only its _bucket, _count and _sum series are stored`];
  const have = new Set([...metric.labels, ...scrape.targetLabels, ...(series === '_bucket' ? ['le'] : [])]);
  return [...u.labels.filter((l) => !have.has(l)).map((l) => `no label ${l} (${metric.component} ${metric.version}, ${metric.source})`), ...u.dropped.map((d) => `label ${d}`)];
};
