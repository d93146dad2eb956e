/**
 * The RED metrics (rate, errors, duration) of every service, computed by the gateway's
 * `span_metrics` connector from every span before tail sampling, pushed to Prometheus's
 * OTLP receiver, and read by the SLO rules and the dashboards. One module: the connector's
 * config and every query take their names from here.
 *
 * Names as Prometheus stores them (OTLP translation `UnderscoreEscapingWithSuffixes`, the
 * 3.x default): the connector's `traces.span.metrics.calls` (a cumulative sum without unit)
 * becomes `traces_span_metrics_calls_total`, and `traces.span.metrics.duration` (a
 * histogram in unit `s`) becomes `traces_span_metrics_duration_seconds_{bucket,sum,count}`.
 * @see https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/v0.159.0/connector/spanmetricsconnector
 */
export const RED_METRICS = {
  /** The connector's `namespace` (its default at 0.159.0). */
  namespace: 'traces.span.metrics',
  /** Spans per service, span name, kind and status: the request and error counter. */
  calls: 'traces_span_metrics_calls_total',
  /** The duration histogram, in seconds (append `_bucket`, `_sum`, `_count`). */
  duration: 'traces_span_metrics_duration_seconds',
  /** The histogram's upper bucket boundaries in seconds (`le` labels); a latency SLO's threshold must be one. */
  bucketsSeconds: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  /** The labels of every RED series. */
  labels: {
    service: 'service_name',
    spanName: 'span_name',
    spanKind: 'span_kind',
    statusCode: 'status_code',
    /** One value per gateway replica (0.159.0 adds it by default), so replicas never write one series. */
    collectorInstance: 'collector_instance_id',
  },
  /** `status_code` of a failed span. */
  errorStatus: 'STATUS_CODE_ERROR',
  /** `span_kind` of the spans that are requests a service served. */
  serverKind: 'SPAN_KIND_SERVER',
} as const;
