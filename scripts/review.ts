/**
 * `npm run review [-- BASE] [--markdown] [--fail-on refused,data,access]`: a change judged by
 * its effect on the cluster. For each environment, every object of `dist/` added, removed or
 * changed between BASE and the working tree, and what applying it does: refused by the API
 * server (with the step that works), rolls pods (which, why, how many, in what order),
 * reloads in place or no effect; and what removes data or opens access.
 *
 * BASE defaults to the merge base with main, or, on main itself, the last commit (so the
 * working tree's `dist/` against the committed one). `--markdown` prints a pull request
 * comment (a summary table, the details folded); `--fail-on` exits 1 when any finding has one
 * of the effects named.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { isManifest } from './environments';
import { Effect, ObjectChange, Render, classify, objectKey } from './review/classify';

const root = path.resolve(__dirname, '..');
const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** Every environment's objects, from files `dist/<env>/<file>` and their texts. */
const renders = (files: ReadonlyMap<string, string>): Map<string, Map<string, any>> => {
  const out = new Map<string, Map<string, any>>();
  for (const [file, text] of files) {
    // the manifests of dist/<env>/, not its README.md
    const m = /^dist\/([^/]+)\/[^/]+$/.exec(file);
    if (!m || !isManifest(file)) continue;
    const env = out.get(m[1]) ?? new Map<string, any>();
    for (const d of parseAllDocuments(text).map((x) => x.toJS())) if (d?.kind) env.set(objectKey(d), d);
    out.set(m[1], env);
  }
  return out;
};

/** The `dist/` files of a git revision. */
export const baseFilesOf = (rev: string): Map<string, string> =>
  new Map(
    git('ls-tree', '-r', '--name-only', rev, '--', 'dist/')
      .split('\n')
      .filter(Boolean)
      .map((f) => [f, git('show', `${rev}:${f}`)]),
  );

const workingFiles = (): Map<string, string> => {
  const dist = path.join(root, 'dist');
  const files = new Map<string, string>();
  for (const f of fs.readdirSync(dist, { recursive: true }) as string[]) {
    const p = path.join(dist, f);
    if (fs.statSync(p).isFile()) files.set(`dist/${f.split(path.sep).join('/')}`, fs.readFileSync(p, 'utf8'));
  }
  return files;
};

export const defaultBase = (): string => {
  const head = git('rev-parse', 'HEAD').trim();
  let mergeBase = head;
  try {
    mergeBase = git('merge-base', 'HEAD', 'main').trim();
  } catch {
    /* no main: compare with the last commit */
  }
  return mergeBase;
};

const ORDER: Effect[] = ['refused', 'ignored', 'data', 'access', 'rolls', 'reloads', 'removed', 'added', 'in place'];
const LABEL: Record<Effect, string> = { refused: 'REFUSED', ignored: 'IGNORED', data: 'DATA', access: 'ACCESS', rolls: 'rolls', reloads: 'reloads', removed: 'removed', added: 'added', 'in place': 'in place' };

/** The changes of each environment between two sets of `dist/` files. */
export const review = (base: ReadonlyMap<string, string>, head: ReadonlyMap<string, string>): Map<string, ObjectChange[]> => {
  const a = renders(base);
  const b = renders(head);
  const envs = [...new Set([...a.keys(), ...b.keys()])].sort();
  return new Map(envs.map((env) => [env, classify((a.get(env) ?? new Map()) as Render, (b.get(env) ?? new Map()) as Render)]));
};

const effectsOf = (c: ObjectChange): Effect[] => ORDER.filter((e) => c.findings.some((f) => f.effect === e));

export const terminal = (changes: Map<string, ObjectChange[]>, baseName: string): string => {
  const lines: string[] = [`review of dist/ against ${baseName}`];
  for (const [env, list] of changes) {
    const counts = ORDER.map((e) => [e, list.filter((c) => effectsOf(c).includes(e)).length] as const).filter(([, n]) => n > 0);
    lines.push('', `${env}: ${list.length} object${list.length === 1 ? '' : 's'} changed${counts.length ? ` (${counts.map(([e, n]) => `${n} ${e}`).join(', ')})` : ''}`);
    for (const c of [...list].sort((x, y) => ORDER.indexOf(effectsOf(x)[0]) - ORDER.indexOf(effectsOf(y)[0]))) {
      lines.push(`  ${c.object}`);
      for (const f of [...c.findings].sort((x, y) => ORDER.indexOf(x.effect) - ORDER.indexOf(y.effect))) {
        lines.push(`    ${LABEL[f.effect]}: ${f.detail}`);
        if (f.step) lines.push(`      step: ${f.step}`);
      }
    }
  }
  return lines.join('\n');
};

export const markdown = (changes: Map<string, ObjectChange[]>, baseName: string): string => {
  const lines: string[] = [`### What this change does to the cluster (dist/ against ${baseName})`, '', '| environment | object | change | effect |', '|---|---|---|---|'];
  for (const [env, list] of changes) {
    for (const c of list) lines.push(`| ${env} | \`${c.object}\` | ${c.change} | ${effectsOf(c).map((e) => (['refused', 'ignored', 'data', 'access'].includes(e) ? `**${e}**` : e)).join(', ')} |`);
  }
  for (const [env, list] of changes) {
    if (!list.length) continue;
    lines.push('', `<details><summary>${env}: ${list.length} object${list.length === 1 ? '' : 's'}</summary>`, '');
    for (const c of list) {
      lines.push(`- \`${c.object}\` (${c.change})`);
      for (const f of c.findings) lines.push(`  - **${f.effect}**: ${f.detail}${f.step ? `<br>step: ${f.step}` : ''}`);
    }
    lines.push('', '</details>');
  }
  return lines.join('\n');
};

if (require.main === module) {
  const args = process.argv.slice(2);
  const failOnArg = args.find((a) => a.startsWith('--fail-on'));
  const failOnValue = failOnArg?.includes('=') ? failOnArg.split('=')[1] : failOnArg ? args[args.indexOf(failOnArg) + 1] : undefined;
  const rest = args.filter((a, i) => !a.startsWith('--') && !(failOnArg && !failOnArg.includes('=') && args[i - 1] === failOnArg));
  const failOn = new Set((failOnValue ?? '').split(',').filter(Boolean));
  const bad = [...failOn].filter((e) => !ORDER.includes(e as Effect));
  if (bad.length) {
    console.error(`review: --fail-on takes effects among ${ORDER.join(', ')}, got ${bad.join(', ')}`);
    process.exit(2);
  }
  const base = rest[0] ?? defaultBase();
  const baseName = `${base.slice(0, 12)} (${git('log', '-1', '--format=%s', base).trim().slice(0, 60)})`;
  const changes = review(baseFilesOf(base), workingFiles());
  console.log(args.includes('--markdown') ? markdown(changes, baseName) : terminal(changes, baseName));
  const failing = [...changes.values()].flat().filter((c) => c.findings.some((f) => failOn.has(f.effect)));
  if (failing.length) {
    console.error(`\nreview: ${failing.length} object${failing.length === 1 ? '' : 's'} with ${[...failOn].join(', ')}`);
    process.exit(1);
  }
}
