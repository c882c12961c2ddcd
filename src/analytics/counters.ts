/**
 * The four counters of the footer, from the distinct visitors of each local day. "Now" is the
 * newest log entry, not the clock: the same logs give the same numbers whenever they are read.
 */
import { localDay, mondayOf } from './local-day.ts';

export interface Counters {
  /** Distinct visitors in the five minutes ending at the newest entry. */
  online: number;
  /** Distinct visitors on the newest entry's local day. */
  today: number;
  /** Daily distinct visitors summed from that week's Monday. */
  week: number;
  /** Daily distinct visitors summed over every day, plus the old portal's total. */
  total: number;
}

export const ONLINE_WINDOW_MS = 5 * 60_000;

/**
 * How long after its end a day stays open: lines written just before midnight can reach a log
 * a little later (Apache logs a request when it started, nginx when it ended; buffers flush), and
 * the run every few minutes must still count them. After that the day's salt is deleted.
 */
export const DAY_GRACE_MS = 30 * 60_000;

/** The moments (UTC ms, both ends included) in which a visitor last seen counts as online. */
export function onlineWindow(now: number): { from: number; to: number } {
  return { from: now - ONLINE_WINDOW_MS + 1, to: now };
}

/** Days before this one are closed once the newest entry is `now`. */
export function firstOpenDay(now: number): number {
  return localDay(now - DAY_GRACE_MS);
}

export function summariseCounters(daily: ReadonlyMap<number, number>, now: number, online: number, baseline: number): Counters {
  const today = localDay(now);
  const monday = mondayOf(today);
  let week = 0;
  let total = baseline;
  for (const [day, visitors] of daily) {
    total += visitors;
    if (day >= monday && day <= today) week += visitors;
  }
  return { online, today: daily.get(today) ?? 0, week, total };
}
