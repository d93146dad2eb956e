import { DashboardSpec, PanelSpec, PromQuery } from '../common/vocabulary/dashboards';
import { SLO_ALERT, SLO_RECORDS, ResolvedSlo, sloWindows } from './slo';

const prom = (expr: string, legend?: string, instant = false): PromQuery => ({ datasource: 'prometheus', expr, legend, instant });

const what = (slo: ResolvedSlo): string =>
  slo.sli.kind === 'availability' ? `of the requests to ${slo.service} succeed` : `of the requests to ${slo.service} take at most ${slo.sli.thresholdSeconds}s`;

/** One row per SLO: objective, budget remaining, burn rate per window and the state of its alerts. */
const sloPanels = (slo: ResolvedSlo): PanelSpec[] => {
  const sel = `{slo="${slo.name}"}`;
  const firing = (severity: string) => prom(`count(ALERTS{alertname="${SLO_ALERT}", slo="${slo.name}", severity="${severity}", alertstate="firing"}) or vector(0)`, `${severity} alerts firing`, true);
  return [
    {
      type: 'stat',
      title: 'Objective',
      description: `${slo.objective}% ${what(slo)}, over ${slo.period}.`,
      unit: 'percentunit',
      width: 4,
      height: 6,
      queries: [prom(`vector(${Number((slo.objective / 100).toPrecision(12))})`, 'objective', true)],
    },
    {
      type: 'stat',
      title: 'Error budget remaining',
      description: `The share of the ${slo.period} error budget not yet spent; below zero the objective is missed.`,
      unit: 'percentunit',
      width: 4,
      height: 6,
      queries: [prom(`${SLO_RECORDS.budgetRemaining}${sel}`, 'remaining', true)],
    },
    {
      type: 'stat',
      title: 'Alerts firing',
      description: 'Burn-rate alerts of this SLO firing now, by severity.',
      width: 4,
      height: 6,
      queries: [firing('page'), firing('ticket')],
    },
    {
      type: 'timeseries',
      title: 'Burn rate per window',
      description: 'How fast the error budget burns, per window (1 spends exactly the budget over the period); the alerts compare pairs of windows with their thresholds.',
      min: 0,
      width: 12,
      height: 6,
      queries: sloWindows(slo).map((w) => prom(`${SLO_RECORDS.burnRate(w)}${sel}`, w)),
    },
  ];
};

/** Every SLO of the environment: is it met, how much budget is left, how fast it burns, is it alerting? */
export const sloDashboard = (slos: readonly ResolvedSlo[]): DashboardSpec => ({
  uid: 'slos',
  title: 'Service level objectives',
  description: 'Are the objectives met? Per SLO: its objective, the error budget left, the burn rate per window and its alerts.',
  tags: ['observability-stack', 'slo'],
  variables: [],
  rows: slos.map((slo) => ({ title: `${slo.name}: ${slo.objective}% ${what(slo)} (${slo.period})`, panels: sloPanels(slo) })),
});
