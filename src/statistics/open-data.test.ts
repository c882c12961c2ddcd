import { describe, expect, it } from 'vitest';
import { FACT_COLUMNS, TODAY_COLUMNS, TOTAL_COLUMNS, factRows, toCsv, toJson, todayRows, totalRows } from './open-data.ts';
import { buildStatistics } from './statistics.ts';

const stats = buildStatistics({
  articles: [
    {
      slug: 'hai-lang-so-ket',
      unit: 'hai-lang',
      period: { from: '2022-01-01', to: '2022-06-30' },
      publishedAt: new Date('2022-07-29T09:05:00Z'),
      indicators: [
        { key: 'nha', value: 2, qualifier: 'exact', org: 'hoi-ccb' },
        { key: 'nha', value: 1, qualifier: 'over' },
      ],
    },
  ],
  indicators: new Map([['nha', { aggregate: 'sum' as const }]]),
  units: [{ key: 'quang-tri', level: 'tinh' }, { key: 'hai-lang', level: 'huyen', parent: 'quang-tri' }],
});
const SITE = 'https://dvqs.example.gov.vn';

describe('open data', () => {
  it('gives one row per fact, org null when the figure is for all organisations', () => {
    const rows = factRows(stats, SITE, (unit) => (unit === 'hai-lang' ? 'huyen' : undefined));
    expect(rows).toEqual([
      { article: 'hai-lang-so-ket', url: `${SITE}/bai-viet/hai-lang-so-ket/`, indicator: 'nha', value: 2, qualifier: 'exact', unit: 'hai-lang', level: 'huyen', org: 'hoi-ccb', from: '2022-01-01', to: '2022-06-30' },
      { article: 'hai-lang-so-ket', url: `${SITE}/bai-viet/hai-lang-so-ket/`, indicator: 'nha', value: 1, qualifier: 'over', unit: 'hai-lang', level: 'huyen', org: null, from: '2022-01-01', to: '2022-06-30' },
    ]);
    expect(factRows(stats, SITE, () => undefined)[0].level).toBeNull();
  });

  it('gives one row per yearly total of every unit, with its basis and source URLs', () => {
    const rows = totalRows(stats, SITE);
    expect(rows.map((r) => [r.unit, r.org, r.value, r.qualifier, r.basis])).toEqual([
      ['hai-lang', null, 1, 'over', 'reported'],
      ['hai-lang', 'hoi-ccb', 2, 'exact', 'reported'],
      ['quang-tri', null, 1, 'over', 'sum-of-children'],
      ['quang-tri', 'hoi-ccb', 2, 'exact', 'sum-of-children'],
    ]);
    expect(rows[0]).toMatchObject({ indicator: 'nha', year: 2022, sources: [`${SITE}/bai-viet/hai-lang-so-ket/`] });
  });

  it('gives one row per total by today\'s province, naming the former provinces it includes and every source', () => {
    const y = { from: '2024-01-01', to: '2024-12-31' };
    const at = (slug: string, unit: string, value: number, qualifier: 'exact' | 'over' = 'exact') => ({ slug, unit, period: y, publishedAt: new Date('2025-01-10T02:00:00Z'), indicators: [{ key: 'nha', value, qualifier }] });
    const merged = buildStatistics({
      articles: [at('dak-lak-2024', 'dak-lak', 40), at('phu-yen-2024', 'phu-yen', 7, 'over'), at('lang-son-2024', 'lang-son', 3)],
      indicators: new Map([['nha', { aggregate: 'sum' as const }]]),
      units: [{ key: 'dak-lak', level: 'tinh' }, { key: 'phu-yen', level: 'tinh', lastDay: '2025-06-30', successor: 'dak-lak' }, { key: 'lang-son', level: 'tinh' }],
    });
    expect(todayRows(merged, SITE)).toEqual([
      { indicator: 'nha', year: 2024, unit: 'dak-lak', value: 47, qualifier: 'over', includes: ['phu-yen'], sources: [`${SITE}/bai-viet/dak-lak-2024/`, `${SITE}/bai-viet/phu-yen-2024/`] },
    ]);
    expect(todayRows(stats, SITE)).toEqual([]);
  });

  it('writes CSV a spreadsheet opens with Vietnamese intact: byte-order mark, quoted fields, CRLF', () => {
    const csv = toCsv([{ a: 'Hội "CCB", xã', b: null, c: ['x', 'y'] }, { a: 'đ', b: 2, c: [] }], ['a', 'b', 'c']);
    expect(csv).toBe('\uFEFFa,b,c\r\n"Hội ""CCB"", xã",,x y\r\nđ,2,\r\n');
    expect(toCsv([{ a: 'dòng\nhai' }], ['a'])).toBe('\uFEFFa\r\n"dòng\nhai"\r\n');
    expect(toCsv([{ a: 'x\ry' }], ['a'])).toBe('\uFEFFa\r\n"x\ry"\r\n');
  });

  it('names the columns of the contract', () => {
    expect(FACT_COLUMNS).toEqual(['article', 'url', 'indicator', 'value', 'qualifier', 'unit', 'level', 'org', 'from', 'to']);
    expect(TOTAL_COLUMNS).toEqual(['indicator', 'year', 'unit', 'org', 'value', 'qualifier', 'basis', 'sources']);
    expect(TODAY_COLUMNS).toEqual(['indicator', 'year', 'unit', 'value', 'qualifier', 'includes', 'sources']);
    expect(JSON.parse(toJson([{ a: 1 }]))).toEqual([{ a: 1 }]);
    expect(toJson([])).toBe('[]\n');
  });
});
