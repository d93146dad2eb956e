import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { readIfExists, writeCacheFile } from './cache-file';
import { CACHE_DIR, ownModuleFile } from './paths';
import { TextMap } from './text-map';

/** The value each text {@link toYaml} wrote was made from (as JSON), by text. */
const written = new TextMap<string>();
/** The text {@link toYaml} wrote for a value, by the value's JSON: environments share many configs. */
const texts = new TextMap<string>();
/** Every value (as JSON) and text of {@link texts}, in the order made: what the YAML cache keeps. */
const made: Array<[string, string]> = [];

/** No anchors or aliases for shared objects, no line folding (long PromQL and LogQL stay on one line). */
const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false } as const;

/**
 * The YAML cache: the texts earlier synths made, by the value's JSON. Serialising is a pure
 * function of the value, the `yaml` version and the options above, and costs about a
 * quarter of a synth; the cache file is keyed by the version and this module's file (which
 * holds the options), so a text in it is the one `stringify` makes now
 * (test/caches.test.ts checks every entry against `stringify`). Loaded by {@link useYamlCache}.
 */
let stored: { readonly file: string; readonly texts: TextMap<string>; readonly size: number } | undefined;
let misses = 0;

const yamlCacheFile = (scope: string): string => {
  const key = createHash('sha256')
    .update(require('yaml/package.json').version)
    .update('\0')
    .update(fs.readFileSync(ownModuleFile('lib/common/yaml')))
    .digest('hex')
    .slice(0, 20);
  return path.join(CACHE_DIR, `yaml-texts-${key}`, `${createHash('sha256').update(scope).digest('hex').slice(0, 16)}.json`);
};

/**
 * Serves {@link toYaml} from the texts earlier synths of the same scope made. Once per
 * process: a process that synthesizes several sets of environments (the tests) keeps all
 * its texts under the first scope.
 * @param scope what the texts are kept for (the synth passes its environments' names): apps
 *   synthesized by turns keep their own texts instead of replacing each other's
 */
export const useYamlCache = (scope: string): void => {
  if (stored) return;
  const file = yamlCacheFile(scope);
  const map = new TextMap<string>();
  const content = readIfExists(file);
  const entries = content ? (JSON.parse(content.toString('utf8')) as Array<[string, string]>) : [];
  for (const [json, text] of entries) map.set(json, text);
  stored = { file, texts: map, size: entries.length };
};

/**
 * Keeps the texts this process made in the YAML cache, when they differ from what it holds
 * (a text made anew, or one no longer used): it holds the texts of its scope's last synth only.
 */
export const saveYamlCache = (): void => {
  if (!stored || (misses === 0 && made.length === stored.size)) return;
  writeCacheFile(stored.file, () => JSON.stringify(made));
  stored = { ...stored, size: made.length };
  misses = 0;
};

/**
 * Serialises a config object to YAML: no anchors or aliases for shared objects,
 * no line folding (long PromQL and LogQL stay on one line).
 */
export const toYaml = (doc: unknown): string => {
  const json = JSON.stringify(doc ?? null);
  let text = texts.get(json);
  if (text === undefined) {
    text = stored?.texts.get(json);
    if (text === undefined) {
      text = stringify(doc, YAML_OPTIONS);
      misses++;
    }
    texts.set(json, text);
    made.push([json, text]);
    if (!written.has(text)) written.set(text, json);
  }
  return text;
};

/** The options {@link toYaml} serialises with (for the tests that compare the cache with `stringify`). */
export const TO_YAML_OPTIONS = YAML_OPTIONS;

/**
 * The value a YAML text reads as, without parsing it when {@link toYaml} wrote it in this
 * process: then it is a copy of the value it was written from (test/synth.test.ts checks
 * that every config of every environment reads back as that value).
 * @param parse the parser for a text this process did not write
 */
export const readYaml = (text: string, parse: (text: string) => unknown): unknown => {
  const json = written.get(text);
  return json !== undefined ? JSON.parse(json) : parse(text);
};

/** A sha256 hex digest of the given content, used for pod-template checksum annotations. */
export const sha256 = (content: string): string => createHash('sha256').update(content).digest('hex');

/** The pod-template annotation that rolls the pods when the config they mount changes. */
export const CONFIG_CHECKSUM_ANNOTATION = 'checksum/config';

/**
 * The checksum annotation for a set of config files: one digest over the file names and
 * contents in name order, so the annotation does not depend on insertion order.
 */
export const configChecksum = (files: Record<string, string>): Record<string, string> => {
  const h = createHash('sha256');
  for (const name of Object.keys(files).sort()) {
    h.update(name).update('\0').update(files[name]).update('\0');
  }
  return { [CONFIG_CHECKSUM_ANNOTATION]: h.digest('hex') };
};
