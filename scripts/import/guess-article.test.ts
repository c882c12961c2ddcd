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

describe('guessUnit: level words, weights and ties', () => {
  const more: CatalogueUnit[] = [
    { key: 'da-nang', name: 'Thành phố Đà Nẵng', level: 'tinh' },
    { key: 'hai-chau', name: 'Quận Hải Châu', level: 'huyen' },
    { key: 'thach-thang', name: 'Phường Thạch Thang', level: 'xa' },
    { key: 'tx-quang-tri', name: 'Thị xã Quảng Trị', level: 'huyen' },
    { key: 'quang-tri', name: 'Tỉnh Quảng Trị', level: 'tinh' },
    { key: 'khe-sanh', name: 'Thị trấn Khe Sanh', level: 'xa' },
    { key: 'an-phu', name: 'Xã Ân Phú', level: 'xa' },
    { key: 'hai-an', name: 'Xã Hải An', level: 'xa' },
    { key: 'ba', name: 'Xã Ba', level: 'xa' },
  ];
  it.each([
    ['thành phố Đà Nẵng', 'da-nang'],
    ['quận Hải Châu', 'hai-chau'],
    ['phường Thạch Thang', 'thach-thang'],
    ['thị xã Quảng Trị', 'tx-quang-tri'],
    ['tỉnh Quảng Trị', 'quang-tri'],
    ['thị trấn Khe Sanh', 'khe-sanh'],
  ])('reads "%s" with its level word', (name, key) => {
    expect(guessUnit({ title: '', lead: `Tại ${name}.`, body: '' }, more)).toEqual({ value: key, from: name, sure: true });
  });
  it('counts a name with its level word twice: the province named so beats a district named bare', () => {
    expect(guessUnit({ title: '', lead: 'thành phố Đà Nẵng, Hải Châu', body: '' }, more)?.value).toBe('da-nang');
    expect(guessUnit({ title: '', lead: 'quận Hải Châu, Thạch Thang', body: '' }, more)?.value).toBe('hai-chau');
    expect(guessUnit({ title: '', lead: '', body: 'phường Thạch Thang; Hải Châu, Hải Châu, Hải Châu' }, more)?.value).toBe('hai-chau');
    expect(guessUnit({ title: '', lead: '', body: 'phường Thạch Thang; Hải Châu, Hải Châu' }, more)?.value).toBe('thach-thang');
  });
  it('counts the title over the lead and the lead over the body', () => {
    expect(guessUnit({ title: 'Đà Nẵng', lead: 'Hải Châu', body: '' }, more)?.value).toBe('da-nang');
    expect(guessUnit({ title: 'Đà Nẵng', lead: 'quận Hải Châu', body: '' }, more)?.value).toBe('hai-chau');
    expect(guessUnit({ title: '', lead: 'Đà Nẵng', body: 'Hải Châu, Hải Châu' }, more)?.value).toBe('da-nang');
    expect(guessUnit({ title: '', lead: 'Đà Nẵng', body: 'Hải Châu, Hải Châu, Hải Châu' }, more)?.value).toBe('hai-chau');
  });
  it('prefers the more specific unit on a tie whatever the catalogue order', () => {
    const reversed = [...more].reverse();
    expect(guessUnit({ title: '', lead: 'Hải Châu, Đà Nẵng', body: '' }, more)?.value).toBe('hai-chau');
    expect(guessUnit({ title: '', lead: 'Hải Châu, Đà Nẵng', body: '' }, reversed)?.value).toBe('hai-chau');
    expect(guessUnit({ title: '', lead: 'Hải Châu, Thạch Thang', body: '' }, reversed)?.value).toBe('thach-thang');
  });
  it('says where it read the name: the first mention', () => {
    expect(guessUnit({ title: '', lead: 'Hải Châu', body: 'quận Hải Châu' }, more)).toEqual({ value: 'hai-chau', from: 'Hải Châu', sure: true });
  });
  it('tells two units of one name apart by the level word', () => {
    expect(guessUnit({ title: 'Sơ kết ở thị xã Quảng Trị', lead: '', body: '' }, more)?.value).toBe('tx-quang-tri');
    expect(guessUnit({ title: 'Sơ kết ở tỉnh Quảng Trị', lead: '', body: '' }, more)?.value).toBe('quang-tri');
    // Bare, the name fits both: the more specific one.
    expect(guessUnit({ title: 'Quảng Trị sơ kết', lead: '', body: '' }, more)?.value).toBe('tx-quang-tri');
  });
  it('reads a name only as a whole word, and never a name shorter than three letters', () => {
    expect(guessUnit({ title: '', lead: 'xã Tân Phú', body: '' }, more)).toBeUndefined();
    expect(guessUnit({ title: '', lead: 'đồng chí Lê Hải Anh', body: '' }, more)).toBeUndefined();
    expect(guessUnit({ title: '', lead: 'ba đơn vị', body: '' }, more)).toBeUndefined();
  });
});

