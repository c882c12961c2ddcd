import { describe, expect, it } from 'vitest';
import { describeIndicators, groupFactsByOrganisation } from './indicator-facts.ts';

const indicators = new Map([
  ['nha-gia-tri', { key: 'nha-gia-tri', label: 'Giá trị xây, sửa nhà', unit: 'đồng', aggregate: 'sum' as const, group: 'Nhà ở' }],
  ['tuyen-quan', { key: 'tuyen-quan', label: 'Thanh niên nhập ngũ', unit: 'người', aggregate: 'sum' as const, group: 'Tuyển quân' }],
]);
const organisations = new Map([['hoi-ccb', { key: 'hoi-ccb', name: 'Hội Cựu chiến binh', short: 'Hội CCB' }]]);
const h1 = { from: '2022-01-01', to: '2022-06-30' };

describe('describeIndicators', () => {
  it('formats each figure with its qualifier, unit and organisation', () => {
    const rows = describeIndicators(
      [{ key: 'nha-gia-tri', value: 160_000_000, qualifier: 'over', org: 'hoi-ccb' }, { key: 'tuyen-quan', value: 1600, qualifier: 'exact' }],
      indicators, organisations, h1,
    );
    expect(rows.map((r) => [r.label, r.valueText, r.org])).toEqual([
      ['Giá trị xây, sửa nhà', 'trên 160 triệu đồng', 'Hội Cựu chiến binh'],
      ['Thanh niên nhập ngũ', '1.600 người', undefined],
    ]);
  });
  it('names a figure\'s own period only when it differs from the article\'s', () => {
    const rows = describeIndicators(
      [{ key: 'tuyen-quan', value: 10, qualifier: 'exact', period: h1 }, { key: 'tuyen-quan', value: 30, qualifier: 'exact', period: { from: '2016-01-01', to: '2021-12-31' } }],
      indicators, organisations, h1,
    );
    expect(rows.map((r) => r.period)).toEqual([undefined, 'giai đoạn 2016–2021']);
  });
  it('names a figure\'s period when it shares only its start or only its end with the article\'s', () => {
    const rows = describeIndicators(
      [
        { key: 'tuyen-quan', value: 10, qualifier: 'exact', period: { from: '2022-01-01', to: '2022-12-31' } },
        { key: 'tuyen-quan', value: 10, qualifier: 'exact', period: { from: '2021-01-01', to: '2022-06-30' } },
      ],
      indicators, organisations, h1,
    );
    expect(rows.map((r) => r.period)).toEqual(['năm 2022', 'từ 01/01/2021 đến 30/06/2022']);
  });
  it('names a figure\'s period when the article gives none', () => {
    const [row] = describeIndicators([{ key: 'tuyen-quan', value: 10, qualifier: 'exact', period: h1 }], indicators, organisations);
    expect(row.period).toBe('6 tháng đầu năm 2022');
  });
  it('keeps the note and the key of each figure', () => {
    const [row] = describeIndicators([{ key: 'tuyen-quan', value: 5, qualifier: 'under', note: 'chưa đủ chỉ tiêu' }], indicators, organisations, h1);
    expect(row).toEqual({ key: 'tuyen-quan', label: 'Thanh niên nhập ngũ', valueText: 'gần 5 người', org: undefined, period: undefined, note: 'chưa đủ chỉ tiêu' });
  });
  it('leaves out a figure whose indicator is not in the catalogue rather than show it without a label or unit', () => {
    const rows = describeIndicators(
      [{ key: 'khong-co', value: 1, qualifier: 'exact' }, { key: 'tuyen-quan', value: 2, qualifier: 'exact' }],
      indicators, organisations, h1,
    );
    expect(rows.map((r) => r.key)).toEqual(['tuyen-quan']);
  });
  it('shows no organisation for a key missing from the organisations catalogue', () => {
    const [row] = describeIndicators([{ key: 'tuyen-quan', value: 2, qualifier: 'exact', org: 'khong-co' }], indicators, organisations, h1);
    expect(row.org).toBeUndefined();
  });
});

describe('groupFactsByOrganisation', () => {
  it('puts programme-wide figures first, then one group per organisation in article order', () => {
    const row = (key: string, org?: string) => ({ key, label: key, valueText: '1', org });
    const groups = groupFactsByOrganisation([row('a', 'Hội CCB'), row('b'), row('c', 'Đoàn TN'), row('d', 'Hội CCB')]);
    expect(groups.map((g) => [g.org, g.rows.map((r) => r.key)])).toEqual([
      [undefined, ['b']],
      ['Hội CCB', ['a', 'd']],
      ['Đoàn TN', ['c']],
    ]);
  });
  it('gives no empty programme-wide group when every figure belongs to an organisation', () => {
    const row = (key: string, org?: string) => ({ key, label: key, valueText: '1', org });
    expect(groupFactsByOrganisation([row('a', 'Hội CCB')]).map((g) => g.org)).toEqual(['Hội CCB']);
    expect(groupFactsByOrganisation([])).toEqual([]);
  });
});
