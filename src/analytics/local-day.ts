/**
 * Days and weeks of the counters, in Asia/Ho_Chi_Minh local time. Vietnam has kept UTC+7 with no
 * daylight saving since 1975, so a local day is a fixed 24-hour slice of UTC and needs no time
 * zone database: day numbers are days since 1970-01-01 local.
 */

const DAY = 86_400_000;
const VIETNAM_OFFSET = 7 * 3_600_000;

/** The local day (days since 1970-01-01, Vietnam time) of a moment in UTC milliseconds. */
export function localDay(time: number): number {
  return Math.floor((time + VIETNAM_OFFSET) / DAY);
}

/** The first moment (UTC milliseconds) after the end of a local day. */
export function endOfLocalDay(day: number): number {
  return (day + 1) * DAY - VIETNAM_OFFSET;
}

/** The Monday that starts the week of a local day (1970-01-01 was a Thursday). */
export function mondayOf(day: number): number {
  return day - ((day + 3) % 7);
}

/** "2024-06-28" for a local day number. */
export function localDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** A moment as Vietnam local time with its offset: "2024-06-28T08:30:00+07:00". */
export function localIsoTime(time: number): string {
  return `${new Date(time + VIETNAM_OFFSET).toISOString().slice(0, 19)}+07:00`;
}
