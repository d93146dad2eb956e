import { AlertDefinition, flat, growing } from '../common/contract/alert-definitions';
import { quote } from '../common/vocabulary/rules';

/** Volumes filling up (the kubelet's volume stats, which Prometheus scrapes), and Prometheus's own rules and scrapes of the stack. */
export const PROMETHEUS_ALERTS = (stackNamespaces: readonly string[]): AlertDefinition[] => {
  const stackNs = `namespace=~${quote(stackNamespaces.join('|'))}`;
  return [
    {
      alert: 'KubePersistentVolumeFillingUp',
      group: 'cluster',
      severity: 'ticket',
      // over 85% used and, at the rate of the last 6 hours, full within 4 days
      expr:
        '(max by (namespace, persistentvolumeclaim) (kubelet_volume_stats_available_bytes) / max by (namespace, persistentvolumeclaim) (kubelet_volume_stats_capacity_bytes) < 0.15) ' +
        'and on (namespace, persistentvolumeclaim) (max by (namespace, persistentvolumeclaim) (predict_linear(kubelet_volume_stats_available_bytes[6h], 4 * 24 * 3600)) < 0)',
      for: '1h',
      summary: 'Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} is over 85% full and fills within 4 days',
      description: 'Less than 15% of the volume is free, and at the rate of the last 6 hours it is full within 4 days. Grow the PersistentVolumeClaim or reduce what is written.',
      test: {
        // 100 GB, 20 GB free at first, 0.1 GB less every minute: under 15% from minute 51
        firing: [
          { series: 'kubelet_volume_stats_capacity_bytes{namespace="observability",persistentvolumeclaim="data-loki-0"}', values: flat(100e9, 150) },
          { series: 'kubelet_volume_stats_available_bytes{namespace="observability",persistentvolumeclaim="data-loki-0"}', values: `20e9-1e8x150` },
        ],
        // 90% full but steady: no alert
        healthy: [
          { series: 'kubelet_volume_stats_capacity_bytes{namespace="observability",persistentvolumeclaim="data-loki-0"}', values: flat(100e9, 150) },
          { series: 'kubelet_volume_stats_available_bytes{namespace="observability",persistentvolumeclaim="data-loki-0"}', values: flat(10e9, 150) },
        ],
        at: '130m',
        labels: [{ namespace: 'observability', persistentvolumeclaim: 'data-loki-0' }],
      },
    },
    {
      alert: 'PrometheusRuleGroupFailing',
      group: 'stack',
      severity: 'ticket',
      expr: 'sum by (rule_group) (increase(prometheus_rule_evaluation_failures_total[5m])) > 0',
      for: '15m',
      summary: 'Rule group {{ $labels.rule_group }} fails to evaluate',
      description: 'For 15 minutes some rules of the group have failed to evaluate: their alerts and recorded series are missing. Prometheus\'s log says why.',
      test: {
        firing: [{ series: 'prometheus_rule_evaluation_failures_total{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: growing(1) }],
        healthy: [{ series: 'prometheus_rule_evaluation_failures_total{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: flat(0) }],
        at: '30m',
        labels: [{ rule_group: '/etc/prometheus/rules/rules.yaml;slo-checkout' }],
      },
    },
    {
      alert: 'PrometheusRuleGroupSlow',
      group: 'stack',
      severity: 'ticket',
      expr: 'max by (rule_group) (prometheus_rule_group_last_duration_seconds) > max by (rule_group) (prometheus_rule_group_interval_seconds)',
      for: '15m',
      summary: 'Rule group {{ $labels.rule_group }} takes longer than its interval',
      description: 'For 15 minutes an evaluation of the group has taken longer than its interval: evaluations are skipped and alerts come late.',
      test: {
        firing: [
          { series: 'prometheus_rule_group_last_duration_seconds{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: flat(45) },
          { series: 'prometheus_rule_group_interval_seconds{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: flat(30) },
        ],
        healthy: [
          { series: 'prometheus_rule_group_last_duration_seconds{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: flat(0.2) },
          { series: 'prometheus_rule_group_interval_seconds{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: flat(30) },
        ],
        at: '30m',
        labels: [{ rule_group: '/etc/prometheus/rules/rules.yaml;slo-checkout' }],
      },
    },
    {
      alert: 'StackTargetDown',
      group: 'stack',
      severity: 'ticket',
      expr: `max by (job, namespace, pod) (up{${stackNs}}) == 0`,
      for: '10m',
      summary: 'Prometheus cannot scrape {{ $labels.pod }} of {{ $labels.job }}',
      description: 'For 10 minutes a component of the observability stack has not answered its scrape: it is down, not ready, or a NetworkPolicy blocks Prometheus.',
      test: {
        firing: [{ series: `up{job="tempo",namespace=${quote(stackNamespaces[0])},pod="tempo-0"}`, values: flat(0) }],
        healthy: [
          { series: `up{job="tempo",namespace=${quote(stackNamespaces[0])},pod="tempo-0"}`, values: flat(1) },
          // an application's target is not the stack's
          { series: 'up{job="kubernetes-pods",namespace="shop",pod="web-1"}', values: flat(0) },
        ],
        at: '30m',
        labels: [{ job: 'tempo', namespace: stackNamespaces[0], pod: 'tempo-0' }],
      },
    },
  ];
};
