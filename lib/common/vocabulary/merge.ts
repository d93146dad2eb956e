/** Extra config for keys a construct does not model, deep-merged into its config. */
export type ConfigOverrides = { readonly [key: string]: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Deep-merges overrides into a config: objects merge key by key, anything else (lists
 * included) replaces the value, and `null` removes the key. Neither input is modified.
 * The result is validated against the pinned upstream key tree like any config.
 */
export const deepMerge = <T>(base: T, overrides: ConfigOverrides | undefined): T => {
  if (!overrides) return base;
  const merge = (b: unknown, o: unknown): unknown => {
    if (!isObject(b) || !isObject(o)) return o;
    const out: Record<string, unknown> = { ...b };
    for (const [k, v] of Object.entries(o)) {
      if (v === null) delete out[k];
      else out[k] = k in out ? merge(out[k], v) : v;
    }
    return out;
  };
  return merge(base, overrides) as T;
};
