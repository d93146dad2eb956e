/** Freezes a value and everything in it, for values shared by several users that none may change. */
export const deepFreeze = <T>(v: T): T => {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
};

/**
 * A pure function of JSON data, computed once per argument (by the argument's JSON): for the
 * parts every environment builds alike. The results are frozen, as every caller shares them.
 */
export const onceByJson = <A, R>(f: (arg: A) => R): ((arg: A) => R) => {
  const results = new Map<string, R>();
  return (arg) => {
    const key = JSON.stringify(arg);
    let r = results.get(key);
    if (r === undefined) results.set(key, (r = deepFreeze(f(arg))));
    return r;
  };
};
