import type { ConfigChecker } from './config-tree';
import { ImageName } from '../k8s/images';

/**
 * A config language the stack writes: the image whose version its key tree follows, the
 * judge that runs it in `npm run conformance`, and the checker that judges it at synth. The
 * component folder that introduces a format defines it (`config-check.ts`) and its
 * declaration names it for each config file; the file's ConfigMap carries the format's name
 * as an annotation, so the output checks and the conformance run find the checker from the
 * output itself.
 */
export interface ConfigFormatDefinition {
  /** The annotation's value, e.g. `otelcol`. */
  readonly name: string;
  readonly image: ImageName;
  /** The pinned tool that judges the file, or why only the in-process checker can. */
  readonly judge: { readonly tool: string } | { readonly inProcessOnly: string };
  readonly check: ConfigChecker;
}

const KNOWN = new Map<string, ConfigFormatDefinition>();

/** Defines a format: known to the output checks from the moment its component's module is loaded. */
export const configFormat = (format: ConfigFormatDefinition): ConfigFormatDefinition => {
  const had = KNOWN.get(format.name);
  if (had && had !== format) throw new Error(`the config format '${format.name}' is defined twice`);
  KNOWN.set(format.name, format);
  return format;
};

/** The format of this name, if a loaded component defines it. */
export const configFormatNamed = (name: string | undefined): ConfigFormatDefinition | undefined => (name === undefined ? undefined : KNOWN.get(name));

/** The names of the formats defined so far. */
export const configFormatNames = (): string[] => [...KNOWN.keys()];

/** The ConfigMap annotation that names the format of its files. */
export const CONFIG_FORMAT_ANNOTATION = 'observability-stack/config-format';
