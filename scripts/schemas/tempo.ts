// Tempo key tree (schemas/tempo-<version>.json): the YAML of the generated
// manifest (full default config), plus keys from the hand-written reference
// blocks of _index.md under top-level keys the manifest has, plus the
// top-level keys of the Config struct, plus `sourceKeys` (every yaml tag
// name in the non-vendored, non-test Go source).
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { KeyNode, ObjNode, newObj, walkFiles } from './common';

// ---------------------------------------------------------------------------
// manifest

function fromValue(v: unknown): KeyNode {
  if (v === null || v === undefined) return { t: 'any', why: 'nil in the default dump' };
  if (typeof v === 'string') return { t: 'leaf', type: 'string' };
  if (typeof v === 'boolean') return { t: 'leaf', type: 'boolean' };
  if (typeof v === 'number') return { t: 'leaf', type: 'number' };
  if (Array.isArray(v)) {
    if (v.length === 0) return { t: 'list', of: { t: 'any', why: 'empty list in the default dump' } };
    return { t: 'list', of: fromValue(v[0]) };
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 0) return { t: 'map', of: { t: 'any', why: 'map' } };
  const n = newObj();
  for (const k of keys) n.k[k] = fromValue(o[k]);
  return n;
}

function yamlBlocks(md: string): string[][] {
  const out: string[][] = [];
  let cur: string[] | undefined;
  for (const line of md.split('\n')) {
    if (cur === undefined) {
      if (/^\s*```ya?ml\s*$/.test(line)) cur = [];
    } else if (/^\s*```\s*$/.test(line)) {
      out.push(cur);
      cur = undefined;
    } else {
      cur.push(line);
    }
  }
  return out;
}

export function manifestTree(manifestMd: string): ObjNode {
  const blocks = yamlBlocks(manifestMd);
  if (blocks.length !== 1) throw new Error(`manifest.md: expected one yaml block, found ${blocks.length}`);
  const node = fromValue(parseYaml(blocks[0].join('\n')));
  if (node.t !== 'obj') throw new Error('manifest.md: the yaml block is not a map');
  return node;
}

// ---------------------------------------------------------------------------
// _index.md reference blocks

interface Frame {
  indent: number;
  key?: string;
  value?: string;
  /** the container this frame's key belongs to */
  parent?: ObjNode;
  children: ObjNode;
  items: ObjNode[];
  isItem: boolean;
}

function finishFrame(f: Frame): void {
  if (f.isItem || f.key === undefined || !f.parent) return;
  let node: KeyNode;
  const itemKeys = newObj();
  for (const it of f.items) mergeDoc(itemKeys, it);
  if (Object.keys(itemKeys.k).length > 0) node = { t: 'list', of: itemKeys };
  else if (Object.keys(f.children.k).length > 0) node = f.children;
  else if (!f.value) node = { t: 'any', why: 'no keys documented' };
  else if (/^<[^>]*>$/.test(f.value)) node = { t: 'any', why: `documented as ${f.value}` };
  else node = { t: 'leaf', type: 'doc' };
  addDoc(f.parent, f.key, node);
}

/** add a key parsed from the docs to a docs container (first definition wins, containers merge) */
function addDoc(parent: ObjNode, key: string, node: KeyNode): void {
  const old = parent.k[key];
  if (!old) parent.k[key] = node;
  else if (old.t === 'obj' && node.t === 'obj') mergeDoc(old, node);
  else if (old.t === 'list' && node.t === 'list' && old.of.t === 'obj' && node.of.t === 'obj') mergeDoc(old.of, node.of);
}

function mergeDoc(into: ObjNode, from: ObjNode): void {
  for (const [k, v] of Object.entries(from.k)) addDoc(into, k, v);
}

export function parseDocBlock(lines: string[]): ObjNode {
  const root = newObj();
  const stack: Frame[] = [{ indent: -1, children: root, items: [], isItem: false }];
  const container = (): ObjNode => stack[stack.length - 1].children;
  const popTo = (col: number): void => {
    while (stack.length > 1 && stack[stack.length - 1].indent >= col) finishFrame(stack.pop() as Frame);
  };
  for (const raw of lines) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    let line = raw.replace(/\s+#\s.*$/, '').replace(/\s+#$/, '');
    let col = line.length - line.trimStart().length;
    const item = /^(\s*)(-\s+)(.*)$/.exec(line);
    if (item) {
      const dash = item[1].length;
      // a sequence may sit at the same indentation as its key (`key:\n- a`)
      while (stack.length > 1) {
        const top = stack[stack.length - 1];
        if (top.indent > dash || (top.isItem && top.indent >= dash)) finishFrame(stack.pop() as Frame);
        else break;
      }
      const owner = stack[stack.length - 1];
      const obj = newObj();
      owner.items.push(obj);
      stack.push({ indent: dash, children: obj, items: [], isItem: true });
      col = dash + item[2].length;
      line = ' '.repeat(col) + item[3];
    }
    const text = line.trim();
    let m = /^\[\s*([A-Za-z0-9_]+)\s*:\s*(.*)$/.exec(text);
    if (m) {
      popTo(col);
      const rest = m[2];
      let node: KeyNode;
      if (rest.startsWith('<')) {
        const end = rest.indexOf(']');
        const t = (end < 0 ? rest : rest.slice(0, end)).trim();
        const inner = /^<\s*([^>|]*)/.exec(t)?.[1] ?? '';
        node = /^(list|map)/.test(inner) ? { t: 'any', why: `documented as ${t}` } : { t: 'leaf', type: 'doc' };
      } else {
        node = { t: 'leaf', type: 'doc' };
      }
      addDoc(container(), m[1], node);
      continue;
    }
    m = /^([A-Za-z0-9_]+):(?:\s+(.*))?$/.exec(text);
    if (m) {
      popTo(col);
      stack.push({
        indent: col,
        key: m[1],
        value: (m[2] ?? '').trim(),
        parent: container(),
        children: newObj(),
        items: [],
        isItem: false,
      });
    }
  }
  popTo(-1);
  return root;
}

function markDocs(n: KeyNode): KeyNode {
  if (n.t === 'obj' || n.t === 'leaf' || n.t === 'any') return { ...n, docs: true };
  return n;
}

/** merge a docs node into the manifest tree (the manifest wins) */
function mergeIntoTree(tree: ObjNode, docs: ObjNode): void {
  for (const [k, d] of Object.entries(docs.k)) {
    const t = tree.k[k];
    if (!t) {
      tree.k[k] = markDocs(d);
    } else if (t.t === 'obj' && d.t === 'obj') {
      mergeIntoTree(t, d);
    } else if (t.t === 'list' && d.t === 'list' && d.of.t === 'obj') {
      if (t.of.t === 'any') t.of = d.of;
      else if (t.of.t === 'obj') mergeIntoTree(t.of, d.of);
    }
  }
}

// ---------------------------------------------------------------------------
// Go source

/** top-level keys of `type Config struct` in cmd/tempo/app/config.go */
export function configStructKeys(configGo: string): Array<{ key: string; goType: string }> {
  const m = /type Config struct \{([\s\S]*?)\n\}/.exec(configGo);
  if (!m) throw new Error('cmd/tempo/app/config.go: no Config struct');
  const out: Array<{ key: string; goType: string }> = [];
  for (const line of m[1].split('\n')) {
    const f = /^\s*\w+\s+(\S+)\s+`[^`]*yaml:"([^",]+)/.exec(line);
    if (f && f[2] !== '-') out.push({ key: f[2], goType: f[1] });
  }
  return out;
}

