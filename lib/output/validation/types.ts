import { load, loadAll } from 'js-yaml';
import { CONFIG_FORMAT_ANNOTATION } from '../../common/contract/formats';
import { EmbeddedConfig, Finding } from '../../common/contract/findings';

export type { EmbeddedConfig, Finding, FindingLevel } from '../../common/contract/findings';

/** The rendered files of one environment: file name -> multi-document YAML. */
export type RenderedEnvironment = Record<string, string>;

/** A Kubernetes object parsed from a rendered file. */
export interface ManifestObject {
  readonly file: string;
  readonly doc: any;
}

/** The rendered files of one environment, parsed. */
export interface ParsedEnvironment {
  readonly env: string;
  readonly objects: ManifestObject[];
  readonly configs: EmbeddedConfig[];
}

/** `Kind/namespace/name` of an object. */
export const objectId = (doc: any): string => `${doc?.kind}/${doc?.metadata?.namespace ?? '-'}/${doc?.metadata?.name}`;

/*
 * The written bytes are read back by a parser of their own (js-yaml), not the library that
 * wrote them (yaml, through cdk8s): a YAML 1.2 reading, as the components' Go parsers read
 * their configs, and about five times faster at it.
 */

/** A config file's text, parsed: a JSON file (a dashboard) as JSON, the rest as YAML. */
const parsedConfig = (key: string, text: string): any => (key.endsWith('.json') ? JSON.parse(text) : load(text));

/**
 * Parses the rendered files of an environment (file name -> multi-document YAML), and the
 * config files their ConfigMaps embed.
 */
export const parseEnvironment = (env: string, files: Record<string, string>): ParsedEnvironment => {
  const objects: ManifestObject[] = [];
  const configs: EmbeddedConfig[] = [];
  for (const file of Object.keys(files).sort()) {
    const docs: any[] = loadAll(files[file]);
    for (const doc of docs) {
      if (!doc) continue;
      objects.push({ file, doc });
      if (doc.kind !== 'ConfigMap') continue;
      for (const [key, text] of Object.entries<string>(doc.data ?? {})) {
        if (!/\.(ya?ml|json)$/.test(key)) continue;
        configs.push({
          file,
          object: objectId(doc),
          component: doc.metadata?.labels?.['app.kubernetes.io/name'] ?? '',
          format: doc.metadata?.annotations?.[CONFIG_FORMAT_ANNOTATION],
          key,
          text,
          parsed: parsedConfig(key, text),
        });
      }
    }
  }
  return { env, objects, configs };
};

/** A place inside a config: object keys and array indexes from the top. */
export type ConfigPath = ReadonlyArray<string | number>;

/** A path as the findings write it: `a.b[0].c` (keys joined by dots, indexes in brackets). */
export const formatConfigPath = (segments: ConfigPath, prefix = ''): string => {
  let out = prefix;
  for (const s of segments) out = typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s;
  return out;
};

/**
 * Calls `visit` with every string of a parsed config, its place (the array is reused: copy or
 * format it in the call) and the object key it is under (an array's items are under the
 * array's key).
 */
export const forEachString = (value: unknown, visit: (text: string, at: ConfigPath, key: string) => void): void => {
  const at: Array<string | number> = [];
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') visit(v, at, key);
    else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        walk(v[i], key);
        at.pop();
      }
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        at.push(k);
        walk((v as Record<string, unknown>)[k], k);
        at.pop();
      }
    }
  };
  walk(value, '');
};

/** A check of one parsed environment. */
export type Check = (env: ParsedEnvironment) => Finding[];

/** One line per finding: `LEVEL env/file object path: message`. */
export const formatFinding = (env: string, f: Finding): string =>
  `${f.level.toUpperCase()} ${env}/${f.file} ${f.object} ${f.path}: ${f.message}`;
