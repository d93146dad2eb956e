import { DashboardSpec, PanelSpec, PromQuery } from '../../common/vocabulary/dashboards';

const prom = (expr: string, legend: string): PromQuery => ({ datasource: 'prometheus', expr, legend });
const rate = (metric: string, by: string): string => `sum by (${by}) (rate(${metric}[$__rate_interval]))`;

/** What the stack-health dashboard is made from. */
export interface StackHealthOptions {
  /** The scrape jobs of the collectors (their Service names), e.g. `otel-agent`, `otel-gateway`. */
  readonly collectorJobs: readonly string[];
}

const SIGNALS = [
  { title: 'Spans', item: 'spans' },
  { title: 'Metric points', item: 'metric_points' },
  { title: 'Log records', item: 'log_records' },
] as const;

/**
 * The pipeline itself: does every collector accept what it is sent, does anything get
 * refused or dropped, are the exporter queues draining, what does the gateway keep, and
 * are Tempo, Loki and Prometheus taking it in? Names as the pinned collector serves its
 * own metrics (no `_total` on its counters).
 */
export const stackHealth = (o: StackHealthOptions): DashboardSpec => {
  const jobs = `job=~"${[...o.collectorJobs].sort().join('|')}"`;
  const intake: PanelSpec[] = SIGNALS.map((s) => ({
    type: 'timeseries',
    title: `${s.title}: accepted, refused, failed`,
    description: `${s.title} per second the collectors' receivers accepted, refused (back-pressure, e.g. the memory limiter) and failed, per collector.`,
    unit: 'short',
    min: 0,
    queries: [
      prom(rate(`otelcol_receiver_accepted_${s.item}{${jobs}}`, 'job'), '{{job}} accepted'),
      prom(rate(`otelcol_receiver_refused_${s.item}{${jobs}}`, 'job'), '{{job}} refused'),
      prom(rate(`otelcol_receiver_failed_${s.item}{${jobs}}`, 'job'), '{{job}} failed'),
    ],
  }));
  const exporters: PanelSpec[] = [
    {
      type: 'timeseries',
      title: 'Exporter queue fill',
      description: 'Items waiting in each exporter\'s persistent queue, as a share of its capacity: a queue that keeps filling means a backend is down or too slow.',
      unit: 'percentunit',
      min: 0,
      max: 1,
      queries: [prom(`max by (job, exporter) (otelcol_exporter_queue_size{${jobs}} / otelcol_exporter_queue_capacity{${jobs}})`, '{{job}} {{exporter}}')],
    },
    {
      type: 'timeseries',
      title: 'Exporter send failures',
      description: 'Items per second an exporter failed to send (permanent errors; retryable ones stay queued).',
      unit: 'short',
      min: 0,
      queries: SIGNALS.map((s) => prom(rate(`otelcol_exporter_send_failed_${s.item}{${jobs}}`, 'job, exporter'), `{{job}} {{exporter}} ${s.item}`)),
    },
    {
      type: 'timeseries',
      title: 'Exporter sent',
      description: 'Items per second each exporter delivered.',
      unit: 'short',
      min: 0,
      queries: SIGNALS.map((s) => prom(rate(`otelcol_exporter_sent_${s.item}{${jobs}}`, 'job, exporter'), `{{job}} {{exporter}} ${s.item}`)),
    },
  ];
  const sampling: PanelSpec[] = [
    {
      type: 'timeseries',
      title: 'Sampling decisions',
      description: 'Traces per second the gateway decided to keep or drop.',
      unit: 'short',
      min: 0,
      queries: [prom(rate('otelcol_processor_tail_sampling_global_count_traces_sampled', 'sampled'), 'sampled={{sampled}}')],
    },
    {
      type: 'timeseries',
      title: 'Decisions by policy',
      description: 'Traces per second each sampling policy voted to keep or drop.',
      unit: 'short',
      min: 0,
      queries: [prom(rate('otelcol_processor_tail_sampling_count_traces_sampled', 'policy, sampled'), '{{policy}} sampled={{sampled}}')],
    },
    {
      type: 'timeseries',
      title: 'Traces dropped before a decision',
      description: 'Traces evicted before their decision wait ended: the gateway needs more memory for traces or more replicas.',
      unit: 'short',
      min: 0,
      queries: [prom('sum(rate(otelcol_processor_tail_sampling_sampling_trace_dropped_too_early[$__rate_interval]))', 'dropped too early')],
    },
  ];
  const backends: PanelSpec[] = [
    {
      type: 'timeseries',
      title: 'Tempo ingestion',
      description: 'Spans per second Tempo received, and spans it discarded by reason.',
      unit: 'short',
      min: 0,
      queries: [prom('sum(rate(tempo_distributor_spans_received_total[$__rate_interval]))', 'received'), prom(rate('tempo_discarded_spans_total', 'reason'), 'discarded {{reason}}')],
    },
    {
      type: 'timeseries',
      title: 'Loki ingestion',
      description: 'Log lines per second Loki received, and lines it discarded by reason.',
      unit: 'short',
      min: 0,
      queries: [prom('sum(rate(loki_distributor_lines_received_total[$__rate_interval]))', 'received'), prom(rate('loki_discarded_samples_total', 'reason'), 'discarded {{reason}}')],
    },
    {
      type: 'timeseries',
      title: 'Prometheus ingestion',
      description: 'Samples per second Prometheus appended (scrapes, OTLP and remote write), and its active series.',
      unit: 'short',
      min: 0,
      queries: [prom('sum(rate(prometheus_tsdb_head_samples_appended_total[$__rate_interval]))', 'samples appended'), prom('sum(prometheus_tsdb_head_series)', 'active series')],
    },
  ];
  return {
    uid: 'stack-health',
    title: 'Observability stack health',
    description: 'Is the pipeline losing anything? Collector intake and refusals, exporter queues and failures, sampling decisions, and what Tempo, Loki and Prometheus take in.',
    tags: ['observability-stack', 'stack'],
    variables: [],
    rows: [
      { title: 'Collector intake', panels: intake },
      { title: 'Collector exporters', panels: exporters },
      { title: 'Gateway tail sampling', panels: sampling },
      { title: 'Backends', panels: backends },
    ],
  };
};
