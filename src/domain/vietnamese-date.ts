/**
 * Dates as Vietnamese newsrooms write them. Articles give local wall-clock times
 * (Asia/Ho_Chi_Minh, UTC+7 all year: Vietnam has no daylight saving), so the offset is fixed.
 */

export const VIETNAM_OFFSET = '+07:00';
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:\d{2})?$/;

export type DateParseResult = { ok: true; date: Date } | { ok: false; reason: 'format' | 'nonexistent' };

/**
 * "2022-07-29" and "2022-07-29T09:00" are read as Vietnam time; an explicit offset wins.
 * Rejects dates that do not exist ("2022-02-30") instead of rolling them into March as Date does.
 */
export function parseLocalDateTime(text: string): DateParseResult {
  const match = LOCAL_DATE_TIME.exec(text.trim());
  if (!match) return { ok: false, reason: 'format' };
  const [, y, mo, d, h = '00', mi = '00', s = '00', offset] = match;
  const year = Number(y), month = Number(mo), day = Number(d);
  const hour = Number(h), minute = Number(mi), second = Number(s);
  const probe = new Date(Date.UTC(year, month - 1, day));
  const dateExists = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  if (!dateExists || hour > 23 || minute > 59 || second > 59) return { ok: false, reason: 'nonexistent' };
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${offset ?? VIETNAM_OFFSET}`;
  return { ok: true, date: new Date(iso) };
}

/**
 * YAML parsers turn an unquoted 2022-07-29 into midnight UTC. Astro's frontmatter parser does
 * that before our schema sees the value, so a Date at exactly 00:00:00Z is taken as the
 * date-only local form the author wrote.
 */
export function dateFromYaml(value: Date): Date {
  const isMidnightUtc = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0;
  if (!isMidnightUtc) return value;
  return new Date(value.toISOString().slice(0, 10) + 'T00:00:00' + VIETNAM_OFFSET);
}

type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

/** Calendar fields of an instant as seen in Vietnam. */
export function localParts(date: Date): LocalParts {
  const shifted = new Date(date.getTime() + 7 * 3600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "29/07/2022" */
export function formatShortDate(date: Date): string {
  const p = localParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "Thứ Sáu, 29/07/2022 09:00"; the time is left out when the article gave only a date. */
export function formatArticleDateTime(date: Date): string {
  const p = localParts(date);
  const time = p.hour === 0 && p.minute === 0 ? '' : ` ${pad(p.hour)}:${pad(p.minute)}`;
  return `${WEEKDAYS[p.weekday]}, ${formatShortDate(date)}${time}`;
}

/** ISO 8601 with the Vietnam offset, for <time datetime> and JSON-LD. */
export function toLocalIso(date: Date): string {
  const p = localParts(date);
  const seconds = pad(Math.floor(((date.getTime() / 1000) % 60 + 60) % 60));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${seconds}${VIETNAM_OFFSET}`;
}

/** The year an article belongs to, in Vietnam's calendar (a 31/12 23:30 article is that year's). */
export function localYear(date: Date): number {
  return localParts(date).year;
}

