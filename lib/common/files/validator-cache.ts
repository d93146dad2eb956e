import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { requireCacheFile, writeCacheFile } from './cache-file';
import { CACHE_DIR } from './paths';

/*
 * Compiling a JSON schema validator is what costs at every synth, so each compiled
 * validator is kept as ajv standalone code in node_modules/.cache, keyed by a hash of
 * everything that decides it (the schema files, the checking module's source, the ajv
 * version). A changed schema or check is a new key; the cached code is the validator ajv
 * compiled, not an approximation.
 */

/** ajv's standalone code generator, loaded only when a validator is compiled (a synth from the cache never loads ajv). */
const standaloneCode = (...args: Parameters<typeof import('ajv/dist/standalone').default>): string =>
  (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default(...args);

/** A file's sha256, once per process. */
const digests = new Map<string, string>();
const fileDigest = (f: string): string => {
  let d = digests.get(f);
  if (d === undefined) digests.set(f, (d = createHash('sha256').update(fs.readFileSync(f)).digest('hex')));
  return d;
};

/** The cache folder of one family of validators: `<prefix>-<hash of the inputs>`. */
export const validatorCacheDir = (prefix: string, inputs: { readonly files: readonly string[]; readonly dirs: readonly string[] }): string => {
  const h = createHash('sha256').update(require('ajv/package.json').version);
  // by content and name, not path: the validators name no module path, so one compiled by
  // one build serves the next while the checking module and the schemas stay the same
  for (const f of inputs.files) h.update(path.basename(f)).update(fileDigest(f));
  for (const dir of inputs.dirs) for (const f of fs.readdirSync(dir).sort()) h.update(f).update(fs.readFileSync(path.join(dir, f)));
  return path.join(CACHE_DIR, `${prefix}-${h.digest('hex').slice(0, 20)}`);
};

/**
 * The validator in `file` (standalone code), or one compiled now and written there. The
 * Ajv instance must keep its generated source (`code: { source: true }`).
 */
export const cachedValidator = (file: string, compile: () => { readonly ajv: Ajv; readonly fn: ValidateFunction }): ValidateFunction => {
  const cached = requireCacheFile(file);
  if (cached) return cached as ValidateFunction;
  const { ajv, fn } = compile();
  writeCacheFile(file, standaloneCode(ajv, fn));
  return fn;
};

/**
 * Several validators of one Ajv instance in one module (standalone code with an export
 * per name): the definitions they share (ObjectMeta, PodSpec, ...) are emitted and loaded
 * once, not once per validator. Read from `file`, or compiled now and written there.
 * @param compile the Ajv instance (with `code: { source: true }`) and each name's schema
 *   reference (`<schema id>#/definitions/<name>`)
 */
export const cachedValidatorBundle = (file: string, compile: () => { readonly ajv: Ajv; readonly refs: Readonly<Record<string, string>> }): Record<string, ValidateFunction> => {
  const cached = requireCacheFile(file);
  if (cached) return cached as Record<string, ValidateFunction>;
  const { ajv, refs } = compile();
  const fns = Object.fromEntries(
    Object.entries(refs).map(([name, ref]) => {
      const fn = ajv.getSchema(ref);
      if (!fn) throw new Error(`no schema ${ref}`);
      return [name, fn];
    }),
  );
  writeCacheFile(file, standaloneCode(ajv, refs as Record<string, string>));
  return fns;
};
