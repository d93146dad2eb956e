/**
 * `promtool test rules` unit tests for the SLO rules, generated beside the generator from
 * the same declarations, so that every SLO of an environment is proven by the real rule
 * engine: a fast burn pages within 5 minutes; a burn that starts after a clean baseline pages
 * at the minute a direct rate over the raw counters crosses the page's burn rate (the minute
 * rules that read every window from the counters, as Sloth's do, page), not a minute before
 * or after, the minute written from the arithmetic of `rate` below; a burn of exactly 3x the
 * budget opens the 3x ticket; a burn well inside the budget fires nothing for a whole day, a
 * slow burn near 2x opens only the slowest ticket, and a period without traffic fires
 * nothing and records 0, never NaN. Each expected alert names its window pair.
 * @see https://prometheus.io/docs/prometheus/latest/configuration/unit_testing_rules/
 */
import { RED_METRICS } from '../common/vocabulary/red-metrics';
import { PromtoolTest, PromtoolTestFile, equals, selector } from '../common/vocabulary/rules';
import { Duration } from '../common/vocabulary/duration';
import { BURN_RATE_ALERTS, ResolvedSlo, SLO_ALERT, SLO_RECORDS, errorBudget, pageWindows, scaledWindow, sliCounts, sloWindows } from './slo';

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

/** Requests per minute (PER_MINUTE, or 10, 100... times it) of which `share` is a whole number. */
const exactPerMinute = (share: number): number => {
  for (let perMinute = PER_MINUTE; perMinute <= PER_MINUTE * 1e6; perMinute *= 10) {
    const bad = perMinute * share;
    if (Math.abs(bad - Math.round(bad)) < 1e-9) return perMinute;
  }
  throw new Error(`no whole number of requests a minute fails a share of ${share}`);
};

/**
 * The input series of one SLO for `baseline` minutes of clean traffic, then `bad` of the
 * `perMinute` requests failing every minute until `minutes`. An availability SLI's counter of
 * bad requests starts at a minute's requests, as a service's that has failed before: `rate`
 * extrapolates a counter to the start of its window only down to 0, so a counter at 0 would
 * be read differently from the others.
 */
const onsetInput = (slo: ResolvedSlo, baseline: number, bad: number, minutes: number, perMinute = PER_MINUTE): PromtoolTest['input_series'] => {
  const serverSpans = { [RED_METRICS.labels.service]: slo.service, [RED_METRICS.labels.spanKind]: RED_METRICS.serverKind };
  // `start` and `before` a minute until the baseline's end, `after` a minute from there
  const values = (start: number, before: number, after: number) =>
    `${start}+${before}x${baseline} ${start + before * baseline + after}+${after}x${minutes - baseline - 1}`;
  const series = (metric: string, labels: Record<string, string>, v: string) => ({ series: selector(metric, equals(labels)), values: v });
  const sli = slo.sli;
  const base = sli.selector ?? serverSpans;
  if (sli.kind === 'availability') {
    const badMatcher = sli.bad ?? { label: RED_METRICS.labels.statusCode, op: '=', value: RED_METRICS.errorStatus };
    if (badMatcher.op !== '=') throw new Error(`SLO '${slo.name}': tests are generated for an equality 'bad' matcher only, got ${badMatcher.op}`);
    const good: Record<string, string> = sli.bad ? {} : { [RED_METRICS.labels.statusCode]: 'STATUS_CODE_UNSET' };
    const metric = sli.totalMetric ?? RED_METRICS.calls;
    return [series(metric, { ...base, ...good }, values(0, perMinute, perMinute - bad)), series(metric, { ...base, [badMatcher.label]: badMatcher.value }, values(perMinute, 0, bad))];
  }
  const hist = sli.histogramMetric ?? RED_METRICS.duration;
  return [
    series(`${hist}_bucket`, { ...base, le: String(sli.thresholdSeconds) }, values(0, perMinute, perMinute - bad)),
    series(`${hist}_bucket`, { ...base, le: '+Inf' }, values(0, perMinute, perMinute)),
    series(`${hist}_count`, base, values(0, perMinute, perMinute)),
  ];
};

const minutesOf = (w: string): number => Duration.parse('window', w).seconds / 60;
const sum = (from: number, to: number, f: (i: number) => number): number => {
  let total = 0;
  for (let i = from; i <= to; i++) total += f(i);
  return total;
};

