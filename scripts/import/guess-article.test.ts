import { describe, expect, it } from 'vitest';
import { guessKind, guessPeriod, guessUnit, organisationMentions, suggestIndicators, type CatalogueUnit } from './guess-article.ts';

const units: CatalogueUnit[] = [
  { key: 'quang-tri', name: 'Tỉnh Quảng Trị', level: 'tinh' },
  { key: 'hai-lang', name: 'Huyện Hải Lăng', level: 'huyen' },
  { key: 'hai-chanh', name: 'Xã Hải Chánh', level: 'xa' },
  { key: 'dak-lak', name: 'Tỉnh Đắk Lắk', level: 'tinh' },
  { key: 'lak', name: 'Huyện Lắk', level: 'huyen' },
];
const organisations = [
  { key: 'hoi-ccb', name: 'Hội Cựu chiến binh', short: 'Hội CCB' },
  { key: 'doan-tn', name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', short: 'Đoàn TN' },
  { key: 'ban-chqs', name: 'Ban Chỉ huy Quân sự', short: 'Ban CHQS' },
  { key: 'bo-chqs', name: 'Bộ Chỉ huy Quân sự tỉnh', short: 'Bộ CHQS' },
];
const catalogue = [
  { key: 'nha-tinh-nghia', label: 'Nhà tình nghĩa, nhà tình thương xây mới, sửa chữa', unit: 'nhà' },
  { key: 'tuyen-quan-nguoi', label: 'Thanh niên nhập ngũ', unit: 'người' },
  { key: 'qua-tang', label: 'Quà tặng gia đình chính sách, hộ khó khăn', unit: 'suất' },
  { key: 'qua-tan-binh', label: 'Quà tặng tân binh', unit: 'suất' },
];

describe('guessUnit', () => {
  it('takes the unit the title names with its level word, surely', () => {
    expect(guessUnit({ title: 'Ban CHQS huyện Hải Lăng sơ kết', lead: 'tỉnh Quảng Trị', body: '' }, units)).toEqual({ value: 'hai-lang', from: 'huyện Hải Lăng', sure: true });
  });
  it('prefers the more specific unit on a tie', () => {
    expect(guessUnit({ title: '', lead: 'Hải Lăng, Quảng Trị', body: '' }, units)?.value).toBe('hai-lang');
  });
  it('is not sure of a unit only the body names', () => {
    expect(guessUnit({ title: 'Sơ kết', lead: 'Hội nghị.', body: 'tại xã Hải Chánh' }, units)).toEqual({ value: 'hai-chanh', from: 'xã Hải Chánh', sure: false });
  });
  it('does not read a unit inside the name of a larger one', () => {
    expect(guessUnit({ title: 'ĐẮK LẮK tổng kết', lead: '', body: '' }, units)?.value).toBe('dak-lak');
    expect(guessUnit({ title: 'Huyện Lắk tổng kết', lead: '', body: '' }, units)?.value).toBe('lak');
  });
  it('gives nothing when no unit is named', () => {
    expect(guessUnit({ title: 'Sơ kết', lead: 'Hội nghị', body: 'Các đơn vị' }, units)).toBeUndefined();
  });
});

describe('guessKind', () => {
  it('reads sơ kết, tổng kết and conferences, the title first, the first word first', () => {
    expect(guessKind('Sơ kết 6 tháng và tổng kết 3 năm', '')).toEqual({ value: 'so-ket', from: 'sơ kết', sure: true });
    expect(guessKind('Tổng kết năm 2022', '')?.value).toBe('tong-ket');
    expect(guessKind('Ký kết chương trình phối hợp', '')?.value).toBe('hoi-nghi');
    expect(guessKind('Chung sức cùng dân', 'Hội nghị sơ kết diễn ra')?.value).toBe('hoi-nghi');
    expect(guessKind('Chung sức cùng dân', 'Bộ đội giúp dân')).toBeUndefined();
  });
});

describe('guessPeriod', () => {
  const published = { year: 2023, month: 6, day: 1 };
  it.each([
    ['6 tháng đầu năm 2022', 'so-ket', { from: '2022-01-01', to: '2022-06-30' }],
    ['sáu tháng đầu năm', 'so-ket', { from: '2023-01-01', to: '2023-06-30' }],
    ['6 tháng cuối năm 2022', 'so-ket', { from: '2022-07-01', to: '2022-12-31' }],
    ['9 tháng năm 2020', 'so-ket', { from: '2020-01-01', to: '2020-09-30' }],
    ['quý III năm 2017', 'hoi-nghi', { from: '2017-07-01', to: '2017-09-30' }],
    ['quý 1/2024', 'hoi-nghi', { from: '2024-01-01', to: '2024-03-31' }],
    ['tổng kết năm 2017', 'tong-ket', { from: '2017-01-01', to: '2017-12-31' }],
    ['tổng kết giai đoạn 2016 – 2021', 'tong-ket', { from: '2016-01-01', to: '2021-12-31' }],
    ['từ năm 2016 đến nay', 'tin-hoat-dong', { from: '2016-01-01', to: '2023-06-01' }],
    ['từ năm 2016 đến 5 tháng đầu năm nay', 'tin-hoat-dong', { from: '2016-01-01', to: '2023-05-31' }],
  ] as const)('reads "%s"', (text, kind, value) => {
    expect(guessPeriod([text], kind, published)?.value).toEqual(value);
  });
  it('reads a year alone as the period only for a full-period review', () => {
    expect(guessPeriod(['hội nghị năm 2017'], 'hoi-nghi', published)).toBeUndefined();
    expect(guessPeriod(['giai đoạn 2016 – 2021'], 'so-ket', published)).toBeUndefined();
  });
  it('is sure of a period in the title or lead only', () => {
    expect(guessPeriod(['x', 'y', '6 tháng đầu năm 2022'], 'so-ket', published)?.sure).toBe(false);
    expect(guessPeriod(['x', '6 tháng đầu năm 2022'], 'so-ket', published)?.sure).toBe(true);
  });
});

describe('organisationMentions', () => {
  it('finds catalogue names, abbreviations and the usual other names', () => {
    const mentions = organisationMentions('Huyện đoàn và Hội CCB cùng Ban Chỉ huy Quân sự huyện; Bộ CHQS tỉnh.', organisations);
    expect(mentions.map((m) => m.key)).toEqual(['doan-tn', 'hoi-ccb', 'ban-chqs', 'bo-chqs']);
  });
});

describe('suggestIndicators', () => {
  it('maps clear figures to indicators with their qualifier and organisation, the rest to suggestions', () => {
    const result = suggestIndicators(
      ['Hội CCB xây dựng 2 nhà tình nghĩa; Đoàn TN vận động hơn 300 thanh niên lên đường nhập ngũ. Trao 48 suất quà.'],
      catalogue,
      organisations,
    );
    expect(result.indicators).toEqual([
      { key: 'nha-tinh-nghia', value: 2, org: 'hoi-ccb' },
      { key: 'tuyen-quan-nguoi', value: 300, qualifier: 'over', org: 'doan-tn' },
    ]);
    // Gifts for whom? Two labels fit: for staff to say.
    expect(result.suggestions).toEqual([{ value: 48, qualifier: 'exact', unitText: 'suất quà', context: 'Trao 48 suất quà', key: expect.stringMatching(/^qua-/) }]);
  });
  it('never maps a "khoảng" figure to an indicator', () => {
    const result = suggestIndicators(['Xây khoảng 20 nhà tình nghĩa.'], catalogue, organisations);
    expect(result.indicators).toEqual([]);
    expect(result.suggestions[0]).toMatchObject({ value: 20, qualifier: 'approx', key: 'nha-tinh-nghia' });
  });
  it('suggests nothing that is not a figure: dates, years, document numbers, units, phones, times, periods', () => {
    const text =
      'Ngày 29/7/2022, theo Nghị quyết 25-NQ/TU và Kế hoạch số 12/KH-BCH, Trung đoàn 174 và Quân khu 3 triển khai chương trình giai đoạn 2021–2025 năm 2022 lúc 7h30, liên hệ 0912.345.678, lần thứ 5, trong 6 tháng.';
    expect(suggestIndicators([text], catalogue, organisations)).toEqual({ indicators: [], suggestions: [] });
  });
  it('suggests a figure once when the text repeats it', () => {
    expect(suggestIndicators(['Xây 2 nhà tình nghĩa.', 'Tổng cộng 2 nhà tình nghĩa.'], catalogue, organisations).indicators).toHaveLength(1);
  });
  it('shortens a long sentence around the figure', () => {
    const long = `${'Trong thời gian qua các đơn vị đã làm rất nhiều việc '.repeat(5)}và thu gom 500 tấn rác ${'tại các thôn bản trên địa bàn '.repeat(5)}.`;
    const [suggestion] = suggestIndicators([long], catalogue, organisations).suggestions;
    expect(suggestion.context.startsWith('…')).toBe(true);
    expect(suggestion.context.endsWith('…')).toBe(true);
    expect(suggestion.context).toContain('500 tấn rác');
    expect(suggestion.key).toBeUndefined();
  });
});
