import * as fs from 'fs';
import * as path from 'path';

/**
 * Writes a cache file whole (a temporary file renamed into place, so a concurrent run reads
 * the old state or the new, never half); on a read-only checkout nothing is cached and the
 * value made serves this run.
 */
export const writeCacheFile = (file: string, content: () => string | Uint8Array): void => {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, content());
    fs.renameSync(tmp, file);
  } catch {
    // a read-only checkout: no cache
  }
};

/** A file's content, or undefined when there is none. */
export const readIfExists = (file: string): Buffer | undefined => {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
};
