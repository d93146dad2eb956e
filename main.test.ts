import { Testing } from 'cdk8s';
import { ENVIRONMENTS, buildApp, chartSnapshot } from './test/helpers';

// One snapshot per chart of every environment. A snapshot diff is reviewed like code:
// the invariants that matter are asserted in test/, not here.
const { stacks } = buildApp(ENVIRONMENTS);
const charts = stacks.flatMap((s) => s.charts.map((c) => [`${s.envName}/${c.node.id}`, c] as const));

// a dashboard's JSON is in its own snapshot below, as its model, and its ConfigMap in the
// chart's snapshot names that snapshot instead: a dashboard change shows in one snapshot
test.each(charts)('%s matches its snapshot', (name, chart) => {
  const env = name.split('/')[0];
  expect(chartSnapshot(env, Testing.synth(chart), stacks.find((s) => s.envName === env)?.component('grafana')?.dashboards ?? {})).toMatchSnapshot();
});

// Each Grafana dashboard as its JSON model, so a change reads as a diff of panels and
// queries rather than of one long string in a ConfigMap.
const dashboards = stacks.flatMap((s) => Object.entries(s.component('grafana')?.dashboards ?? {}).map(([uid, model]) => [`${s.envName}/${uid}`, model] as const));

test.each(dashboards)('dashboard %s matches its snapshot', (_name, model) => {
  expect(model).toMatchSnapshot();
});