describe('guessKind: every word and its order', () => {
  it.each([
    ['Hội thảo khoa học', 'hoi-nghi', 'hội thảo'],
    ['Tọa đàm kỷ niệm', 'hoi-nghi', 'tọa đàm'],
    ['Toạ đàm kỷ niệm', 'hoi-nghi', 'toạ đàm'],
    ['Giao ban công tác dân vận', 'hoi-nghi', 'giao ban'],
    ['Triển khai kế hoạch', 'hoi-nghi', 'triển khai'],
    ['TỔNG KẾT 5 năm, sơ kết 1 năm', 'tong-ket', 'tổng kết'],
    ['Hội nghị tổng kết', 'hoi-nghi', 'hội nghị'],
  ])('reads "%s"', (title, value, from) => {
    expect(guessKind(title, '')).toEqual({ value, from, sure: true });
  });
  it('reads the lead when the title says nothing, and is as sure of it', () => {
    expect(guessKind('Chung sức cùng dân', 'Hội nghị sơ kết diễn ra')).toEqual({ value: 'hoi-nghi', from: 'hội nghị', sure: true });
    expect(guessKind('Tổng kết chương trình', 'Sơ kết 6 tháng')?.value).toBe('tong-ket');
  });
});

describe('guessPeriod: every form of the phrase', () => {
  const published = { year: 2023, month: 6, day: 1 };
  it.each([
    ['quý I', { from: '2023-01-01', to: '2023-03-31' }],
    ['quý II/2019', { from: '2019-04-01', to: '2019-06-30' }],
    ['quý III', { from: '2023-07-01', to: '2023-09-30' }],
    ['quý IV năm 2016', { from: '2016-10-01', to: '2016-12-31' }],
    ['quý 1', { from: '2023-01-01', to: '2023-03-31' }],
    ['quý 2 năm 2020', { from: '2020-04-01', to: '2020-06-30' }],
    ['quý 3 / 2020', { from: '2020-07-01', to: '2020-09-30' }],
    ['quý 4', { from: '2023-10-01', to: '2023-12-31' }],
    ['2 tháng đầu năm 2024', { from: '2024-01-01', to: '2024-02-29' }],
    ['11 tháng năm 2022', { from: '2022-01-01', to: '2022-11-30' }],
    ['chín tháng đầu năm', { from: '2023-01-01', to: '2023-09-30' }],
    ['3 tháng cuối năm 2022', { from: '2022-10-01', to: '2022-12-31' }],
    ['từ 2016 tới hiện nay', { from: '2016-01-01', to: '2023-06-01' }],
    ['từ năm 2016 đến 6 tháng đầu năm 2022', { from: '2016-01-01', to: '2022-06-30' }],
    ['từ năm 2016 đến 5 tháng đầu năm', { from: '2016-01-01', to: '2023-05-31' }],
  ] as const)('reads "%s"', (text, value) => {
    expect(guessPeriod([text], 'so-ket', published)?.value).toEqual(value);
  });
  it('takes the publication day for "đến nay"', () => {
    expect(guessPeriod(['từ năm 2016 đến nay'], 'so-ket', { year: 2022, month: 3, day: 9 })?.value).toEqual({ from: '2016-01-01', to: '2022-03-09' });
  });
  it.each([
    ['giai đoạn 2016-2021', { from: '2016-01-01', to: '2021-12-31' }],
    ['giai đoạn 2016 — 2021', { from: '2016-01-01', to: '2021-12-31' }],
    ['12 tháng năm 2022', { from: '2022-01-01', to: '2022-12-31' }],
  ] as const)('reads "%s" for a final review', (text, value) => {
    expect(guessPeriod([text], 'tong-ket', published)?.value).toEqual(value);
  });
  it('reads no period from a count of months beyond a year, or none at all', () => {
    expect(guessPeriod(['sau 36 tháng thực hiện'], 'so-ket', published)).toBeUndefined();
    expect(guessPeriod(['0 tháng'], 'so-ket', published)).toBeUndefined();
    expect(guessPeriod(['12 tháng'], 'so-ket', published)).toBeUndefined();
    expect(guessPeriod(['trao quý 15 suất quà'], 'so-ket', published)).toBeUndefined();
  });
  it('says the words it read the period from', () => {
    expect(guessPeriod(['Sơ kết sáu tháng đầu năm, …'], 'so-ket', published)).toEqual({ value: { from: '2023-01-01', to: '2023-06-30' }, from: 'sáu tháng đầu', sure: true });
    expect(guessPeriod(['quý II/2019'], 'so-ket', published)?.from).toBe('quý ii/2019');
    expect(guessPeriod(['từ 2016 đến nay'], 'so-ket', published)?.from).toBe('từ 2016 đến nay');
    expect(guessPeriod(['giai đoạn 2016-2021'], 'tong-ket', published)?.from).toBe('giai đoạn 2016-2021');
    expect(guessPeriod(['tổng kết năm 2017'], 'tong-ket', published)).toEqual({ value: { from: '2017-01-01', to: '2017-12-31' }, from: 'năm 2017', sure: true });
  });
  it('takes the first text that states a period', () => {
    expect(guessPeriod(['Hội nghị', 'quý III năm 2017', '6 tháng đầu năm 2022'], 'so-ket', published)?.value).toEqual({ from: '2017-07-01', to: '2017-09-30' });
  });
});

