/**
 * Service level objectives as typed declarations, and the Prometheus rules that alert on
 * them: multi-window, multi-burn-rate alerts as the SRE workbook defines them
 * (https://sre.google/workbook/alerting-on-slos/), with the known failures of generated SLO
 * rules avoided:
 * - the windows the pages read (hours at most) are error ratios of the raw counters' increase
 *   over the window, so a page fires at the minute a direct rate crosses its burn rate; a
 *   window summed from 5m rates would trail it: a 5m rate takes a change in over 5 minutes
 *   (with 1-minute samples and evaluations the four 5m rates after it hold 1/4, 2/4, 3/4 and
 *   4/4 of the new rate), so the sum misses about half of those minutes of the new rate (1.5
 *   minutes there) and a page comes about 2 minutes late;
 * - the raw (high-cardinality) series are read over no longer window than that: the windows
 *   only tickets read and the period are ratios of sums over a 5m rate recorded per SLO
 *   (`sum_over_time`), never an average of ratios (wrong under uneven traffic) nor a rate
 *   over days of raw series;
 * - a burn rate at exactly an alert's threshold fires it (`>=`, on burn rates recorded to a
 *   millionth, so that float rounding does not put exactly 3x under 3);
 * - no ratio is NaN or Inf: a window without traffic has an error ratio of 0;
 * - a page can require a minimum number of requests in its long window;
 * - one alert rule per window pair, labelled with the pair, so a receiver knows which fired.
 */
import { Duration } from '../common/vocabulary/duration';
import { RED_METRICS } from '../common/vocabulary/red-metrics';
import { AlertingRule, Matcher, RecordingRule, RuleGroup, equals, quote, selector } from '../common/vocabulary/rules';
import { checkKnownKeys, checkNonEmpty } from '../common/vocabulary/validate';

/** The periods an SLO may be declared over. */
export const SLO_PERIODS = ['7d', '14d', '28d', '30d'] as const;
export type SloPeriod = (typeof SLO_PERIODS)[number];

/** Availability: the share of requests that did not fail. */
export interface AvailabilitySli {
  readonly kind: 'availability';
  /**
   * A counter of every request.
   * @default RED_METRICS.calls (the gateway's span metrics)
   */
  readonly totalMetric?: string;
  /**
   * Selects the SLO's requests among the counter's series.
   * @default - the service's server spans: `service_name` = the SLO's service, `span_kind` = SPAN_KIND_SERVER
   */
  readonly selector?: Readonly<Record<string, string>>;
  /**
   * What makes a request bad, e.g. `{ label: 'code', op: '=~', value: '5..' }` for application metrics.
   * @default - `status_code="STATUS_CODE_ERROR"`
   */
  readonly bad?: Matcher;
}

/** Latency: the share of requests faster than a threshold, from a histogram's buckets. */
export interface LatencySli {
  readonly kind: 'latency';
  /** The threshold, in seconds: one of the histogram's bucket boundaries. */
  readonly thresholdSeconds: number;
  /**
   * The histogram (without `_bucket`/`_count`).
   * @default RED_METRICS.duration (the gateway's span metrics)
   */
  readonly histogramMetric?: string;
  /**
   * The histogram's bucket boundaries in seconds.
   * @default RED_METRICS.bucketsSeconds
   */
  readonly bucketsSeconds?: readonly number[];
  /** @default - the service's server spans, as for availability */
  readonly selector?: Readonly<Record<string, string>>;
}

/** One service level objective. */
export interface SloProps {
  /** A unique name, a DNS-1123 label (the `slo` label of its rules and alerts). */
  readonly name: string;
  /** The service (`service_name` of the RED metrics), the `service` label. */
  readonly service: string;
  readonly sli: AvailabilitySli | LatencySli;
  /** The share of good requests to meet, in percent, strictly between 0 and 100 (e.g. 99.9). */
  readonly objective: number;
  /** @default '28d' */
  readonly period?: SloPeriod;
  /** Pages only when the long window saw at least this many requests. @default 0 */
  readonly minRequestsForPage?: number;
  /** The runbook linked from every alert. @default - none */
  readonly runbookUrl?: string;
}

const SLO_KEYS: Record<keyof SloProps, true> = { name: true, service: true, sli: true, objective: true, period: true, minRequestsForPage: true, runbookUrl: true };

/**
 * The burn-rate alerts of the SRE workbook for a 30-day period: the long and short window
 * of each, and the burn rate both must exceed. Windows scale with the declared period.
 */
