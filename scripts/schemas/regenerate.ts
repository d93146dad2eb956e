// Regenerates the vendored key trees and schemas in schemas/ from their
// upstream sources, fetched through the Go module proxy (`go mod download`).
//
//   node -r ts-node/register/transpile-only scripts/schemas/regenerate.ts [--check|--write]
//     [--verbose] [--only SUBSTR]... [--module-dir MODULE@VERSION=DIR]... [--out DIR]
//
// --check (default): regenerate in memory, compare with the vendored JSON
//   (key order, array order and descriptive fields ignored), print per file
//   `identical`, the differences, or `skipped (not reproducible here)` with
//   the reason; exit 0 only when no regenerated file differs.
// --write: write every regenerated file that could be produced (skipped files
//   are left untouched; parts that are not reproducible keep their vendored
//   value).
// See schemas/README.md for the sources and the derivation of each file.
import * as fs from 'fs';
import * as path from 'path';
import { Generated, SourceUnavailable, Target, diff, getPath, moduleDirOverrides, setPath } from './common';
import { targets } from './targets';

const ROOT = path.resolve(__dirname, '..', '..');

function main(argv: string[]): number {
  let mode: 'check' | 'write' = 'check';
  const only: string[] = [];
  let outDir = ROOT;
  let limit = 10;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') mode = 'check';
    else if (a === '--write') mode = 'write';
    else if (a === '--verbose' || a === '-v') limit = Infinity;
    else if (a === '--only') only.push(argv[++i] ?? '');
    else if (a === '--module-dir') {
      const m = /^([^=]+@[^=]+)=(.+)$/.exec(argv[++i] ?? '');
      if (!m) {
        process.stderr.write('--module-dir takes MODULE@VERSION=DIR\n');
        return 2;
      }
      moduleDirOverrides.set(m[1], path.resolve(m[2]));
    } else if (a === '--out') outDir = path.resolve(argv[++i] ?? '.');
    else if (a === '-h' || a === '--help') {
      process.stdout.write(
        'usage: regenerate.ts [--check|--write] [--verbose] [--only SUBSTR]... [--module-dir MODULE@VERSION=DIR]... [--out DIR]\n' +
          '  --check  compare regenerated data with schemas/ (default)\n' +
          '  --write  write the regenerated files into schemas/\n' +
          '  --verbose  list every difference (default: the first 10 of each side)\n' +
          '  --only   restrict to files whose path contains SUBSTR\n' +
          '  --module-dir  read MODULE@VERSION from DIR instead of the Go module proxy\n' +
          '  --out    with --write: write under DIR instead of the repository root\n',
      );
      return 0;
    } else {
      process.stderr.write(`unknown argument ${a}\n`);
      return 2;
    }
  }
  const started = Date.now();
  let failed = 0;
  let identical = 0;
  let skipped = 0;
  let written = 0;
  const selected = targets(ROOT).filter((t) => only.length === 0 || only.some((o) => t.file.includes(o)));
  for (const t of selected) {
    const t0 = Date.now();
    const res = run(t);
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (res.kind === 'skip') {
      skipped++;
      console.log(`${t.file}: skipped (not reproducible here): ${res.reason}`);
      continue;
    }
    const abs = path.join(mode === 'write' ? outDir : ROOT, t.file);
    const vendoredPath = path.join(ROOT, t.file);
    const notes = (res.notes ?? []).map((n) => `  note: ${n}`);
    const partial = res.unreproducible ?? [];
    const vendoredRaw = fs.existsSync(vendoredPath)
      ? (JSON.parse(fs.readFileSync(vendoredPath, 'utf8')) as Record<string, unknown>)
      : undefined;
    for (const u of partial) {
      const shown = u.paths.slice(0, 4).map((p) => p.join('.'));
      if (u.paths.length > 4) shown.push(`… ${u.paths.length - 4} more`);
      notes.push(`  skipped (not reproducible here): ${shown.join(', ')}: ${u.reason}`);
      if (mode === 'write') {
        for (const p of u.paths) setPath(res.data, p, structuredClone(getPath(vendoredRaw, p)));
      }
    }
    if (mode === 'write') {
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, t.pretty ? JSON.stringify(res.data, null, t.pretty) : JSON.stringify(res.data));
      written++;
      console.log(`${t.file}: written (${secs}s)`);
      notes.forEach((n) => console.log(n));
      continue;
    }
    if (!fs.existsSync(abs)) {
      failed++;
      console.log(`${t.file}: DIFFERS: no vendored file`);
      continue;
    }
    const cmpNew = structuredClone(res.data);
    const cmpOld = structuredClone(vendoredRaw ?? {});
    for (const p of [...partial.flatMap((u) => u.paths), ...(res.descriptive ?? [])]) {
      setPath(cmpNew, p, undefined);
      setPath(cmpOld, p, undefined);
    }
    const d = diff(cmpNew, cmpOld);
    if (d.equal && partial.length) {
      identical++;
      const n = partial.reduce((a, u) => a + u.paths.length, 0);
      console.log(`${t.file}: identical apart from ${n} part(s) not reproducible here (${secs}s)`);
    } else if (d.equal) {
      identical++;
      console.log(`${t.file}: identical (${secs}s)`);
    } else {
      failed++;
      console.log(
        `${t.file}: DIFFERS (${secs}s): ${d.onlyNew.length} entries only in regenerated, ${d.onlyOld.length} only in vendored`,
      );
      for (const x of d.onlyNew.slice(0, limit)) console.log(`  + ${x}`);
      if (d.onlyNew.length > limit) console.log(`  + … ${d.onlyNew.length - limit} more`);
      for (const x of d.onlyOld.slice(0, limit)) console.log(`  - ${x}`);
      if (d.onlyOld.length > limit) console.log(`  - … ${d.onlyOld.length - limit} more`);
    }
    notes.forEach((n) => console.log(n));
  }
  const total = ((Date.now() - started) / 1000).toFixed(1);
  if (mode === 'write') {
    console.log(`${written} written, ${skipped} skipped (${total}s)`);
    return 0;
  }
  console.log(`${identical} identical, ${failed} differ, ${skipped} skipped (${total}s)`);
  return failed === 0 ? 0 : 1;
}

function run(t: Target): Generated {
  try {
    return t.generate();
  } catch (e) {
    if (e instanceof SourceUnavailable) return { kind: 'skip', reason: e.message };
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
