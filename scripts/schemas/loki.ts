// Loki key trees (schemas/loki-<version>.json) from the generated configuration
// reference: one block per `### name` section (the last ```yaml block in it),
// the top-level file from the "Supported contents and default values" section.
import { KeyNode, ObjNode, newObj } from './common';

/** Placeholder types that are plain values (kept as `leaf`). */
const SCALARS = new Set([
  'string',
  'boolean',
  'int',
  'float',
  'duration',
  'time',
  'url',
  'daytime',
  'list of strings',
  'map of string to string',
  'map of string to list of strings',
]);

interface Section {
  title: string;
  body: string[];
}

function sections(md: string): Section[] {
  const out: Section[] = [];
  let cur: Section | undefined;
  let fenced = false;
  for (const line of md.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^### (.+?)\s*$/.exec(line);
    if (m) {
      cur = { title: m[1], body: [] };
      out.push(cur);
    } else if (!fenced && /^##? /.test(line)) {
      cur = undefined;
    } else if (cur) {
      cur.body.push(line);
    }
  }
  return out;
}

/** The last fenced ```yaml block of a section, as lines. */
function lastYamlBlock(body: string[]): string[] | undefined {
  let last: string[] | undefined;
  let cur: string[] | undefined;
  for (const line of body) {
    if (cur === undefined) {
      if (/^```yaml\s*$/.test(line)) cur = [];
    } else if (/^```\s*$/.test(line)) {
      last = cur;
      cur = undefined;
    } else {
      cur.push(line);
    }
  }
  return last;
}

function notDescribed(type: string): KeyNode {
  return { t: 'any', why: `type <${type}> not described in the reference` };
}

function typeNode(raw: string, blocks: Set<string>): KeyNode {
  const type = raw.replace(/\.\.\.$/, '').trim();
  if (SCALARS.has(type)) return { t: 'leaf', type };
  if (blocks.has(type)) return { t: 'ref', b: type };
  let m = /^list of (.+?)s$/.exec(type);
  if (m) {
    const el = m[1];
    if (blocks.has(el)) return { t: 'list', of: { t: 'ref', b: el } };
    return { t: 'list', of: { t: 'any', why: `list of ${el}: element type not described in the reference` } };
  }
  m = /^map of string to (.+)$/.exec(type);
  if (m) return { t: 'map', of: typeNode(m[1], blocks) };
  return notDescribed(type);
}

export interface LokiTree {
  root: string;
  blocks: Record<string, KeyNode>;
  /** lines of the yaml blocks that matched no pattern (for diagnostics) */
  unparsed: string[];
}

export function parseLokiReference(md: string): LokiTree {
  const secs = sections(md);
  const rootIdx = secs.findIndex((s) => /^Supported contents and default values/.test(s.title));
  if (rootIdx < 0) throw new Error('no "Supported contents and default values" section');
  const blockSecs = secs.slice(rootIdx + 1).filter((s) => /^[a-z0-9_]+$/.test(s.title));
  const names = new Set(blockSecs.map((s) => s.title));
  const blocks: Record<string, KeyNode> = {};
  const unparsed: string[] = [];
  const todo: Array<[string, Section]> = [['__root__', secs[rootIdx]], ...blockSecs.map((s) => [s.title, s] as [string, Section])];
  for (const [name, sec] of todo) {
    const lines = lastYamlBlock(sec.body);
    if (!lines) continue;
    blocks[name] = parseBlock(lines, names, unparsed, name);
  }
  return { root: '__root__', blocks, unparsed };
}

function parseBlock(lines: string[], names: Set<string>, unparsed: string[], blockName: string): ObjNode {
  const root = newObj();
  const stack: Array<{ indent: number; node: ObjNode; parent?: ObjNode; key?: string }> = [{ indent: 0, node: root }];
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    while (stack.length > 1 && stack[stack.length - 1].indent > indent) stack.pop();
    const frame = stack[stack.length - 1];
    const top = frame.node;
    let m = /^\[<([A-Za-z0-9_]+)>\]$/.exec(trimmed);
    if (m) {
      top.inc.push(m[1]);
      continue;
    }
    // `key:` followed by a key-less `[: <type>]`: the key itself has that type
    m = /^\[: <([^>]*)>\]$/.exec(trimmed);
    if (m && frame.parent && frame.key && Object.keys(top.k).length === 0) {
      frame.parent.k[frame.key] = typeNode(m[1], names);
      continue;
    }
    m = /^\[([A-Za-z0-9_.-]+): <([^>]*)>(?:\s*\|.*)?\]$/.exec(trimmed);
    if (m) {
      top.k[m[1]] = typeNode(m[2], names);
      continue;
    }
    m = /^([A-Za-z0-9_.-]+):$/.exec(trimmed);
    if (m) {
      const child = newObj();
      top.k[m[1]] = child;
      stack.push({ indent: indent + 1, node: child, parent: top, key: m[1] });
      continue;
    }
    unparsed.push(`${blockName}: ${trimmed}`);
  }
  return root;
}
