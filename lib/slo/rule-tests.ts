/**
 * `promtool test rules` unit tests for the SLO rules, generated beside the generator from
 * the same declarations, so that every SLO of an environment is proven by the real rule
 * engine: a fast burn pages within 5 minutes, a burn well inside the budget fires nothing
 * for a whole day, a slow burn near 2x opens only the slowest ticket, and a period without
 * traffic fires nothing and records 0, never NaN. Each expected alert names its window pair.
 * @see https://prometheus.io/docs/prometheus/latest/configuration/unit_testing_rules/
 */
import { RED_METRICS } from '../common/red-metrics';
import { equals, selector } from '../common/rules';
import { BURN_RATE_ALERTS, ResolvedSlo, SLO_ALERT, SLO_RECORDS, scaledWindow } from './slo';

/** One test of a promtool test file. */
interface RuleTest {
  readonly name: string;
  readonly interval: string;
  readonly input_series: Array<{ readonly series: string; readonly values: string }>;
  readonly alert_rule_test?: Array<{ readonly eval_time: string; readonly alertname: string; readonly exp_alerts: Array<{ readonly exp_labels: Record<string, string>; readonly exp_annotations: Record<string, string> }> }>;
  readonly promql_expr_test?: Array<{ readonly expr: string; readonly eval_time: string; readonly exp_samples: Array<{ readonly labels: string; readonly value: number }> }>;
}

/** A promtool test file. */
export interface RuleTestFile {
  readonly rule_files: string[];
  readonly evaluation_interval: string;
  readonly tests: RuleTest[];
}

/** Requests per minute in every scenario. */
const PER_MINUTE = 6000;

/** Go's `%.4g` for the magnitudes these tests produce (what `humanize` prints at 1 and above). */
const g4 = (x: number): string => String(Number(x.toPrecision(4)));

/**
 * The input series of one SLO for a minute-by-minute share of bad requests over `minutes`:
 * counters (or histogram buckets) that grow by the same amount every minute.
 */
const inputFor = (slo: ResolvedSlo, badShare: number, minutes: number, perMinute = PER_MINUTE): RuleTest['input_series'] => {
  const bad = Math.round(perMinute * badShare);
  const serverSpans = { [RED_METRICS.labels.service]: slo.service, [RED_METRICS.labels.spanKind]: RED_METRICS.serverKind };
  const series = (metric: string, labels: Record<string, string>, step: number) => ({ series: selector(metric, equals(labels)), values: `0+${step}x${minutes}` });
  const sli = slo.sli;
  if (sli.kind === 'availability') {
    const badMatcher = sli.bad ?? { label: RED_METRICS.labels.statusCode, op: '=', value: RED_METRICS.errorStatus };
    if (badMatcher.op !== '=') throw new Error(`SLO '${slo.name}': tests are generated for an equality 'bad' matcher only, got ${badMatcher.op}`);
    const base = sli.selector ?? serverSpans;
    const good: Record<string, string> = sli.bad ? {} : { [RED_METRICS.labels.statusCode]: 'STATUS_CODE_UNSET' };
    return [series(sli.totalMetric ?? RED_METRICS.calls, { ...base, ...good }, perMinute - bad), series(sli.totalMetric ?? RED_METRICS.calls, { ...base, [badMatcher.label]: badMatcher.value }, bad)];
  }
  const hist = sli.histogramMetric ?? RED_METRICS.duration;
  const base = sli.selector ?? serverSpans;
  return [
    series(`${hist}_bucket`, { ...base, le: String(sli.thresholdSeconds) }, perMinute - bad),
    series(`${hist}_bucket`, { ...base, le: '+Inf' }, perMinute),
    series(`${hist}_count`, base, perMinute),
  ];
};

