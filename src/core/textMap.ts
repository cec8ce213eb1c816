/**
 * A Map from texts, kept as many small Maps picked by the text's length and last characters.
 * V8 grows a Map by doubling its table, and past about 4,000 entries each new table is a
 * large object, allocated apart and never reused: one Map of the 20,000 names of a year of
 * Monitoring cost a call more than all its 120,000 lookups. Tables of a few thousand stay small.
 */
const SHARDS = 64;

/** Which small Map holds a text: any pick is right, one that spreads names evenly is fast. */
function shardOf(text: string): number {
  const n = text.length;
  // Names share their beginnings ("ООО «…"), so the end decides; a short text gives NaN, i.e. 0.
  return (
    (n + 3 * text.charCodeAt(n - 1) + 5 * text.charCodeAt(n - 2) + 7 * text.charCodeAt(n - 3)) & (SHARDS - 1)
  );
}

export class TextMap<V> {
  private readonly shards = Array.from({ length: SHARDS }, () => new Map<string, V>());

  get(text: string): V | undefined {
    return this.shards[shardOf(text)].get(text);
  }

  set(text: string, value: V): void {
    this.shards[shardOf(text)].set(text, value);
  }
}
