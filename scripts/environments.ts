import * as fs from 'fs';
import * as path from 'path';

/**
 * Whether a file of an environment's folder is a manifest: a YAML file (`dist/<env>/` holds
 * `*.k8s.yaml`), as `kubectl apply -f DIR` takes them. The folder's README.md is not one.
 */
export const isManifest = (file: string): boolean => /\.ya?ml$/.test(file);

/** The manifests of an environment's folder, in file order (the order `kubectl apply -f DIR` applies them in). */
export const manifestFiles = (dir: string): string[] => fs.readdirSync(dir).filter(isManifest).sort();

/** The environments under a directory: its subdirectories, or the directory itself if it holds manifests. */
export const environmentsIn = (dir: string): Array<[string, string]> => {
  if (manifestFiles(dir).length) return [[path.basename(path.resolve(dir)), dir]];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => [e.name, path.join(dir, e.name)] as [string, string])
    .sort();
};
