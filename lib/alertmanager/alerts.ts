import { AlertDefinition, flat, growing } from '../common/contract/alert-definitions';

/** Alertmanager failing to deliver notifications. */
export const ALERTMANAGER_ALERTS = (): AlertDefinition[] => [
  {
    alert: 'AlertmanagerNotificationsFailing',
    group: 'stack',
    severity: 'page',
    expr: 'sum by (integration) (rate(alertmanager_notifications_failed_total[5m])) / sum by (integration) (rate(alertmanager_notifications_total[5m])) > 0.01',
    for: '5m',
    summary: 'Alertmanager fails to deliver {{ $labels.integration }} notifications',
    description: 'For 5 minutes over 1% of the notifications through this integration have failed: alerts are not reaching people. Check the receiver\'s credentials and reachability.',
    test: {
      firing: [
        { series: 'alertmanager_notifications_total{integration="webhook"}', values: growing(10, 30) },
        { series: 'alertmanager_notifications_failed_total{integration="webhook",reason="other"}', values: growing(5, 30) },
      ],
      healthy: [
        { series: 'alertmanager_notifications_total{integration="webhook"}', values: growing(10, 30) },
        { series: 'alertmanager_notifications_failed_total{integration="webhook",reason="other"}', values: flat(0, 30) },
      ],
      at: '20m',
      labels: [{ integration: 'webhook' }],
    },
  },
];
