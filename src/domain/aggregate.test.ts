import { describe, expect, it } from 'vitest';
import { aggregateYearTotals, combineQualifiers } from './aggregate.ts';

const indicators = new Map([
  ['nha', { key: 'nha', aggregate: 'sum' as const }],
  ['ty-le', { key: 'ty-le', aggregate: 'none' as const }],
]);
const levels: Record<string, 'tinh' | 'huyen'> = { 'ninh-binh': 'tinh', 'gia-vien': 'huyen', 'nho-quan': 'huyen' };
const levelOf = (unit: string) => levels[unit];
const H1 = { from: '2022-01-01', to: '2022-06-30' };
const Y = { from: '2022-01-01', to: '2022-12-31' };
const fig = (value: number, extra: Record<string, unknown> = {}) => ({ key: 'nha', value, qualifier: 'exact' as const, ...extra });

describe('aggregateYearTotals', () => {
  it('adds the same figure across districts of one year', () => {
    const totals = aggregateYearTotals(
      [
        { slug: 'a', unit: 'gia-vien', period: Y, indicators: [fig(2)] },
        { slug: 'b', unit: 'nho-quan', period: Y, indicators: [fig(3, { qualifier: 'over' })] },
      ],
      indicators, levelOf,
    );
    expect(totals).toEqual([{ year: 2022, level: 'huyen', indicator: 'nha', value: 5, qualifier: 'over', reports: 2 }]);
  });

  it('counts a unit\'s full-year review instead of adding its 6-month review to it', () => {
    const totals = aggregateYearTotals(
      [
        { slug: 'so-ket', unit: 'gia-vien', period: H1, indicators: [fig(2)] },
        { slug: 'tong-ket', unit: 'gia-vien', period: Y, indicators: [fig(5)] },
      ],
      indicators, levelOf,
    );
    expect(totals.map((t) => [t.value, t.reports])).toEqual([[5, 1]]);
  });

  it('never adds a province to its districts', () => {
    const totals = aggregateYearTotals(
      [
        { slug: 'a', unit: 'gia-vien', period: Y, indicators: [fig(2)] },
        { slug: 'b', unit: 'ninh-binh', period: Y, indicators: [fig(210)] },
      ],
      indicators, levelOf,
    );
    expect(totals.map((t) => [t.level, t.value])).toEqual([['huyen', 2], ['tinh', 210]]);
  });

  it('leaves out rates and programme totals that span several years', () => {
    const totals = aggregateYearTotals(
      [
        { slug: 'a', unit: 'gia-vien', period: Y, indicators: [{ key: 'ty-le', value: 100, qualifier: 'exact' }] },
        { slug: 'b', unit: 'gia-vien', period: { from: '2016-01-01', to: '2023-05-31' }, indicators: [fig(24)] },
        { slug: 'c', unit: 'gia-vien', indicators: [fig(1)] },
      ],
      indicators, levelOf,
    );
    expect(totals).toEqual([]);
  });

  it('keeps each organisation\'s figure in the same report', () => {
    const totals = aggregateYearTotals(
      [{ slug: 'a', unit: 'gia-vien', period: H1, indicators: [fig(2, { org: 'hoi-ccb' }), fig(1, { org: 'doan-tn' })] }],
      indicators, levelOf,
    );
    expect(totals.map((t) => [t.value, t.reports])).toEqual([[3, 1]]);
  });
});

describe('combineQualifiers', () => {
  it('turns a sum with a lower bound into a lower bound, and mixed bounds into an estimate', () => {
    expect(combineQualifiers('exact', 'over')).toBe('over');
    expect(combineQualifiers('under', 'exact')).toBe('under');
    expect(combineQualifiers('over', 'under')).toBe('approx');
  });
});