const YAML_TAG = /yaml:"([^",]*)/g;

/** every yaml tag name in the non-vendored, non-test Go files */
export function sourceKeys(dirs: string[]): string[] {
  const keys = new Set<string>();
  for (const dir of dirs) addSourceKeys(dir, keys);
  return [...keys].sort();
}

function addSourceKeys(dir: string, keys: Set<string>): void {
  const files = walkFiles(
    dir,
    (rel) => rel.endsWith('.go') && !rel.endsWith('_test.go'),
    (rel) => rel === 'vendor' || rel.endsWith('/vendor'),
  );
  for (const rel of files) {
    const src = fs.readFileSync(path.join(dir, rel), 'utf8');
    YAML_TAG.lastIndex = 0;
    for (let m = YAML_TAG.exec(src); m; m = YAML_TAG.exec(src)) {
      if (m[1] && m[1] !== '-') keys.add(m[1]);
    }
  }
}

/**
 * @param dir the repository tree at the tag (a module zip lacks the nested
 *   modules, e.g. tools/)
 * @param extraSourceDirs further trees whose yaml tags count as source keys
 *   (nested modules fetched separately)
 */
export function tempoTree(dir: string, extraSourceDirs: string[] = []): { root: ObjNode; sourceKeys: string[] } {
  const docDir = path.join(dir, 'docs/sources/tempo/configuration');
  const root = manifestTree(fs.readFileSync(path.join(docDir, 'manifest.md'), 'utf8'));
  const manifestTop = new Set(Object.keys(root.k));
  for (const block of yamlBlocks(fs.readFileSync(path.join(docDir, '_index.md'), 'utf8'))) {
    const docs = parseDocBlock(block);
    const under = newObj();
    for (const [k, v] of Object.entries(docs.k)) if (manifestTop.has(k)) under.k[k] = v;
    mergeIntoTree(root, under);
  }
  for (const { key, goType } of configStructKeys(fs.readFileSync(path.join(dir, 'cmd/tempo/app/config.go'), 'utf8'))) {
    if (root.k[key]) continue;
    root.k[key] = /^(map|\[\])/.test(goType)
      ? { t: 'any', why: `${goType} (not in the default dump)` }
      : { t: 'leaf', type: goType };
  }
  return { root, sourceKeys: sourceKeys([dir, ...extraSourceDirs]) };
}
