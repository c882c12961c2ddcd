/**
 * Publication dates as old portals print them: "20:38, 28/02/2023", "Thứ năm, 01/06/2023",
 * "Cập nhật: 29/07/2022 16:05", "Ngày 29 tháng 7 năm 2022", "2022-07-29T16:05:00+07:00" (meta),
 * and in the text "Sáng ngày 29/7/2022", "Chiều 29/12" (the year from elsewhere on the page).
 * Pure; returns local calendar values, never a Date, so no time zone can shift the day.
 */

export interface LegacyDate {
  year: number;
  month: number;
  day: number;
  /** "HH:mm" when the page gave a time. */
  time?: string;
  /** The page gave no year: it was taken from `yearHint`. */
  yearGuessed?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2022-07-29T16:05" (or "2022-07-29" without a time): the content contract's publishedAt. */
export function formatPublishedAt(date: LegacyDate): string {
  const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  return date.time ? `${day}T${date.time}` : day;
}

function exists(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** "16:45", "7h30", "8 giờ 15"; seconds and a 12-hour mark may follow: "4:45:12 CH" (ASP.NET's vi-VN), "9:15 PM". */
const TIME = /(?<!\d)([01]?\d|2[0-3])\s*(?::|h|giờ)\s*([0-5]\d)(?!\d)(?:\s*:\s*[0-5]\d)?(?:\s*(sa|ch|am|pm)(?![\p{L}]))?/iu;
const NUMERIC_DATE = /(?<![\d/.-])(3[01]|[12]\d|0?[1-9])\s*[/.-]\s*(1[0-2]|0?[1-9])(?:\s*[/.-]\s*((?:19|20)\d{2}|\d{2}))?(?![\d/])/u;
const WORDED_DATE = /ngày\s+(3[01]|[12]\d|0?[1-9])\s+tháng\s+(1[0-2]|0?[1-9])(?:\s+năm\s+((?:19|20)\d{2}))?/iu;
/**
 * A year as written: "2022", or two digits ("29/7/22") read in the window 1990–2089 — no
 * portal published before 1990, and a fixed window (not one sliding with the clock) keeps the
 * same page giving the same date.
 */
export function fullYear(written: string): number {
  const year = Number(written);
  if (written.length !== 2) return year;
  return year >= 90 ? 1900 + year : 2000 + year;
}

const ISO_DATE = /((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/u;

/**
 * The first date (and the time beside it) in a short piece of text such as a page's date line.
 * `yearHint` fills in a year the text leaves out ("Chiều 29/12").
 */
export function readLegacyDate(text: string, yearHint?: number): LegacyDate | undefined {
  const iso = ISO_DATE.exec(text);
  const numeric = NUMERIC_DATE.exec(text);
  const worded = WORDED_DATE.exec(text);
  // Whichever form comes first in the text is the date it gives.
  const candidates = [iso && { at: iso.index, kind: 'iso' as const }, numeric && { at: numeric.index, kind: 'numeric' as const }, worded && { at: worded.index, kind: 'worded' as const }]
    .filter((c): c is { at: number; kind: 'iso' | 'numeric' | 'worded' } => Boolean(c))
    .sort((a, b) => a.at - b.at);
  const first = candidates[0];
  if (!first) return undefined;
  let year: number | undefined, month: number, day: number, time: string | undefined, rest: string;
  if (first.kind === 'iso') {
    [year, month, day] = [Number(iso![1]), Number(iso![2]), Number(iso![3])];
    if (iso![4]) time = `${iso![4]}:${iso![5]}`;
    rest = '';
  } else {
    const match = first.kind === 'numeric' ? numeric! : worded!;
    day = Number(match[1]);
    month = Number(match[2]);
    year = match[3] ? fullYear(match[3]) : undefined;
    rest = text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length);
  }
  if (!time) {
    const t = TIME.exec(rest);
    if (t) time = `${pad(to24Hours(Number(t[1]), t[3]))}:${t[2]}`;
  }
  const yearGuessed = year === undefined;
  year ??= yearHint;
  if (year === undefined || !exists(year, month, day)) return undefined;
  return { year, month, day, ...(time && { time }), ...(yearGuessed && { yearGuessed: true }) };
}

/** "4:45 CH" is 16:45, "12:10 SA" is 00:10; a time past 12 keeps its hour whatever the mark says. */
function to24Hours(hour: number, mark: string | undefined): number {
  if (hour > 12 || !mark) return hour;
  // TIME captures the mark alone: "ch" or "pm" is the afternoon, "sa" or "am" the morning.
  if (/ch|pm/iu.test(mark)) return hour === 12 ? 12 : hour + 12;
  return hour === 12 ? 0 : hour;
}

/** Words a date line carries besides the date: weekday, time, labels, the view count. */
const DATE_LINE_WORDS =
  /(?:cập nhật|ngày đăng|đăng ngày|ngày xuất bản|xuất bản|đăng lúc|đăng|ngày cập nhật|thời gian|posted|published|lúc|ngày|thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|gmt\s*\+?\s*7|sáng|chiều|tối|am|pm|(?:số )?(?:lượt|lần) (?:xem|đọc|truy cập)\s*[:：]?\s*[\d.,]*|đã xem\s*[:：]?\s*[\d.,]*|views?\s*[:：]?\s*[\d.,]*)/giu;

/**
 * A day, month and year: "29/07/2022", "29.7.22". A two-digit year followed by more of a date
 * is not one: in "08:15 - 12/03/2023", "15 - 12/03" is the minutes and the start of the date.
 */
const FULL_DATE = /(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:(?:19|20)\d{2}(?!\d)|\d{2}(?!\d|\s*[/.-]\s*\d))/u;

/**
 * Whether a short line is the page's date line: a full date (29/07/2022) and, besides it, only
 * a weekday, a time, a label such as "Cập nhật:" or the view count — not a sentence of the story.
 */
export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 120 || !(FULL_DATE.test(text) || /(?:19|20)\d{2}-\d{2}-\d{2}/u.test(text))) return false;
  const rest = text
    .toLocaleLowerCase('vi')
    .replace(new RegExp(`${FULL_DATE.source}|(?:19|20)\\d{2}-\\d{2}-\\d{2}(?:[t ]\\d{2}:\\d{2}(?::\\d{2})?)?`, 'gu'), ' ')
    .replace(/(?<!\d)\d{1,2}\s*(?::|h|giờ)\s*\d{2}(?:\s*:\s*\d{2})?(?!\d)/gu, ' ')
    // "Ngày đăng: 14/10/2023 bởi Ban biên tập": who posted it, up to the next separator.
    .replace(/(?:^|\s)(?:đăng bởi|người đăng|bởi|by)(?![\p{L}\d])[^|]*/gu, ' ')
    .replace(DATE_LINE_WORDS, ' ')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
  // An empty rest splits into one empty word.
  return rest.split(' ').length <= 2;
}

/** The date of the event at the start of a story: "Sáng ngày 29/7/2022, …", "Chiều 29/12, …". */
export function eventDateInText(text: string, yearHint?: number): LegacyDate | undefined {
  const match = /(?:^|[(\s-])(?:(?:sáng|chiều|trưa|tối|đêm)\s+(?:ngày\s+|nay\s+)?|ngày\s+)((?:3[01]|[12]\d|0?[1-9])\s*\/\s*(?:1[0-2]|0?[1-9])(?:\s*\/\s*(?:(?:19|20)\d{2}|\d{2}))?)(?![\d/])/iu.exec(text);
  if (!match) return undefined;
  const date = readLegacyDate(match[1], yearHint);
  return date && { year: date.year, month: date.month, day: date.day, ...(date.yearGuessed && { yearGuessed: true }) };
}

/** Every four-digit year written in a text, most frequent first: the page's own year when the date line has none. */
export function likelyYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of counts) if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  return best;
}
