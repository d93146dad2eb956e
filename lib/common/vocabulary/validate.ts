/**
 * Checks for construct props. Each throws a plain Error whose message names the
 * owner (construct and prop), what is allowed and the value it got.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * A value as a message shows it: a value of the expected type as it is (a string quoted), any
 * other with its type (`the string '25'`, `the number 3`, `undefined`, `an object {...}`).
 */
export const shown = (value: unknown, expected: 'string' | 'number'): string => {
  if (typeof value === expected) return expected === 'string' ? `'${value}'` : String(value);
  if (value === undefined || value === null) return String(value);
  if (typeof value === 'string') return `the string '${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${value}`;
  return `${Array.isArray(value) ? 'the list' : 'the object'} ${JSON.stringify(value)}`;
};

/** A DNS-1123 label: lowercase alphanumerics and '-', starting and ending alphanumeric, at most 63 characters. */
export const checkDnsLabel = (owner: string, value: string): string => {
  if (typeof value !== 'string' || value.length > 63 || !DNS1123_LABEL.test(value)) {
    throw new Error(
      `${owner} must be a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters), got ${shown(value, 'string')}`,
    );
  }
  return value;
};

/** An integer within [min, max]. */
export const checkInt = (owner: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number => {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
    throw new Error(`${owner} must be ${range}, got ${shown(value, 'number')}`);
  }
  return value;
};

/** A non-empty string. */
export const checkNonEmpty = (owner: string, value: string | undefined): string => {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${owner} must be a non-empty string, got ${shown(value, 'string')}`);
  }
  return value;
};

/** One of a fixed set of values. */
export const checkOneOf = <T extends string>(owner: string, value: T, allowed: readonly T[]): T => {
  if (!allowed.includes(value)) {
    throw new Error(`${owner} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${shown(value, 'string')}`);
  }
  return value;
};

/** Edit distance, for "did you mean". */
export const distance = (a: string, b: string): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
};

/** The closest candidate, if it is close enough to be a likely misspelling. */
export const closest = (key: string, candidates: Iterable<string>): string | undefined => {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(key.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined;
};

/**
 * Refuses keys of a props object that are not among the known ones: the synth transpiles
 * without type-checking, so a misspelt prop would otherwise fall back to its default silently.
 * @param owner the construct, e.g. `Loki`
 */
export const checkKnownKeys = (owner: string, props: object | undefined, known: Iterable<string>): void => {
  if (props === undefined || props === null) return;
  if (typeof props !== 'object' || Array.isArray(props)) {
    throw new Error(`${owner} props must be an object, got ${JSON.stringify(props)}`);
  }
  const names = [...known];
  for (const key of Object.keys(props)) {
    if (names.includes(key)) continue;
    const near = closest(key, names);
    throw new Error(`${owner} has no prop '${key}'${near ? `; did you mean '${near}'?` : ''} (known: ${[...names].sort().join(', ')})`);
  }
};
