import { describe, expect, it } from 'vitest';
import { looksLikeIndicator, normaliseVietnamese, readFigures, readNumbers, type NumberInText } from './figures-in-text.ts';

/** The units of content/indicators.yaml, as the check and the importer pass them. */
const units = ['người', '%', 'suất', 'đồng', 'nhà', 'con', 'sổ', 'buổi', 'lượt', 'hội nghị', 'mô hình', 'ngày công', 'km', 'm³', 'xã', 'huyện', 'công trình', 'cây', 'trạm', 'đơn vị', 'lớp', 'cuộc', 'hộ', 'nhiệm vụ', 'nhóm'];

const figures = (text: string) => readFigures(text, { units });
const one = (text: string): NumberInText => {
  const found = figures(text);
  expect(found).toHaveLength(1);
  return found[0];
};
const roles = (text: string) => readNumbers(text, { units }).map((n) => [n.role, n.text]);

describe('reading a figure the Vietnamese way', () => {
  it('reads dots as thousands separators', () => {
    expect(one('có 1.600 thanh niên').value).toBe(1600);
    expect(one('trị giá 120.500.000 đồng').value).toBe(120_500_000);
  });
  it('reads the comma as the decimal mark', () => {
    expect(one('trị giá 12,6 triệu đồng').value).toBe(12_600_000);
    expect(one('đạt 98,5 %').value).toBe(98.5);
  });
  it('reads thousands separated by spaces, ordinary or non-breaking', () => {
    expect(one('đón 11 611 lượt').value).toBe(11_611);
    expect(one('tổng cộng 3\u00a0898\u00a0151 lượt').value).toBe(3_898_151);
  });
  it('does not join two numbers that only stand next to each other', () => {
    expect(roles('ngày 12 1234 người')).toEqual([
      ['date', '12'],
      ['figure', '1234 người'],
    ]);
  });
  it('multiplies by nghìn, ngàn, triệu, tỷ and tỉ', () => {
    expect(one('500 nghìn đồng').value).toBe(500_000);
    expect(one('500 ngàn đồng').value).toBe(500_000);
    expect(one('trên 1,5 triệu lượt').value).toBe(1_500_000);
    expect(one('hơn 7 tỷ đồng').value).toBe(7_000_000_000);
    expect(one('hơn 7 tỉ đồng').value).toBe(7_000_000_000);
    expect(one('hơn 5.100 triệu đồng').value).toBe(5_100_000_000);
  });
  it('adds up a sum written in parts', () => {
    expect(one('trị giá 1 tỷ 250 triệu đồng').value).toBe(1_250_000_000);
    expect(one('trị giá 5 triệu 500 nghìn đồng').value).toBe(5_500_000);
    expect(one('trị giá 2 tỷ 300 triệu 50 nghìn đồng').value).toBe(2_300_050_000);
  });
  it('keeps a larger part as a figure of its own, not added to a smaller scale', () => {
    const found = figures('5 triệu 7 tỷ đồng');
    expect(found.map((f) => f.value)).toEqual([5_000_000, 7_000_000_000]);
  });
  it('reads leading zeros', () => {
    expect(one('xây 02 nhà').value).toBe(2);
    expect(one('xây 02 nhà').unit).toBe('nhà');
  });
  it('reads a decimal point when a scale word follows, as some portals write it', () => {
    expect(one('gần 1.5 tỷ đồng').value).toBe(1_500_000_000);
  });
});

