import { describe, expect, it } from 'vitest';
import { describeFindings, findingNames as findingNamesOf, yearColumnId, indicatorViews, overviewView, qualityView, unitTotalsViews, yearTotalsViews, type StatisticsNames } from './statistics-view.ts';
import { buildStatistics } from './statistics.ts';
import { findingRows } from './open-data.ts';
import type { FactArticle } from './facts.ts';

/** A small portal: two provinces, one merged into the other, a district. */
const H1 = { from: '2022-01-01', to: '2022-06-30' };
const Y = { from: '2022-01-01', to: '2022-12-31' };
const day = (iso: string) => new Date(`${iso}T03:00:00Z`);

const articles: Array<FactArticle & { title: string }> = [
  { slug: 'hai-lang-h1', title: 'Hải Lăng sơ kết 6 tháng', unit: 'hai-lang', period: H1, publishedAt: day('2022-07-29'), indicators: [
    { key: 'nha', value: 6, qualifier: 'exact' },
    { key: 'nha', value: 2, qualifier: 'exact', org: 'hoi-ccb' },
    { key: 'ty-le', value: 100, qualifier: 'exact' },
  ] },
  { slug: 'hai-lang-h1-lai', title: 'Hải Lăng đưa lại tin', unit: 'hai-lang', period: H1, publishedAt: day('2022-08-02'), indicators: [{ key: 'nha', value: 7, qualifier: 'exact' }] },
  { slug: 'quang-binh-2022', title: 'Quảng Bình tổng kết 2022', unit: 'quang-binh', period: Y, publishedAt: day('2022-12-28'), indicators: [{ key: 'nha', value: 10, qualifier: 'over' }] },
  { slug: 'quang-tri-2016-2022', title: 'Quảng Trị 7 năm', unit: 'quang-tri', period: { from: '2016-01-01', to: '2022-12-31' }, publishedAt: day('2022-12-30'), indicators: [{ key: 'nha', value: 90, qualifier: 'under' }] },
];

const names: StatisticsNames = {
  indicators: new Map([
    ['nha', { key: 'nha', label: 'Nhà tình nghĩa', unit: 'nhà', aggregate: 'sum', group: 'Nhà ở' }],
    ['ty-le', { key: 'ty-le', label: 'Tỷ lệ tuyển quân', unit: '%', aggregate: 'none', group: 'Tuyển quân' }],
  ]),
  units: new Map([
    ['quang-tri', { key: 'quang-tri', name: 'Tỉnh Quảng Trị', level: 'tinh' }],
    ['hai-lang', { key: 'hai-lang', name: 'Huyện Hải Lăng', level: 'huyen', parent: 'quang-tri', lastDay: '2025-06-30', successor: 'quang-tri' }],
    ['quang-binh', { key: 'quang-binh', name: 'Tỉnh Quảng Bình', level: 'tinh', lastDay: '2025-06-30', successor: 'quang-tri' }],
  ]),
  organisations: new Map([['hoi-ccb', { key: 'hoi-ccb', name: 'Hội Cựu chiến binh', short: 'Hội CCB' }]]),
  titles: new Map(articles.map((a) => [a.slug, a.title])),
};

const stats = buildStatistics({ articles, indicators: names.indicators, units: [...names.units.values()] });

describe('the statistics overview', () => {
  it('gives indicator × year, each cell linked to its breakdown, rates apart', () => {
    const view = overviewView(stats, names);
    expect(view.years).toEqual([2022]);
    expect(view.rows).toEqual([
      { key: 'nha', label: 'Nhà tình nghĩa', group: 'Nhà ở', href: '/thong-ke/chi-tieu/nha/', cells: [{ text: 'trên 17 nhà', href: '/thong-ke/chi-tieu/nha/#nguon-2022-tong', notes: ['có đơn vị chỉ báo cáo một phần năm'] }] },
    ]);
    // Rates by indicator, not figure by figure: the indicator's page lists each one.
    expect(view.listed).toEqual([{ key: 'ty-le', label: 'Tỷ lệ tuyển quân', href: '/thong-ke/chi-tieu/ty-le/', figures: 1, years: '2022' }]);
    expect(view.findings).toBe(1);
  });
});