describe('organisationMentions: the names reports give each organisation', () => {
  const catalogueNames = [
    { key: 'hoi-ccb', name: 'Hội Cựu chiến binh Việt Nam' },
    { key: 'doan-tn', name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh' },
    { key: 'hoi-lhpn', name: 'Hội Liên hiệp Phụ nữ Việt Nam' },
    { key: 'hoi-nong-dan', name: 'Hội Nông dân Việt Nam' },
    { key: 'cong-doan', name: 'Tổng Liên đoàn Lao động Việt Nam' },
    { key: 'mttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam' },
    { key: 'hoi-ctd', name: 'Hội Chữ thập đỏ Việt Nam' },
    { key: 'ban-chqs', name: 'Ban Chỉ huy Quân sự cấp huyện' },
    { key: 'bo-chqs', name: 'Bộ Chỉ huy Quân sự cấp tỉnh' },
    { key: 'bdbp', name: 'Bộ đội Biên phòng tỉnh' },
    { key: 'trung-doan', name: 'Trung đoàn bộ binh' },
    { key: 'llvt', name: 'Lực lượng vũ trang nhân dân' },
    { key: 'ban-dan-van', name: 'Ban Dân vận Tỉnh ủy' },
  ];
  it.each([
    ['hoi-ccb', 'Hội CCB'],
    ['hoi-ccb', 'Hội Cựu chiến binh'],
    ['hoi-ccb', 'cựu chiến binh'],
    ['doan-tn', 'Đoàn TN'],
    ['doan-tn', 'Đoàn Thanh niên'],
    ['doan-tn', 'Huyện đoàn'],
    ['doan-tn', 'Tỉnh đoàn'],
    ['doan-tn', 'Thành đoàn'],
    ['doan-tn', 'Thị đoàn'],
    ['doan-tn', 'ĐVTN'],
    ['doan-tn', 'tuổi trẻ'],
    ['hoi-lhpn', 'Hội LHPN'],
    ['hoi-lhpn', 'Hội Liên hiệp Phụ nữ'],
    ['hoi-lhpn', 'Hội Phụ nữ'],
    ['hoi-nong-dan', 'Hội Nông dân'],
    ['hoi-nong-dan', 'Hội ND'],
    ['cong-doan', 'Công đoàn'],
    ['cong-doan', 'LĐLĐ'],
    ['cong-doan', 'Liên đoàn Lao động'],
    ['mttq', 'MTTQ'],
    ['mttq', 'Mặt trận Tổ quốc'],
    ['mttq', 'Mặt trận'],
    ['hoi-ctd', 'Hội CTĐ'],
    ['hoi-ctd', 'Hội Chữ thập đỏ'],
    ['ban-chqs', 'Ban CHQS'],
    ['ban-chqs', 'Ban Chỉ huy Quân sự'],
    ['bo-chqs', 'Bộ CHQS'],
    ['bo-chqs', 'Bộ Chỉ huy Quân sự'],
    ['bdbp', 'BĐBP'],
    ['bdbp', 'Bộ đội Biên phòng'],
    ['bdbp', 'Biên phòng'],
    ['trung-doan', 'Trung đoàn'],
    ['llvt', 'LLVT'],
    ['llvt', 'lực lượng vũ trang'],
    ['ban-dan-van', 'Ban Dân vận'],
  ])('reads %s in "%s", as one mention of its whole length', (key, name) => {
    expect(organisationMentions(`Cùng ${name} xã.`, catalogueNames)).toEqual([{ key, at: 5, end: 5 + name.length }]);
  });
  it('reads a name only as a whole word', () => {
    expect(organisationMentions('Cùng MTTQVN và Hội NDT.', catalogueNames)).toEqual([]);
  });
  it('keeps every mention in text order', () => {
    expect(organisationMentions('Hội CCB, MTTQ và Hội CCB.', catalogueNames).map((m) => [m.key, m.at])).toEqual([
      ['hoi-ccb', 0],
      ['mttq', 9],
      ['hoi-ccb', 17],
    ]);
  });
});

describe('suggestIndicators: sentences and organisations', () => {
  it('does not end a sentence at the dot of a number', () => {
    const [suggestion] = suggestIndicators(['Năm nay hỗ trợ 1.600.000 đồng, trao 48 suất quà. Khác.'], catalogue, organisations).suggestions.filter((s) => s.value === 48);
    expect(suggestion.context).toBe('Năm nay hỗ trợ 1.600.000 đồng, trao 48 suất quà');
  });
  it('gives a figure the organisation named before it in its sentence, across semicolons only', () => {
    const result = suggestIndicators(['Hội CCB xây 2 nhà tình nghĩa; vận động 30 thanh niên nhập ngũ. Hội CCB họp. Xây 3 nhà tình nghĩa cùng Đoàn TN.'], catalogue, organisations);
    expect(result.indicators).toEqual([
      { key: 'nha-tinh-nghia', value: 2, org: 'hoi-ccb' },
      { key: 'tuyen-quan-nguoi', value: 30, org: 'hoi-ccb' },
      { key: 'nha-tinh-nghia', value: 3 },
    ]);
  });
  it('keeps a figure and its sentence whole when short', () => {
    const [suggestion] = suggestIndicators(['Đã trao 48 suất quà! Xong.'], catalogue, organisations).suggestions;
    expect(suggestion.context).toBe('Đã trao 48 suất quà');
  });
});

describe('guessPeriod: pasted text with runs of spaces, and the count of months', () => {
  const published = { year: 2023, month: 6, day: 1 };
  it.each([
    ['từ năm  2016  đến  nay', { from: '2016-01-01', to: '2023-06-01' }],
    ['từ năm 2016 đến 10  tháng  đầu  năm 2022', { from: '2016-01-01', to: '2022-10-31' }],
    ['6  tháng  đầu năm  2022', { from: '2022-01-01', to: '2022-06-30' }],
    ['quý  III', { from: '2023-07-01', to: '2023-09-30' }],
    ['1 tháng đầu năm 2022', { from: '2022-01-01', to: '2022-01-31' }],
  ] as const)('reads "%s"', (text, value) => {
    expect(guessPeriod([text], 'so-ket', published)?.value).toEqual(value);
  });
  it('reads a programme or a year with runs of spaces for a final review', () => {
    expect(guessPeriod(['giai đoạn  2016 - 2021'], 'tong-ket', published)?.value).toEqual({ from: '2016-01-01', to: '2021-12-31' });
    expect(guessPeriod(['tổng kết năm  2017'], 'tong-ket', published)?.value).toEqual({ from: '2017-01-01', to: '2017-12-31' });
  });
  it('reads no period from 0 or 12 months', () => {
    expect(guessPeriod(['0 tháng qua'], 'so-ket', published)).toBeUndefined();
    expect(guessPeriod(['12 tháng qua'], 'so-ket', published)).toBeUndefined();
  });
});

describe('suggestIndicators: whose figure it is, and figures of a plan', () => {
  const orgs = [...organisations, { key: 'hoi-lhpn', name: 'Hội Liên hiệp Phụ nữ', short: 'Hội LHPN' }, { key: 'hoi-nong-dan', name: 'Hội Nông dân' }];
  const orgOf = (text: string, value: number) => {
    const { indicators, suggestions } = suggestIndicators([text], catalogue, orgs);
    return [...indicators, ...suggestions].find((f) => f.value === value)?.org;
  };
  it('gives a figure to the organisation that did it, not to its partner', () => {
    expect(orgOf('Hội LHPN phối hợp với Ban CHQS xây 2 nhà tình nghĩa.', 2)).toBe('hoi-lhpn');
    expect(orgOf('Ban CHQS cùng Đoàn TN xây 2 nhà tình nghĩa.', 2)).toBe('ban-chqs');
    expect(orgOf('Ban CHQS cùng với Đoàn TN xây 2 nhà tình nghĩa.', 2)).toBe('ban-chqs');
    expect(orgOf('Ban CHQS với các Đoàn TN xây 2 nhà tình nghĩa.', 2)).toBe('ban-chqs');
    expect(orgOf('Ban CHQS xây 5 nhà tình nghĩa; cùng Đoàn TN trao 48 suất quà.', 48)).toBe('ban-chqs');
  });
  it('still gives a figure to the organisation named last when none is a partner', () => {
    expect(orgOf('Ban CHQS và Đoàn TN xây 2 nhà tình nghĩa.', 2)).toBe('doan-tn');
    expect(orgOf('Ban CHQS đã giúp Đoàn TN xây 2 nhà tình nghĩa.', 2)).toBe('doan-tn');
  });
  it('gives a figure to its partner when the sentence names no other', () => {
    expect(orgOf('Phối hợp với Hội CCB xây 2 nhà tình nghĩa.', 2)).toBe('hoi-ccb');
  });
  it('gives a figure to the organisation named after "do" in its own clause', () => {
    expect(orgOf('Cũng trong năm, 48 suất quà do Hội Nông dân huyện trao tặng.', 48)).toBe('hoi-nong-dan');
    expect(orgOf('Hội CCB nhận 48 suất quà do các Hội LHPN trao.', 48)).toBe('hoi-lhpn');
    expect(orgOf('Hội CCB nhận 48 suất quà, do Hội LHPN vận động.', 48)).toBe('hoi-ccb');
    expect(orgOf('Hội CCB nhận 48 suất quà do đoàn viên Hội LHPN trao.', 48)).toBe('hoi-ccb');
    expect(orgOf('Hội CCB nhận 48 suất quà đỏ Hội LHPN.', 48)).toBe('hoi-ccb');
  });
  it('never maps a figure of a plan or a target to an indicator', () => {
    for (const word of ['phấn đấu', 'dự kiến', 'mục tiêu', 'đề ra', 'sẽ']) {
      const result = suggestIndicators([`Hội CCB ${word} xây 2 nhà tình nghĩa.`], catalogue, orgs);
      expect(result.indicators, word).toEqual([]);
      expect(result.suggestions[0], word).toMatchObject({ value: 2, key: 'nha-tinh-nghia' });
    }
    expect(suggestIndicators(['Hội CCB sẽxây 2 nhà tình nghĩa.'], catalogue, orgs).indicators).toHaveLength(1);
    // The plan of another sentence does not count.
    expect(suggestIndicators(['Hội CCB xây 2 nhà tình nghĩa. Năm tới sẽ xây thêm.'], catalogue, orgs).indicators).toHaveLength(1);
  });
});

describe('guessUnit and organisations: names as short as three letters, runs of spaces', () => {
  it('finds a unit of three letters and never one of two', () => {
    const short: CatalogueUnit[] = [
      { key: 'lak', name: 'Huyện Lắk', level: 'huyen' },
      { key: 'ba', name: 'Xã Ba', level: 'xa' },
    ];
    expect(guessUnit({ title: 'Huyện Lắk sơ kết', lead: '', body: '' }, short)?.value).toBe('lak');
    expect(guessUnit({ title: 'Xã Ba sơ kết', lead: '', body: '' }, short)).toBeUndefined();
  });
  it('reads the organisation after "do" with runs of spaces', () => {
    const { suggestions, indicators } = suggestIndicators(['Hội CCB nhận 48 suất quà do  các  Đoàn TN trao.'], catalogue, organisations);
    expect([...indicators, ...suggestions].find((f) => f.value === 48)?.org).toBe('doan-tn');
  });
});

describe('a figure of another unit', () => {
  // The test catalogue with its tree: Hải Lăng in Quảng Trị, Hải Chánh in Hải Lăng.
  const tree: CatalogueUnit[] = [
    { key: 'quang-tri', name: 'Tỉnh Quảng Trị', level: 'tinh' },
    { key: 'hai-lang', name: 'Huyện Hải Lăng', level: 'huyen', parent: 'quang-tri' },
    { key: 'gio-linh', name: 'Huyện Gio Linh', level: 'huyen', parent: 'quang-tri' },
    { key: 'hai-chanh', name: 'Xã Hải Chánh', level: 'xa', parent: 'hai-lang' },
    { key: 'dak-lak', name: 'Tỉnh Đắk Lắk', level: 'tinh' },
    { key: 'lak', name: 'Huyện Lắk', level: 'huyen', parent: 'dak-lak' },
  ];
  const figuresOf = (text: string, unit: string) => suggestIndicators([text], catalogue, organisations, { unit, units: tree });

  it('is only a suggestion in the review of the unit above it', () => {
    const { indicators, suggestions } = figuresOf('Huyện Gio Linh có 145 thanh niên nhập ngũ.', 'quang-tri');
    expect(indicators).toEqual([]);
    expect(suggestions).toEqual([expect.objectContaining({ value: 145, key: 'tuyen-quan-nguoi' })]);
    // A commune's figure in its district's review, and a neighbour's.
    expect(figuresOf('Xã Hải Chánh xây 2 nhà tình nghĩa.', 'hai-lang').indicators).toEqual([]);
    expect(figuresOf('Huyện Gio Linh xây 2 nhà tình nghĩa.', 'hai-lang').indicators).toEqual([]);
  });

  it('is the article’s own when the sentence names only that unit or those above it', () => {
    expect(figuresOf('Huyện Hải Lăng có 145 thanh niên nhập ngũ.', 'hai-lang').indicators).toEqual([{ key: 'tuyen-quan-nguoi', value: 145 }]);
    expect(figuresOf('Ban CHQS huyện Hải Lăng, tỉnh Quảng Trị xây 2 nhà tình nghĩa.', 'hai-lang').indicators).toEqual([{ key: 'nha-tinh-nghia', value: 2, org: 'ban-chqs' }]);
    expect(figuresOf('Xã Hải Chánh xây 2 nhà tình nghĩa.', 'hai-chanh').indicators).toHaveLength(1);
  });

  it('reads only the sentence before the figure', () => {
    // Named after the figure: where it was done, not who reports it.
    expect(figuresOf('Tỉnh xây 2 nhà tình nghĩa tại huyện Gio Linh.', 'quang-tri').indicators).toHaveLength(1);
    // Named in the sentence before.
    expect(figuresOf('Huyện Gio Linh họp. Tỉnh xây 2 nhà tình nghĩa.', 'quang-tri').indicators).toHaveLength(1);
  });

  it('is the article’s own when the other unit is one it helped', () => {
    for (const verb of ['giúp', 'giúp đỡ', 'hỗ trợ', 'cho']) {
      expect(figuresOf(`Tỉnh ${verb} huyện Gio Linh xây 2 nhà tình nghĩa.`, 'quang-tri').indicators).toHaveLength(1);
    }
    expect(figuresOf('Tỉnh giúp  huyện Gio Linh xây 2 nhà tình nghĩa.', 'quang-tri').indicators).toHaveLength(1);
    // Right before the unit's name, as a word of its own.
    expect(figuresOf('Tỉnh đã cùng huyện Gio Linh xây 2 nhà tình nghĩa.', 'quang-tri').indicators).toEqual([]);
    expect(figuresOf('Tỉnh giúp dân, huyện Gio Linh xây 2 nhà tình nghĩa.', 'quang-tri').indicators).toEqual([]);
  });

  it('does not take a unit inside the name of a larger one for another unit', () => {
    // "Lắk" in "Đắk Lắk" is the province itself.
    expect(figuresOf('Tỉnh Đắk Lắk xây 2 nhà tình nghĩa.', 'dak-lak').indicators).toHaveLength(1);
    expect(figuresOf('Huyện Lắk xây 2 nhà tình nghĩa.', 'dak-lak').indicators).toEqual([]);
  });

  it('is not looked for when the article’s unit is not given', () => {
    expect(suggestIndicators(['Huyện Gio Linh xây 2 nhà tình nghĩa.'], catalogue, organisations).indicators).toHaveLength(1);
  });
});
