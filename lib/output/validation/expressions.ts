import { parser as logqlParser } from '@grafana/lezer-logql';
import { parser as traceqlParser } from '@grafana/lezer-traceql';
import { parser as promqlParser } from '@prometheus-io/lezer-promql';
import { dashboardPanels } from './dashboards';
import { Check, EmbeddedConfig, Finding, objectId } from './types';

type LezerParser = { parse(input: string): { iterate(spec: { enter(node: { type: { isError: boolean }; from: number }): false | void }): void } };

/** Results of {@link firstError} by parser and expression: environments share most of their rules. */
const results = new Map<LezerParser, Map<string, string | undefined>>();

const firstError = (p: LezerParser, expr: string): string | undefined => {
  let seen = results.get(p);
  if (!seen) results.set(p, (seen = new Map()));
  if (!seen.has(expr)) seen.set(expr, parseError(p, expr));
  return seen.get(expr);
};

const parseError = (p: LezerParser, expr: string): string | undefined => {
  if (expr.trim() === '') return 'empty expression';
  let at: number | undefined;
  p.parse(expr).iterate({
    enter: (node) => {
      if (at === undefined && node.type.isError) at = node.from;
      return at === undefined ? undefined : false;
    },
  });
  if (at === undefined) return undefined;
  return `syntax error at offset ${at}: '${expr.slice(Math.max(0, at - 10), at + 20)}'`;
};

/**
 * Replaces Grafana's template variables with values of the right kind, so that a dashboard
 * query can be parsed: interval variables become a duration, others a plain name.
 */
export const substituteGrafanaVariables = (expr: string): string =>
  expr
    .replace(/\$__(rate_interval|interval|range)(_ms|_s)?\b/g, '5m')
    .replace(/\$\{(\w+)(:\w+)?\}|\$(\w+)/g, 'grafana_variable');

/**
 * Replaces the macros of Grafana's trace links (`${__tags}`, `$__tags`, `${__trace.traceId}`,
 * `${__span.spanId}`) with values of the right kind, so the link's query can be parsed.
 */
export const substituteLinkMacros = (expr: string): string =>
  expr
    .replace(/\$\{__tags\}|\$__tags\b/g, 'grafana_tag="value"')
    .replace(/\$\{__(trace|span)\.\w+\}/g, 'grafana_value');

/** The series selector of a Grafana Prometheus variable query `label_values(<selector>, <label>)`, or undefined. */
export const labelValuesSelector = (query: string): string | undefined => /^\s*label_values\(\s*(.+?)\s*,\s*[A-Za-z_][A-Za-z0-9_]*\s*\)\s*$/.exec(query)?.[1];

/** One query of a Grafana file: its language, text as Grafana runs it, and where it is. */
export interface GrafanaQuery {
  readonly language: 'promql' | 'logql' | 'traceql';
  readonly expr: string;
  readonly path: string;
}

/** Every query a Grafana dashboard or datasource file holds (datasource files un-escaped: `$$` is `$`). */
export const grafanaQueries = (c: Pick<EmbeddedConfig, 'format' | 'parsed'>): GrafanaQuery[] => {
  const out: GrafanaQuery[] = [];
  const d = c.parsed;
  if (c.format === 'grafana-dashboard') {
    for (const { at, panel } of dashboardPanels(d)) {
      (Array.isArray(panel?.targets) ? panel.targets : []).forEach((t: any, i: number) => {
        const type = t?.datasource?.type ?? panel?.datasource?.type;
        const path = `${at}.targets[${i}]`;
        if (type === 'prometheus') out.push({ language: 'promql', expr: substituteGrafanaVariables(String(t.expr ?? '')), path: `${path}.expr` });
        else if (type === 'loki') out.push({ language: 'logql', expr: substituteGrafanaVariables(String(t.expr ?? '')), path: `${path}.expr` });
        else if (type === 'tempo' && (t.queryType ?? 'traceql') === 'traceql') out.push({ language: 'traceql', expr: substituteGrafanaVariables(String(t.query ?? '')), path: `${path}.query` });
      });
    }
    (d?.templating?.list ?? []).forEach((v: any, i: number) => {
      if (v?.type !== 'query' || v?.datasource?.type !== 'prometheus') return;
      const q = typeof v.query === 'string' ? v.query : v.query?.query;
      const sel = typeof q === 'string' ? labelValuesSelector(q) : undefined;
      out.push({ language: 'promql', expr: sel === undefined ? `label_values(${q})` : substituteGrafanaVariables(sel), path: `templating.list[${i}].query` });
    });
  } else if (c.format === 'grafana-datasources') {
    const unescape = (x: unknown): string => String(x ?? '').replace(/\$\$/g, '$');
    (d?.datasources ?? []).forEach((ds: any, i: number) => {
      const at = `datasources[${i}].jsonData`;
      (ds?.jsonData?.tracesToMetrics?.queries ?? []).forEach((q: any, j: number) =>
        out.push({ language: 'promql', expr: substituteGrafanaVariables(substituteLinkMacros(unescape(q?.query))), path: `${at}.tracesToMetrics.queries[${j}].query` }),
      );
      const logs = ds?.jsonData?.tracesToLogsV2;
      if (logs?.customQuery && logs.query !== undefined) out.push({ language: 'logql', expr: substituteLinkMacros(unescape(logs.query)), path: `${at}.tracesToLogsV2.query` });
    });
  }
  return out;
};