describe('the overview’s figures that are never added', () => {
  const rate = (slug: string, unit: string, period: { from: string; to: string }, value: number) => ({
    slug, title: slug, unit, period, publishedAt: day(period.to), indicators: [{ key: 'ty-le', value, qualifier: 'exact' as const }],
  });

  const more = buildStatistics({
    articles: [
      rate('a', 'hai-lang', { from: '2019-01-01', to: '2019-12-31' }, 98),
      rate('b', 'quang-binh', { from: '2021-01-01', to: '2021-06-30' }, 99),
      rate('c', 'hai-lang', { from: '2024-07-01', to: '2025-06-30' }, 100),
      { slug: 'd', title: 'd', unit: 'hai-lang', period: H1, publishedAt: day('2022-07-01'), indicators: [{ key: 'dang-duy-tri', value: 3, qualifier: 'exact' }] },
    ],
    indicators: new Map([...names.indicators, ['dang-duy-tri', { key: 'dang-duy-tri', label: 'Vườn cây đang duy trì', unit: 'vườn', aggregate: 'none', group: 'Mô hình' }]]),
    units: [...names.units.values()],
  });

  it('names each indicator once, with how many figures its page lists and the years they cover, by Vietnamese name', () => {
    const withStock = { ...names, indicators: new Map([...names.indicators, ['dang-duy-tri', { key: 'dang-duy-tri', label: 'Vườn cây đang duy trì', unit: 'vườn', aggregate: 'none' as const, group: 'Mô hình' }]]) };
    expect(overviewView(more, withStock).listed).toEqual([
      { key: 'ty-le', label: 'Tỷ lệ tuyển quân', href: '/thong-ke/chi-tieu/ty-le/', figures: 3, years: '2019–2025' },
      { key: 'dang-duy-tri', label: 'Vườn cây đang duy trì', href: '/thong-ke/chi-tieu/dang-duy-tri/', figures: 1, years: '2022' },
    ]);
    // An indicator the catalogue no longer has is left out, as from the totals.
    expect(overviewView(more, names).listed.map((l) => l.key)).toEqual(['ty-le']);
  });

  it('names a rate with more figures than a function call takes arguments', () => {
    const [one] = more.listed.filter((f) => f.indicator === 'ty-le');
    const huge = { ...more, listed: Array.from({ length: 300_000 }, () => one) };
    expect(overviewView(huge, names).listed).toEqual([{ key: 'ty-le', label: 'Tỷ lệ tuyển quân', href: '/thong-ke/chi-tieu/ty-le/', figures: 300_000, years: '2019' }]);
  });
});

