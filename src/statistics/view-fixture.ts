/** A small portal for the view tests: two provinces, one merged into the other, a district. */
import { buildStatistics } from './statistics.ts';
import type { FactArticle } from './facts.ts';
import type { StatisticsNames } from './statistics-view.ts';

const H1 = { from: '2022-01-01', to: '2022-06-30' };
const Y = { from: '2022-01-01', to: '2022-12-31' };
const day = (iso: string) => new Date(`${iso}T03:00:00Z`);

export const articles: Array<FactArticle & { title: string }> = [
  { slug: 'hai-lang-h1', title: 'Hải Lăng sơ kết 6 tháng', unit: 'hai-lang', period: H1, publishedAt: day('2022-07-29'), indicators: [
    { key: 'nha', value: 6, qualifier: 'exact' },
    { key: 'nha', value: 2, qualifier: 'exact', org: 'hoi-ccb' },
    { key: 'ty-le', value: 100, qualifier: 'exact' },
  ] },
  { slug: 'hai-lang-h1-lai', title: 'Hải Lăng đưa lại tin', unit: 'hai-lang', period: H1, publishedAt: day('2022-08-02'), indicators: [{ key: 'nha', value: 7, qualifier: 'exact' }] },
  { slug: 'quang-binh-2022', title: 'Quảng Bình tổng kết 2022', unit: 'quang-binh', period: Y, publishedAt: day('2022-12-28'), indicators: [{ key: 'nha', value: 10, qualifier: 'over' }] },
  { slug: 'quang-tri-2016-2022', title: 'Quảng Trị 7 năm', unit: 'quang-tri', period: { from: '2016-01-01', to: '2022-12-31' }, publishedAt: day('2022-12-30'), indicators: [{ key: 'nha', value: 90, qualifier: 'under' }] },
];

export const names: StatisticsNames = {
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

export const stats = buildStatistics({ articles, indicators: names.indicators, units: [...names.units.values()] });