describe('money', () => {
  it.each([
    ['20 triệu đồng', 'triệu đồng'],
    ['120.500.000đ', 'đ'],
    ['120.500.000 đ', 'đ'],
    ['12,6 triệu VNĐ', 'triệu VNĐ'],
    ['12,6 triệu VND', 'triệu VND'],
    ['239 triệu đ.', 'triệu đ'],
  ])('reads "%s" as money in đồng', (text, unitText) => {
    const figure = one(text);
    expect(figure.unit).toBe('đồng');
    expect(figure.unitText).toBe(unitText);
  });
  it('reads the short form of triệu đồng: tr.đ, trđ, tr đồng', () => {
    expect(one('trị giá 12 tr.đ').value).toBe(12_000_000);
    expect(one('trị giá 12,5 tr.đ').unitText).toBe('tr.đ');
    expect(one('5trđ').value).toBe(5_000_000);
    expect(one('7 tr đồng').unit).toBe('đồng');
    expect(one('3 tr người').unit).toBeUndefined();
  });
  it('reads a sum with no unit as money when the words before it name a value', () => {
    expect(one('tổng trị giá 30 triệu.').unit).toBe('đồng');
    expect(one('với kinh phí hơn 2 tỷ, người dân').unit).toBe('đồng');
    expect(one('tặng 30 triệu cho').unit).toBe('đồng');
  });
  it('leaves a sum with no unit and no money word without a unit', () => {
    const figure = one('dân số 1,2 triệu.');
    expect(figure.value).toBe(1_200_000);
    expect(figure.unit).toBeUndefined();
    expect(figure.unitText).toBe('triệu');
    expect(looksLikeIndicator(figure)).toBe(false);
  });
  it('does not take the letter đ at the start of a word for money', () => {
    expect(one('có 20 đoàn viên').unit).toBe('người');
  });
});

describe('qualifiers before the number', () => {
  it.each([
    ['trên 239 triệu đồng', 'over', 'trên'],
    ['hơn 200 suất quà', 'over', 'hơn'],
    ['gần 45.000 lượt người', 'under', 'gần'],
    ['ngót 300 người', 'under', 'ngót'],
    ['khoảng 150 km', 'approx', 'khoảng'],
    ['xấp xỉ 1,5 tỷ đồng', 'approx', 'xấp xỉ'],
    ['trên dưới 300 người', 'approx', 'trên dưới'],
    ['ước 500 người', 'approx', 'ước'],
    ['chừng 500 người', 'approx', 'chừng'],
    ['hàng 100 người', 'approx', 'hàng'],
  ])('"%s" is %s', (text, qualifier, word) => {
    const figure = one(text);
    expect(figure.qualifier).toBe(qualifier);
    expect(figure.qualifierWord).toBe(word);
    expect(figure.text).toBe(text);
  });
  it('is exact without a qualifier', () => {
    const figure = one('đạt 100% chỉ tiêu');
    expect(figure.qualifier).toBe('exact');
    expect(figure.qualifierWord).toBeUndefined();
    expect(figure.text).toBe('100%');
  });
  it('takes "trên" between two numbers as "out of", not "over"', () => {
    const found = figures('hoàn thành 24 trên tổng số 37 nhiệm vụ; 6 trên 9 nhiệm vụ');
    expect(found.map((f) => [f.value, f.qualifier])).toEqual([
      [24, 'exact'],
      [37, 'exact'],
      [6, 'exact'],
      [9, 'exact'],
    ]);
  });
  it('needs the qualifier to be a word of its own', () => {
    expect(one('ông Nhơn 200 người').qualifier).toBe('exact');
    expect(one('bởi vì hơn\n200 người').qualifier).toBe('over');
  });
  it('takes the qualifier only right before the number', () => {
    expect(one('hơn cả năm ngoái, 200 người').qualifier).toBe('exact');
  });
});