export const BURN_RATE_ALERTS = [
  { severity: 'page', long: '1h', short: '5m', burnRate: 14.4 },
  { severity: 'page', long: '6h', short: '30m', burnRate: 6 },
  { severity: 'ticket', long: '1d', short: '2h', burnRate: 3 },
  { severity: 'ticket', long: '3d', short: '6h', burnRate: 1 },
] as const;

/** The name of every burn-rate alert (one rule per window pair, told apart by labels). */
export const SLO_ALERT = 'SLOErrorBudgetBurn';

/** The recording rules' names. */
export const SLO_RECORDS = {
  requests: 'slo:requests:rate5m',
  errors: 'slo:errors:rate5m',
  errorRatio: (window: string) => `slo:error_ratio:rate${window}`,
  burnRate: (window: string) => `slo:burn_rate:rate${window}`,
  budgetRemaining: 'slo:error_budget:remaining',
} as const;

const RECORDED = Duration.parse('5m', '5m').seconds;

/** The precision burn rates are recorded to (PromQL `round`'s `to_nearest`). */
const BURN_RATE_PRECISION = 0.000001;

/** A duration in whole minutes as Prometheus writes it (`56m`, `5h36m`, `1d`). */
const promDuration = (seconds: number): string => {
  const m = Math.round(seconds / 60);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const min = m % 60;
  return `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${min ? `${min}m` : ''}` || '0m';
};

/** A 30-day workbook window scaled to the period, never below the recorded 5m. */
export const scaledWindow = (window: string, period: SloPeriod): string => {
  const factor = Duration.parse('period', period).seconds / Duration.parse('30d', '30d').seconds;
  return promDuration(Math.max(RECORDED, Duration.parse('window', window).seconds * factor));
};

/** The windows of a period. */
const windowsOf = (period: SloPeriod): string[] => {
  const seconds = (w: string) => Duration.parse('window', w).seconds;
  return [...new Set([...BURN_RATE_ALERTS.flatMap((a) => [scaledWindow(a.long, period), scaledWindow(a.short, period)]), period])].sort((a, b) => seconds(a) - seconds(b));
};

/** The windows an SLO's error ratio and burn rate are recorded over (its alerts' and its period), shortest first. */
export const sloWindows = (slo: { readonly period: SloPeriod }): string[] => [...windowsOf(slo.period)];

/** The windows the page alerts of a period read: their error ratios come from the raw counters. */
export const pageWindows = (period: SloPeriod): string[] => [
  ...new Set(BURN_RATE_ALERTS.filter((a) => a.severity === 'page').flatMap((a) => [scaledWindow(a.long, period), scaledWindow(a.short, period)])),
];

/** A checked SLO with its defaults resolved. */
export interface ResolvedSlo extends Required<Omit<SloProps, 'runbookUrl'>> {
  readonly runbookUrl?: string;
}

/**
 * Checks a list of SLOs: each error names the SLO and the field. Unique names, an
 * objective strictly between 0 and 100, a period from the list, and for latency a
 * threshold that is one of the histogram's boundaries.
 */
export const checkSlos = (slos: readonly SloProps[]): ResolvedSlo[] => {
  const seen = new Set<string>();
  return slos.map((s, i) => {
    const owner = `SLO '${s?.name ?? `#${i}`}'`;
    checkKnownKeys(owner, s, Object.keys(SLO_KEYS));
    if (typeof s.name !== 'string' || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(s.name) || s.name.length > 63) {
      throw new Error(`SLO #${i}: 'name' must be a DNS-1123 label (lowercase letters, digits and '-'), got '${s.name}'`);
    }
    if (seen.has(s.name)) throw new Error(`${owner}: 'name' must be unique among the SLOs, got '${s.name}' twice`);
    seen.add(s.name);
    checkNonEmpty(`${owner}: 'service'`, s.service);
    if (typeof s.objective !== 'number' || !(s.objective > 0 && s.objective < 100)) {
      throw new Error(`${owner}: 'objective' must be between 0 and 100 (exclusive), got ${s.objective}`);
    }
    const period = s.period ?? '28d';
    if (!SLO_PERIODS.includes(period)) throw new Error(`${owner}: 'period' must be one of ${SLO_PERIODS.map((p) => `'${p}'`).join(', ')}, got '${period}'`);
    const minRequestsForPage = s.minRequestsForPage ?? 0;
    if (!Number.isInteger(minRequestsForPage) || minRequestsForPage < 0) {
      throw new Error(`${owner}: 'minRequestsForPage' must be an integer of at least 0, got ${minRequestsForPage}`);
    }
    if (s.runbookUrl !== undefined && !/^https?:\/\/\S+$/.test(s.runbookUrl)) {
      throw new Error(`${owner}: 'runbookUrl' must be an http(s) URL, got '${s.runbookUrl}'`);
    }
    const sli = s.sli;
    if (sli?.kind === 'latency') {
      const buckets = sli.bucketsSeconds ?? RED_METRICS.bucketsSeconds;
      if (!buckets.includes(sli.thresholdSeconds)) {
        throw new Error(`${owner}: 'sli.thresholdSeconds' must be one of the histogram's bucket boundaries (${buckets.join(', ')} seconds), got ${sli.thresholdSeconds}`);
      }
    } else if (sli?.kind !== 'availability') {
      throw new Error(`${owner}: 'sli.kind' must be one of 'availability', 'latency', got '${(sli as { kind?: string })?.kind}'`);
    }
    return { ...s, period, minRequestsForPage, sli };
  });
};

