import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, Names } from 'cdk8s';
import { Wiring } from '../wiring/wiring';
import { README_FILE, readmeOf } from './env-readme';
import { chartFileName, renderCharts } from './scope-checks';

export { chartFileName, renderCharts };

/**
 * The file `app.synth()` wrote for each chart, as cdk8s names it: `<dns label>.k8s.yaml`,
 * or with the chart's index in front when charts depend on one another.
 */
const writtenFile = (app: App, chart: Chart, index: number): string => {
  const label = Names.toDnsLabel(chart);
  const plain = path.join(app.outdir, `${label}${app.outputFileExtension}`);
  return fs.existsSync(plain) ? plain : path.join(app.outdir, `${String(index).padStart(4, '0')}-${label}${app.outputFileExtension}`);
};

const writeDir = (dir: string, files: Record<string, string>): void => {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(files).sort()) fs.writeFileSync(path.join(dir, name), files[name]);
};

/** Whether a folder holds these files and nothing else, each with this content. */
const holdsExactly = (dir: string, files: Record<string, string>): boolean => {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return false;
  }
  const wanted = Object.keys(files);
  return names.length === wanted.length && wanted.every((name) => fs.existsSync(path.join(dir, name)) && fs.readFileSync(path.join(dir, name), 'utf8') === files[name]);
};

/**
 * Synthesizes the app the cdk8s way (`app.synth()`: every check runs in its validation
 * phase, and a finding fails it before any file is written) into the app's own output
 * folder, then publishes what it wrote: each environment's files go to `distDir/<env>/`,
 * named after their charts (`tempo.k8s.yaml`), with the environment's `README.md` (what the
 * cluster needs, the data flow, the capacity: derived from those files and the wiring
 * graph), and only a folder whose files differ is replaced (a new folder renamed into
 * place). Any error leaves `distDir` exactly as it was. Environments are the wiring graphs'
 * scopes (one per stack); folders of environments the app no longer has are removed.
 */
export const synthToDist = (app: App, distDir: string): void => {
  app.synth();
  const byEnv = new Map<string, Record<string, string>>();
  const graphs = new Map<string, Wiring>();
  app.charts.forEach((chart, i) => {
    const graph = Wiring.find(chart);
    const env = graph?.environment ?? 'app';
    if (graph) graphs.set(env, graph);
    const files = byEnv.get(env) ?? {};
    files[chartFileName(chart)] = fs.readFileSync(writtenFile(app, chart, i), 'utf8');
    byEnv.set(env, files);
  });
  // the README is made from the bytes just written, and is compared and replaced with them
  for (const [env, files] of byEnv) files[README_FILE] = readmeOf(env, files, graphs.get(env));

  fs.mkdirSync(distDir, { recursive: true });
  for (const [env, files] of byEnv) {
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
    if (entry.isDirectory() && !entry.name.startsWith('.') && !byEnv.has(entry.name)) {
      fs.rmSync(path.join(distDir, entry.name), { recursive: true, force: true });
    }
  }
};

/** A new scratch folder for an app's own output, below the system's temporary folder. */
export const scratchOutdir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-out-'));

/** An environment's files as cdk8s writes them (no check run), by file name under `dist/<env>/`. */
export const renderStack = (stack: { readonly charts: Chart[] }): Record<string, string> => renderCharts(stack.charts);
