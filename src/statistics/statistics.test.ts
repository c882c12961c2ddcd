import { describe, expect, it } from 'vitest';
import { buildStatistics, sourcesOf, type StatisticsInput } from './statistics.ts';
import type { FactArticle } from './facts.ts';

const indicators: StatisticsInput['indicators'] = new Map([
  ['nha', { aggregate: 'sum' }],
  ['qua', { aggregate: 'sum' }],
  ['ty-le', { aggregate: 'none' }],
]);
const units: StatisticsInput['units'] = [
  { key: 'quang-tri', level: 'tinh' },
  { key: 'hai-lang', level: 'huyen', parent: 'quang-tri', lastDay: '2025-06-30', successor: 'quang-tri' },
  { key: 'trieu-phong', level: 'huyen', parent: 'quang-tri', lastDay: '2025-06-30', successor: 'quang-tri' },
  { key: 'hai-chanh', level: 'xa', parent: 'hai-lang', lastDay: '2025-06-30', successor: 'quang-tri' },
  { key: 'quang-binh', level: 'tinh', lastDay: '2025-06-30', successor: 'quang-tri' },
  { key: 'lang-son', level: 'tinh' },
  { key: 'cu', level: 'tinh', lastDay: '2020-06-30', successor: 'quang-tri' },
  { key: 'vong-a', level: 'huyen', parent: 'vong-b' },
  { key: 'vong-b', level: 'huyen', parent: 'vong-a' },
];
const H1 = { from: '2022-01-01', to: '2022-06-30' };
const H2 = { from: '2022-07-01', to: '2022-12-31' };
const Y = { from: '2022-01-01', to: '2022-12-31' };

let n = 0;
function article(unit: string, period: FactArticle['period'], entries: Array<Partial<FactArticle['indicators'][number]> & { value: number }>, extra: Partial<FactArticle> = {}): FactArticle {
  n += 1;
  return {
    slug: `bai-${n}`,
    unit,
    period,
    publishedAt: new Date(Date.UTC(2023, 0, n)),
    indicators: entries.map((e) => ({ key: 'nha', qualifier: 'exact', ...e })),
    ...extra,
  };
}
const stats = (articles: FactArticle[]) => buildStatistics({ articles, indicators, units });
const total = (s: ReturnType<typeof stats>, unit: string, year = 2022, org: string | null = null, indicator = 'nha') =>
  s.totals.find((t) => t.unit === unit && t.year === year && t.org === org && t.indicator === indicator);

describe('rule 1: only addable indicators are added', () => {
  it('lists a rate per source and never adds it', () => {
    const s = stats([article('hai-lang', Y, [{ key: 'ty-le', value: 100 }]), article('trieu-phong', Y, [{ key: 'ty-le', value: 90 }])]);
    expect(s.totals).toEqual([]);
    expect(s.listed.map((f) => [f.unit, f.value])).toEqual([['hai-lang', 100], ['trieu-phong', 90]]);
  });
});

describe('rule 2: a fact counts toward a year only when its whole period lies in it', () => {
  it('keeps a multi-year figure out of every year and in the cumulative table with its span', () => {
    const s = stats([article('lang-son', { from: '2016-01-01', to: '2023-05-31' }, [{ value: 24 }])]);
    expect(s.totals).toEqual([]);
    expect(s.cumulative.map((f) => [f.unit, f.value, f.period.from, f.period.to])).toEqual([['lang-son', 24, '2016-01-01', '2023-05-31']]);
  });

  it('gives a news item without a period the day it was published, in Vietnam time', () => {
    const s = stats([article('hai-lang', undefined, [{ value: 1 }], { publishedAt: new Date('2022-12-31T18:00:00Z') })]);
    expect(s.facts[0].period).toEqual({ from: '2023-01-01', to: '2023-01-01' });
    expect(total(s, 'hai-lang', 2023)?.value).toBe(1);
  });
});

