import { describe, expect, it } from 'vitest';
import { ancestry, indexUnits, predecessorsOf, todayFigure, unitFigures, type CatalogueUnit } from './unit-totals.ts';
import { unitYearFigures } from './year-figures.ts';
import type { ResolvedFact } from './resolve-facts.ts';

const units: CatalogueUnit[] = [
  { key: 'quang-tri', level: 'tinh' },
  { key: 'hai-lang', level: 'huyen', parent: 'quang-tri', lastDay: '2025-06-30', successor: 'quang-tri' },
  { key: 'gio-linh', level: 'huyen', parent: 'quang-tri', lastDay: '2025-06-30', successor: 'quang-tri' },
  { key: 'hai-chanh', level: 'xa', parent: 'hai-lang' },
  { key: 'quang-binh', level: 'tinh', lastDay: '2025-06-30', successor: 'quang-tri' },
  { key: 'le-thuy', level: 'huyen', parent: 'quang-binh', lastDay: '2025-06-30', successor: 'quang-binh' },
  { key: 'cu', level: 'tinh', lastDay: '2020-12-31', successor: 'quang-binh' },
  { key: 'mo-coi', level: 'xa', parent: 'khong-co' },
];
const index = indexUnits(units);
let n = 0;
const fact = (unit: string, value: number, org: string | null = null, period = { from: '2022-01-01', to: '2022-12-31' }, qualifier: ResolvedFact['qualifier'] = 'exact'): ResolvedFact => ({
  id: `f${++n}`, indicator: 'nha', unit, org, period, value, qualifier, reports: [],
});
const own = (facts: ResolvedFact[]) => {
  const byUnit = new Map<string, ResolvedFact[]>();
  for (const f of facts) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
  return new Map([...byUnit].map(([u, list]) => [u, unitYearFigures(list)]));
};
const table = (facts: ResolvedFact[]) => unitFigures(index, own(facts)).map((f) => [f.unit, f.org, f.value, f.qualifier, f.basis, f.children]);

describe('the tree of units', () => {
  it('lists a unit and every unit above it, and ignores a parent that is not in the catalogue', () => {
    expect(ancestry(index, 'hai-chanh')).toEqual(['hai-chanh', 'hai-lang', 'quang-tri']);
    expect(ancestry(index, 'mo-coi')).toEqual(['mo-coi']);
    expect(ancestry(index, 'khong-co')).toEqual([]);
    expect(index.children.get('quang-tri')).toEqual(['hai-lang', 'gio-linh']);
  });

  it('stops at a cycle in the catalogue', () => {
    const looped = indexUnits([{ key: 'a', level: 'huyen', parent: 'b' }, { key: 'b', level: 'huyen', parent: 'a' }]);
    expect(ancestry(looped, 'a')).toEqual(['a', 'b']);
    expect(unitFigures(looped, own([fact('a', 1)])).map((f) => [f.unit, f.value, f.basis])).toEqual([['a', 1, 'reported'], ['b', 1, 'sum-of-children']]);
  });
});

describe('rule 5: own report, else the sum of the children', () => {
  it('sums the children of every unit above a report, per organisation, keeping qualifiers', () => {
    expect(table([fact('hai-chanh', 1, 'hoi-ccb'), fact('gio-linh', 2, null, undefined, 'under')])).toEqual([
      ['hai-chanh', null, 1, 'exact', 'reported', []],
      ['hai-chanh', 'hoi-ccb', 1, 'exact', 'reported', []],
      ['hai-lang', null, 1, 'exact', 'sum-of-children', ['hai-chanh']],
      ['hai-lang', 'hoi-ccb', 1, 'exact', 'sum-of-children', ['hai-chanh']],
      ['quang-tri', null, 3, 'under', 'sum-of-children', ['hai-lang', 'gio-linh']],
      ['quang-tri', 'hoi-ccb', 1, 'exact', 'sum-of-children', ['hai-lang']],
      ['gio-linh', null, 2, 'under', 'reported', []],
    ]);
  });

  it('takes a report of the unit itself and none of its children\'s', () => {
    const figures = unitFigures(index, own([fact('quang-tri', 30), fact('hai-lang', 2, 'hoi-ccb')]));
    expect(figures.filter((f) => f.unit === 'quang-tri').map((f) => [f.org, f.value, f.basis, f.parts])).toEqual([[null, 30, 'reported', []]]);
  });
});

describe('rule 8: provinces that merged', () => {
  it('finds the provinces that merged into one, through chains, but not its own districts', () => {
    expect(predecessorsOf(index, 'quang-tri').map((u) => u.key)).toEqual(['quang-binh', 'cu']);
    expect(predecessorsOf(index, 'quang-binh').map((u) => u.key)).toEqual(['cu']);
    expect(predecessorsOf(index, 'hai-lang')).toEqual([]);
  });

  const figureOf = (facts: ResolvedFact[], unit: string) => unitFigures(index, own(facts)).find((f) => f.unit === unit && f.org === null)!;
  const former = units.find((u) => u.key === 'quang-binh')!;

  it('adds a predecessor\'s figure for a span before the merger, naming it', () => {
    const facts = [fact('quang-tri', 30), fact('quang-binh', 7, null, undefined, 'over')];
    const { figure, findings } = todayFigure('quang-tri', figureOf(facts, 'quang-tri'), [{ unit: former, figure: figureOf(facts, 'quang-binh') }]);
    expect([figure?.value, figure?.qualifier, figure?.includes, findings]).toEqual([37, 'over', ['quang-binh'], []]);
  });

  it('adds a predecessor when today\'s province has no figure of its own', () => {
    const facts = [fact('quang-binh', 7)];
    expect(todayFigure('quang-tri', undefined, [{ unit: former, figure: figureOf(facts, 'quang-binh') }]).figure?.value).toBe(7);
  });

  it('leaves out a predecessor\'s span that the successor\'s report after the merger covers, and reports a part overlap', () => {
    const y2025 = { from: '2025-01-01', to: '2025-12-31' };
    const h1 = { from: '2025-01-01', to: '2025-06-30' };
    const covered = [fact('quang-tri', 40, null, y2025), fact('quang-binh', 7, null, h1)];
    const one = todayFigure('quang-tri', figureOf(covered, 'quang-tri'), [{ unit: former, figure: figureOf(covered, 'quang-binh') }]);
    expect([one.figure, one.findings.map((f) => f.kind)]).toEqual([undefined, ['superseded']]);
    const partly = [fact('quang-tri', 40, null, { from: '2025-06-01', to: '2025-12-31' }), fact('quang-binh', 7, null, h1)];
    const two = todayFigure('quang-tri', figureOf(partly, 'quang-tri'), [{ unit: former, figure: figureOf(partly, 'quang-binh') }]);
    expect([two.figure, two.findings.map((f) => f.kind)]).toEqual([undefined, ['overlap']]);
    const before = [fact('quang-tri', 40, null, h1), fact('quang-binh', 7, null, h1)];
    expect(todayFigure('quang-tri', figureOf(before, 'quang-tri'), [{ unit: former, figure: figureOf(before, 'quang-binh') }]).figure?.value).toBe(47);
  });
});