/**
 * Refuses an SLO whose period is longer than the metrics it is computed from are kept: its
 * error budget sums the samples of the whole period, so beyond the retention it would
 * silently cover only what is left. The rules read Prometheus's own TSDB: no long-term store holds older samples for them.
 * @param retention the prop that keeps the samples (`owner`, e.g. `Prometheus 'retention'`) and its value
 */
export const checkSloPeriods = (slos: readonly ResolvedSlo[], retention: { readonly owner: string; readonly value: string }): void => {
  if (!slos.length) return;
  // parsed as Prometheus parses it, so a bad value fails with the same message
  const kept = Duration.parse(retention.owner, retention.value, 3600);
  for (const s of slos) {
    if (Duration.parse('period', s.period).seconds > kept.seconds) {
      throw new Error(
        `SLO '${s.name}': 'period' must be at most ${retention.owner} (${kept.toPrometheus()}), as its error budget sums the samples of the whole period and the rules read no long-term store, got '${s.period}'`,
      );
    }
  }
};

/** The recorded 5m series of one SLO, selected by its labels. */
const recorded = (name: string, slo: ResolvedSlo): string => selector(name, equals({ slo: slo.name }));

/** `a / (b > 0) or b * 0`: the ratio, and 0 where there was no traffic (never NaN or Inf). */
const safeRatio = (a: string, b: string): string => `${a} / (${b} > 0) or ${b} * 0`;

/** The share of requests an SLO may fail, as its rules write it: 99.9 -> 0.001, without the float noise of 1 - 0.999. */
export const errorBudget = (slo: { readonly objective: number }): number => Number(((100 - slo.objective) / 100).toPrecision(12));

/** The counters of an SLO's SLI: every request, and the bad ones (availability) or the good ones (latency's bucket). */
const sliCounters = (slo: ResolvedSlo): { readonly requests: string; readonly errors?: string; readonly good?: string } => {
  const serverSpans = { [RED_METRICS.labels.service]: slo.service, [RED_METRICS.labels.spanKind]: RED_METRICS.serverKind };
  const sli = slo.sli;
  const base = equals(sli.selector ?? serverSpans);
  if (sli.kind === 'availability') {
    const total = sli.totalMetric ?? RED_METRICS.calls;
    const bad = sli.bad ?? { label: RED_METRICS.labels.statusCode, op: '=', value: RED_METRICS.errorStatus };
    return { requests: selector(total, base), errors: selector(total, [...base, bad]) };
  }
  const hist = sli.histogramMetric ?? RED_METRICS.duration;
  return { requests: selector(`${hist}_count`, base), good: selector(`${hist}_bucket`, [...base, { label: 'le', op: '=', value: String(sli.thresholdSeconds) }]) };
};

/** The selector of every request of an SLO, in its raw counter. */
export const sliRequestCounter = (slo: ResolvedSlo): string => sliCounters(slo).requests;

/**
 * An SLO's requests and errors over a range of its raw counters, as `fn` of each summed:
 * `sum(rate(requests[5m]))`; a latency SLI's errors are its requests less its good ones.
 */
export const sliCounts = (slo: ResolvedSlo, fn: 'rate' | 'increase', range: string): { readonly requests: string; readonly errors: string } => {
  const c = sliCounters(slo);
  const requests = `sum(${fn}(${c.requests}[${range}]))`;
  return { requests, errors: c.errors ? `sum(${fn}(${c.errors}[${range}]))` : `(${requests} - sum(${fn}(${c.good}[${range}])))` };
};

