/**
 * Validates a synthesized output directory with the same checks the synth runs:
 *
 *   npm run validate [-- DIR]    (default: every environment under dist/)
 *
 * Prints one line per finding and a summary; exits non-zero on any error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { formatFinding, validateRendered } from '../lib/output/validation';
// the config formats (otelcol, prometheus, tempo, ...) are registered by the components'
// declarations: load them all, as a synth does
import '../lib/stack/registry';
import { environmentsIn, manifestFiles } from './environments';

const dir = process.argv[2] ?? 'dist';
const envs = environmentsIn(dir);

let errors = 0;
let warnings = 0;
let files = 0;
for (const [env, envDir] of envs) {
  const rendered = Object.fromEntries(manifestFiles(envDir).map((f) => [f, fs.readFileSync(path.join(envDir, f), 'utf8')]));
  files += Object.keys(rendered).length;
  for (const f of validateRendered(env, rendered)) {
    console.log(formatFinding(env, f));
    if (f.level === 'error') errors++;
    else warnings++;
  }
}
if (files === 0) {
  console.log(`no manifests found in ${dir}`);
  process.exit(1);
}
console.log(`${envs.length} environment(s), ${files} file(s): ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors ? 1 : 0);