describe('rule 3: one fact, however many articles report it', () => {
  it('lets the most recently updated article win, lists every article and reports the conflict', () => {
    const older = article('hai-lang', Y, [{ value: 5 }], { publishedAt: new Date('2023-01-05'), updatedAt: new Date('2023-03-01') });
    const newer = article('hai-lang', Y, [{ value: 6 }], { publishedAt: new Date('2023-02-01') });
    const s = stats([older, newer]);
    const t = total(s, 'hai-lang')!;
    expect(t.value).toBe(5);
    expect(sourcesOf(t.facts)).toEqual([older.slug, newer.slug]);
    expect(s.findings.map((f) => f.kind)).toEqual(['conflict']);
  });

  it('reports no conflict when the articles agree', () => {
    const s = stats([article('hai-lang', Y, [{ value: 5 }]), article('hai-lang', Y, [{ value: 5 }])]);
    expect(total(s, 'hai-lang')!.value).toBe(5);
    expect(s.findings).toEqual([]);
  });

  it('does not let a note make a half-year and the full year two figures to add', () => {
    const s = stats([article('hai-lang', H1, [{ value: 2, note: 'Xây mới' }]), article('hai-lang', Y, [{ value: 5 }])]);
    expect(total(s, 'hai-lang')!.value).toBe(5);
    expect(s.findings.map((f) => f.kind)).toEqual(['superseded']);
  });
});

describe('rule 4: periods within one year', () => {
  it('adds two halves of a year (H1 2 + H2 3 = 5) and says it covers the year', () => {
    const t = total(stats([article('hai-lang', H1, [{ value: 2 }]), article('hai-lang', H2, [{ value: 3 }])]), 'hai-lang')!;
    expect([t.value, t.complete]).toEqual([5, true]);
  });

  it('adds four quarters, two of them of equal length', () => {
    const quarters = [['01-01', '03-31'], ['04-01', '06-30'], ['07-01', '09-30'], ['10-01', '12-31']];
    const t = total(stats(quarters.map(([from, to], i) => article('hai-lang', { from: `2022-${from}`, to: `2022-${to}` }, [{ value: i + 1 }]))), 'hai-lang')!;
    expect(t.value).toBe(10);
  });

  it('never adds two partly overlapping spans of one article, and reports the overlap', () => {
    const s = stats([article('hai-lang', Y, [{ value: 4, period: { from: '2022-01-01', to: '2022-08-31' } }, { value: 3, period: { from: '2022-06-01', to: '2022-12-31' } }])]);
    expect(total(s, 'hai-lang')!.value).toBe(4);
    expect(s.findings.map((f) => f.kind)).toEqual(['overlap']);
  });

  it('states that a year with only a first-half report covers the first half', () => {
    const t = total(stats([article('hai-lang', H1, [{ value: 2 }])]), 'hai-lang')!;
    expect(t.complete).toBe(false);
    expect(t.coverage).toEqual([H1]);
  });
});

describe('rule 5: a unit is its own report, else the sum of its children', () => {
  it('sums the districts of a province that did not report, marked as such', () => {
    const t = total(stats([article('hai-lang', Y, [{ value: 2 }]), article('trieu-phong', Y, [{ value: 3, qualifier: 'over' }])]), 'quang-tri')!;
    expect([t.value, t.qualifier, t.basis, t.children]).toEqual([5, 'over', 'sum-of-children', ['hai-lang', 'trieu-phong']]);
  });

  it('takes a province\'s own report and never adds its districts to it', () => {
    const s = stats([article('hai-lang', Y, [{ value: 2 }]), article('quang-tri', Y, [{ value: 30 }])]);
    expect([total(s, 'quang-tri')!.value, total(s, 'quang-tri')!.basis]).toEqual([30, 'reported']);
    expect(total(s, 'hai-lang')!.value).toBe(2);
  });

  it('does not call a sum complete when one child reported only part of the year', () => {
    const s = stats([article('hai-lang', Y, [{ value: 2 }]), article('trieu-phong', H1, [{ value: 3 }])]);
    expect([total(s, 'quang-tri')!.complete, total(s, 'quang-tri')!.coverage]).toEqual([false, [Y]]);
    expect(s.portal[0].complete).toBe(false);
    const whole = stats([article('hai-lang', Y, [{ value: 2 }]), article('trieu-phong', H1, [{ value: 3 }]), article('trieu-phong', H2, [{ value: 1 }])]);
    expect([total(whole, 'quang-tri')!.complete, whole.portal[0].complete]).toEqual([true, true]);
  });

  it('rolls a commune up through its district', () => {
    const s = stats([article('hai-chanh', Y, [{ value: 1 }])]);
    expect([total(s, 'hai-lang')!.value, total(s, 'quang-tri')!.value]).toEqual([1, 1]);
  });

  it('takes nothing from the children of a unit that reported another organisation only', () => {
    const s = stats([article('quang-tri', Y, [{ value: 4, org: 'hoi-ccb' }]), article('hai-lang', Y, [{ value: 2, org: 'doan-tn' }])]);
    expect(total(s, 'quang-tri', 2022, 'doan-tn')).toBeUndefined();
    expect(total(s, 'quang-tri')!.value).toBe(4);
  });
});

