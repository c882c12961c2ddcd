/**
 * The period a review's title names, to suggest when the author left `period` out:
 * "6 tháng đầu năm 2025" → 2025-01-01…2025-06-30, "quý III năm 2017", "6 tháng cuối năm",
 * "năm 2024", "giai đoạn 2016 - 2021". A title without a year takes the year of publication.
 * Undefined when the title names no span we can read with certainty ("5 năm phối hợp").
 */
import type { Period } from './period-span.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export function periodFromTitle(title: string, publishedYear: number): Period | undefined {
  const text = title.toLowerCase().normalize('NFC');
  const range = /(?:giai đoạn\s*)?\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b/u.exec(text);
  if (range && Number(range[1]) < Number(range[2])) return { from: `${range[1]}-01-01`, to: `${range[2]}-12-31` };
  const years = text.match(/\b(?:19|20)\d{2}\b/g);
  const named = years ? Number(years[years.length - 1]) : undefined;
  const year = named ?? publishedYear;
  const quarter = /\bquý\s+(iv|iii|ii|i|[1-4])\b/u.exec(text);
  if (quarter) {
    const first = (QUARTERS[quarter[1]] - 1) * 3 + 1;
    return { from: `${year}-${pad(first)}-01`, to: monthEnd(year, first + 2) };
  }
  const months = /\b(\d{1,2})\s+tháng(\s+cuối)?/u.exec(text);
  if (months) {
    const count = Number(months[1]);
    if (count < 1 || count > 12) return undefined;
    return months[2] ? { from: `${year}-${pad(13 - count)}-01`, to: `${year}-12-31` } : { from: `${year}-01-01`, to: monthEnd(year, count) };
  }
  if (named !== undefined && new RegExp(`năm\\s+${named}`, 'u').test(text) && !/\b\d+\s+năm\b/u.test(text)) {
    return { from: `${named}-01-01`, to: `${named}-12-31` };
  }
  return undefined;
}