describe('an indicator page', () => {
  // Worked out inside each test: mutation testing reruns only the tests that run a line, and a
  // view made while the file loads belongs to no test.
  const views = () => indicatorViews(stats, names);

  it('shows each unit by year in tree order, marking a sum of children and a half year', () => {
    const [nha] = views();
    expect(nha.years).toEqual([2022]);
    expect(nha.units.map((u) => [u.name, u.depth, u.cells[0]?.text, u.cells[0]?.notes])).toEqual([
      ['Tỉnh Quảng Bình', 0, 'trên 10 nhà', []],
      ['Tỉnh Quảng Trị', 0, '7 nhà', ['tổng đơn vị trực thuộc', 'chỉ gồm 6 tháng đầu năm 2022']],
      ['Huyện Hải Lăng', 1, '7 nhà', ['chỉ gồm 6 tháng đầu năm 2022']],
    ]);
    expect(nha.units[2]).toMatchObject({ href: '/don-vi/hai-lang/', cells: [{ href: '#nguon-2022-hai-lang' }] });
    expect(nha.portal).toEqual([{ text: 'trên 17 nhà', href: '#nguon-2022-tong', notes: ['có đơn vị chỉ báo cáo một phần năm'] }]);
  });

  it('adds the merged province to today\'s province, and names it', () => {
    const [nha] = views();
    expect(nha.today).toEqual([
      { year: 2022, unit: 'Tỉnh Quảng Trị', cell: { text: 'trên 17 nhà', href: '#nguon-2022-quang-tri-nay', notes: ['gồm số liệu của Tỉnh Quảng Bình', 'có đơn vị chỉ báo cáo một phần năm'] } },
    ]);
  });

  it('breaks down by organisation, keeps the cumulative figure apart, and draws the chart', () => {
    const [nha] = views();
    expect(nha.orgs.map((o) => [o.year, o.unit, o.org, o.cell.text])).toEqual([
      [2022, 'Huyện Hải Lăng', 'Hội CCB', '2 nhà'],
      [2022, 'Tỉnh Quảng Trị', 'Hội CCB', '2 nhà'],
    ]);
    expect(nha.cumulative.map((c) => [c.unit, c.period, c.text])).toEqual([['Tỉnh Quảng Trị', 'giai đoạn 2016–2022', 'gần 90 nhà']]);
    expect(nha.chart).toContain('Nhà tình nghĩa theo năm, tổng các tỉnh: 2022: trên 17 nhà.');
    expect(nha).toMatchObject({ key: 'nha', label: 'Nhà tình nghĩa', unit: 'nhà', addable: true, listed: [] });
  });

  it('lists the sources of every figure, the newest report first, and says when they disagree', () => {
    const [nha] = views();
    const detail = nha.details.find((d) => d.id === 'nguon-2022-hai-lang')!;
    expect(detail.heading).toBe('Huyện Hải Lăng – Năm 2022');
    expect(detail.notes).toEqual(['đơn vị báo cáo', 'chỉ gồm 6 tháng đầu năm 2022']);
    expect(detail.facts).toEqual([
      {
        text: '7 nhà',
        what: 'Huyện Hải Lăng, 6 tháng đầu năm 2022',
        note: 'các bài đưa số khác nhau; lấy bài cập nhật gần nhất',
        sources: [
          { title: 'Hải Lăng đưa lại tin', href: '/bai-viet/hai-lang-h1-lai/', value: '7 nhà' },
          { title: 'Hải Lăng sơ kết 6 tháng', href: '/bai-viet/hai-lang-h1/', value: '6 nhà' },
        ],
      },
    ]);
    expect(nha.details.map((d) => d.id)).toEqual(['nguon-2022-tong', 'nguon-2022-quang-binh', 'nguon-2022-quang-tri', 'nguon-2022-hai-lang', 'nguon-2022-quang-tri-nay', 'nguon-2022-hai-lang-hoi-ccb', 'nguon-2022-quang-tri-hoi-ccb']);
    expect(nha.details[0].notes).toEqual(['tổng của đơn vị trực thuộc: Tỉnh Quảng Trị', 'có đơn vị chỉ báo cáo một phần năm']);
    expect(nha.details.find((d) => d.id === 'nguon-2022-quang-tri')!.notes).toEqual(['tổng của đơn vị trực thuộc: Huyện Hải Lăng', 'chỉ gồm 6 tháng đầu năm 2022']);
    const province = nha.details.find((d) => d.id === 'nguon-2022-quang-tri')!;
    expect([province.facts, province.parts]).toEqual([[], [{ name: 'Huyện Hải Lăng', text: '7 nhà', href: '#nguon-2022-hai-lang' }]]);
    expect(nha.details[0].parts).toEqual([{ name: 'Tỉnh Quảng Trị', text: 'trên 17 nhà', href: '#nguon-2022-quang-tri-nay' }]);
    expect(nha.details.find((d) => d.id === 'nguon-2022-quang-tri-hoi-ccb')!.parts).toEqual([{ name: 'Huyện Hải Lăng', text: '2 nhà', href: '#nguon-2022-hai-lang-hoi-ccb' }]);
    expect(nha.details.find((d) => d.id === 'nguon-2022-quang-tri-nay')!.facts.map((f) => f.text)).toEqual(['7 nhà', 'trên 10 nhà']);
    expect(nha.details.find((d) => d.id === 'nguon-2022-hai-lang-hoi-ccb')!.heading).toBe('Huyện Hải Lăng, Hội CCB – Năm 2022');
  });

  it('lists a rate per source on its own page, with no chart', () => {
    const [, tyLe] = views();
    expect(tyLe).toMatchObject({ key: 'ty-le', addable: false, years: [], chart: undefined, units: [] });
    expect(tyLe.listed.map((l) => [l.unit, l.text])).toEqual([['Huyện Hải Lăng', '100%']]);
  });
});

describe('totals on year and unit pages', () => {
  it('gives a year page the portal\'s figure of each indicator', () => {
    expect(yearTotalsViews(stats, names).get(2022)).toEqual({
      year: 2022,
      rows: [{ label: 'Nhà tình nghĩa', href: '/thong-ke/chi-tieu/nha/', cell: { text: 'trên 17 nhà', href: '/thong-ke/chi-tieu/nha/#nguon-2022-tong', notes: ['có đơn vị chỉ báo cáo một phần năm'] } }],
    });
  });

  it('gives a unit page its figures by year, and today\'s province its merged total', () => {
    const views = unitTotalsViews(stats, names);
    expect(views.get('hai-lang')).toEqual({
      rows: [{ year: 2022, label: 'Nhà tình nghĩa', cell: { text: '7 nhà', href: '/thong-ke/chi-tieu/nha/#nguon-2022-hai-lang', notes: ['chỉ gồm 6 tháng đầu năm 2022'] } }],
      today: [],
    });
    expect(views.get('quang-tri')!.today.map((r) => [r.year, r.cell.text, r.cell.href])).toEqual([[2022, 'trên 17 nhà', '/thong-ke/chi-tieu/nha/#nguon-2022-quang-tri-nay']]);
  });
});

