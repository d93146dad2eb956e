import * as fs from 'fs';
import * as path from 'path';

/** The environments under a directory: its subdirectories, or the directory itself if it holds manifests. */
export const environmentsIn = (dir: string): Array<[string, string]> => {
  const yamls = (d: string) => fs.readdirSync(d).filter((f) => /\.ya?ml$/.test(f));
  if (yamls(dir).length) return [[path.basename(path.resolve(dir)), dir]];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => [e.name, path.join(dir, e.name)] as [string, string])
    .sort();
};
