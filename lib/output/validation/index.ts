import { OutputCheck, RenderedEnvironment } from '../synth';
import { checkEndpoints } from './endpoints';
import { checkConfigKeys } from './config-keys';
import { checkExpressions } from './expressions';
import { checkKubernetesSchemas } from './k8s-schema';
import { checkNoLiteralSecrets } from './secrets';
import { Check, Finding, formatFinding, parseEnvironment } from './types';

export * from './types';
export { checkEndpoints } from './endpoints';
export { checkExpressions, promqlError, logqlError, traceqlError } from './expressions';
export { checkNoLiteralSecrets } from './secrets';
export { checkKubernetesSchemas } from './k8s-schema';
export { checkConfigKeys } from './config-keys';

/** Every check of the output, in the order they run. */
export const CHECKS: Check[] = [checkKubernetesSchemas, checkConfigKeys, checkEndpoints, checkNoLiteralSecrets, checkExpressions];

/** Runs every check on one rendered environment. */
export const validateRendered = (env: string, files: RenderedEnvironment, checks: Check[] = CHECKS): Finding[] => {
  const parsed = parseEnvironment(env, files);
  return checks.flatMap((c) => c(parsed));
};

/** The checks as the synth runs them: errors refuse the synth, warnings are printed. */
export const OUTPUT_CHECKS: OutputCheck[] = [
  (env, files) => {
    const findings = validateRendered(env, files);
    for (const w of findings.filter((f) => f.level === 'warn')) console.error(formatFinding(env, w));
    return findings.filter((f) => f.level === 'error').map((f) => formatFinding(env, f));
  },
];
