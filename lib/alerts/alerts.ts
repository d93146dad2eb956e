/**
 * The alerts of an environment: the definitions of the components it runs (each folder
 * defines the alerts on the metrics it serves; see common/alert-definitions.ts), checked
 * against the environment's alert props and resolved (severity, runbook, left out).
 */
import { AlertDefinition } from '../common/contract/alert-definitions';
import { Duration } from '../common/vocabulary/duration';
import { AlertingRule, RuleGroup, SEVERITIES, Severity } from '../common/vocabulary/rules';
import { checkKnownKeys, checkOneOf } from '../common/vocabulary/validate';

export type { AlertDefinition, TestSeries } from '../common/contract/alert-definitions';

/** What an environment sets of one alert. */
export interface AlertOverride {
  /** @default - the definition's */
  readonly severity?: Severity;
  /** The runbook the alert links to. @default - `runbookBaseUrl` and the alert's name, or none */
  readonly runbookUrl?: string;
  /** Leave the alert out. @default false */
  readonly disabled?: boolean;
}

/** The cluster and stack alerts of an environment. */
export interface AlertsProps {
  /** Generate the alerts at all. @default true */
  readonly enabled?: boolean;
  /** Each alert links to `<runbookBaseUrl>/<AlertName>` unless it names its own runbook. @default - no runbook links */
  readonly runbookBaseUrl?: string;
  /** Per-alert settings, by alert name. @default - none */
  readonly rules?: Readonly<Record<string, AlertOverride>>;
}

const ALERTS_KEYS: Record<keyof AlertsProps, true> = { enabled: true, runbookBaseUrl: true, rules: true };
const OVERRIDE_KEYS: Record<keyof AlertOverride, true> = { severity: true, runbookUrl: true, disabled: true };
const URL = /^https?:\/\/\S+$/;

/** An alert definition as it is rendered: severity and runbook resolved. */
export interface ResolvedAlert extends AlertDefinition {
  readonly runbookUrl?: string;
}

/**
 * Checks an environment's alert props and resolves the definitions of the components it runs.
 * @param all the alert definitions of the environment's components
 */
export const resolveAlerts = (props: AlertsProps | undefined, all: readonly AlertDefinition[]): ResolvedAlert[] => {
  const p = props ?? {};
  checkKnownKeys(`ObservabilityStack 'alerts'`, p, Object.keys(ALERTS_KEYS));
  if (p.runbookBaseUrl !== undefined && !URL.test(p.runbookBaseUrl)) {
    throw new Error(`ObservabilityStack 'alerts.runbookBaseUrl' must be an http(s) URL, got '${p.runbookBaseUrl}'`);
  }
  const names = all.map((a) => a.alert);
  checkKnownKeys(`ObservabilityStack 'alerts.rules'`, p.rules ?? {}, names);
  for (const [name, o] of Object.entries(p.rules ?? {})) {
    checkKnownKeys(`ObservabilityStack 'alerts.rules.${name}'`, o, Object.keys(OVERRIDE_KEYS));
    if (o.severity !== undefined) checkOneOf(`ObservabilityStack 'alerts.rules.${name}.severity'`, o.severity, SEVERITIES);
    if (o.runbookUrl !== undefined && !URL.test(o.runbookUrl)) {
      throw new Error(`ObservabilityStack 'alerts.rules.${name}.runbookUrl' must be an http(s) URL, got '${o.runbookUrl}'`);
    }
  }
  if (p.enabled === false) return [];
  return all
    .filter((a) => !p.rules?.[a.alert]?.disabled)
    .map((a) => {
      const o = p.rules?.[a.alert] ?? {};
      const runbookUrl = o.runbookUrl ?? (p.runbookBaseUrl ? `${p.runbookBaseUrl.replace(/\/+$/, '')}/${a.alert}` : undefined);
      return { ...a, severity: o.severity ?? a.severity, ...(runbookUrl ? { runbookUrl } : {}) };
    });
};

/** The rule of one resolved alert. */
export const alertingRule = (a: ResolvedAlert): AlertingRule => ({
  alert: a.alert,
  expr: a.expr,
  for: Duration.parse(`alert '${a.alert}' 'for'`, a.for).toPrometheus(),
  labels: { severity: a.severity },
  annotations: { summary: a.summary, description: a.description, ...(a.runbookUrl ? { runbook_url: a.runbookUrl } : {}) },
});

/** The rule groups of the resolved alerts: `cluster-alerts` and `stack-alerts`, each only when it has rules. */
export const alertRuleGroups = (alerts: readonly ResolvedAlert[]): RuleGroup[] =>
  (['cluster', 'stack'] as const)
    .map((g) => ({ name: `${g}-alerts`, rules: alerts.filter((a) => a.group === g).map(alertingRule) }))
    .filter((g) => g.rules.length > 0);
