import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as vm from 'vm';
import { readIfExists, writeCacheFile } from './cache-file';

/*
 * Loading the app and the cached validators is mostly V8 compiling their code: about
 * 3 MB of JavaScript at every synth, most of it in functions compiled lazily on their first
 * call. V8's code cache keeps that bytecode: a file loaded here gets the cache saved beside
 * it at the end of the process (so it holds every function the run compiled, not only the
 * top level), and the next process loads the file with it. V8 checks the cache against the
 * source's length, its own version and flags, and refuses one that does not match (then the
 * file is compiled as usual and the cache written again). The files loaded here are
 * content-keyed cache entries themselves (a build of the sources, compiled validators), so a
 * cache never outlives its source.
 */

/** The modules loaded here, by file: each is run once per process, as `require` would. */
const modules = new Map<string, { exports: unknown }>();
/** The caches to write when the process ends. */
const toSave: Array<{ readonly file: string; readonly script: vm.Script }> = [];

/** The cache file of a module file, per Node version and architecture. */
export const codeCacheFile = (file: string): string => `${file}.${process.version}-${process.arch}.v8cache`;

const saveAll = (): void => {
  for (const { file, script } of toSave.splice(0)) writeCacheFile(file, () => script.createCachedData());
};

/**
 * Whether this code runs in the process's main context. In a vm sandbox (jest runs each test
 * file in one) a script run in "this context" would get another realm's globals, so there
 * the plain `require` serves.
 */
const inMainContext = (): boolean => vm.runInThisContext('globalThis') === globalThis;

/** How the last {@link requireCached} of each file went: with a cache V8 took, or compiled. */
export const codeCacheUse = new Map<string, 'cached' | 'compiled'>();

/**
 * Loads a CommonJS module file as `require` does (once per process, with a `require` that
 * resolves from its folder), with V8's code cache kept beside it.
 */
export const requireCached = (file: string): any => {
  const done = modules.get(file);
  if (done) return done.exports;
  if (!inMainContext()) return require(file);
  const cacheFile = codeCacheFile(file);
  // V8 checks a cache against the source's length, not its every byte: the files loaded here
  // are content-keyed (a path never holds other code), and a cache older than its file is
  // not used either (a file replaced by hand)
  const cacheTime = fs.statSync(cacheFile, { throwIfNoEntry: false })?.mtimeMs;
  const cachedData = cacheTime !== undefined && cacheTime >= fs.statSync(file).mtimeMs ? readIfExists(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  codeCacheUse.set(file, accepted ? 'cached' : 'compiled');
  if (!accepted) {
    if (!toSave.length) process.once('exit', saveAll);
    toSave.push({ file: cacheFile, script });
  }
  const m = { exports: {} as unknown, id: file, filename: file };
  modules.set(file, m);
  try {
    script.runInThisContext()(m.exports, Module.createRequire(file), m, file, path.dirname(file));
  } catch (e) {
    modules.delete(file);
    throw e;
  }
  return m.exports;
};
