/**
 * Times the synth in one paired run (each pair interleaved, so background load affects
 * both sides alike) and prints medians, min, max and ratios:
 *   1. `npm run synth` against an empty cdk8s app run by node through `npm run` the same way;
 *   2. `cdk8s synth` against an empty chart through the same CLI;
 *   3. a scale case, 10 environments of 100 SLOs each, against the default environments
 *      (both run from the same cached build, into scratch folders);
 * the peak RSS of `npm run synth`; and, for what the caches save, the first and second synth
 * of a copy of the sources with every cache empty.
 *
 *   npm run bench [-- RUNS]     (default 7 runs each, after one warm-up run each)
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freshCopy } from './fresh-copy';

const root = path.resolve(__dirname, '..');
const runs = Number(process.argv[2] ?? 7);
const cli = path.join(root, 'node_modules', '.bin', 'cdk8s');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));

// an empty app: one chart, synthesized by cdk8s, run by node through npm as `npm run synth` is
const empty = path.join(scratch, 'empty');
fs.mkdirSync(empty);
fs.symlinkSync(path.join(root, 'node_modules'), path.join(empty, 'node_modules'));
fs.writeFileSync(path.join(empty, 'main.js'), "const { App, Chart } = require('cdk8s');\nconst app = new App();\nnew Chart(app, 'empty');\napp.synth();\n");
fs.writeFileSync(path.join(empty, 'package.json'), JSON.stringify({ name: 'empty', private: true, scripts: { synth: 'node main.js' } }));
fs.writeFileSync(path.join(empty, 'cdk8s.yaml'), 'language: typescript\napp: node main.js\noutput: dist\n');

// the scale case: 10 environments of 100 SLOs each, from the same cached build; their period
// fits every environment's Prometheus retention
const scale = path.join(scratch, 'scale.js');
fs.writeFileSync(
  scale,
  `const path = require('path');
const { loadApp } = require(${JSON.stringify(path.join(root, 'scripts', 'synth.js'))});
const { ENVIRONMENTS, synthesize } = loadApp();
const many = process.argv[2] === 'scale';
const slos = (env) => Array.from({ length: 100 }, (_, i) => ({
  name: 'slo-' + i, service: 'service-' + (i % 25), objective: 99 + (i % 9) / 10,
  sli: i % 2 ? { kind: 'availability' } : { kind: 'latency', thresholdSeconds: 0.5 }, period: '7d',
}));
const envs = many ? Array.from({ length: 10 }, (_, i) => ({ ...ENVIRONMENTS[i % ENVIRONMENTS.length], name: 'env-' + i, slos: slos() })) : ENVIRONMENTS;
synthesize(envs, process.argv[3]);
`,
);
const rssProbe = path.join(scratch, 'rss.js');
fs.writeFileSync(rssProbe, "process.on('exit', () => require('fs').writeSync(2, `maxrss ${process.resourceUsage().maxRSS}\\n`));\n");

const time = (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): number => {
  const t0 = process.hrtime.bigint();
  execFileSync(cmd, args, { cwd, stdio: 'ignore', env: { ...process.env, ...env } });
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}`;

const out = (name: string) => {
  const d = path.join(scratch, name);
  fs.rmSync(d, { recursive: true, force: true });
  return d;
};
const pairs: Array<[string, () => number, string, () => number]> = [
  ['npm run synth', () => time('npm', ['run', '--silent', 'synth'], root, { SYNTH_DIST: out('dist-npm') }), 'empty app, npm run', () => time('npm', ['run', '--silent', 'synth'], empty)],
  ['cdk8s synth', () => time(cli, ['synth', '--no-check-upgrade'], root, { SYNTH_DIST: out('dist-cli') }), 'empty chart, cdk8s synth', () => time(cli, ['synth', '--no-check-upgrade'], empty)],
  ['10 environments x 100 SLOs', () => time('node', [scale, 'scale', out('dist-scale')], root), 'default environments', () => time('node', [scale, 'default', out('dist-default')], root)],
];

for (const [name, a, baseName, b] of pairs) {
  a();
  b(); // warm-up: the cached build, the page cache
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < runs; i++) {
    xs.push(a());
    ys.push(b());
  }
  console.log(`${name}: ${stats(xs)}`);
  console.log(`  vs ${baseName}: ${stats(ys)}; ratio ${(median(xs) / median(ys)).toFixed(2)}`);
}

const rss = spawnSync('node', ['-r', rssProbe, path.join(root, 'scripts', 'synth.js')], { cwd: root, encoding: 'utf8', env: { ...process.env, SYNTH_DIST: out('dist-rss') } });
const scaleRss = spawnSync('node', ['-r', rssProbe, scale, 'scale', out('dist-scale-rss')], { cwd: root, encoding: 'utf8' });
const mib = (s: string) => `${(Number(/maxrss (\d+)/.exec(s)?.[1] ?? 0) / 1024).toFixed(0)} MiB`;
console.log(`peak RSS: npm run synth ${mib(rss.stderr)}, scale case ${mib(scaleRss.stderr)}`);

// what the caches save: a synth from a copy of the sources with an empty node_modules/.cache
// (a fresh clone's first synth: the build, every validator compiled, every dashboard and text
// rendered), then its second synth
const copy = freshCopy(root, path.join(scratch, 'fresh'));
const first = time('node', ['scripts/synth.js'], copy, { SYNTH_DIST: out('dist-fresh') });
const second = time('node', ['scripts/synth.js'], copy, { SYNTH_DIST: out('dist-fresh') });
console.log(`fresh clone, every cache empty (one run each): first synth ${first.toFixed(0)} ms, second ${second.toFixed(0)} ms`);
fs.rmSync(scratch, { recursive: true, force: true });