describe('the data-quality page', () => {
  it('groups the findings by kind with the articles to open', () => {
    expect(qualityView(describeFindings(stats, names), names)).toEqual({
      groups: [
        {
          kind: 'conflict',
          title: 'Các bài đưa số khác nhau cho cùng một số liệu',
          count: 1,
          items: [
            {
              text: 'Nhà tình nghĩa (Huyện Hải Lăng, 6 tháng đầu năm 2022): các bài đưa số khác nhau (Hải Lăng đưa lại tin: 7 nhà; Hải Lăng sơ kết 6 tháng: 6 nhà); dùng số của bài cập nhật gần nhất',
              sources: [{ title: 'Hải Lăng đưa lại tin', href: '/bai-viet/hai-lang-h1-lai/' }, { title: 'Hải Lăng sơ kết 6 tháng', href: '/bai-viet/hai-lang-h1/' }],
            },
          ],
        },
      ],
    });
  });
});

describe('the data-quality page at scale, and its open data', () => {
  const conflicting = (n: number) =>
    Array.from({ length: 2 }, (_, i) => ({ slug: `bai-${n}-${i}`, title: `Bài ${n}.${i}`, unit: 'hai-lang', period: { from: `20${10 + n}-01-01`, to: `20${10 + n}-12-31` }, publishedAt: day(`20${10 + n}-12-${20 + i}`), indicators: [{ key: 'nha', value: 5 + i, qualifier: 'exact' as const }] }));
  const many = [1, 2, 3].flatMap(conflicting);
  const manyStats = buildStatistics({ articles: many, indicators: names.indicators, units: [...names.units.values()] });
  const manyNames = { ...names, titles: new Map(many.map((a) => [a.slug, a.title])) };

  it('shows the first findings of each kind and counts them all', () => {
    const [group] = qualityView(describeFindings(manyStats, manyNames), manyNames, 2).groups;
    expect(group).toMatchObject({ kind: 'conflict', count: 3 });
    expect(group.items).toHaveLength(2);
    expect(qualityView(describeFindings(manyStats, manyNames), manyNames, 3).groups[0].items).toHaveLength(3);
    expect(qualityView(describeFindings(manyStats, manyNames), manyNames).groups[0].items).toHaveLength(3);
  });

  it('lists every finding for the open data, with the page’s sentence and its articles’ addresses', () => {
    const rows = findingRows(describeFindings(manyStats, manyNames), 'https://cong.example.vn');
    expect(rows).toHaveLength(3);
    const shown = qualityView(describeFindings(manyStats, manyNames), manyNames).groups[0].items;
    expect(rows.map((r) => r.finding)).toEqual(shown.map((i) => i.text));
    expect(rows.map((r) => r.kind)).toEqual(['conflict', 'conflict', 'conflict']);
    expect(rows[0].sources).toEqual(shown[0].sources.map((s) => `https://cong.example.vn${s.href}`));
  });
});

describe('the data-quality page lists figures after a unit ended', () => {
  it('names the unit’s last day and its successor, and the article to open', () => {
    const late = [{ slug: 'hai-lang-cuoi-2025', title: 'Hải Lăng 6 tháng cuối 2025', unit: 'hai-lang', period: { from: '2025-07-01', to: '2025-12-31' }, publishedAt: day('2025-12-20'), indicators: [{ key: 'nha', value: 3, qualifier: 'exact' as const }] }];
    const withLate = { ...names, titles: new Map([['hai-lang-cuoi-2025', 'Hải Lăng 6 tháng cuối 2025']]) };
    const view = qualityView(describeFindings(buildStatistics({ articles: late, indicators: names.indicators, units: [...names.units.values()] }), withLate), withLate);
    expect(view.groups).toEqual([
      {
        kind: 'dropped',
        count: 1,
        title: 'Số liệu không xếp được',
        items: [
          {
            text: 'Nhà tình nghĩa (Huyện Hải Lăng, 6 tháng cuối năm 2025) 3: đơn vị đã kết thúc hoạt động ngày 30/06/2025 trước cuối kỳ này, không tính (số liệu sau ngày đó ghi cho Tỉnh Quảng Trị)',
            sources: [{ title: 'Hải Lăng 6 tháng cuối 2025', href: '/bai-viet/hai-lang-cuoi-2025/' }],
          },
        ],
      },
    ]);
    const names2 = findingNamesOf({ ...names, units: new Map([['x', { key: 'x', name: 'X', level: 'tinh', lastDay: '2025-06-30' }]]) });
    expect([names2.unitEnd!('x'), names2.unitEnd!('y')]).toEqual([{ lastDay: '30/06/2025', successor: undefined }, undefined]);
  });
});

describe('the year links of a statistics page', () => {
  it('go to the year\'s column header, one id per year', () => {
    expect([yearColumnId(2024), yearColumnId(2017)]).toEqual(['nam-2024', 'nam-2017']);
  });
});