describe('the counted noun after the number', () => {
  it.each([
    ['1.600 thanh niên lên đường', 'người', 'thanh niên'],
    ['245 tân binh', 'người', 'tân binh'],
    ['694 đoàn viên', 'người', 'đoàn viên'],
    ['385 suất quà', 'suất', 'suất quà'],
    ['48 phần quà', 'suất', 'phần quà'],
    ['2 nhà tình nghĩa', 'nhà', 'nhà'],
    ['210 ngôi nhà', 'nhà', 'ngôi nhà'],
    ['1.445 ngày công', 'ngày công', 'ngày công'],
    ['150 km đường', 'km', 'km'],
    ['1,5km', 'km', 'km'],
    ['62.000 lượt người', 'lượt', 'lượt người'],
    ['8.740 lượt khám', 'lượt', 'lượt'],
    ['795 buổi tập huấn', 'buổi', 'buổi'],
    ['170 con bò giống', 'con', 'con bò'],
    ['109 con lợn', 'con', 'con lợn'],
    ['13 sổ tiết kiệm', 'sổ', 'sổ tiết kiệm'],
    ['2.000 m³ bê tông', 'm³', 'm³'],
    ['2.000m3 bê tông', 'm³', 'm3'],
    ['163 hội nghị', 'hội nghị', 'hội nghị'],
    ['155 mô hình', 'mô hình', 'mô hình'],
    ['12 xã', 'xã', 'xã'],
    ['127 hộ', 'hộ', 'hộ'],
    ['15 đơn vị', 'đơn vị', 'đơn vị'],
    ['300 m đường', 'm', 'm'],
  ])('"%s" counts %s', (text, unit, unitText) => {
    const figure = readFigures(text, { units })[0];
    expect(figure.unit).toBe(unit);
    expect(figure.unitText).toBe(unitText);
    expect(looksLikeIndicator(figure)).toBe(true);
  });
  it('prefers the longest noun: "lượt người" over "lượt", "suất quà" over "suất"', () => {
    expect(one('62.000 lượt người').text).toBe('62.000 lượt người');
    expect(one('20 suất quà').text).toBe('20 suất quà');
  });
  it('takes every catalogue unit as a noun, including one not in the built-in list', () => {
    expect(readFigures('trồng 5 héc-ta rừng', { units: ['héc-ta'] })[0].unit).toBe('héc-ta');
    expect(readFigures('trồng 5 héc-ta rừng', { units: [] })[0].unit).toBeUndefined();
  });
  it('needs the noun to end where a word ends', () => {
    expect(one('có 12 xác nhận').unit).toBeUndefined();
    expect(one('có 12 người.').unit).toBe('người');
  });
  it('reads a noun behind an opening quote', () => {
    expect(one('bàn giao 1 “mái ấm tình thương”').unit).toBe('nhà');
  });
  it('keeps the scale word in the unit text of a counted figure', () => {
    expect(one('trên 1,5 triệu lượt').unitText).toBe('triệu lượt');
  });
  it('reads percentages, with or without a space, or in words', () => {
    expect(one('đạt 100%').unit).toBe('%');
    expect(one('đạt 100 %').value).toBe(100);
    expect(one('đạt 100 phần trăm').unitText).toBe('phần trăm');
  });
  it('reads small numbers written as words before a counted noun', () => {
    const figure = one('xây hai nhà tình nghĩa');
    expect(figure).toMatchObject({ value: 2, unit: 'nhà', text: 'hai nhà', inWords: true });
    expect(looksLikeIndicator(figure)).toBe(false);
    expect(one('xây 2 nhà tình nghĩa').inWords).toBeUndefined();
    expect(one('gần mười người').qualifier).toBe('under');
  });
  it('does not read number words without a counted noun, or before a time or "con"', () => {
    expect(figures('Hai Lăng, ba năm, năm người')).toHaveLength(1);
    expect(figures('mở hai con đường')).toHaveLength(0);
    expect(figures('Thứ Năm, ngày đẹp')).toHaveLength(0);
  });
  it('reads a bare number as a figure with no unit', () => {
    const figure = one('đứng thứ nhất với 37.');
    expect(figure).toMatchObject({ value: 37, role: 'figure' });
    expect(figure.unit).toBeUndefined();
    expect(looksLikeIndicator(figure)).toBe(false);
  });
  it('returns the figures in the order of the text with their positions', () => {
    const text = 'Trao 48 suất quà, trị giá 12,6 triệu đồng.';
    const found = figures(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['48 suất quà', '12,6 triệu đồng']);
  });
});

