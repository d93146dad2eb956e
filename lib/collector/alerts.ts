import { AlertDefinition, flat, growing } from '../common/contract/alert-definitions';
import { quote } from '../common/vocabulary/rules';

/**
 * The collector's three signals, as its own telemetry names them: at 0.159.0 its counters
 * carry no `_total` (the names as the pinned collector serves them, known-metrics data).
 */
const SIGNALS = [
  { signal: 'spans', item: 'spans' },
  { signal: 'metrics', item: 'metric_points' },
  { signal: 'logs', item: 'log_records' },
] as const;

/** `sum by (labels) (rate(metric[5m]))` of one counter per signal, each tagged with a `signal` label, joined by `or`. */
const perSignal = (metric: (item: string) => string, by: string[]): string =>
  SIGNALS.map((s) => `label_replace(sum by (${by.join(', ')}) (rate(${metric(s.item)}[5m])), "signal", ${quote(s.signal)}, "", "")`).join(' or ');

/** The collectors refusing, dropping or failing to export data, and their queues filling up. */
export const COLLECTOR_ALERTS = (): AlertDefinition[] => [
  {
    alert: 'CollectorRefusingData',
    group: 'stack',
    severity: 'ticket',
    expr: `(${perSignal((i) => `otelcol_receiver_refused_${i}`, ['job', 'receiver'])}) > 0`,
    for: '10m',
    summary: '{{ $labels.job }} is refusing {{ $labels.signal }} at receiver {{ $labels.receiver }}',
    description: 'For 10 minutes the collector has refused data it was sent (its memory limiter or a full queue pushed back): senders retry or drop it.',
    test: {
      firing: [{ series: 'otelcol_receiver_refused_spans{job="otel-gateway",receiver="otlp",transport="grpc"}', values: growing(60, 30) }],
      healthy: [{ series: 'otelcol_receiver_refused_spans{job="otel-gateway",receiver="otlp",transport="grpc"}', values: flat(0, 30) }],
      at: '25m',
      labels: [{ job: 'otel-gateway', receiver: 'otlp', signal: 'spans' }],
    },
  },
  {
    alert: 'CollectorDroppingData',
    group: 'stack',
    severity: 'page',
    // data a receiver took in and lost to an internal error: neither delivered nor pushed back
    expr: `(${perSignal((i) => `otelcol_receiver_failed_${i}`, ['job', 'receiver'])}) > 0`,
    for: '5m',
    summary: '{{ $labels.job }} is losing {{ $labels.signal }} at receiver {{ $labels.receiver }}',
    description: 'For 5 minutes the collector has failed to process data it had received, to an internal error: that data is lost. The collector\'s log says why.',
    test: {
      firing: [{ series: 'otelcol_receiver_failed_log_records{job="otel-agent",receiver="filelog"}', values: growing(100, 30) }],
      healthy: [{ series: 'otelcol_receiver_failed_log_records{job="otel-agent",receiver="filelog"}', values: flat(0, 30) }],
      at: '20m',
      labels: [{ job: 'otel-agent', receiver: 'filelog', signal: 'logs' }],
    },
  },
  {
    alert: 'CollectorExporterFailing',
    group: 'stack',
    severity: 'ticket',
    expr: `(${perSignal((i) => `otelcol_exporter_send_failed_${i}`, ['job', 'exporter'])}) > 0`,
    for: '10m',
    summary: '{{ $labels.job }} has {{ $labels.signal }} refused for good through exporter {{ $labels.exporter }}',
    // transient failures are retried without a time limit and never counted here: they show
    // as a growing queue (CollectorExporterQueueFilling)
    description: 'For 10 minutes the backend has refused data for good (a permanent error, such as a payload it rejects as invalid): that data is not retried and is lost.',
    test: {
      firing: [{ series: 'otelcol_exporter_send_failed_spans{job="otel-gateway",exporter="otlp_grpc/tempo"}', values: growing(10, 30) }],
      healthy: [{ series: 'otelcol_exporter_send_failed_spans{job="otel-gateway",exporter="otlp_grpc/tempo"}', values: flat(0, 30) }],
      at: '25m',
      labels: [{ job: 'otel-gateway', exporter: 'otlp_grpc/tempo', signal: 'spans' }],
    },
  },
  {
    alert: 'CollectorExporterQueueFilling',
    group: 'stack',
    severity: 'page',
    expr: 'max by (job, pod, exporter) (otelcol_exporter_queue_size) / max by (job, pod, exporter) (otelcol_exporter_queue_capacity) > 0.8',
    for: '5m',
    summary: 'The queue of exporter {{ $labels.exporter }} of {{ $labels.pod }} is over 80% full',
    description: 'The exporter\'s queue holds over 80% of its capacity: its backend is down or slower than the intake. When it is full, new data is dropped.',
    test: {
      firing: [
        { series: 'otelcol_exporter_queue_size{job="otel-agent",pod="otel-agent-x7k2p",exporter="otlp_http/loki"}', values: flat(900) },
        { series: 'otelcol_exporter_queue_capacity{job="otel-agent",pod="otel-agent-x7k2p",exporter="otlp_http/loki"}', values: flat(1000) },
      ],
      healthy: [
        { series: 'otelcol_exporter_queue_size{job="otel-agent",pod="otel-agent-x7k2p",exporter="otlp_http/loki"}', values: flat(700) },
        { series: 'otelcol_exporter_queue_capacity{job="otel-agent",pod="otel-agent-x7k2p",exporter="otlp_http/loki"}', values: flat(1000) },
      ],
      at: '20m',
      labels: [{ job: 'otel-agent', pod: 'otel-agent-x7k2p', exporter: 'otlp_http/loki' }],
    },
  },
];

/** The gateway's trace sampling falling behind. */
export const GATEWAY_ALERTS = (): AlertDefinition[] => [
  {
    alert: 'GatewaySamplingBackingUp',
    group: 'stack',
    severity: 'ticket',
    // traces evicted from memory before their decision: num_traces is too small for the load
    expr: 'sum by (job, pod) (rate(otelcol_processor_tail_sampling_sampling_trace_dropped_too_early[5m])) > 0',
    for: '10m',
    summary: 'Gateway {{ $labels.pod }} evicts traces before deciding on them',
    description: 'For 10 minutes the gateway has had more traces waiting for a sampling decision than it keeps in memory: it drops the oldest undecided ones. Add gateway replicas or raise expectedTracesPerSecond.',
    test: {
      firing: [{ series: 'otelcol_processor_tail_sampling_sampling_trace_dropped_too_early{job="otel-gateway",pod="otel-gateway-0"}', values: growing(50, 30) }],
      healthy: [{ series: 'otelcol_processor_tail_sampling_sampling_trace_dropped_too_early{job="otel-gateway",pod="otel-gateway-0"}', values: flat(0, 30) }],
      at: '25m',
      labels: [{ job: 'otel-gateway', pod: 'otel-gateway-0' }],
    },
  },
];