/** The alerts the rules raise for one SLO burning at `burn` times its budget, of the given pairs. */
const expectedAlerts = (slo: ResolvedSlo, burn: number, pairs: ReadonlyArray<(typeof BURN_RATE_ALERTS)[number]>) =>
  pairs.map((a) => {
    const long = scaledWindow(a.long, slo.period);
    const short = scaledWindow(a.short, slo.period);
    return {
      exp_labels: { slo: slo.name, service: slo.service, severity: a.severity, long_window: long, short_window: short },
      exp_annotations: {
        summary: `SLO ${slo.name} of ${slo.service}: error budget burning ${a.burnRate}x or faster`,
        description:
          `${slo.objective}% ${slo.sli.kind} over ${slo.period}: the error ratio over ${long} and over ${short} is above ${a.burnRate} times the budget ` +
          `(${long} burn rate ${g4(burn)}x). At this rate the ${slo.period} budget is gone in ${burnOutTime(slo.period, a.burnRate)}.`,
        budget_remaining: `${g4((1 - burn) * 100)}%`,
        ...(slo.runbookUrl ? { runbook_url: slo.runbookUrl } : {}),
      },
    };
  });

const burnOutTime = (period: string, burnRate: number): string => {
  const minutes = Math.round((Number(period.replace('d', '')) * 1440) / burnRate);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}` || '0m';
};

/** The unit tests of one SLO. */
export const sloRuleTests = (slo: ResolvedSlo): RuleTest[] => {
  const budget = (100 - slo.objective) / 100;
  const name = (what: string) => `${slo.name}: ${what}`;
  const record = (r: string) => `${r}{service="${slo.service}",slo="${slo.name}"}`;
  const fast = Math.min(20 * budget, 1);
  const slow = 2 * budget;
  const slowest = BURN_RATE_ALERTS.filter((a) => a.burnRate < 2);
  return [
    {
      name: name(`a burn of ${g4(fast / budget)}x the budget pages within 5 minutes, on both page pairs (and both tickets)`),
      interval: '1m',
      input_series: inputFor(slo, fast, 60),
      alert_rule_test: [{ eval_time: '5m', alertname: SLO_ALERT, exp_alerts: expectedAlerts(slo, fast / budget, BURN_RATE_ALERTS) }],
    },
    {
      name: name('a burn of 0.5x the budget fires nothing for a whole day'),
      interval: '1m',
      input_series: inputFor(slo, budget / 2, 1440),
      alert_rule_test: ['5m', '1h', '6h', '12h', '1d'].map((t) => ({ eval_time: t, alertname: SLO_ALERT, exp_alerts: [] })),
    },
    {
      name: name('a slow burn of 2x the budget opens only the slowest ticket, for hours'),
      interval: '1m',
      input_series: inputFor(slo, slow, 720),
      alert_rule_test: ['1h', '6h', '12h'].map((t) => ({ eval_time: t, alertname: SLO_ALERT, exp_alerts: expectedAlerts(slo, 2, slowest) })),
    },
    {
      name: name('no traffic fires nothing and records an error ratio of 0, not NaN'),
      interval: '1m',
      input_series: inputFor(slo, 0, 120, 0),
      alert_rule_test: [{ eval_time: '2h', alertname: SLO_ALERT, exp_alerts: [] }],
      promql_expr_test: [
        { expr: record(SLO_RECORDS.errorRatio('5m')), eval_time: '2h', exp_samples: [{ labels: record(SLO_RECORDS.errorRatio('5m')), value: 0 }] },
        { expr: record(SLO_RECORDS.errorRatio(slo.period)), eval_time: '2h', exp_samples: [{ labels: record(SLO_RECORDS.errorRatio(slo.period)), value: 0 }] },
        { expr: record(SLO_RECORDS.budgetRemaining), eval_time: '2h', exp_samples: [{ labels: record(SLO_RECORDS.budgetRemaining), value: 1 }] },
      ],
    },
  ];
};

/** The test file for a rule file holding the rules of these SLOs. */
export const sloRuleTestFile = (ruleFile: string, slos: readonly ResolvedSlo[]): RuleTestFile => ({
  rule_files: [ruleFile],
  evaluation_interval: '1m',
  tests: slos.flatMap(sloRuleTests),
});