/**
 * The burn rate the rules record over window `w` at minute `t`, `d` minutes into a burn of
 * `burn` times the budget that follows a clean baseline, every counter sampled each minute
 * from minute 0 (the arithmetic of `rate`: the counters' increase between the first and the
 * last sample of the window, extrapolated to the window's start, but not below 0):
 * - a window read from the raw counters (the 5m rates, and `increase` over a page's window),
 *   whose baseline fills it: its samples span its last W-1 minutes, d of them with errors,
 *   and every counter is extrapolated alike, so burn × min(d, W-1) / (W-1);
 * - a window summed from the 5m rates (`sum_over_time`): the j-th 5m rate after the onset
 *   holds min(j, 4)/4 of the errors; each 5m rate holds a full 5m of requests but the first
 *   four of the input, which hold k/5 at minute k (their counters start at 0).
 */
const recordedBurn = (w: string, direct: ReadonlySet<string>, burn: number, d: number, t: number): number => {
  const W = minutesOf(w);
  if (w === '5m' || direct.has(w)) return (burn * Math.min(d, W - 1)) / (W - 1);
  const errors = sum(Math.max(1, d - W + 1), d, (j) => Math.min(j, 4) / 4);
  const requests = sum(Math.max(1, t - W + 1), t, (k) => Math.min(k, 5) / 5);
  return (burn * errors) / requests;
};

/**
 * A burn of `burn` times the budget after a clean baseline, arranged so that one page pair
 * fires first, alone: the baseline (the longest page window, and an hour more at a time until
 * that holds; it fills every raw window), and the minute it fires. Undefined where no page can
 * fire first.
 */
const onsetScenario = (slo: ResolvedSlo, burn: number) => {
  const direct = new Set(pageWindows(slo.period));
  const longest = Math.max(...sloWindows(slo).filter((w) => w !== slo.period).map(minutesOf));
  const firing = (baseline: number, d: number) => {
    const t = baseline + d;
    return BURN_RATE_ALERTS.filter((a) => [a.long, a.short].every((w) => recordedBurn(scaledWindow(w, slo.period), direct, burn, d, t) >= a.burnRate));
  };
  for (let baseline = Math.max(...[...direct].map(minutesOf)); baseline <= 2 * longest; baseline += 60) {
    for (let d = 1; d <= longest; d++) {
      const pairs = firing(baseline, d);
      if (!pairs.length) continue;
      if (pairs.length > 1 || pairs[0].severity !== 'page') break;
      const [pair] = pairs;
      const windows = [pair.long, pair.short].map((w) => scaledWindow(w, slo.period));
      const t = baseline + d;
      // no burn a hair from its threshold: the minute must not hang on float rounding
      const near = BURN_RATE_ALERTS.some((a) => [a.long, a.short].some((w) => [d - 1, d].some((x) => Math.abs(recordedBurn(scaledWindow(w, slo.period), direct, burn, x, baseline + x) - a.burnRate) < 1e-6)));
      if (near) throw new Error(`SLO '${slo.name}': a burn of ${burn}x puts a window's burn rate on an alert's threshold; choose another`);
      // where the pair's windows were summed from the 5m rates, the minute it would fire instead
      let summed = d;
      while (!windows.every((w) => recordedBurn(w, new Set(), burn, summed, baseline + summed) >= pair.burnRate)) summed++;
      return { baseline, d, summed, pair, windows, t, longBurn: recordedBurn(windows[0], direct, burn, d, t), periodBurn: recordedBurn(slo.period, direct, burn, d, t) };
    }
  }
  return undefined;
};

/**
 * The alerts the rules raise for one SLO burning at `burn` times its budget, of the given
 * pairs; `periodBurn` is the period's burn rate where it differs (what the budget left reads).
 */
