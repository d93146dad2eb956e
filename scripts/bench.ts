/**
 * Times the project's synth command against an empty cdk8s chart synthesized the same way
 * (same cdk8s CLI, same app command) in the same run, and prints the medians and their ratio.
 *
 *   npm run bench [-- RUNS]     (default 7 runs each, after one warm-up run each)
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..');
const runs = Number(process.argv[2] ?? 7);
const cli = path.join(root, 'node_modules', '.bin', 'cdk8s');
const appCommand: string = parse(fs.readFileSync(path.join(root, 'cdk8s.yaml'), 'utf8')).app;

const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-empty-'));
fs.symlinkSync(path.join(root, 'node_modules'), path.join(empty, 'node_modules'));
fs.writeFileSync(
  path.join(empty, 'main.ts'),
  "import { App, Chart } from 'cdk8s';\nconst app = new App();\nnew Chart(app, 'empty');\napp.synth();\n",
);
fs.writeFileSync(path.join(empty, 'cdk8s.yaml'), `language: typescript\napp: ${appCommand}\noutput: dist\n`);
fs.copyFileSync(path.join(root, 'tsconfig.json'), path.join(empty, 'tsconfig.json'));

const time = (cwd: string): number => {
  const t0 = process.hrtime.bigint();
  execFileSync(cli, ['synth', '--no-check-upgrade'], { cwd, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

time(root);
time(empty);
const project: number[] = [];
const baseline: number[] = [];
for (let i = 0; i < runs; i++) {
  // interleaved, so background load affects both alike
  project.push(time(root));
  baseline.push(time(empty));
}
fs.rmSync(empty, { recursive: true, force: true });

const p = median(project);
const b = median(baseline);
console.log(`synth, median of ${runs} runs (command: cdk8s synth, app: ${appCommand})`);
console.log(`  project     ${p.toFixed(0)} ms   (runs: ${project.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`  empty chart ${b.toFixed(0)} ms   (runs: ${baseline.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`  ratio       ${(p / b).toFixed(2)}`);
