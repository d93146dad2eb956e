// Prometheus configuration key lists (schemas/prometheus-config-keys.json)
// from docs/configuration/configuration.md: every key name of the ```yaml
// blocks (`[ key: … ]` and `key:` lines, comments excluded), overall and per
// "### `<section>`" (with the `[ <section> ]` includes of that section).

export interface PromSection {
  keys: string[];
  includes: string[];
}

export interface PromKeys {
  keys: string[];
  sections: Record<string, PromSection>;
}

const KEY_RES = [
  // [ key: <type> ... ] and [ - key: … ] (also several on one line)
  /\[\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*:/g,
  // key:  / - key:  at the start of a line
  /^\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*:/g,
];
const INCLUDE_RE = /\[\s*<([A-Za-z0-9_]+)>\s*\]/g;

export function parsePrometheusReference(md: string): PromKeys {
  const all = new Set<string>();
  const sections: Record<string, { keys: Set<string>; includes: Set<string> }> = {};
  let section: string | undefined;
  let inYaml = false;
  for (const line of md.split('\n')) {
    if (!inYaml) {
      const h = /^### `<([A-Za-z0-9_]+)>`\s*$/.exec(line);
      if (h) {
        section = h[1];
        sections[section] = { keys: new Set(), includes: new Set() };
        continue;
      }
      if (/^## /.test(line)) section = undefined;
      if (/^```ya?ml\s*$/.test(line)) inYaml = true;
      continue;
    }
    if (/^```\s*$/.test(line)) {
      inYaml = false;
      continue;
    }
    const code = line.replace(/(^|\s)#.*$/, '');
    if (!code.trim()) continue;
    for (const re of KEY_RES) {
      re.lastIndex = 0;
      for (let m = re.exec(code); m; m = re.exec(code)) {
        all.add(m[1]);
        if (section) sections[section].keys.add(m[1]);
      }
    }
    INCLUDE_RE.lastIndex = 0;
    for (let m = INCLUDE_RE.exec(code); m; m = INCLUDE_RE.exec(code)) {
      if (section) sections[section].includes.add(m[1]);
    }
  }
  const out: PromKeys = { keys: [...all].sort(), sections: {} };
  for (const [name, s] of Object.entries(sections)) {
    out.sections[name] = { keys: [...s.keys].sort(), includes: [...s.includes].sort() };
  }
  return out;
}
