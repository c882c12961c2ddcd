import { describe, expect, it } from 'vitest';
import { pickSpans, sumOf, unitYearFigures } from './year-figures.ts';
import type { ResolvedFact } from './resolve-facts.ts';

let n = 0;
const fact = (from: string, to: string, value: number, org: string | null = null, qualifier: ResolvedFact['qualifier'] = 'exact'): ResolvedFact => ({
  id: `f${++n}`, indicator: 'nha', unit: 'hai-lang', org, period: { from: `2022-${from}`, to: `2022-${to}` }, value, qualifier, reports: [],
});
const values = (facts: ResolvedFact[]) => facts.map((f) => f.value);

describe('rule 4: spans within a year', () => {
  it('lets the longer span that contains another supersede it, whichever comes first', () => {
    const half = fact('01-01', '06-30', 2);
    const year = fact('01-01', '12-31', 5);
    for (const order of [[half, year], [year, half]]) {
      const { kept, findings } = pickSpans(order);
      expect(values(kept)).toEqual([5]);
      expect(findings).toEqual([{ kind: 'superseded', fact: half, by: year }]);
    }
  });

  it('adds spans that sit apart, in date order', () => {
    expect(values(pickSpans([fact('07-01', '12-31', 3), fact('01-01', '06-30', 2)]).kept)).toEqual([2, 3]);
  });

  it('keeps the span covering more of the year when two overlap in part', () => {
    const longer = fact('03-01', '12-31', 4);
    const shorter = fact('01-01', '06-30', 3);
    expect(pickSpans([shorter, longer])).toEqual({ kept: [longer], findings: [{ kind: 'overlap', fact: shorter, kept: longer }] });
  });

  it('keeps the earlier of two equally long spans that overlap', () => {
    const early = fact('01-01', '06-30', 1);
    const late = fact('03-01', '08-28', 2);
    expect(values(pickSpans([late, early]).kept)).toEqual([1]);
    expect(values(pickSpans([early, late]).kept)).toEqual([1]);
  });

  it('sums values and qualifiers', () => {
    expect(sumOf([fact('01-01', '06-30', 2), fact('07-01', '12-31', 3, null, 'over')])).toMatchObject({ value: 5, qualifier: 'over' });
    expect(sumOf([])).toEqual({ value: 0, qualifier: 'exact', facts: [] });
  });
});

describe('rule 7: organisations within a unit\'s year', () => {
  it('keeps the parts for a span the figure for all covers as its breakdown', () => {
    const figures = unitYearFigures([fact('01-01', '06-30', 6), fact('01-01', '06-30', 2, 'hoi-ccb'), fact('02-01', '03-31', 1, 'doan-tn')]);
    expect(figures.all?.value).toBe(6);
    expect([...figures.byOrg].map(([org, f]) => [org, f.value])).toEqual([['doan-tn', 1], ['hoi-ccb', 2]]);
    expect(figures.findings).toEqual([]);
  });

  it('adds a part outside the spans of the figure for all, and reports one that overlaps them in part', () => {
    const overlapping = fact('05-01', '08-31', 4, 'hoi-ccb');
    const figures = unitYearFigures([fact('01-01', '06-30', 6), fact('07-01', '12-31', 1, 'doan-tn', 'under'), overlapping]);
    expect([figures.all?.value, figures.all?.qualifier]).toEqual([7, 'under']);
    expect(figures.findings).toEqual([{ kind: 'overlap', fact: overlapping, kept: expect.objectContaining({ value: 6 }) }]);
  });

  it('adds the organisations\' figures when there is none for all, and has no figure without facts', () => {
    expect(unitYearFigures([fact('01-01', '06-30', 2, 'hoi-ccb'), fact('01-01', '06-30', 1, 'doan-tn')]).all?.value).toBe(3);
    expect(unitYearFigures([])).toEqual({ all: undefined, byOrg: new Map(), findings: [] });
  });

  it('reports a superseded part of one organisation', () => {
    const half = fact('01-01', '06-30', 1, 'hoi-ccb');
    const figures = unitYearFigures([half, fact('01-01', '12-31', 3, 'hoi-ccb')]);
    expect([figures.all?.value, figures.findings.map((f) => f.kind)]).toEqual([3, ['superseded']]);
  });
});
