import { ApiObject, Chart, DependencyGraph, Yaml } from 'cdk8s';
import { NetworkPolicyChart } from '../wiring/network-policies';
import type { Wiring } from '../wiring/wiring';
import { RenderedEnvironment, formatFinding, validateRendered } from './validation';

/** The file a chart is written to under `dist/<env>/`. */
export const chartFileName = (chart: Chart): string => `${chart.node.id}.k8s.yaml`;

/**
 * A chart's objects as `chart.toJson()` returns them (in dependency order, each in its
 * closest chart), without the validation of the whole app that `toJson()` runs first: this
 * runs inside that validation.
 */
const chartObjects = (chart: Chart): any[] =>
  new DependencyGraph(chart.node)
    .topology()
    .filter((x): x is ApiObject => x instanceof ApiObject && Chart.of(x) === chart)
    .map((x) => x.toJson());

/** Each chart's objects, by the file it is written to. */
const environmentObjects = (charts: readonly Chart[]): Map<string, any[]> => {
  const out = new Map<string, any[]>();
  for (const chart of charts) {
    const name = chartFileName(chart);
    if (out.has(name)) throw new Error(`${chart.node.path}: two charts of one environment write ${name}; give one another id`);
    out.set(name, chartObjects(chart));
  }
  return out;
};

/** The YAML text cdk8s writes for a chart's objects (`app.synth()` saves exactly this). */
const chartText = (objects: readonly any[]): string => Yaml.stringify(...objects);

/** Each chart as the bytes cdk8s writes for it, by file name. */
export const renderCharts = (charts: readonly Chart[]): RenderedEnvironment => {
  // (`instanceof` of a Chart subclass is true of every Chart: cdk8s defines Symbol.hasInstance)
  for (const c of charts) if (NetworkPolicyChart.prototype.isPrototypeOf(c)) (c as NetworkPolicyChart).render();
  const files: RenderedEnvironment = {};
  for (const [name, objects] of environmentObjects(charts)) files[name] = chartText(objects);
  return files;
};

/** The errors a graph's checks found in the current synchronous run, and the size of the tree they judged. */
const judged = new WeakMap<Wiring, { readonly constructs: number; readonly errors: string[] }>();

/**
 * The validation of a wiring graph's scope, run in cdk8s's validation phase (before any
 * file is written): every output check on the bytes its charts are written as. Errors fail
 * the synth; warnings are printed.
 *
 * cdk8s validates the whole app again before it writes each chart (`chart.toJson()` does,
 * within the same synchronous `app.synth()`); those repeats take the errors of the first
 * judgement of the run while the tree has not grown. The record is dropped as soon as the
 * run ends (a microtask), so every synth, and every `Testing.synth`, judges anew.
 */
export const checkScope = (graph: Wiring): string[] => {
  const constructs = graph.owner.node.findAll().length;
  const last = judged.get(graph);
  if (last && last.constructs === constructs) return last.errors;
  const env = graph.environment;
  const findings = validateRendered(env, renderCharts(graph.charts));
  for (const w of findings.filter((f) => f.level === 'warn')) console.error(formatFinding(env, w));
  const errors = findings.filter((f) => f.level === 'error').map((f) => formatFinding(env, f));
  judged.set(graph, { constructs: graph.owner.node.findAll().length, errors });
  queueMicrotask(() => judged.delete(graph));
  return errors;
};
