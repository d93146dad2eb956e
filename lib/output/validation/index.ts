import { checkEndpoints } from './endpoints';
import { checkConfigKeys } from './config-keys';
import { checkGrafanaReferences } from './dashboards';
import { checkExpressions } from './expressions';
import { checkHopLimits } from './hops';
import { checkKubernetesSchemas } from './k8s-schema';
import { checkNoLiteralSecrets } from './secrets';
import { Check, Finding, RenderedEnvironment, parseEnvironment } from './types';

export * from './types';
export { checkEndpoints } from './endpoints';
export { checkHopLimits } from './hops';
export { checkExpressions, promqlError, logqlError, traceqlError } from './expressions';
export { checkNoLiteralSecrets } from './secrets';
export { checkKubernetesSchemas } from './k8s-schema';
export { checkConfigKeys } from './config-keys';
export { checkGrafanaReferences, dashboardDatasourceRefs, dashboardPanels } from './dashboards';

/** Every check of the output, in the order they run. */
export const CHECKS: Check[] = [checkKubernetesSchemas, checkConfigKeys, checkEndpoints, checkHopLimits, checkNoLiteralSecrets, checkExpressions, checkGrafanaReferences];

/** Runs every check on one rendered environment. */
export const validateRendered = (env: string, files: RenderedEnvironment, checks: Check[] = CHECKS): Finding[] => {
  const parsed = parseEnvironment(env, files);
  return checks.flatMap((c) => c(parsed));
};
