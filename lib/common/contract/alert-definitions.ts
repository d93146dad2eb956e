/**
 * An alert as typed data, with the proof that it fires when it should and only then: each
 * component's folder defines the alerts on the metrics it serves (its registration lists
 * them), and `promtool test rules` tests are generated from the series each carries.
 */
import { Severity } from '../vocabulary/rules';

/** A series of a promtool test: `metric{labels}` and its values in promtool's expanding notation. */
export interface TestSeries {
  readonly series: string;
  readonly values: string;
}

/** One alert, with the proof that it fires when it should and only then. */
export interface AlertDefinition {
  readonly alert: string;
  /** `cluster`: the cluster's objects and nodes; `stack`: the observability stack itself. */
  readonly group: 'cluster' | 'stack';
  readonly severity: Severity;
  readonly expr: string;
  readonly for: string;
  /** May use `{{ $labels.x }}` of the labels the expression keeps. */
  readonly summary: string;
  readonly description: string;
  readonly test: {
    /** Series under which the alert fires at `at`, with exactly `labels` (besides severity). */
    readonly firing: readonly TestSeries[];
    /** Series of a healthy system, as close to firing as honest: nothing fires at `at`. */
    readonly healthy: readonly TestSeries[];
    readonly at: string;
    /** The labels (besides severity) of each alert that fires at `at`. */
    readonly labels: ReadonlyArray<Readonly<Record<string, string>>>;
  };
}

/** `n` samples of a constant. */
export const flat = (v: number, n = 60): string => `${v}x${n}`;
/** A counter growing by `step` a minute. */
export const growing = (step: number, n = 60): string => `0+${step}x${n}`;
/** A native histogram whose count (and sum) grows by `step` a minute, in promtool's notation. */
export const nativeGrowing = (step: number, n = 60): string => `{{schema:0 sum:0 count:0}}+{{schema:0 sum:${step} count:${step}}}x${n}`;
