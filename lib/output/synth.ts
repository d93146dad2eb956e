import * as fs from 'fs';
import * as path from 'path';
import { Chart } from 'cdk8s';
import { IConstruct } from 'constructs';
import { toYaml } from '../common/yaml';
import { RenderedEnvironment, formatFinding, validateRendered } from './validation';

export type { RenderedEnvironment } from './validation';

/** A check run on every rendered environment before anything is written; returns error messages. */
export type OutputCheck = (envName: string, files: RenderedEnvironment, objects?: Readonly<Record<string, readonly unknown[]>>) => string[];

/** The checks as the synth runs them: errors refuse the synth, warnings are printed. */
export const OUTPUT_CHECKS: OutputCheck[] = [
  (env, files, objects) => {
    const findings = validateRendered(env, files, undefined, objects);
    for (const w of findings.filter((f) => f.level === 'warn')) console.error(formatFinding(env, w));
    return findings.filter((f) => f.level === 'error').map((f) => formatFinding(env, f));
  },
];

/** One environment to render: its name (the folder under dist/) and its charts, one file each. */
export interface RenderableEnvironment extends IConstruct {
  readonly envName: string;
  /** The charts in the order their files are applied. */
  readonly charts: Chart[];
}

/** The file a chart is written to. */
export const chartFileName = (chart: Chart): string => `${chart.node.id}.k8s.yaml`;

/** Renders one chart as a multi-document YAML file. */
export const renderChart = (chart: Chart): string => chart.toJson().map((doc) => toYaml(doc)).join('---\n');

const constructErrors = (root: IConstruct): string[] =>
  root.node.findAll().flatMap((c) => c.node.validate().map((m) => `${c.node.path}: ${m}`));

/** Renders every chart of an environment, after running the constructs' own validations. */
export const renderStack = (stack: RenderableEnvironment): RenderedEnvironment => renderEnvironment(stack).files;

/** Renders every chart, and keeps the objects each file was rendered from (the checks read them). */
export const renderEnvironment = (stack: RenderableEnvironment): { files: RenderedEnvironment; objects: Record<string, unknown[]> } => {
  const charts = stack.charts;
  const errors = constructErrors(stack);
  if (errors.length) throw new Error(`environment '${stack.envName}' is invalid:\n  ${errors.join('\n  ')}`);
  const files: RenderedEnvironment = {};
  const objects: Record<string, unknown[]> = {};
  for (const chart of charts) {
    const docs = chart.toJson();
    objects[chartFileName(chart)] = docs;
    files[chartFileName(chart)] = docs.map((doc) => toYaml(doc)).join('---\n');
  }
  return { files, objects };
};

const writeDir = (dir: string, files: RenderedEnvironment): void => {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(files).sort()) fs.writeFileSync(path.join(dir, name), files[name]);
};

/** Whether a folder holds these files and nothing else, each with this content. */
const holdsExactly = (dir: string, files: RenderedEnvironment): boolean => {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return false;
  }
  const wanted = Object.keys(files);
  if (names.length !== wanted.length) return false;
  return wanted.every((name) => {
    try {
      return fs.readFileSync(path.join(dir, name), 'utf8') === files[name];
    } catch {
      return false;
    }
  });
};

/**
 * Renders every environment, runs the checks on all of them, and only then replaces each
 * `dist/<env>/` that differs (a new directory renamed into place). Any error, in any
 * environment, leaves `dist/` exactly as it was.
 * @param staging a scratch directory the rendered files are also written to (the cdk8s CLI's output)
 */
export const synthToDist = (stacks: RenderableEnvironment[], distDir: string, checks: OutputCheck[] = OUTPUT_CHECKS, staging?: string): void => {
  const rendered = new Map<string, RenderedEnvironment>();
  const problems: string[] = [];
  for (const stack of stacks) {
    if (rendered.has(stack.envName)) throw new Error(`environment names must be unique, got '${stack.envName}' twice`);
    const { files, objects } = renderEnvironment(stack);
    rendered.set(stack.envName, files);
    for (const check of checks) problems.push(...check(stack.envName, files, objects));
  }
  if (problems.length) {
    throw new Error(`synth refused, dist/ left unchanged; ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
  // the cdk8s CLI's output folder, when it runs the app, gets a copy too
  if (staging) for (const [env, files] of rendered) writeDir(path.join(staging, env), files);

  fs.mkdirSync(distDir, { recursive: true });
  for (const [env, files] of rendered) {
    const target = path.join(distDir, env);
    // an environment whose files are already there, byte for byte, is left as it is
    if (holdsExactly(target, files)) continue;
    const fresh = path.join(distDir, `.${env}.new`);
    const old = path.join(distDir, `.${env}.old`);
    fs.rmSync(fresh, { recursive: true, force: true });
    fs.rmSync(old, { recursive: true, force: true });
    writeDir(fresh, files);
    if (fs.existsSync(target)) fs.renameSync(target, old);
    fs.renameSync(fresh, target);
    fs.rmSync(old, { recursive: true, force: true });
  }
  // environments no longer defined leave dist/ too
  for (const entry of fs.readdirSync(distDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && !rendered.has(entry.name)) {
      fs.rmSync(path.join(distDir, entry.name), { recursive: true, force: true });
    }
  }
};