describe('rule 7: organisations', () => {
  it('treats the veterans\' and youth union\'s parts as the breakdown of the figure for all (6, not 9)', () => {
    const s = stats([article('hai-lang', H1, [{ value: 6 }, { value: 2, org: 'hoi-ccb' }, { value: 1, org: 'doan-tn' }])]);
    expect(total(s, 'hai-lang')!.value).toBe(6);
    expect(total(s, 'hai-lang', 2022, 'hoi-ccb')!.value).toBe(2);
    expect(total(s, 'hai-lang', 2022, 'doan-tn')!.value).toBe(1);
  });

  it('adds the organisations\' figures when there is no figure for all', () => {
    const s = stats([article('hai-lang', H1, [{ value: 2, org: 'hoi-ccb' }, { value: 1, org: 'doan-tn' }])]);
    expect(total(s, 'hai-lang')!.value).toBe(3);
  });

  it('adds a part for a span the figure for all does not cover (H1 for all + H2 of the veterans)', () => {
    const s = stats([article('hai-lang', H1, [{ value: 6 }]), article('hai-lang', H2, [{ value: 2, org: 'hoi-ccb' }])]);
    expect(total(s, 'hai-lang')!.value).toBe(8);
  });
});

describe('rule 8: units that ended on 1 July 2025', () => {
  it('keeps a merged province\'s figure with it and adds it, marked, to today\'s province', () => {
    const s = stats([article('quang-binh', Y, [{ value: 7 }]), article('quang-tri', Y, [{ value: 30 }])]);
    expect(total(s, 'quang-binh')!.value).toBe(7);
    expect(total(s, 'quang-tri')!.value).toBe(30);
    expect(s.today.map((t) => [t.unit, t.year, t.value, t.includes, t.complete])).toEqual([['quang-tri', 2022, 37, ['quang-binh'], true]]);
    const half = stats([article('quang-binh', H1, [{ value: 7 }]), article('quang-tri', Y, [{ value: 30 }])]);
    expect(half.today[0].complete).toBe(false);
  });

  it('never adds a predecessor to the successor\'s report after the merger for the same span', () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const s = stats([article('quang-binh', { from: '2025-01-01', to: '2025-06-30' }, [{ value: 7 }]), article('quang-tri', year, [{ value: 40 }])]);
    expect(s.today).toEqual([]);
    expect(s.portal.find((p) => p.year === 2025)!.value).toBe(40);
    expect(s.findings.map((f) => f.kind)).toEqual(['superseded']);
  });

  it('adds today\'s provinces into the portal\'s figure, predecessors included once', () => {
    const s = stats([article('quang-binh', Y, [{ value: 7 }]), article('quang-tri', Y, [{ value: 30 }]), article('lang-son', Y, [{ value: 3 }])]);
    expect(s.portal.map((p) => [p.year, p.value, p.units])).toEqual([[2022, 40, ['quang-tri', 'lang-son']]]);
  });
});

describe('the portal\'s figure', () => {
  it('is complete only when every province\'s is', () => {
    const s = stats([article('lang-son', Y, [{ value: 1 }]), article('quang-tri', H1, [{ value: 2 }])]);
    expect([s.portal[0].value, s.portal[0].complete, s.portal[0].coverage]).toEqual([3, false, [Y]]);
  });

  it('judges today\'s province by the predecessors it includes, not those a later report covered', () => {
    const y2020 = { from: '2020-01-01', to: '2020-12-31' };
    const s = stats([article('quang-tri', y2020, [{ value: 40 }]), article('cu', { from: '2020-01-01', to: '2020-06-30' }, [{ value: 5 }]), article('quang-binh', y2020, [{ value: 7 }])]);
    expect(s.today.map((t) => [t.value, t.includes, t.complete])).toEqual([[47, ['quang-binh'], true]]);
  });

  it('has no figure for units outside any province (a loop in the catalogue)', () => {
    const s = stats([article('vong-a', Y, [{ value: 1 }])]);
    expect(s.totals.map((t) => t.unit)).toEqual(['vong-a', 'vong-b']);
    expect(s.portal).toEqual([]);
  });
});

