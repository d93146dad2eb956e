import { createHash } from 'crypto';
import { stringify } from 'yaml';

/** No anchors or aliases for shared objects, no line folding (long PromQL and LogQL stay on one line). */
const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false } as const;

/**
 * Serialises a config object to YAML: no anchors or aliases for shared objects,
 * no line folding (long PromQL and LogQL stay on one line).
 */
export const toYaml = (doc: unknown): string => stringify(doc, YAML_OPTIONS);

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