/**
 * The rule group of one SLO: 5m rates, window ratios, burn rates, budget, alerts. Built once
 * per SLO and shared by every environment that declares it, so frozen.
 */
export const sloRuleGroup = (slo: ResolvedSlo): RuleGroup => {
  const labels = { slo: slo.name, service: slo.service };
  const sli = slo.sli;
  const over = (fn: 'rate' | 'increase', range: string) => sliCounts(slo, fn, range);
  const requestCounter = sliRequestCounter(slo);
  const { requests, errors } = over('rate', '5m');
  const budget = errorBudget(slo);
  const windows = sloWindows(slo);
  const direct = new Set(pageWindows(slo.period));
  const ratio = (w: string): string => {
    // the 5m rates are themselves a direct rate of the raw counters
    if (w === '5m') return safeRatio(recorded(SLO_RECORDS.errors, slo), recorded(SLO_RECORDS.requests, slo));
    if (direct.has(w)) {
      // a page's window: the raw counters' increase over it; 0 where the counters have no series at all
      const raw = over('increase', w);
      return `${safeRatio(raw.errors, raw.requests)} or vector(0)`;
    }
    return safeRatio(`sum_over_time(${recorded(SLO_RECORDS.errors, slo)}[${w}])`, `sum_over_time(${recorded(SLO_RECORDS.requests, slo)}[${w}])`);
  };
  const rules: Array<RecordingRule | AlertingRule> = [
    // no traffic at all still records 0, so the ratios below are 0, not absent
    { record: SLO_RECORDS.requests, expr: `${requests} or vector(0)`, labels },
    { record: SLO_RECORDS.errors, expr: `${errors} or vector(0)`, labels },
    ...windows.map((w) => ({ record: SLO_RECORDS.errorRatio(w), expr: ratio(w), labels })),
    // to a millionth: the sums a ratio is made of carry float rounding, which can put a burn of
    // exactly 3x at 2.9999999999999996, under an alert's `>= 3`
    ...windows.map((w) => ({ record: SLO_RECORDS.burnRate(w), expr: `round(${recorded(SLO_RECORDS.errorRatio(w), slo)} / ${budget}, ${BURN_RATE_PRECISION})`, labels })),
    { record: SLO_RECORDS.budgetRemaining, expr: `1 - ${recorded(SLO_RECORDS.burnRate(slo.period), slo)}`, labels },
  ];
  for (const a of BURN_RATE_ALERTS) {
    const long = scaledWindow(a.long, slo.period);
    const short = scaledWindow(a.short, slo.period);
    const guard =
      a.severity === 'page' && slo.minRequestsForPage > 0
        ? // the requests the long window has seen, from the counters themselves: a series younger
          // than the window (new service, restarted Prometheus) counts only what it has seen
          ` and on() sum(increase(${requestCounter}[${long}])) >= ${slo.minRequestsForPage}`
        : '';
    const budgetLeft = `{{ with printf ${quote(`${SLO_RECORDS.budgetRemaining}{slo="%s"}`)} $labels.slo | query }}{{ . | first | value | humanizePercentage }}{{ end }}`;
    rules.push({
      alert: SLO_ALERT,
      // a burn at exactly the rate spends the share of the budget the pair is for (14.4x: 2% of
      // 30 days' budget in 1h): that fires
      expr: `${recorded(SLO_RECORDS.burnRate(long), slo)} >= ${a.burnRate} and ${recorded(SLO_RECORDS.burnRate(short), slo)} >= ${a.burnRate}${guard}`,
      labels: { ...labels, severity: a.severity, long_window: long, short_window: short },
      annotations: {
        summary: `SLO ${slo.name} of ${slo.service}: error budget burning ${a.burnRate}x or faster`,
        description:
          `${slo.objective}% ${sli.kind} over ${slo.period}: the error ratio over ${long} and over ${short} is at least ${a.burnRate} times the budget ` +
          `(${long} burn rate {{ $value | humanize }}x). At this rate the ${slo.period} budget is gone in ${promDuration(Duration.parse('p', slo.period).seconds / a.burnRate)}.`,
        budget_remaining: budgetLeft,
        ...(slo.runbookUrl ? { runbook_url: slo.runbookUrl } : {}),
      },
    });
  }
  return { name: `slo-${slo.name}`, rules };
};
