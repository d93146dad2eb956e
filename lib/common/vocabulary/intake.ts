/**
 * What an environment expects to take in: the figures each backend's shape is derived from
 * and checked against its vendor's documented limits (Loki's and Tempo's monolithic modes).
 * A figure left out is not checked.
 */
import { checkKnownKeys } from './validate';

/** The expected intake of an environment, at its daily peak. */
export interface IntakeProps {
  /** Log volume the applications and nodes write, in GB a day. @default - not declared */
  readonly logsGigabytesPerDay?: number;
  /**
   * Spans a second the applications send, before sampling. Tempo is sized for all of them:
   * in an error storm the gateway keeps every trace. @default - not declared
   */
  readonly spansPerSecond?: number;
}

const INTAKE_KEYS: Record<keyof IntakeProps, true> = { logsGigabytesPerDay: true, spansPerSecond: true };

/** Checks an environment's intake: each figure a positive number. */
export const checkIntake = (intake: IntakeProps | undefined): IntakeProps => {
  if (intake === undefined) return {};
  checkKnownKeys(`ObservabilityStack 'intake'`, intake, Object.keys(INTAKE_KEYS));
  for (const key of Object.keys(INTAKE_KEYS) as Array<keyof IntakeProps>) {
    const v = intake[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)) {
      throw new Error(`ObservabilityStack 'intake.${key}' must be a positive number, got ${JSON.stringify(v)}`);
    }
  }
  return intake;
};

/**
 * A vendor's documented limit of one shape of a component: what it takes at most, where
 * the figure comes from, and what to run above it.
 */
export interface ShapeLimit {
  /** The component and shape, e.g. `Loki in monolithic mode`. */
  readonly shape: string;
  /** The intake figure it limits. */
  readonly intake: keyof IntakeProps;
  /** The most it takes, in the intake figure's unit. */
  readonly max: number;
  /** The unit, as written in messages (`GB a day`). */
  readonly unit: string;
  /** The vendor's own words and where they are. */
  readonly source: string;
  /** What to run above the limit. */
  readonly above: string;
}

/** Refuses an intake above a shape's documented limit, naming the limit and its source. */
export const checkShapeLimit = (owner: string, limit: ShapeLimit, intake: IntakeProps): void => {
  const v = intake[limit.intake];
  if (v !== undefined && v > limit.max) {
    throw new Error(
      `${owner}: ${limit.shape} takes at most ${limit.max.toLocaleString('en-US')} ${limit.unit} (${limit.source}); ` +
        `'intake.${limit.intake}' declares ${v.toLocaleString('en-US')}. Above it: ${limit.above}`,
    );
  }
};
