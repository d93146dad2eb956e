import { createHash } from 'crypto';
import { stringify } from 'yaml';

/** The value each text {@link toYaml} wrote was made from (as JSON), by {@link keyOf} the text. */
const written = new Map<string, string>();
/** The text {@link toYaml} wrote for a value, by {@link keyOf} the value's JSON: environments share many configs. */
const texts = new Map<string, string>();

/**
 * A map key for a text: the text itself when short, else its digest. V8 hashes only the
 * first 16,383 characters of a string key (rule files and dashboards are longer), so long
 * texts as keys would all fall in one bucket and every lookup would compare whole texts.
 */
const keyOf = (text: string): string => (text.length < 8192 ? text : `\0${text.length}:${createHash('sha256').update(text).digest('base64')}`);

/** No anchors or aliases for shared objects, no line folding (long PromQL and LogQL stay on one line). */
const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false } as const;

/**
 * Serialises a config object to YAML: no anchors or aliases for shared objects,
 * no line folding (long PromQL and LogQL stay on one line).
 */
export const toYaml = (doc: unknown): string => {
  const json = JSON.stringify(doc ?? null);
  const key = keyOf(json);
  let text = texts.get(key);
  if (text === undefined) {
    text = stringify(doc, YAML_OPTIONS);
    texts.set(key, text);
    const textKey = keyOf(text);
    if (!written.has(textKey)) written.set(textKey, json);
  }
  return text;
};

/**
 * The value a YAML text reads as, without parsing it when {@link toYaml} wrote it in this
 * process: then it is a copy of the value it was written from (test/synth.test.ts checks
 * that every config of every environment reads back as that value).
 * @param parse the parser for a text this process did not write
 */
export const readYaml = (text: string, parse: (text: string) => unknown): unknown => {
  const json = written.get(keyOf(text));
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
