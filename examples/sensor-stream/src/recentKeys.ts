/** A bounded memory of recently seen message keys: QoS 1 is "at least once", so a redelivery must not count twice. */

/**
 * Remembers the last `capacity` keys (first in, first out). `add` is O(1) and memory is bounded whatever the traffic:
 * a redelivery older than `capacity` messages is no longer recognised (MQTT redeliveries come within the in-flight
 * window, far fewer than the default 100,000).
 */
export class RecentKeys {
  private readonly seen = new Set<string>();
  private readonly ring: (string | undefined)[];
  private next = 0;

  /** An empty memory of at most `capacity` keys. */
  constructor(readonly capacity = 100_000) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`capacity must be a positive integer; got ${capacity}`);
    this.ring = new Array<string | undefined>(capacity);
  }

  /** Records `key`; false when it was already among the remembered keys. */
  add(key: string): boolean {
    if (this.seen.has(key)) return false;
    const evicted = this.ring[this.next];
    if (evicted !== undefined) this.seen.delete(evicted);
    this.ring[this.next] = key;
    this.next = (this.next + 1) % this.capacity;
    this.seen.add(key);
    return true;
  }

  /** Number of keys remembered. */
  get size(): number {
    return this.seen.size;
  }
}
