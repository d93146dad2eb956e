/**
 * `promtool test rules` unit tests for the cluster and stack alerts, generated from the
 * definitions: each alert fires, with exactly its labels and annotations, on the series
 * that should fire it, and stays silent on a healthy one.
 * @see https://prometheus.io/docs/prometheus/latest/configuration/unit_testing_rules/
 */
import { PromtoolTest, PromtoolTestFile } from '../common/vocabulary/rules';
import { ResolvedAlert } from './alerts';

/** An annotation as Prometheus renders it for these labels (the templates use `$labels` only). */
export const renderAnnotation = (template: string, labels: Readonly<Record<string, string>>): string =>
  template.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_m, l: string) => {
    if (!(l in labels)) throw new Error(`annotation '${template}' reads label '${l}', which the test's alert does not carry (${Object.keys(labels).join(', ')})`);
    return labels[l];
  });

/** The two tests of one alert: it fires on the firing series, and not on the healthy ones. */
export const alertRuleTests = (a: ResolvedAlert): PromtoolTest[] => {
  const annotations = (labels: Record<string, string>) => ({
    summary: renderAnnotation(a.summary, labels),
    description: renderAnnotation(a.description, labels),
    ...(a.runbookUrl ? { runbook_url: a.runbookUrl } : {}),
  });
  const alerts = a.test.labels.map((l) => ({ ...l, severity: a.severity }));
  return [
    {
      name: `${a.alert} fires on ${a.test.firing.map((s) => s.series.replace(/\{.*/, '')).join(', ')}`,
      interval: '1m',
      input_series: [...a.test.firing],
      alert_rule_test: [{ eval_time: a.test.at, alertname: a.alert, exp_alerts: alerts.map((labels) => ({ exp_labels: labels, exp_annotations: annotations(labels) })) }],
    },
    {
      name: `${a.alert} stays silent on a healthy series`,
      interval: '1m',
      input_series: [...a.test.healthy],
      alert_rule_test: [{ eval_time: a.test.at, alertname: a.alert, exp_alerts: [] }],
    },
  ];
};

/** The test file for a rule file holding these alerts. */
export const alertRuleTestFile = (ruleFile: string, alerts: readonly ResolvedAlert[]): PromtoolTestFile => ({
  rule_files: [ruleFile],
  evaluation_interval: '1m',
  tests: alerts.flatMap(alertRuleTests),
});
