/** Reconnection delays: exponential back-off with jitter, so a fleet of clients does not reconnect in lock-step. */

/** Options of {@link backoffDelay}. */
export interface BackoffOptions {
  /** Delay before the first retry, in milliseconds (default 250). */
  readonly initialMs?: number;
  /** Upper bound of any delay, in milliseconds (default 30,000). */
  readonly maxMs?: number;
}

/** The defaults of {@link BackoffOptions}. */
export const BACKOFF_DEFAULTS = { initialMs: 250, maxMs: 30_000 } as const;

/**
 * The delay before retry number `attempt` (0 for the first retry): `initialMs · 2^attempt`, capped at `maxMs`, then
 * drawn uniformly from its upper half ("equal jitter"), so the wait never collapses to zero and never exceeds `maxMs`.
 * `random` returns a number in [0, 1).
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const initial = options.initialMs ?? BACKOFF_DEFAULTS.initialMs;
  const max = options.maxMs ?? BACKOFF_DEFAULTS.maxMs;
  if (!(Number.isFinite(initial) && initial > 0 && Number.isFinite(max) && max >= initial))
    throw new RangeError(`back-off needs 0 < initialMs ≤ maxMs (finite); got ${initial} and ${max}`);
  // 2^attempt overflows to Infinity past 1023: clamp the exponent first (2^30 already exceeds any sane maxMs ratio).
  const ceiling = Math.min(max, initial * 2 ** Math.min(Math.max(0, Math.floor(attempt)), 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
