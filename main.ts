import { App } from 'cdk8s';
import { ObservabilityStack, StackProps } from './lib/stack/stack';
import { synthToDist } from './lib/output/synth';

/**
 * The environments, one directory each under dist/. Add one by adding an entry: the
 * constructs do not change.
 */
export const ENVIRONMENTS: StackProps[] = [
  {
    // a laptop cluster (kind, minikube): filesystem storage on the default StorageClass,
    // no cloud credentials
    name: 'dev',
    clusterName: 'dev',
    deploymentEnvironment: 'development',
    size: 'laptop',
    tempo: { retention: '3d' },
    loki: { retention: '3d' },
    prometheus: { retention: '3d' },
    // examples on the gateway's RED metrics of a service named checkout
    slos: [
      { name: 'checkout-availability', service: 'checkout', sli: { kind: 'availability' }, objective: 99.9, period: '28d' },
      { name: 'checkout-latency', service: 'checkout', sli: { kind: 'latency', thresholdSeconds: 0.5 }, objective: 99, period: '28d', minRequestsForPage: 100 },
    ],
  },
];

/** Builds every environment's stack in one app. */
export const buildApp = (environments: StackProps[] = ENVIRONMENTS): { app: App; stacks: ObservabilityStack[] } => {
  const app = new App();
  const names = environments.map((e) => e.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new Error(`environment names must be unique, got '${twice}' twice`);
  const stacks = environments.map((env) => new ObservabilityStack(app, env.name, env));
  return { app, stacks };
};

/**
 * Builds, checks and publishes every environment into `distDir`; throws, writing nothing,
 * when any environment has bad props or fails a check.
 */
export const synthesize = (environments: StackProps[] = ENVIRONMENTS, distDir = 'dist', staging?: string): void => {
  const { stacks } = buildApp(environments);
  synthToDist(stacks, distDir, undefined, staging);
};

if (require.main === module) {
  try {
    synthesize(ENVIRONMENTS, 'dist', process.env.CDK8S_OUTDIR);
  } catch (e) {
    console.error(`synth failed: ${(e as Error).message}`);
    process.exit(1);
  }
}
