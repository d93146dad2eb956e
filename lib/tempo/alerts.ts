import { AlertDefinition, flat, growing } from '../common/contract/alert-definitions';

/** Tempo refusing writes. */
export const TEMPO_ALERTS = (): AlertDefinition[] => [
  {
    alert: 'TempoRefusingWrites',
    group: 'stack',
    severity: 'ticket',
    // spans past the receiver but over a limit, and spans its OTLP receiver pushed back
    expr: '(sum by (reason) (rate(tempo_discarded_spans_total[5m])) or label_replace(sum(rate(tempo_receiver_refused_spans[5m])), "reason", "receiver_refused", "", "")) > 0',
    for: '10m',
    summary: 'Tempo is discarding spans ({{ $labels.reason }})',
    description: 'For 10 minutes Tempo has discarded spans over a limit (rate, trace size, live traces), which are lost, or its receiver has pushed spans back to the gateway, which retries them.',
    test: {
      firing: [
        { series: 'tempo_discarded_spans_total{reason="rate_limited",tenant="single-tenant"}', values: growing(100, 30) },
        { series: 'tempo_receiver_refused_spans{receiver="otlp",transport="grpc"}', values: growing(10, 30) },
      ],
      healthy: [
        { series: 'tempo_discarded_spans_total{reason="rate_limited",tenant="single-tenant"}', values: flat(0, 30) },
        { series: 'tempo_receiver_refused_spans{receiver="otlp",transport="grpc"}', values: flat(0, 30) },
      ],
      at: '25m',
      labels: [{ reason: 'rate_limited' }, { reason: 'receiver_refused' }],
    },
  },
];
