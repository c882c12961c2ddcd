/**
 * Counts are whole numbers. An indicator counted in people, gifts, houses, workdays or đồng
 * cannot be 1,6: such a value is "1.600" (one thousand six hundred, Vietnamese style) read as a
 * decimal — by YAML in a hand-written file, or by the browser's number box in the web editor,
 * where the source text is gone and only the value shows the slip. Left alone it would put 1,6
 * people into the statistics in place of 1 600.
 */
import type { ContentError } from './content-error.ts';
import { MEASURED_UNITS } from '../schema/vocabulary.ts';
import { validation as v } from '../i18n/vi.ts';
import type { CatalogueIndicator } from '../domain/indicator-guess.ts';

/** A catalogue entry as the check reads it; `decimal` is unchecked here (the catalogue's schema checks it). */
export type CountedIndicator = CatalogueIndicator & { decimal?: unknown };

const MEASURES: ReadonlySet<string> = new Set(MEASURED_UNITS);

/** Whether values of this catalogue indicator must be whole numbers. */
export function countsWhole(indicator: CountedIndicator): boolean {
  return indicator.decimal !== true && !MEASURES.has(indicator.unit.trim());
}

/**
 * What the author probably meant: the value with its dot read as a thousands separator
 * (1.6 → 1600, 12.05 → 12050), when the value has at most three decimals; else nothing.
 */
export function thousandsReading(value: number): number | undefined {
  const thousands = Math.round(value * 1000);
  return Math.abs(thousands - value * 1000) < 1e-6 ? thousands : undefined;
}

/** One error per indicator whose value has a decimal part though its unit is a count. */
export function checkWholeCounts(
  file: string,
  indicators: ReadonlyArray<{ key: string; value: number }> | undefined,
  catalogue: readonly CountedIndicator[],
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined,
  /** Indicators already refused for the same slip (the source text showed "1.600"). */
  reported: ReadonlySet<number> = new Set(),
): ContentError[] {
  const byKey = new Map(catalogue.map((i) => [i.key, i]));
  const errors: ContentError[] = [];
  (indicators ?? []).forEach((entry, i) => {
    const indicator = byKey.get(entry.key);
    if (!indicator || reported.has(i) || Number.isInteger(entry.value) || !countsWhole(indicator)) return;
    errors.push({
      file,
      line: lineOf(['indicators', i, 'value']),
      field: `indicators[${i}].value`,
      message: v.wholeCount(entry.value, indicator.label, indicator.unit, thousandsReading(entry.value)),
    });
  });
  return errors;
}
