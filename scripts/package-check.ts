/**
 * The package as a user gets it:
 *
 *   npm run package-check
 *
 * `npm pack` (which builds build/ first), then, for the oldest and the newest supported
 * `cdk8s` and `constructs`, a fresh cdk8s TypeScript app in a temporary folder (none of this
 * repository's node_modules): the tarball installed into it from the registry like any
 * package, a main.ts that builds the dev environment with the props of this repository's
 * main.ts and calls plain `app.synth()`, run by `cdk8s synth`. Its objects must equal those
 * of dist/dev, and the same app with an unknown Loki config key planted must fail its synth
 * naming the key. Prints one line per check and `N passed, M failed`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Yaml } from 'cdk8s';
import { ENVIRONMENTS } from '../main';
import { manifestFiles } from './environments';

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The cdk8s and constructs versions the peer ranges promise: the oldest and the newest (this repository's own). */
const SUPPORTED: ReadonlyArray<{ readonly cdk8s: string; readonly constructs: string }> = [
  { cdk8s: pkg.peerDependencies.cdk8s.replace(/^\^/, ''), constructs: pkg.peerDependencies.constructs.replace(/^\^/, '') },
  { cdk8s: pkg.devDependencies.cdk8s, constructs: pkg.devDependencies.constructs },
];

const run = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? 1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
};

/** Every object of the YAML files of a folder, in a stable order. */
const objectsIn = (dir: string): unknown[] =>
  manifestFiles(dir)
    .flatMap((f) => Yaml.load(path.join(dir, f)))
    .filter((o) => o)
    .sort((a: any, b: any) => JSON.stringify([a.kind, a.metadata]).localeCompare(JSON.stringify([b.kind, b.metadata])));

/** The user's app: the dev environment of this repository's main.ts, through the installed package. */
const MAIN = `import { App } from 'cdk8s';
import { ObservabilityStack, StackProps } from '${pkg.name}';

const dev: StackProps = JSON.parse(process.env.STACK_PROPS!);
const app = new App();
new ObservabilityStack(app, dev.name, dev);
app.synth();
`;

const main = (): number => {
  const results: Array<[string, boolean, string]> = [];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'package-check-'));
  try {
    const packed = run('npm', ['pack', '--pack-destination', scratch], root);
    const tarball = fs.readdirSync(scratch).find((f) => f.endsWith('.tgz'));
    results.push(['npm pack', packed.code === 0 && tarball !== undefined, packed.code === 0 ? `${tarball}` : packed.out.slice(-2000)]);
    if (!tarball) return report(results);
    const listed = run('tar', ['-tzf', path.join(scratch, tarball)], scratch).out.split('\n');
    const outside = listed.filter((f) => f && !/^package\/(build\/(lib|imports)\/|schemas\/|README\.md$|package\.json$)/.test(f));
    const dts = listed.includes('package/build/lib/index.d.ts') && listed.includes('package/build/lib/index.js');
    results.push(['the package holds compiled JS, .d.ts and the schemas, nothing else', dts && outside.length === 0 && listed.some((f) => f.startsWith('package/schemas/k8s/')), outside.slice(0, 5).join(', ')]);

    const dev = ENVIRONMENTS.find((e) => e.name === 'dev')!;
    const expected = objectsIn(path.join(root, 'dist', 'dev'));
    for (const v of SUPPORTED) {
      const label = `cdk8s ${v.cdk8s}, constructs ${v.constructs}`;
      const app = path.join(scratch, `app-${v.cdk8s}`);
      fs.mkdirSync(app);
      fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }, null, 2));
      fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, esModuleInterop: true, types: ['node'] }, include: ['main.ts'] }, null, 2));
      fs.writeFileSync(path.join(app, 'cdk8s.yaml'), 'language: typescript\napp: npx ts-node main.ts\noutput: dist\n');
      fs.writeFileSync(path.join(app, 'main.ts'), MAIN);
      const deps = [path.join(scratch, tarball), `cdk8s@${v.cdk8s}`, `constructs@${v.constructs}`, `typescript@${pkg.devDependencies.typescript}`, `ts-node@${pkg.devDependencies['ts-node']}`, `@types/node@${pkg.devDependencies['@types/node']}`];
      const installed = run('npm', ['install', '--no-audit', '--no-fund', ...deps], app);
      results.push([`${label}: npm install of the tarball`, installed.code === 0, installed.code === 0 ? '' : installed.out.slice(-2000)]);
      if (installed.code !== 0) continue;
      const cli = path.join(root, 'node_modules', '.bin', 'cdk8s');
      const synth = run(cli, ['synth', '--no-check-upgrade'], app, { STACK_PROPS: JSON.stringify(dev) });
      const same = synth.code === 0 && JSON.stringify(objectsIn(path.join(app, 'dist'))) === JSON.stringify(expected);
      results.push([`${label}: cdk8s synth of the dev props gives the objects of dist/dev`, same, synth.code === 0 ? (same ? `${expected.length} objects` : 'the objects differ') : synth.out.slice(-2000)]);
      const planted = { ...dev, loki: { ...dev.loki, overrides: { limits_config: { bogus_limit: 1 } } } };
      const refused = run(cli, ['synth', '--no-check-upgrade'], app, { STACK_PROPS: JSON.stringify(planted) });
      const named = refused.code !== 0 && /ERROR dev\/loki\.k8s\.yaml .*bogus_limit/.test(refused.out);
      results.push([`${label}: a planted unknown Loki key fails the synth`, named, named ? '' : refused.out.slice(-2000)]);
    }
    return report(results);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
};

const report = (results: Array<[string, boolean, string]>): number => {
  for (const [what, ok, detail] of results) console.log(`${ok ? 'pass' : 'FAIL'}  ${what}${detail ? `\n      ${detail.split('\n').join('\n      ')}` : ''}`);
  const failed = results.filter(([, ok]) => !ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
};

if (require.main === module) process.exit(main());
