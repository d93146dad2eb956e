import { parser as logqlParser } from '@grafana/lezer-logql';
import { parser as traceqlParser } from '@grafana/lezer-traceql';
import { parser as promqlParser } from '@prometheus-io/lezer-promql';
import { Check, Finding, objectId } from './types';

type LezerParser = { parse(input: string): { iterate(spec: { enter(node: { type: { isError: boolean }; from: number }): false | void }): void } };

const firstError = (p: LezerParser, expr: string): string | undefined => {
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

/** Every `expr` of every rule in Prometheus rule files parses as PromQL. */
export const checkExpressions: Check = (env) => {
  const findings: Finding[] = [];
  // rule files in ConfigMaps, and prometheus-operator PrometheusRule objects
  const ruleSets = [
    ...env.configs.map((c) => ({ file: c.file, object: c.object, at: `data.${c.key}: `, groups: c.parsed?.groups })),
    ...env.objects.filter((o) => o.doc?.kind === 'PrometheusRule').map((o) => ({ file: o.file, object: objectId(o.doc), at: 'spec.', groups: o.doc.spec?.groups })),
  ];
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
