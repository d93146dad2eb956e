import * as fs from 'fs';
import * as path from 'path';

/**
 * The project's root: the nearest folder at or above `from` that holds `schemas/` and
 * `package.json`: the repository, from a module of lib/ or from the app's bundle below
 * node_modules/.cache (scripts/synth.js).
 */
export const findProjectRoot = (from: string): string => {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'schemas')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root (a folder with schemas/ and package.json) at or above ${from}`);
  }
};

/** The project's root: the repository, or the installed package. */
export const PROJECT_ROOT = findProjectRoot(__dirname);

/** The vendored schemas and key trees. */
export const SCHEMAS_DIR = path.join(PROJECT_ROOT, 'schemas');

/** The project's cache folder, in its node_modules: the compiled validators, each keyed by what decides it. */
export const CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'observability-stack');

/**
 * The file of one of the project's own modules (`lib/...` without extension): its .ts source,
 * or its compiled .js in the installed package, also when the running code is bundled into
 * one file. Caches keyed by a module's code hash this file.
 */
export const ownModuleFile = (module: string): string => {
  const files = [`${module}.ts`, `build/${module}.js`].map((f) => path.join(PROJECT_ROOT, f));
  const found = files.find((f) => fs.existsSync(f));
  if (!found) throw new Error(`no ${files.join(' or ')}`);
  return found;
};
