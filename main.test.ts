import { Testing } from 'cdk8s';
import { ENVIRONMENTS, buildApp } from './test/helpers';

// One snapshot per chart of every environment. A snapshot diff is reviewed like code:
// the invariants that matter are asserted in test/, not here.
const { stacks } = buildApp(ENVIRONMENTS);
const charts = stacks.flatMap((s) => s.charts.map((c) => [`${s.envName}/${c.node.id}`, c] as const));

test.each(charts)('%s matches its snapshot', (_name, chart) => {
  expect(Testing.synth(chart)).toMatchSnapshot();
});

// Each Grafana dashboard once more as its JSON model, so a change reads as a diff of panels
// and queries rather than of one long string in a ConfigMap.
const dashboards = stacks.flatMap((s) => Object.entries(s.component('grafana')?.dashboards ?? {}).map(([uid, model]) => [`${s.envName}/${uid}`, model] as const));

test.each(dashboards)('dashboard %s matches its snapshot', (_name, model) => {
  expect(model).toMatchSnapshot();
});
