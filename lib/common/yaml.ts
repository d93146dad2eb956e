import { createHash } from 'crypto';
import { stringify } from 'yaml';
import { TextMap } from './text-map';

/** The value each text {@link toYaml} wrote was made from (as JSON), by text. */
const written = new TextMap<string>();
/** The text {@link toYaml} wrote for a value, by the value's JSON: environments share many configs. */
const texts = new TextMap<string>();

/** No anchors or aliases for shared objects, no line folding (long PromQL and LogQL stay on one line). */
const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false } as const;

/**
 * Serialises a config object to YAML: no anchors or aliases for shared objects,
 * no line folding (long PromQL and LogQL stay on one line).
 */
export const toYaml = (doc: unknown): string => {
  const json = JSON.stringify(doc ?? null);
  let text = texts.get(json);
  if (text === undefined) {
    text = stringify(doc, YAML_OPTIONS);
    texts.set(json, text);
    if (!written.has(text)) written.set(text, json);
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
