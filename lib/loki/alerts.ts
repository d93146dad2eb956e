import { AlertDefinition, flat, growing, nativeGrowing } from '../common/contract/alert-definitions';

/** Loki discarding lines or failing pushes. */
export const LOKI_ALERTS = (): AlertDefinition[] => [
  {
    alert: 'LokiRefusingWrites',
    group: 'stack',
    severity: 'ticket',
    // lines over a limit, and OTLP pushes that failed on the server; Loki's request histogram
    // is native as well as classic, and a Prometheus that scrapes native histograms keeps
    // only the native one (no `_count` series): its count is histogram_count()
    expr: '(sum by (reason) (rate(loki_discarded_samples_total[5m])) or label_replace(sum(histogram_count(rate(loki_request_duration_seconds{route="otlp_v1_logs",status_code=~"5.."}[5m]))), "reason", "server_error", "", "")) > 0',
    for: '10m',
    summary: 'Loki is discarding log lines ({{ $labels.reason }})',
    description: 'For 10 minutes Loki has refused log lines it was sent (rate or stream limits, lines too long or too old) or failed OTLP pushes: refused lines are lost, failed pushes are retried by the agent.',
    test: {
      firing: [
        { series: 'loki_discarded_samples_total{reason="rate_limited",tenant="fake"}', values: growing(100, 30) },
        { series: 'loki_request_duration_seconds{route="otlp_v1_logs",status_code="500",method="POST",ws="false"}', values: nativeGrowing(3, 30) },
      ],
      healthy: [
        { series: 'loki_discarded_samples_total{reason="rate_limited",tenant="fake"}', values: flat(0, 30) },
        { series: 'loki_request_duration_seconds{route="otlp_v1_logs",status_code="204",method="POST",ws="false"}', values: nativeGrowing(300, 30) },
      ],
      at: '25m',
      labels: [{ reason: 'rate_limited' }, { reason: 'server_error' }],
    },
  },
];
