import { shown } from './validate';

/**
 * One duration grammar for every prop of the stack (`30s`, `15m`, `72h`, `3d`, `2w`, or
 * sums such as `1h30m`), rendered into each component's own grammar where it is used:
 * Go's time.ParseDuration (collector, Tempo: no d or w) or Prometheus's model.Duration.
 */
const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const FORM = /^([0-9]+(s|m|h|d|w))+$/;

/** A checked duration, in whole seconds. */
export class Duration {
  /**
   * Parses a prop value.
   * @param owner names the construct and prop in the error, e.g. `Tempo 'retention'`
   * @param min the least number of seconds allowed
   */
  public static parse(owner: string, value: string, min = 1): Duration {
    if (typeof value !== 'string' || !FORM.test(value)) {
      throw new Error(`${owner} must be a duration such as 30s, 15m, 72h, 3d or 2w (units s, m, h, d, w), got ${shown(value, 'string')}`);
    }
    let seconds = 0;
    for (const m of value.matchAll(/([0-9]+)(s|m|h|d|w)/g)) seconds += Number(m[1]) * UNITS[m[2]];
    if (seconds < min) throw new Error(`${owner} must be at least ${new Duration(min).toPrometheus()}, got '${value}'`);
    return new Duration(seconds);
  }

  private constructor(public readonly seconds: number) {}

  /** Go's form, in the largest unit that divides it among h, m, s (`3d` -> `72h`). */
  public toGo(): string {
    return this.largest(['h', 'm', 's']);
  }

  /** Prometheus's form, in the largest unit that divides it among d, h, m, s (`72h` -> `3d`). */
  public toPrometheus(): string {
    return this.largest(['d', 'h', 'm', 's']);
  }

  private largest(units: string[]): string {
    const unit = units.find((u) => this.seconds % UNITS[u] === 0) ?? 's';
    return `${this.seconds / UNITS[unit]}${unit}`;
  }
}
