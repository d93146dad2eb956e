/**
 * A map keyed by texts that may be long (rule files, dashboards, whole configs). V8 hashes
 * only the first 16,383 characters of a string key, so long texts in a plain Map all fall in
 * one bucket and every lookup compares whole texts; hashing them with a digest costs more
 * than it saves. Long texts are kept by length instead, and a lookup compares only the few
 * of equal length (a memory compare).
 */
export class TextMap<V> {
  private readonly short = new Map<string, V>();
  private readonly long = new Map<number, Array<[string, V]>>();

  public get(text: string): V | undefined {
    if (text.length < TextMap.LONG) return this.short.get(text);
    const bucket = this.long.get(text.length);
    if (bucket) for (const [t, v] of bucket) if (t === text) return v;
    return undefined;
  }

  public has(text: string): boolean {
    return this.get(text) !== undefined;
  }

  public set(text: string, value: V): this {
    if (text.length < TextMap.LONG) {
      this.short.set(text, value);
      return this;
    }
    const bucket = this.long.get(text.length);
    if (!bucket) this.long.set(text.length, [[text, value]]);
    else {
      const i = bucket.findIndex(([t]) => t === text);
      if (i >= 0) bucket[i] = [text, value];
      else bucket.push([text, value]);
    }
    return this;
  }

  /** Texts from this length on are kept by length (below V8's 16,383-character hash prefix). */
  public static readonly LONG = 8192;
}