const expectedAlerts = (slo: ResolvedSlo, burn: number, pairs: ReadonlyArray<(typeof BURN_RATE_ALERTS)[number]>, periodBurn = burn) =>
  pairs.map((a) => {
    const long = scaledWindow(a.long, slo.period);
    const short = scaledWindow(a.short, slo.period);
    return {
      exp_labels: { slo: slo.name, service: slo.service, severity: a.severity, long_window: long, short_window: short },
      exp_annotations: {
        summary: `SLO ${slo.name} of ${slo.service}: error budget burning ${a.burnRate}x or faster`,
        description:
          `${slo.objective}% ${slo.sli.kind} over ${slo.period}: the error ratio over ${long} and over ${short} is at least ${a.burnRate} times the budget ` +
          `(${long} burn rate ${humanize(burn)}x). At this rate the ${slo.period} budget is gone in ${burnOutTime(slo.period, a.burnRate)}.`,
        budget_remaining: `${g4((1 - periodBurn) * 100)}%`,
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
    {
      name: name('a burn of exactly 3x the budget opens the 3x ticket (and the 1x one), for hours; no page'),
      interval: '1m',
      input_series: inputFor(slo, 3 * budget, 360, exactPerMinute(3 * budget)),
      alert_rule_test: ['2h', '6h'].map((t) => ({ eval_time: t, alertname: SLO_ALERT, exp_alerts: expectedAlerts(slo, 3, BURN_RATE_ALERTS.filter((a) => a.severity === 'ticket')) })),
    },
    ...onsetTests(slo, name),
    ...(slo.minRequestsForPage > 0 ? [youngSeriesTest(slo, name)] : []),
  ];
};

/**
 * A page's condition as Sloth writes it, on the raw counters: the error ratio of each window a
 * direct rate (`sum(rate(errors[1h])) / sum(rate(requests[1h])) > (14.4 * 0.001)`), both
 * windows above; counted, so that it is 1 where it holds and empty where not.
 */
export const slothPage = (slo: ResolvedSlo, windows: readonly string[], burnRate: number): string => {
  const threshold = `(${burnRate} * ${errorBudget(slo)})`;
  return `count(${windows.map((w) => sliCounts(slo, 'rate', w)).map((c) => `(${c.errors} / ${c.requests}) > ${threshold}`).join(' and ')})`;
};

/**
 * A page's condition on windows summed from the recorded 5m rates (the 5m window itself read
 * as recorded), counted as {@link slothPage}: what the page would see were its windows read
 * as the tickets' longer ones are.
 */
export const summedPage = (slo: ResolvedSlo, windows: readonly string[], burnRate: number): string => {
  const sel = `{slo="${slo.name}"}`;
  const ratio = (w: string) =>
    w === '5m' ? `${SLO_RECORDS.errorRatio('5m')}${sel}` : `(sum_over_time(${SLO_RECORDS.errors}${sel}[${w}]) / sum_over_time(${SLO_RECORDS.requests}${sel}[${w}]))`;
  return `count(${windows.map((w) => `${ratio(w)} / ${errorBudget(slo)} >= ${burnRate}`).join(' and ')})`;
};

/** The burn of the onset test: 50x the budget, or every request failing where the budget is wider than 2%. */
const ONSET_BURN = 50;

/**
 * The onset test's case for one SLO: the burn, the bad requests a minute, the scenario
 * (baseline, the minute the first page fires and the minute it would where its windows were
 * summed from the 5m rates), and its input series over a number of minutes. Undefined where
 * no page can fire first.
 */
export const onsetCase = (slo: ResolvedSlo) => {
  const budget = errorBudget(slo);
  const bad = Math.round(PER_MINUTE * Math.min(1, ONSET_BURN * budget));
  // the burn the series carry, as the rules divide it
  const burn = bad / PER_MINUTE / budget;
  const scenario = onsetScenario(slo, burn);
  return scenario && { burn, bad, scenario, input: (minutes: number) => onsetInput(slo, scenario.baseline, bad, minutes) };
};

/**
 * A burn that starts after a clean baseline pages at the minute a direct rate over the raw
 * counters crosses the page's burn rate, and not the minute before: rules that read each
 * window from the counters (Sloth's: `sum(rate(errors[1h])) / sum(rate(requests[1h])) >
 * 14.4 * budget`) cross at the same minute, which the test shows on the same series.
 */
const onsetTests = (slo: ResolvedSlo, name: (what: string) => string): PromtoolTest[] => {
  const o = onsetCase(slo);
  if (!o) return [];
  const { scenario: s, burn } = o;
  if (PER_MINUTE * (minutesOf(s.windows[0]) - 1) < slo.minRequestsForPage) throw new Error(`SLO '${slo.name}': the onset test's traffic is below 'minRequestsForPage'`);
  // empty the minute before, 1 at the minute
  const firstAt = (expr: string, minute: number) => [
    { expr, eval_time: `${minute - 1}m`, exp_samples: [] },
    { expr, eval_time: `${minute}m`, exp_samples: [{ labels: '{}', value: 1 }] },
  ];
  return [
    {
      name: name(
        `a burn of ${g4(burn)}x the budget after ${s.baseline} clean minutes pages ${s.d} minutes in (${s.windows.join('/')}), ` +
          `the minute a direct rate over the raw counters (Sloth's rules) crosses ${s.pair.burnRate}x, not before; ` +
          `windows summed from the 5m rates would page ${s.summed} minutes in`,
      ),
      interval: '1m',
      input_series: o.input(s.baseline + s.summed + 1),
      alert_rule_test: [
        { eval_time: `${s.t - 1}m`, alertname: SLO_ALERT, exp_alerts: [] },
        { eval_time: `${s.t}m`, alertname: SLO_ALERT, exp_alerts: expectedAlerts(slo, s.longBurn, [s.pair], s.periodBurn) },
      ],
      promql_expr_test: [...firstAt(slothPage(slo, s.windows, s.pair.burnRate), s.t), ...firstAt(summedPage(slo, s.windows, s.pair.burnRate), s.baseline + s.summed)],
    },
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