describe('rule 9: nothing dropped silently', () => {
  it('reports a figure whose indicator or unit is not in the catalogue', () => {
    const s = stats([article('ha-noi', Y, [{ value: 1 }]), article('hai-lang', Y, [{ key: 'khong-co', value: 1 }])]);
    expect(s.findings.map((f) => (f.kind === 'dropped' ? f.reason : f.kind))).toEqual(['unknown-unit', 'unknown-indicator']);
    expect(s.facts).toHaveLength(2);
  });

  it('never adds a figure of a unit after its last day, and reports it (wholly or partly after)', () => {
    const after = { from: '2025-07-01', to: '2025-12-31' };
    const across = { from: '2025-01-01', to: '2025-12-31' };
    const s = stats([article('hai-lang', after, [{ value: 4 }]), article('quang-binh', across, [{ value: 9 }]), article('quang-tri', after, [{ value: 30 }])]);
    expect(s.findings.map((f) => (f.kind === 'dropped' ? [f.reason, f.fact.unit] : f.kind))).toEqual([['unit-ended', 'hai-lang'], ['unit-ended', 'quang-binh']]);
    expect(s.totals.map((t) => [t.unit, t.value])).toEqual([['quang-tri', 30]]);
    expect(s.today).toEqual([]);
    expect(s.portal.map((p) => p.value)).toEqual([30]);
  });

  it('adds a former district\'s figure of a span before its end, however late it was published', () => {
    const y2024 = { from: '2024-01-01', to: '2024-12-31' };
    const s = stats([article('hai-lang', y2024, [{ value: 4 }], { publishedAt: new Date('2025-08-05T02:00:00Z') }), article('hai-lang', { from: '2025-01-01', to: '2025-06-30' }, [{ value: 2 }])]);
    expect(s.findings).toEqual([]);
    expect([total(s, 'hai-lang', 2024)?.value, total(s, 'hai-lang', 2025)?.value]).toEqual([4, 2]);
  });
});

describe('the order of the results, the same in every build', () => {
  it('sorts totals by indicator, year, unit and organisation, and the other lists by identity', () => {
    const s = stats([
      article('trieu-phong', { from: '2023-01-01', to: '2023-12-31' }, [{ key: 'qua', value: 1 }, { value: 1, org: 'hoi-ccb' }, { value: 2, org: 'doan-tn' }]),
      article('hai-lang', Y, [{ key: 'qua', value: 1 }, { value: 3 }]),
      article('lang-son', Y, [{ value: 4 }, { key: 'ty-le', value: 8 }]),
      article('quang-binh', { from: '2023-01-01', to: '2023-12-31' }, [{ value: 5 }]),
      article('quang-binh', Y, [{ value: 6 }, { value: 2, period: { from: '2019-01-01', to: '2022-12-31' } }]),
      // Seen last, listed first: the lists are sorted, not left in the order the articles came.
      article('hai-lang', Y, [{ key: 'ty-le', value: 9 }]),
      article('lang-son', Y, [{ value: 1, period: { from: '2020-01-01', to: '2022-12-31' } }]),
    ]);
    expect(s.totals.map((t) => `${t.indicator} ${t.year} ${t.unit} ${t.org ?? '*'}`)).toEqual([
      'nha 2022 hai-lang *',
      'nha 2022 lang-son *',
      'nha 2022 quang-binh *',
      'nha 2022 quang-tri *',
      'nha 2023 quang-binh *',
      'nha 2023 quang-tri *',
      'nha 2023 quang-tri doan-tn',
      'nha 2023 quang-tri hoi-ccb',
      'nha 2023 trieu-phong *',
      'nha 2023 trieu-phong doan-tn',
      'nha 2023 trieu-phong hoi-ccb',
      'qua 2022 hai-lang *',
      'qua 2022 quang-tri *',
      'qua 2023 quang-tri *',
      'qua 2023 trieu-phong *',
    ]);
    expect(s.today.map((t) => `${t.indicator} ${t.year} ${t.unit} ${t.value}`)).toEqual(['nha 2022 quang-tri 9', 'nha 2023 quang-tri 8']);
    expect(s.portal.map((p) => `${p.indicator} ${p.year} ${p.value}`)).toEqual(['nha 2022 13', 'nha 2023 8', 'qua 2022 1', 'qua 2023 1']);
    expect(s.cumulative.map((f) => f.unit)).toEqual(['lang-son', 'quang-binh']);
    expect(s.listed.map((f) => f.unit)).toEqual(['hai-lang', 'lang-son']);
  });
});
