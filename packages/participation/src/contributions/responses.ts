/** How fast the Office answers contributions: the first status after `received`, within a window of days. */
import type { Contribution } from '@opencity/models';
import { computed, notComputable, type Outcome } from '@opencity/kpi';
import { dayOf, daysBetween } from '../entities/dates';

/**
 * When a contribution was first answered: its first status after `received` dated on or after reception and not after
 * `asOf`; `unanswered` when it has none by `asOf`; `unknown` when its status moved on but the history does not say
 * when (no dated change, or one before reception).
 */
export function answerOf(
  c: Contribution,
  received: string,
  asOf: string,
): { readonly day: string } | 'unanswered' | 'unknown' {
  for (const h of c.statusHistory ?? []) {
    if (h.status === 'received') continue;
    const day = dayOf(h.date);
    if (day === undefined || day < received) return 'unknown';
    return day <= asOf ? { day } : 'unanswered';
  }
  return c.status === 'received' ? 'unanswered' : 'unknown';
}

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** What {@link responseStatistics} returns. */
export interface ResponseStatistics {
  /** The window, in days. */
  readonly windowDays: number;
  /** Contributions received up to the as-of date. */
  readonly received: number;
  /** Of those, answered, or unanswered with their window run out: the ones that can be judged. */
  readonly due: number;
  /** Of those, answered within the window. */
  readonly answeredInTime: number;
  /** Answered by the as-of date. */
  readonly answered: number;
  /** Status moved on but the history does not say when: left out of `due` and of the median. */
  readonly unknown: number;
  /** answeredInTime ÷ due; not computable when nothing is due. */
  readonly shareInTime: Outcome<number>;
  /** Median days to the first answer over the answered ones; not computable when none is answered. */
  readonly medianDays: Outcome<number>;
}

/**
 * Response statistics of contributions on `asOf` — the method of the PAR-06 and PAR-07 KPIs: a contribution received
 * fewer than `windowDays` days ago and not yet answered is not judged yet.
 * @example
 * responseStatistics(contributions, { asOf: '2026-07-01', windowDays: 30 }).shareInTime; // { ok: true, value: 0.87 }
 */
export function responseStatistics(
  contributions: readonly Contribution[],
  options: { readonly asOf: string; readonly windowDays?: number },
): ResponseStatistics {
  const windowDays = options.windowDays ?? 30;
  let received = 0;
  let due = 0;
  let answeredInTime = 0;
  let unknown = 0;
  const days: number[] = [];
  for (const c of contributions) {
    const day = dayOf(c.dateReceived);
    if (day === undefined || day > options.asOf) continue;
    received++;
    const answer = answerOf(c, day, options.asOf);
    if (answer === 'unknown') unknown++;
    else if (answer === 'unanswered') {
      if (daysBetween(day, options.asOf) > windowDays) due++;
    } else {
      const d = daysBetween(day, answer.day);
      days.push(d);
      due++;
      if (d <= windowDays) answeredInTime++;
    }
  }
  return {
    windowDays,
    received,
    due,
    answeredInTime,
    answered: days.length,
    unknown,
    shareInTime:
      due === 0 ? notComputable('zero_denominator', 'no contribution is due yet') : computed(answeredInTime / due),
    medianDays:
      days.length === 0
        ? notComputable('missing_input', 'no contribution has been answered yet')
        : computed(median(days)),
  };
}
