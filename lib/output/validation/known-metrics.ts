import * as fs from 'fs';
import * as path from 'path';
import { SCHEMAS_DIR } from '../../common/files/paths';

/** One producer's metric names, at the pinned version, with where the list comes from. */
export interface KnownMetricsSource {
  readonly producer: string;
  readonly version: string;
  readonly source: string;
  readonly metrics: readonly string[];
}

const FILE = path.join(SCHEMAS_DIR, 'metrics', 'known-metrics.json');

/** The producers of schemas/metrics/known-metrics.json. */
export const knownMetricSources = (): KnownMetricsSource[] => JSON.parse(fs.readFileSync(FILE, 'utf8')).sources;

/**
 * Whether a metric name is produced by a component of the stack at its pinned version: a
 * listed name, or a listed histogram's `_bucket`, `_sum` or `_count` series.
 * @returns the producer, or undefined
 */
export const metricProducer = (name: string, sources: readonly KnownMetricsSource[] = knownMetricSources()): string | undefined => {
  const base = name.replace(/_(bucket|sum|count)$/, '');
  return sources.find((s) => s.metrics.includes(name) || s.metrics.includes(base))?.producer;
};
