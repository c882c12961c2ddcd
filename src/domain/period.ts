/**
 * Reporting periods: the span a figure covers. Kept as calendar dates ("YYYY-MM-DD"), since a
 * period has no time of day or time zone, and named the way reports name them.
 */

export interface Period {
  from: string;
  to: string;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in "YYYY-MM-DD" form. */
export function isCalendarDate(text: string): boolean {
  const m = CALENDAR_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

function parts(date: string) {
  const [y, m, d] = date.split('-').map(Number);
  return { y, m, d };
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const vnDate = (date: string) => {
  const { y, m, d } = parts(date);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
};

/**
 * "năm 2022", "6 tháng đầu năm 2022", "giai đoạn 2016–2021", "từ 01/01/2016 đến 31/05/2023".
 */
export function formatPeriod(period: Period): string {
  const from = parts(period.from);
  const to = parts(period.to);
  const startsYear = from.m === 1 && from.d === 1;
  const endsMonth = to.d === lastDayOfMonth(to.y, to.m);
  if (startsYear && endsMonth && from.y === to.y) {
    if (to.m === 12) return `năm ${from.y}`;
    return `${to.m} tháng đầu năm ${from.y}`;
  }
  if (startsYear && to.m === 12 && to.d === 31) return `giai đoạn ${from.y}–${to.y}`;
  return `từ ${vnDate(period.from)} đến ${vnDate(period.to)}`;
}

/** Whether two periods are the same span, so their figures may be compared or added. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}
