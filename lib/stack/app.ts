import * as fs from 'fs';
import { App } from 'cdk8s';
import { scratchOutdir, synthToDist } from '../output/synth';
import { ObservabilityStack, StackProps } from './stack';

/**
 * Builds every environment's stack in one app.
 * @param outdir where `app.synth()` writes (default: cdk8s's `CDK8S_OUTDIR`, else a scratch folder)
 */
export const buildApp = (environments: readonly StackProps[], outdir?: string): { app: App; stacks: ObservabilityStack[] } => {
  const app = new App({ outdir: outdir ?? process.env.CDK8S_OUTDIR ?? scratchOutdir() });
  const names = environments.map((e) => e.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new Error(`environment names must be unique, got '${twice}' twice`);
  const stacks = environments.map((env) => new ObservabilityStack(app, env.name, env));
  return { app, stacks };
};

/**
 * Synthesizes every environment with cdk8s (`app.synth()`, every check included) and
 * publishes each into `distDir/<env>/`; throws, writing nothing there, when any environment
 * has bad props or fails a check.
 */
export const synthesize = (environments: readonly StackProps[], distDir = 'dist'): void => {
  // the cdk8s CLI names the folder it reads; otherwise the app's own output is a scratch copy
  const scratch = process.env.CDK8S_OUTDIR ? undefined : scratchOutdir();
  try {
    synthToDist(buildApp(environments, scratch).app, distDir);
  } finally {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
};

/** The app's command: synthesizes the environments into `dist/` (or `SYNTH_DIST`), or prints why not and exits 1. */
export const synthMain = (environments: readonly StackProps[]): void => {
  try {
    synthesize(environments, process.env.SYNTH_DIST ?? 'dist');
  } catch (e) {
    console.error(`synth failed: ${(e as Error).message}`);
    process.exit(1);
  }
};