describe('what only looks like a figure', () => {
  it('knows dates in their forms', () => {
    expect(roles('Sáng ngày 29/7/2022, chiều 29/12, 01/06/2023, 29-7-2022 và 29.7.2022')).toEqual([
      ['date', '29/7/2022'],
      ['date', '29/12'],
      ['date', '01/06/2023'],
      ['date', '29-7-2022'],
      ['date', '29.7.2022'],
    ]);
    expect(roles('ngày 29 tháng 7 năm 2022')).toEqual([
      ['date', '29'],
      ['date', '7'],
      ['year', '2022'],
    ]);
    expect(roles('mùng 2 Tết')).toEqual([['date', '2']]);
  });
  it('reads a fraction followed by what it counts as two figures', () => {
    const found = figures('hoàn thành 6/9 nhiệm vụ chung');
    expect(found.map((f) => [f.value, f.unit])).toEqual([
      [6, 'nhiệm vụ'],
      [9, 'nhiệm vụ'],
    ]);
    expect(found[1].text).toBe('9 nhiệm vụ');
  });
  it('keeps a day and month as a date when what follows is a time or not counted', () => {
    expect(roles('ngày 6/9 các đơn vị')).toEqual([['date', '6/9']]);
    expect(roles('đến 30/6 năm nay')).toEqual([['date', '30/6']]);
    expect(roles('đạt 9/6 người')).toEqual([['date', '9/6']]);
  });
  it('knows years', () => {
    expect(roles('năm 2022, Tết Nguyên đán 2023, từ năm 2015')).toEqual([
      ['year', '2022'],
      ['year', '2023'],
      ['year', '2015'],
    ]);
    expect(one('gần 2000 người').value).toBe(2000);
  });
  it('knows programme periods', () => {
    expect(roles('giai đoạn 2016–2021, giai đoạn 2016 - 2021, 2020-2025')).toEqual([
      ['period', '2016–2021'],
      ['period', '2016 - 2021'],
      ['period', '2020-2025'],
    ]);
  });
  it('knows document numbers', () => {
    expect(roles('Nghị quyết 25-NQ/TU, Quyết định số 123/QĐ-UBND, Chỉ thị 05/CT-TTg')).toEqual([
      ['document', '25-NQ/TU'],
      ['document', '123/QĐ-UBND'],
      ['document', '05/CT-TTg'],
    ]);
    expect(roles('theo Nghị quyết số 25 của Tỉnh ủy, Kế hoạch 12, Điều 5, Chương trình 135')).toEqual([
      ['document', '25'],
      ['document', '12'],
      ['document', '5'],
      ['document', '135'],
    ]);
  });
  it('knows unit and regiment numbers', () => {
    expect(roles('Trung đoàn 174, Sư đoàn 312, Quân khu 3, Lữ đoàn 241, Ban CHQS khu vực 2, Đoàn 379, Đồn Biên phòng 405')).toEqual([
      ['military-unit', '174'],
      ['military-unit', '312'],
      ['military-unit', '3'],
      ['military-unit', '241'],
      ['military-unit', '2'],
      ['military-unit', '379'],
      ['military-unit', '405'],
    ]);
    expect(one('Trung đoàn 174 đóng góp 1.445 ngày công').value).toBe(1445);
  });
  it('knows phone numbers', () => {
    expect(roles('ĐT: 0912.345.678; 0912 345 678; (0233) 3851 234; +84 912 345 678; 0233.3851234')).toEqual([
      ['phone', '0912.345.678'],
      ['phone', '0912 345 678'],
      ['phone', '(0233) 3851 234'],
      ['phone', '+84 912 345 678'],
      ['phone', '0233.3851234'],
    ]);
  });
  it('does not take a short number with a leading zero for a phone number', () => {
    expect(one('xây 02 nhà').role).toBe('figure');
  });
  it('knows times', () => {
    expect(roles('20:38, 7h30, lúc 14h, 8 giờ 30 phút, 9 giờ')).toEqual([
      ['time', '20:38'],
      ['time', '7h30'],
      ['time', '14h'],
      ['time', '8 giờ 30 phút'],
      ['time', '9 giờ'],
    ]);
    expect(one('trồng 150 ha rừng').value).toBe(150);
  });
  it('knows ordinals and numbered names', () => {
    expect(roles('lần thứ 5, đợt 1, khóa 15, giai đoạn 2, COVID-19, kỳ họp 7')).toEqual([
      ['ordinal', '5'],
      ['ordinal', '1'],
      ['ordinal', '15'],
      ['ordinal', '2'],
      ['ordinal', '7'],
    ]);
    expect(roles('mã HĐ-2, COVID-19 và Đoàn KT-QP 337')).toEqual([['military-unit', '337']]);
  });
  it('knows durations', () => {
    expect(roles('6 tháng đầu năm, 3 năm thực hiện, 2 tuần, 5 ngày')).toEqual([
      ['duration', '6 tháng'],
      ['duration', '3 năm'],
      ['duration', '2 tuần'],
      ['duration', '5 ngày'],
    ]);
    expect(one('đóng góp 620 ngày công').unit).toBe('ngày công');
  });
  it('knows numbered places', () => {
    expect(roles('tổ 7, đội 3 và thành lập 25 tổ')).toEqual([
      ['place', '7'],
      ['place', '3'],
      ['figure', '25 tổ'],
    ]);
    expect(roles('thôn 3, Tổ dân phố 5, Quốc lộ 1A, Phường 5, Km 15, đường 19')).toEqual([
      ['place', '3'],
      ['place', '5'],
      ['place', '5'],
      ['place', '15'],
      ['place', '19'],
    ]);
  });
  it('skips codes with letters glued to the digits', () => {
    expect(readNumbers('mạng 5G, F0, H5N1, 30a', { units })).toEqual([]);
  });
  it('never reports one span twice', () => {
    const all = readNumbers('0912.345.678 và 29/7/2022 và 25-NQ/TU', { units });
    expect(all).toHaveLength(3);
  });
});

