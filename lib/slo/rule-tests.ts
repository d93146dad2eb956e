/**
 * `promtool test rules` unit tests for the SLO rules, generated beside the generator from
 * the same declarations, so that every SLO of an environment is proven by the real rule
 * engine: a fast burn pages within 5 minutes, a burn well inside the budget fires nothing
 * for a whole day, a slow burn near 2x opens only the slowest ticket, and a period without
 * traffic fires nothing and records 0, never NaN. Each expected alert names its window pair.
 * @see https://prometheus.io/docs/prometheus/latest/configuration/unit_testing_rules/
 */
import { RED_METRICS } from '../common/vocabulary/red-metrics';
import { PromtoolTest, PromtoolTestFile, equals, selector } from '../common/vocabulary/rules';
import { BURN_RATE_ALERTS, ResolvedSlo, SLO_ALERT, SLO_RECORDS, scaledWindow } from './slo';

/** Requests per minute in every scenario. */
const PER_MINUTE = 6000;

/** Go's `%.4g`: four significant digits, no trailing zeros, exponent form below 1e-4 and from 1e4. */
export const g4 = (x: number): string => {
  const rounded = Number(x.toPrecision(4));
  if (rounded === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(rounded)));
  if (exp >= -4 && exp < 4) return String(rounded);
  const [mantissa, e] = rounded.toExponential(3).split('e');
  const n = Number(e);
  return `${mantissa.replace(/\.?0+$/, '')}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
};

/** Prometheus's `humanize` template function for values of 1 and above: `%.4g` with k, M, G... prefixes. */
export const humanize = (x: number): string => {
  let v = x;
  let prefix = '';
  for (const p of ['k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y']) {
    if (Math.abs(v) < 1000) break;
    prefix = p;
    v /= 1000;
  }
  return `${g4(v)}${prefix}`;
};

/**
 * The input series of one SLO for a minute-by-minute share of bad requests over `minutes`:
 * counters (or histogram buckets) that grow by the same amount every minute.
 */
const inputFor = (slo: ResolvedSlo, badShare: number, minutes: number, perMinute = PER_MINUTE): PromtoolTest['input_series'] => {
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
          `(${long} burn rate ${humanize(burn)}x). At this rate the ${slo.period} budget is gone in ${burnOutTime(slo.period, a.burnRate)}.`,
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
export const sloRuleTests = (slo: ResolvedSlo): PromtoolTest[] => {
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
    ...(slo.minRequestsForPage > 0 ? [youngSeriesTest(slo, name)] : []),
  ];
};

/**
 * `minRequestsForPage` on a series younger than the page windows (a new service, a
 * restarted Prometheus): every request fails, yet the page waits until that many requests
 * have been seen; the tickets, without the guard, fire at once.
 */
const youngSeriesTest = (slo: ResolvedSlo, name: (what: string) => string): PromtoolTest => {
  const min = slo.minRequestsForPage;
  // half the minimum by minute 5, one and a half times it by minute 15
  const perMinute = Math.max(1, Math.ceil(min / 10));
  // the budget as the rules write it (12 significant digits), so that the ratio 1 divides the same
  const burn = 1 / Number(((100 - slo.objective) / 100).toPrecision(12));
  const pages = BURN_RATE_ALERTS.filter((a) => a.severity === 'page');
  const tickets = BURN_RATE_ALERTS.filter((a) => a.severity !== 'page');
  return {
    name: name(`a new series failing every request pages only after ${min} requests (minRequestsForPage), the tickets at once`),
    interval: '1m',
    input_series: inputFor(slo, 1, 15, perMinute),
    alert_rule_test: [
      { eval_time: '5m', alertname: SLO_ALERT, exp_alerts: expectedAlerts(slo, burn, tickets) },
      { eval_time: '15m', alertname: SLO_ALERT, exp_alerts: expectedAlerts(slo, burn, [...pages, ...tickets]) },
    ],
  };
};

/** The test file for a rule file holding the rules of these SLOs. */
export const sloRuleTestFile = (ruleFile: string, slos: readonly ResolvedSlo[]): PromtoolTestFile => ({
  rule_files: [ruleFile],
  evaluation_interval: '1m',
  tests: slos.flatMap(sloRuleTests),
});
