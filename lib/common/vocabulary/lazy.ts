/** A value computed once, on first use (large or partly recursive data, costly compilers). */
export const lazy = <T>(f: () => T): (() => T) => {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
};
