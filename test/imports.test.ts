import * as fs from 'fs';
import * as path from 'path';

// imports/k8s.js is loaded instead of imports/k8s.ts at run time: it must be the
// transpiled k8s.ts, byte for byte (regenerate both with `npm run import`)
test('imports/k8s.js is the transpiled imports/k8s.ts', () => {
  const { transpileBindings } = require('../scripts/import-k8s.js');
  const dir = path.resolve(__dirname, '..', 'imports');
  const expected: string = transpileBindings(fs.readFileSync(path.join(dir, 'k8s.ts'), 'utf8'));
  expect(fs.readFileSync(path.join(dir, 'k8s.js'), 'utf8') === expected).toBe(true);
});
