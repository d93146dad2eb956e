import { Testing } from 'cdk8s';
import { ENVIRONMENTS, buildApp } from './main';

// One snapshot per chart of every environment. A snapshot diff is reviewed like code:
// the invariants that matter are asserted in test/, not here.
const { stacks } = buildApp(ENVIRONMENTS);
const charts = stacks.flatMap((s) => s.charts.map((c) => [`${s.envName}/${c.node.id}`, c] as const));

test.each(charts)('%s matches its snapshot', (_name, chart) => {
  expect(Testing.synth(chart)).toMatchSnapshot();
});
