import { Check, EmbeddedConfig, Finding, forEachString, formatConfigPath, objectId } from './types';

/** Config keys whose values are credentials. */
const SECRET_KEY = /(^|_)(password|passwd|secret|token|credentials?|private_key|secret_key|access_key|access_key_id|secret_access_key|api_key|apikey|bearer_token)$/i;
/** Keys that name a file or a reference, not a value. */
const REFERENCE_KEY = /(_file|_path|_ref|_name|_env)$/i;
/** A whole-value env reference: `${VAR}`, `${env:VAR}`, `${VAR:-default}` (no default allowed for secrets). */
const ENV_REFERENCE = /^\$\{(env:)?[A-Za-z_][A-Za-z0-9_]*\}$/;

/** Where a config holds a literal credential (path and key). */
const literalsIn = (c: EmbeddedConfig) => {
  const out: Array<{ readonly path: string; readonly key: string }> = [];
  forEachString(c.parsed, (v, at, key) => {
    if (v !== '' && SECRET_KEY.test(key.replace(/-/g, '_')) && !REFERENCE_KEY.test(key) && !ENV_REFERENCE.test(v)) out.push({ path: formatConfigPath(at), key });
  });
  return out;
};

/**
 * No literal credential in a ConfigMap, and no Secret with data in the output: values of
 * keys such as `secret_key`, `password`, `access_key` or `token` must be env references.
 */
export const checkNoLiteralSecrets: Check = (env) => {
  const findings: Finding[] = [];
  for (const c of env.configs) {
    for (const { path, key } of literalsIn(c)) {
      findings.push({
        level: 'error',
        file: c.file,
        object: c.object,
        path: `data.${c.key}: ${path}`,
        message: `'${key}' holds a literal value; credentials must be env references such as \${S3_SECRET_ACCESS_KEY} fed from a Secret`,
      });
    }
  }
  for (const o of env.objects) {
    if (o.doc.kind === 'Secret' && (Object.keys(o.doc.data ?? {}).length || Object.keys(o.doc.stringData ?? {}).length)) {
      findings.push({ level: 'error', file: o.file, object: objectId(o.doc), path: 'data', message: 'a Secret with values is in the output; reference Secrets by name instead' });
    }
  }
  return findings;
};