describe('normaliseVietnamese', () => {
  it('composes letters and moves old-style tone marks', () => {
    expect(normaliseVietnamese('hoà bình, khoá, thuý, hoạ')).toBe('hòa bình, khóa, thúy, họa');
    expect(normaliseVietnamese('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });
});

describe('"đồng" that is not money', () => {
  it.each([
    ['huấn luyện cho 1.150 đồng chí dân quân', 1150, 'người', 'đồng chí'],
    ['500 đồng bào các dân tộc', 500, 'người', 'đồng bào'],
  ])('reads "%s" as people, not đồng', (text, value, unit, unitText) => {
    expect(one(text)).toMatchObject({ value, unit, unitText });
  });
  it('reads no money in "12 đồng đội", "5 đồng hương", "3 đồng nghiệp", "2 đồng thời", "4 đồng hành", "6 đồng môn"', () => {
    for (const text of ['12 đồng đội', '5 đồng hương', '3 đồng nghiệp', '2 đồng thời', '4 đồng hành', '6 đồng môn']) {
      expect(readNumbers(text).filter((n) => n.unit === 'đồng'), text).toEqual([]);
    }
  });
  it('still reads money before a word that only starts like one: "500 đồng chính", "200 đồng, thời hạn"', () => {
    expect(one('trị giá 500 đồng chính thức')).toMatchObject({ value: 500, unit: 'đồng' });
    expect(one('trị giá 200 đồng, thời hạn 5 năm')).toMatchObject({ value: 200, unit: 'đồng' });
    expect(readNumbers('500.000 đồng/suất')[0]).toMatchObject({ value: 500_000, unit: 'đồng' });
  });
});
