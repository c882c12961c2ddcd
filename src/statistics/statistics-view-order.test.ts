/** The views keep a reader's order (years ascending in tables, units in tree order by name) and leave out what the catalogue does not name. */
import { describe, expect, it } from 'vitest';
import { buildStatistics } from './statistics.ts';
import { indicatorViews, overviewView, unitTotalsViews, yearTotalsViews, findingNames, type StatisticsNames } from './statistics-view.ts';
import type { FactArticle } from './facts.ts';

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
let n = 0;
const article = (unit: string, period: { from: string; to: string }, indicators: Array<{ key: string; value: number; org?: string }>, title = `Bài ${n + 1}`): FactArticle & { title: string } => ({
  slug: `bai-${++n}`, title, unit, period, publishedAt: new Date(Date.UTC(2023, 0, n)), indicators: indicators.map((i) => ({ qualifier: 'exact' as const, ...i })),
});
const names: StatisticsNames = {
  indicators: new Map([
    ['qua', { key: 'qua', label: 'Quà tặng', unit: 'suất', aggregate: 'sum', group: 'An sinh' }],
    ['nha', { key: 'nha', label: 'Nhà tình nghĩa', unit: 'nhà', aggregate: 'sum', group: 'Nhà ở' }],
    ['cay', { key: 'cay', label: 'Cây xanh', unit: 'cây', aggregate: 'sum', group: 'Môi trường' }],
    ['ty-le', { key: 'ty-le', label: 'Tỷ lệ', unit: '%', aggregate: 'none', group: 'Tuyển quân' }],
  ]),
  units: new Map([
    ['trieu-phong', { key: 'trieu-phong', name: 'Huyện Triệu Phong', level: 'huyen', parent: 'quang-tri' }],
    ['quang-tri', { key: 'quang-tri', name: 'Tỉnh Quảng Trị', level: 'tinh' }],
    ['hai-lang', { key: 'hai-lang', name: 'Huyện Hải Lăng', level: 'huyen', parent: 'quang-tri' }],
    ['an-giang', { key: 'an-giang', name: 'Tỉnh An Giang', level: 'tinh' }],
    ['le', { key: 'le', name: 'Xã Lẻ', level: 'xa', parent: 'khong-co' }],
  ]),
  organisations: new Map([
    ['hoi-ccb', { key: 'hoi-ccb', name: 'Hội Cựu chiến binh', short: 'Hội CCB' }],
    ['doan-tn', { key: 'doan-tn', name: 'Đoàn Thanh niên' }],
  ]),
  titles: new Map(),
};
const articles = [
  article('trieu-phong', year(2022), [{ key: 'nha', value: 3, org: 'hoi-ccb' }, { key: 'nha', value: 1, org: 'doan-tn' }, { key: 'mat', value: 9 }]),
  article('hai-lang', year(2022), [{ key: 'nha', value: 2, org: 'doan-tn' }, { key: 'qua', value: 5 }, { key: 'cay', value: 7 }]),
  article('hai-lang', year(2021), [{ key: 'nha', value: 4 }, { key: 'ty-le', value: 100 }]),
  article('hai-lang', year(2021), [{ key: 'ty-le', value: 90 }]),
  article('an-giang', year(2020), [{ key: 'nha', value: 1 }]),
  article('le', year(2022), [{ key: 'nha', value: 8 }]),
  article('an-giang', { from: '2018-01-01', to: '2020-12-31' }, [{ key: 'qua', value: 2 }, { key: 'mat', value: 1 }]),
];
for (const a of articles) names.titles.set(a.slug, a.title);
const stats = buildStatistics({ articles, indicators: new Map<string, { aggregate: 'sum' | 'none' }>([...names.indicators, ['mat', { aggregate: 'sum' }]]), units: [...names.units.values()] });

