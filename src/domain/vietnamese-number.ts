/**
 * Numbers the Vietnamese way: "." groups thousands, "," marks decimals, and large sums of
 * money read in triệu (10^6) and tỷ (10^9), as every report writes them.
 */

import type { Qualifier, TotalQualifier } from '../schema/vocabulary.ts';

export type { Qualifier };

/** 'approx' only arises from adding bounds of both kinds (src/statistics/qualifiers.ts). */
const QUALIFIER_WORDS: Record<TotalQualifier, string> = { exact: '', over: 'trên', under: 'gần', approx: 'khoảng' };

/** 1600 → "1.600"; 12.6 → "12,6"; at most `maxFractionDigits` decimals, no trailing zeros. */
export function formatVietnameseNumber(value: number, maxFractionDigits = 2): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maxFractionDigits);
  let [whole, fraction = ''] = fixed.split('.');
  fraction = fraction.replace(/0+$/, '');
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (negative ? '-' : '') + whole + (fraction ? ',' + fraction : '');
}

const MONEY_SCALES = [
  { factor: 1e9, word: 'tỷ' },
  { factor: 1e6, word: 'triệu' },
] as const;

/**
 * 12600000 → "12,6 triệu đồng"; 7000000000 → "7 tỷ đồng"; 25000 → "25.000 đồng".
 * Sums below a million are written in full, as reports do.
 */
export function formatMoney(value: number): string {
  for (const { factor, word } of MONEY_SCALES) {
    if (Math.abs(value) >= factor) {
      return `${formatVietnameseNumber(value / factor, 3)} ${word} đồng`;
    }
  }
  return `${formatVietnameseNumber(value, 0)} đồng`;
}

/** "trên 7 tỷ đồng", "1.600 người", "100%", "gần 45.000 lượt". */
export function formatQuantity(value: number, unit: string, qualifier: TotalQualifier = 'exact'): string {
  let text: string;
  if (unit === 'đồng') text = formatMoney(value);
  else if (unit === '%') text = `${formatVietnameseNumber(value)}%`;
  else text = `${formatVietnameseNumber(value)} ${unit}`;
  const word = QUALIFIER_WORDS[qualifier];
  return word ? `${word} ${text}` : text;
}

const SCALE_WORDS: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/**
 * Reads a figure as reports print it: "1.600" → 1600, "12,6 triệu" → 12600000,
 * "120.500.000đ" → 120500000, "5.100 triệu đồng" → 5100000000. Returns null when the text is
 * not a number, so callers can say what they expected instead of guessing.
 */
export function parseVietnameseNumber(text: string): number | null {
  const match = text
    .trim()
    .toLowerCase()
    .match(/^(-?[\d.,\s]+?)\s*(nghìn|ngàn|triệu|tỷ|tỉ)?\s*(đồng|đ|vnđ|vnd)?$/u);
  if (!match) return null;
  const [, digits, scaleWord] = match;
  const compact = digits.replace(/\s/g, '');
  // "." is a thousands separator only in groups of three ("1.600", "120.500.000");
  // otherwise, like ",", it is the decimal mark ("1.5 triệu" as some portals write it).
  let normalised: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) normalised = compact.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(compact)) normalised = compact.replace(',', '.');
  else if (/^-?\d+\.\d+$/.test(compact) && scaleWord) normalised = compact;
  else return null;
  const value = Number(normalised) * (scaleWord ? SCALE_WORDS[scaleWord] : 1);
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : null;
}
