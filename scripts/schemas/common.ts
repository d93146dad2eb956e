// Shared helpers for scripts/schemas/regenerate.ts: fetching upstream sources
// through the Go module proxy, and comparing regenerated JSON with the
// vendored files.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** A node of the Loki/Tempo key trees (schemas/loki-*.json, schemas/tempo-*.json). */
export type KeyNode =
  | { t: 'obj'; k: Record<string, KeyNode>; inc: string[]; docs?: boolean }
  | { t: 'leaf'; type: string; docs?: boolean }
  | { t: 'ref'; b: string }
  | { t: 'list'; of: KeyNode }
  | { t: 'map'; of: KeyNode }
  | { t: 'any'; why: string; docs?: boolean };

export type ObjNode = Extract<KeyNode, { t: 'obj' }>;

export function newObj(): ObjNode {
  return { t: 'obj', k: {}, inc: [] };
}

/** Outcome of one regenerated file. */
export type Generated =
  | {
      kind: 'data';
      data: Record<string, unknown>;
      notes?: string[];
      /**
       * parts that could not be regenerated here (paths of keys): --check
       * leaves them out of the comparison (reported as skipped, with the
       * reason), --write keeps the vendored value
       */
      unreproducible?: Unreproducible[];
      /** purely descriptive parts (provenance): written, not compared */
      descriptive?: string[][];
    }
  | { kind: 'skip'; reason: string };

export interface Unreproducible {
  paths: string[][];
  reason: string;
}

export function getPath(o: unknown, p: string[]): unknown {
  let cur = o;
  for (const k of p) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** set (or, with value undefined, delete) the key at path p */
export function setPath(o: Record<string, unknown>, p: string[], value: unknown): void {
  let cur: Record<string, unknown> = o;
  for (const k of p.slice(0, -1)) {
    const next = cur[k];
    if (!next || typeof next !== 'object') {
      if (value === undefined) return;
      cur[k] = {};
    }
    cur = cur[k] as Record<string, unknown>;
  }
  const last = p[p.length - 1];
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}

export interface Target {
  /** path relative to the repository root, e.g. schemas/loki-3.7.6.json */
  file: string;
  /** JSON indentation of the vendored file (compact when absent) */
  pretty?: number;
  generate(): Generated;
}

export class SourceUnavailable extends Error {}

export interface ModuleDir {
  path: string;
  version: string;
  dir: string;
  /** commit hash from the proxy's .info Origin, when the proxy reports one */
  commit?: string;
  /** true when the directory came from --module-dir, not from the proxy */
  overridden?: boolean;
}

const moduleCache = new Map<string, ModuleDir>();

/**
 * Source trees given with --module-dir MODULE@VERSION=DIR, used instead of the
 * module proxy (for versions the proxy does not serve, e.g. from a checkout
 * of the upstream tag).
 */
export const moduleDirOverrides = new Map<string, string>();

/**
 * `go mod download -json <module>@<version>` and return the extracted
 * directory. Throws SourceUnavailable (with the proxy's message) when the
 * module version is not served.
 */
export function goModDownload(modulePath: string, version: string): ModuleDir {
  const key = `${modulePath}@${version}`;
  const cached = moduleCache.get(key);
  if (cached) return cached;
  const override = moduleDirOverrides.get(key);
  if (override) {
    if (!fs.existsSync(override)) throw new SourceUnavailable(`--module-dir ${key}=${override}: no such directory`);
    const res: ModuleDir = { path: modulePath, version, dir: override, overridden: true };
    moduleCache.set(key, res);
    return res;
  }
  let out: string;
  try {
    out = execFileSync('go', ['mod', 'download', '-json', key], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 16 * 1024 * 1024,
      // run outside any module so the project's go.mod files do not matter
      cwd: '/',
    });
  } catch (e) {
    const err = e as { stdout?: string; message: string };
    out = err.stdout ?? '';
    if (!out.trim()) {
      throw new SourceUnavailable(`go mod download ${key} failed: ${err.message.split('\n')[0]}`);
    }
  }
  const info = JSON.parse(out) as {
    Dir?: string;
    Error?: string;
    Version?: string;
    Origin?: { Hash?: string };
  };
  if (info.Error || !info.Dir) {
    throw new SourceUnavailable(
      `the Go module proxy does not serve ${key}: ${(info.Error ?? 'no Dir').split('\n').map((s) => s.trim()).join(' ')}`,
    );
  }
  const res: ModuleDir = {
    path: modulePath,
    version: info.Version ?? version,
    dir: info.Dir,
    commit: info.Origin?.Hash,
  };
  moduleCache.set(key, res);
  return res;
}

