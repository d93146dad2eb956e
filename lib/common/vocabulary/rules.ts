/**
 * Prometheus rule files as typed objects (docs/configuration/recording_rules.md and
 * alerting_rules.md of the pinned version), and small helpers that write PromQL selectors
 * from typed matchers, so no rule is assembled from free text.
 */

/**
 * Prometheus sends every firing alert again at each rule evaluation
 * (`--rules.alert.resend-delay=0s`; its default, 1m, resends at the first evaluation after a
 * minute, every 90 s at a 30 s interval). Alertmanager keeps its alerts in memory and does
 * not gossip them, so a peer that starts has none until they come again: the page that
 * inhibits a ticket among them.
 */
export const ALERT_RESEND_DELAY = '0s';

/** How often Prometheus scrapes and evaluates its rules, unless its `scrapeInterval` says otherwise. */
export const DEFAULT_SCRAPE_INTERVAL = '30s';

/**
 * How long a started Alertmanager peer waits before it notifies
 * (`--dispatch.start-delay`), in evaluation intervals of its Prometheus: one for every
 * firing alert to arrive again, one for the evaluation's own time. Without it, a peer
 * restarted during an incident sent the ticket its page inhibits, having received the
 * ticket's alert before the page's (test/ha-paging.test.ts, the rolled run).
 */
export const ALERT_START_DELAY_INTERVALS = 2;

/** The severities of every alert the stack raises: Alertmanager routes each to its receiver. */
export const SEVERITIES = ['page', 'ticket'] as const;
/** `page` wakes someone now; `ticket` is work for the next working day. */
export type Severity = (typeof SEVERITIES)[number];

/** A recording rule. */
export interface RecordingRule {
  readonly record: string;
  readonly expr: string;
  readonly labels?: Readonly<Record<string, string>>;
}

/** An alerting rule. */
export interface AlertingRule {
  readonly alert: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** A rule group: its rules are evaluated in order, each seeing the results of those before it. */
export interface RuleGroup {
  readonly name: string;
  readonly interval?: string;
  readonly rules: ReadonlyArray<RecordingRule | AlertingRule>;
}

/** A rule file. */
export interface RuleFile {
  readonly groups: readonly RuleGroup[];
}

/** One label matcher. */
export interface Matcher {
  readonly label: string;
  readonly op: '=' | '!=' | '=~' | '!~';
  readonly value: string;
}

const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const METRIC = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** A PromQL string literal (double quotes, backslash escapes). */
export const quote = (v: string): string => JSON.stringify(v);

/** `metric{label="value",...}` from typed matchers; names are checked, values escaped. */
export const selector = (metric: string, matchers: readonly Matcher[] = []): string => {
  if (!METRIC.test(metric)) throw new Error(`'${metric}' is not a Prometheus metric name`);
  for (const m of matchers) if (!LABEL.test(m.label)) throw new Error(`'${m.label}' is not a Prometheus label name`);
  return matchers.length ? `${metric}{${matchers.map((m) => `${m.label}${m.op}${quote(m.value)}`).join(',')}}` : metric;
};

/** Equality matchers from a label map, in key order. */
export const equals = (labels: Readonly<Record<string, string>>): Matcher[] =>
  Object.keys(labels)
    .sort()
    .map((label) => ({ label, op: '=', value: labels[label] }));

/** An alert a promtool test expects at one evaluation time. */
export interface PromtoolAlertTest {
  readonly eval_time: string;
  readonly alertname: string;
  readonly exp_alerts: Array<{ readonly exp_labels: Record<string, string>; readonly exp_annotations: Record<string, string> }>;
}

/**
 * One test of a `promtool test rules` file.
 * @see https://prometheus.io/docs/prometheus/latest/configuration/unit_testing_rules/
 */
export interface PromtoolTest {
  readonly name: string;
  readonly interval: string;
  readonly input_series: Array<{ readonly series: string; readonly values: string }>;
  readonly alert_rule_test?: PromtoolAlertTest[];
  readonly promql_expr_test?: Array<{ readonly expr: string; readonly eval_time: string; readonly exp_samples: Array<{ readonly labels: string; readonly value: number }> }>;
}

/** A `promtool test rules` file. */
export interface PromtoolTestFile {
  readonly rule_files: string[];
  readonly evaluation_interval: string;
  readonly tests: PromtoolTest[];
}
