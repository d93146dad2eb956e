import * as fs from 'fs';
import * as path from 'path';

// imports/k8s.js is loaded instead of imports/k8s.ts at run time: it must be the
// transpiled k8s.ts, byte for byte (regenerate both with `npm run import`)
const dir = path.resolve(__dirname, '..', 'imports');
test.each(fs.readdirSync(dir).filter((f) => f.endsWith('.ts')))('imports/%s has its transpiled JavaScript beside it', (ts) => {
  const { transpileBindings } = require('../scripts/import-k8s.js');
  const expected: string = transpileBindings(fs.readFileSync(path.join(dir, ts), 'utf8'));
  expect(fs.readFileSync(path.join(dir, ts.replace(/\.ts$/, '.js')), 'utf8') === expected).toBe(true);
});
