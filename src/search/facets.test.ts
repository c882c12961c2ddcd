import { describe, expect, it } from 'vitest';
import { buildUnitTree, type UnitNode } from '../domain/units.ts';
import type { IndicatorDefinition } from '../domain/indicator-facts.ts';
import { articleFacetValues, searchFacets } from './facets.ts';
import { articleSearchFields } from './article-fields.ts';
import { nameGroups } from './about-names.ts';

const units: UnitNode[] = [
  { key: 'quang-tri', name: 'Tỉnh Quảng Trị', level: 'tinh' },
  { key: 'hai-lang', name: 'Huyện Hải Lăng', level: 'huyen', parent: 'quang-tri' },
  { key: 'hai-chanh', name: 'Xã Hải Chánh', level: 'xa', parent: 'hai-lang' },
  { key: 'gio-linh', name: 'Huyện Gio Linh', level: 'huyen', parent: 'quang-tri' },
  { key: 'dak-lak', name: 'Tỉnh Đắk Lắk', level: 'tinh' },
  { key: 'ea-kar', name: 'Huyện Ea Kar', level: 'huyen', parent: 'dak-lak' },
  { key: 'ninh-binh', name: 'Tỉnh Ninh Bình', level: 'tinh' },
];
const unitTree = buildUnitTree(units);
const indicators = new Map<string, IndicatorDefinition>([
  ['tuyen-quan-nguoi', { key: 'tuyen-quan-nguoi', label: 'Thanh niên nhập ngũ', unit: 'người', aggregate: 'sum' as const, group: 'Tuyển quân' }],
  ['qua-tang', { key: 'qua-tang', label: 'Quà tặng', unit: 'suất', aggregate: 'sum' as const, group: 'An sinh xã hội' }],
  ['nha-tinh-nghia', { key: 'nha-tinh-nghia', label: 'Nhà tình nghĩa', unit: 'nhà', aggregate: 'sum' as const, group: 'Nhà ở' }],
]);
const figure = (key: string) => ({ key, value: 1, qualifier: 'exact' as const });

const communeArticle = {
  // 23:30 on 31/12 in Vietnam is still that year, whatever the server's clock says.
  publishedAt: new Date('2022-12-31T16:30:00Z'),
  unit: 'hai-chanh',
  kind: 'tin-hoat-dong' as const,
  tags: ['Đoàn Thanh niên', 'đoàn thanh niên', 'dân vận'],
  indicators: [figure('qua-tang'), figure('qua-tang')],
};
const provinceArticle = {
  publishedAt: new Date('2019-06-14T11:15:00Z'),
  unit: 'dak-lak',
  kind: 'so-ket' as const,
  tags: ['dân vận', 'Đoàn Thanh niên'],
  indicators: [figure('tuyen-quan-nguoi')],
};

describe('articleFacetValues', () => {
  it('files an article under its unit and every unit above it', () => {
    const values = articleFacetValues(communeArticle, unitTree);
    expect(values.unit).toEqual(['quang-tri', 'hai-lang', 'hai-chanh']);
    expect(values.level).toEqual(['xa']);
  });
  it('takes the year in Vietnam, tags as slugs once each, and each indicator once', () => {
    const values = articleFacetValues(communeArticle, unitTree);
    expect(values.year).toEqual(['2022']);
    expect(values.tag).toEqual(['doan-thanh-nien', 'dan-van']);
    expect(values.indicator).toEqual(['qua-tang']);
    expect(values.kind).toEqual(['tin-hoat-dong']);
  });
});

describe('searchFacets', () => {
  const facets = Object.fromEntries(
    searchFacets({ articles: [communeArticle, provinceArticle], unitTree, indicators }).map((f) => [f.key, f]),
  );
  const options = (key: string) => facets[key].groups.flatMap((g) => g.options.map((o) => o.value));

  it('offers only values some article has, newest year first', () => {
    expect(options('year')).toEqual(['2022', '2019']);
    expect(options('kind')).toEqual(['so-ket', 'tin-hoat-dong']);
    expect(options('level')).toEqual(['tinh', 'xa']);
  });
  it('lists units as a tree: each province followed by its districts and communes', () => {
    expect(facets.unit.groups[0].options.map((o) => [o.value, o.depth])).toEqual([
      ['dak-lak', 0],
      ['quang-tri', 0],
      ['hai-lang', 1],
      ['hai-chanh', 2],
    ]);
  });
  it('labels tags by their usual spelling and groups indicators as the catalogue does', () => {
    expect(facets.tag.groups[0].options.find((o) => o.value === 'doan-thanh-nien')?.label).toBe('Đoàn Thanh niên');
    expect(facets.indicator.groups.map((g) => [g.label, g.options.map((o) => o.label)])).toEqual([
      ['Tuyển quân', ['Thanh niên nhập ngũ']],
      ['An sinh xã hội', ['Quà tặng']],
    ]);
  });
  it('names each filter in Vietnamese and gives it its URL parameter', () => {
    expect(facets.year).toMatchObject({ label: 'Năm', param: 'nam' });
    expect(facets.indicator).toMatchObject({ label: 'Có số liệu về', param: 'chi-tieu' });
  });
});

describe('articleSearchFields', () => {
  it('gives Pagefind the filters, a date that sorts as text, and what a result shows', () => {
    const fields = articleSearchFields(provinceArticle, unitTree);
    expect(fields.filters).toContainEqual({ key: 'unit', value: 'dak-lak' });
    expect(fields.sort).toEqual([{ key: 'date', value: '2019-06-14T18:15:00+07:00' }]);
    expect(fields.meta).toEqual([
      { key: 'date', value: '14/06/2019' },
      { key: 'unit', value: 'Tỉnh Đắk Lắk' },
    ]);
  });
  it('names the places and the organisations the article is about, from its title, summary, text, figures and tags', () => {
    const groups = nameGroups(
      [{ key: 'hoi-ccb', name: 'Hội Cựu chiến binh', short: 'Hội CCB' }, { key: 'hoi-nong-dan', name: 'Hội Nông dân' }, { key: 'mttq', name: 'Mặt trận Tổ quốc', short: 'MTTQ' }],
      [['LLVT', 'Lực lượng vũ trang'], ['QS', 'Quân sự'], ['BCH', 'Ban Chỉ huy']],
    );
    const names = (over: object) => articleSearchFields({ ...communeArticle, tags: [], ...over }, unitTree, groups).names;
    expect(names({})).toEqual([{ key: 'places', value: 'Quảng Trị Hải Lăng Chánh' }]);
    expect(names({ title: 'Hội CCB xã', summary: 'Lực lượng vũ trang', bodyText: '<p>Ban <b>Chỉ huy</b> <a href="/qs/">xã</a></p>' })).toEqual([
      { key: 'places', value: 'Quảng Trị Hải Lăng Chánh' },
      { key: 'about', value: 'Hội Cựu chiến binh CCB LLVT Lực lượng vũ trang BCH Ban Chỉ huy' },
    ]);
    expect(names({ indicators: [{ ...figure('qua-tang'), org: 'hoi-nong-dan' }], tags: ['MTTQ'] })[1]).toEqual({ key: 'about', value: 'Hội Nông dân Mặt trận Tổ quốc MTTQ' });
    expect(articleSearchFields({ ...communeArticle, unit: 'nowhere' }, unitTree).names).toEqual([]);
  });
});
