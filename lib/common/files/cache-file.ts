import { createHash } from 'crypto';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';

/*
 * The one cache of the library: generated code (compiled JSON-schema validators) and the
 * index derived with it, in files named by a hash of every input that decides them. Each
 * file is written with the sha256 of its content beside it (`<file>.sha256`) and is used
 * only when its content still has that digest: a damaged or edited entry is made again,
 * never used. No output and no check's result is kept.
 */

const digest = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex');

/**
 * Writes a cache file whole (a temporary file renamed into place, so a concurrent run reads
 * the old state or the new, never half), its digest after it; on a read-only checkout
 * nothing is cached and the value made serves this run.
 */
export const writeCacheFile = (file: string, content: string): void => {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
    fs.writeFileSync(tmp, digest(content));
    fs.renameSync(tmp, `${file}.sha256`);
  } catch {
    // a read-only checkout: no cache
  }
};

/** A cache file's content when it is intact (its digest matches), else undefined. */
export const readCacheFile = (file: string): string | undefined => {
  try {
    const content = fs.readFileSync(file, 'utf8');
    return fs.readFileSync(`${file}.sha256`, 'utf8') === digest(content) ? content : undefined;
  } catch {
    return undefined;
  }
};

/** A cached JSON value, or one made now and cached. */
export const cachedJson = <T>(file: string, make: () => T): T => {
  const text = readCacheFile(file);
  if (text !== undefined) return JSON.parse(text) as T;
  const value = make();
  writeCacheFile(file, JSON.stringify(value));
  return value;
};

/** A cached module of generated code (intact, as {@link readCacheFile}), loaded from the content that was verified; undefined when there is none. */
export const requireCacheFile = (file: string): unknown => {
  const code = readCacheFile(file);
  if (code === undefined) return undefined;
  // compiled in the running realm (a test's sandbox too), with the file's own require
  const module = { exports: {} as unknown };
  new Function('exports', 'require', 'module', '__filename', '__dirname', code)(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
};