const PARSERS = { promql: (e: string) => promqlError(e), logql: (e: string) => logqlError(e), traceql: (e: string) => traceqlError(e) };

/** The first syntax error of a PromQL expression, or undefined when it parses. */
export const promqlError = (expr: string): string | undefined => firstError(promqlParser as unknown as LezerParser, expr);
/** The first syntax error of a LogQL expression, or undefined when it parses. */
export const logqlError = (expr: string): string | undefined => firstError(logqlParser as unknown as LezerParser, expr);
/** The first syntax error of a TraceQL expression, or undefined when it parses. */
export const traceqlError = (expr: string): string | undefined => firstError(traceqlParser as unknown as LezerParser, expr);

/**
 * The metric names a PromQL expression reads (its vector selectors' names), sorted; throws
 * when it does not parse.
 */
export const promqlMetricNames = (expr: string): string[] => {
  const err = promqlError(expr);
  if (err) throw new Error(`PromQL does not parse: ${err}`);
  const names = new Set<string>();
  const tree = (promqlParser as any).parse(expr);
  tree.iterate({
    enter: (node: any) => {
      if (node.type.name === 'Identifier' && node.node.parent?.type.name === 'VectorSelector') names.add(expr.slice(node.from, node.to));
    },
  });
  return [...names].sort();
};

/** Every `expr` of every rule in Prometheus rule files parses as PromQL; every query of a Grafana dashboard or datasource link parses in its language. */
export const checkExpressions: Check = (env) => {
  const findings: Finding[] = [];
  // rule files in ConfigMaps, and prometheus-operator PrometheusRule objects
  const ruleSets = [
    ...env.configs.map((c) => ({ file: c.file, object: c.object, at: `data.${c.key}: `, groups: c.parsed?.groups })),
    ...env.objects.filter((o) => o.doc?.kind === 'PrometheusRule').map((o) => ({ file: o.file, object: objectId(o.doc), at: 'spec.', groups: o.doc.spec?.groups })),
  ];
  // Grafana's dashboards and datasource links
  for (const c of env.configs) {
    for (const q of grafanaQueries(c)) {
      const err = PARSERS[q.language](q.expr);
      if (err) findings.push({ level: 'error', file: c.file, object: c.object, path: `data.${c.key}: ${q.path}`, message: `${q.language === 'promql' ? 'PromQL' : q.language === 'logql' ? 'LogQL' : 'TraceQL'} does not parse: ${err}` });
    }
  }
  for (const c of ruleSets) {
    if (!Array.isArray(c.groups)) continue;
    c.groups.forEach((g: any, gi: number) =>
      (g.rules ?? []).forEach((r: any, ri: number) => {
        const err = typeof r.expr === 'string' ? promqlError(r.expr) : `'expr' must be a PromQL string, got ${JSON.stringify(r.expr)}`;
        if (err) {
          findings.push({ level: 'error', file: c.file, object: c.object, path: `${c.at}groups[${gi}].rules[${ri}].expr`, message: `PromQL does not parse: ${err}` });
        }
      }),
    );
  }
  return findings;
};