export function readIn(mod: ModuleDir, rel: string): string {
  const p = path.join(mod.dir, rel);
  if (!fs.existsSync(p)) {
    throw new SourceUnavailable(`${rel} is not in ${mod.path}@${mod.version} (module zips omit nested modules)`);
  }
  return fs.readFileSync(p, 'utf8');
}

/** Recursively list files under dir (relative paths, '/' separators). */
export function walkFiles(dir: string, filter: (rel: string) => boolean, skipDir?: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const rec = (rel: string): void => {
    const abs = path.join(dir, rel);
    for (const ent of fs.readdirSync(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) {
        if (skipDir && skipDir(r)) continue;
        rec(r);
      } else if (ent.isFile() && filter(r)) {
        out.push(r);
      }
    }
  };
  rec('');
  return out.sort();
}

// ---------------------------------------------------------------------------
// comparison

/** Keys ignored when comparing (purely descriptive, e.g. timestamps). */
const IGNORED_KEYS = new Set(['generated', 'generatedAt', 'timestamp', 'retrieved']);

/**
 * Canonical form for comparison: object keys sorted, ignored keys dropped,
 * arrays treated as sets (sorted by their canonical JSON): every array in
 * these files is an unordered collection (key lists, includes, allOf, enum).
 */
export function canonical(v: unknown): unknown {
  if (Array.isArray(v)) {
    const items = v.map(canonical);
    return items
      .map((x) => [JSON.stringify(x), x] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map((x) => x[1]);
  }
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v as Record<string, unknown>).sort()) {
      if (IGNORED_KEYS.has(k)) continue;
      o[k] = canonical((v as Record<string, unknown>)[k]);
    }
    return o;
  }
  return v;
}

/**
 * Flatten to "path = leaf value" strings (arrays of scalars become one entry
 * per element, path[]=value), so differences can be listed as
 * only-in-new / only-in-vendored entries.
 */
export function flatten(v: unknown, prefix = '', out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(v)) {
    if (v.length === 0) out.add(`${prefix} = []`);
    for (const x of v) {
      if (x && typeof x === 'object') flatten(x, `${prefix}[${JSON.stringify(canonical(x)).slice(0, 60)}]`, out);
      else out.add(`${prefix}[] = ${JSON.stringify(x)}`);
    }
    return out;
  }
  if (v && typeof v === 'object') {
    const keys = Object.keys(v as Record<string, unknown>);
    if (keys.length === 0) out.add(`${prefix} = {}`);
    for (const k of keys) {
      if (IGNORED_KEYS.has(k)) continue;
      flatten((v as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k, out);
    }
    return out;
  }
  out.add(`${prefix} = ${JSON.stringify(v)}`);
  return out;
}

export interface Diff {
  equal: boolean;
  onlyNew: string[];
  onlyOld: string[];
}

export function diff(newData: unknown, oldData: unknown): Diff {
  const a = JSON.stringify(canonical(newData));
  const b = JSON.stringify(canonical(oldData));
  if (a === b) return { equal: true, onlyNew: [], onlyOld: [] };
  const fa = flatten(canonical(newData));
  const fb = flatten(canonical(oldData));
  return {
    equal: false,
    onlyNew: [...fa].filter((x) => !fb.has(x)),
    onlyOld: [...fb].filter((x) => !fa.has(x)),
  };
}
