import * as fs from 'fs';
import * as path from 'path';

/**
 * A copy of the project's sources at `dest` with the installed packages linked and an empty
 * node_modules/.cache: its synth is a fresh clone's first (the app bundled, every validator
 * compiled).
 */
export const freshCopy = (root: string, dest: string): string => {
  fs.mkdirSync(path.join(dest, 'node_modules'), { recursive: true });
  for (const entry of ['main.ts', 'lib', 'imports', 'schemas', 'scripts', 'package.json', 'tsconfig.json']) fs.cpSync(path.join(root, entry), path.join(dest, entry), { recursive: true });
  for (const pkg of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (pkg !== '.cache') fs.symlinkSync(path.join(root, 'node_modules', pkg), path.join(dest, 'node_modules', pkg));
  }
  return dest;
};
