/**
 * A byte size as Loki and the other Go components take it in their configs (dskit's
 * `flagext.ByteSize`, humanize's units): `256KB` is 256,000 bytes, `256KiB` 262,144; a bare
 * number is bytes. Undefined for anything else.
 */
export const parseByteSize = (value: unknown): number | undefined => {
  const units: Record<string, number> = { B: 1, KB: 1e3, KiB: 1024, MB: 1e6, MiB: 1024 ** 2, GB: 1e9, GiB: 1024 ** 3 };
  const m = /^(\d+)\s*(B|KB|KiB|MB|MiB|GB|GiB)?$/.exec(String(value ?? ''));
  return m ? Number(m[1]) * units[m[2] ?? 'B'] : undefined;
};