describe('the order of the statistics views', () => {
  it('orders the overview by group, then label, years ascending, and leaves out indicators the catalogue does not name', () => {
    const view = overviewView(stats, names);
    expect(view.years).toEqual([2020, 2021, 2022]);
    expect(view.rows.map((r) => [r.label, r.cells.map((c) => c?.text ?? null)])).toEqual([
      ['Quà tặng', [null, null, '5 suất']],
      ['Cây xanh', [null, null, '7 cây']],
      ['Nhà tình nghĩa', ['1 nhà', '4 nhà', '14 nhà']],
    ]);
    // Two reports of one rate: one figure, in conflict, listed on its own page newest report first.
    expect(view.listed.map((l) => [l.key, l.figures, l.years])).toEqual([['ty-le', 1, '2021']]);
    const rate = indicatorViews(stats, names).find((v) => v.key === 'ty-le')!;
    expect(rate.listed.map((l) => [l.text, l.conflict, l.sources.map((s) => s.title)])).toEqual([['90%', true, ['Bài 4', 'Bài 3']]]);
  });

  it('lists indicator pages by key, units in tree order by name, years ascending, organisations by year, unit and name', () => {
    const views = indicatorViews(stats, names);
    expect(views.map((v) => v.key)).toEqual(['cay', 'nha', 'qua', 'ty-le']);
    const nha = views[1];
    expect(nha.years).toEqual([2020, 2021, 2022]);
    expect(nha.units.map((u) => [u.name, u.depth, u.cells.map((c) => c?.text ?? null)])).toEqual([
      ['Tỉnh An Giang', 0, ['1 nhà', null, null]],
      ['Tỉnh Quảng Trị', 0, [null, '4 nhà', '6 nhà']],
      ['Huyện Hải Lăng', 1, [null, '4 nhà', '2 nhà']],
      ['Huyện Triệu Phong', 1, [null, null, '4 nhà']],
      ['Xã Lẻ', 0, [null, null, '8 nhà']],
    ]);
    expect(nha.orgs.map((o) => `${o.year} ${o.unit} ${o.org} ${o.cell.text}`)).toEqual([
      '2022 Huyện Hải Lăng Đoàn Thanh niên 2 nhà',
      '2022 Huyện Triệu Phong Đoàn Thanh niên 1 nhà',
      '2022 Huyện Triệu Phong Hội CCB 3 nhà',
      '2022 Tỉnh Quảng Trị Đoàn Thanh niên 3 nhà',
      '2022 Tỉnh Quảng Trị Hội CCB 3 nhà',
    ]);
    expect(nha.details.find((d) => d.id === 'nguon-2022-quang-tri-hoi-ccb')).toMatchObject({ heading: 'Tỉnh Quảng Trị, Hội CCB – Năm 2022', facts: [], parts: [{ name: 'Huyện Triệu Phong', text: '3 nhà' }] });
    expect(nha.details.find((d) => d.id === 'nguon-2022-trieu-phong-hoi-ccb')).toMatchObject({ parts: [], facts: [{ text: '3 nhà', what: 'Huyện Triệu Phong, Hội CCB, năm 2022', note: undefined }] });
    expect(nha.details.find((d) => d.id === 'nguon-2022-tong')).toMatchObject({ heading: 'Tổng các tỉnh – Năm 2022', text: '14 nhà' });
    expect(nha.chart).toContain('2020: 1 nhà; 2021: 4 nhà; 2022: 14 nhà');
    expect([...nha.chart!.matchAll(/class="bar-label"[^>]*>(\d+)</g)].map((m) => m[1])).toEqual(['2020', '2021', '2022']);
    expect(views[2].cumulative.map((c) => [c.unit, c.text])).toEqual([['Tỉnh An Giang', '2 suất']]);
    expect(views[2].chart).toContain('<title id="bieu-do-qua-title">Biểu đồ quà tặng theo năm</title>');
  });

  it('orders a year\'s totals by label and a unit\'s by year, newest first', () => {
    expect(yearTotalsViews(stats, names).get(2022)!.rows.map((r) => r.label)).toEqual(['Cây xanh', 'Nhà tình nghĩa', 'Quà tặng']);
    expect(unitTotalsViews(stats, names).get('hai-lang')!.rows.map((r) => `${r.year} ${r.label}`)).toEqual(['2022 Cây xanh', '2022 Nhà tình nghĩa', '2022 Quà tặng', '2021 Nhà tình nghĩa']);
    expect(unitTotalsViews(stats, names).get('hai-lang')!.today).toEqual([]);
  });

  it('names units, organisations and articles for the findings, falling back to nothing it does not know', () => {
    const f = findingNames(names);
    expect([f.unit('hai-lang'), f.unit('x'), f.org('hoi-ccb'), f.org('doan-tn'), f.org('x'), f.article('bai-1'), f.indicator('nha')?.label]).toEqual([
      'Huyện Hải Lăng', undefined, 'Hội CCB', 'Đoàn Thanh niên', 'x', 'Bài 1', 'Nhà tình nghĩa',
    ]);
  });
});
