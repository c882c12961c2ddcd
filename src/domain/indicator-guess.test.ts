import { describe, expect, it } from 'vitest';
import { readFigures } from './figures-in-text.ts';
import { figureContext, guessIndicatorKey, syllables, type CatalogueIndicator } from './indicator-guess.ts';

/** A few entries of content/indicators.yaml, with its labels and units. */
const catalogue: CatalogueIndicator[] = [
  { key: 'tuyen-quan-nguoi', label: 'Thanh niên nhập ngũ', unit: 'người' },
  { key: 'tuyen-quan-ty-le', label: 'Tỷ lệ hoàn thành chỉ tiêu tuyển quân', unit: '%' },
  { key: 'qua-tan-binh', label: 'Quà tặng tân binh', unit: 'suất' },
  { key: 'qua-tan-binh-gia-tri', label: 'Giá trị quà tặng tân binh', unit: 'đồng' },
  { key: 'qua-tang', label: 'Quà tặng gia đình chính sách, hộ khó khăn', unit: 'suất' },
  { key: 'qua-tang-gia-tri', label: 'Giá trị quà tặng', unit: 'đồng' },
  { key: 'tham-hoi-gia-tri', label: 'Kinh phí thăm hỏi, phúng viếng', unit: 'đồng' },
  { key: 'ho-tro-nguoi', label: 'Người có hoàn cảnh khó khăn được hỗ trợ', unit: 'người' },
  { key: 'nha-tinh-nghia', label: 'Nhà tình nghĩa, nhà tình thương xây mới, sửa chữa', unit: 'nhà' },
  { key: 'nha-gia-tri', label: 'Giá trị xây mới, sửa chữa nhà', unit: 'đồng' },
  { key: 'kham-benh-gia-tri', label: 'Giá trị khám bệnh, cấp thuốc miễn phí', unit: 'đồng' },
  { key: 'tuyen-truyen-luot', label: 'Lượt người nghe tuyên truyền, vận động', unit: 'lượt' },
  { key: 'tap-huan-kt-luot', label: 'Lượt người dự tập huấn kỹ thuật sản xuất', unit: 'lượt' },
  { key: 'kham-benh-luot', label: 'Lượt khám bệnh, cấp thuốc miễn phí', unit: 'lượt' },
  { key: 'ntm-xa-dat-chuan', label: 'Xã đạt chuẩn nông thôn mới', unit: 'xã' },
  { key: 'ntm-xa-dang-ky', label: 'Xã được giúp đỡ đăng ký đạt chuẩn nông thôn mới', unit: 'xã' },
];
const units = [...new Set(catalogue.map((c) => c.unit))];

/** The guess for the figure whose text is `figureText` inside `sentence`. */
function guess(sentence: string, figureText: string) {
  const all = readFigures(sentence, { units });
  const figure = all.find((f) => f.text === figureText);
  if (!figure) throw new Error(`no figure "${figureText}" in: ${all.map((f) => f.text).join(' | ')}`);
  return guessIndicatorKey(figure, figureContext(sentence, figure, all), catalogue);
}

describe('guessIndicatorKey', () => {
  it('picks the only indicator counted in the figure’s unit, clearly', () => {
    expect(guess('Hội CCB vận động xây dựng 2 nhà tình nghĩa.', '2 nhà')).toEqual({ key: 'nha-tinh-nghia', clear: true, score: expect.any(Number) });
    expect(guess('Đạt 100% chỉ tiêu tuyển quân.', '100%')).toMatchObject({ key: 'tuyen-quan-ty-le', clear: true });
    expect(guess('Có 1.600 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu.', '100%')).toMatchObject({ key: 'tuyen-quan-ty-le', clear: true });
  });
  it('is not clear when only words that qualify the counted noun match the label', () => {
    // The members counted are youth union members ("đoàn viên thanh niên"); nothing says they enlisted.
    const members = guess('Huyện đoàn huy động 120 đoàn viên thanh niên giúp nhân dân sửa chữa nhà cửa sau bão.', '120 đoàn viên');
    expect(members).toMatchObject({ key: 'tuyen-quan-nguoi', clear: false });
    // Nor does a share of an unnamed target say which target it is.
    expect(guess('Đạt 100% chỉ tiêu.', '100%')).toMatchObject({ key: 'tuyen-quan-ty-le', clear: false });
    // Once the text says what happened to them, the same figure is clear, right after the noun too.
    expect(guess('Năm 2024 có 1.020 công dân nhập ngũ.', '1.020 công dân')).toMatchObject({ key: 'tuyen-quan-nguoi', clear: true });
    expect(guess('Huyện đoàn có 120 đoàn viên thanh niên lên đường nhập ngũ.', '120 đoàn viên')).toMatchObject({ key: 'tuyen-quan-nguoi', clear: true });
  });
  it('reads the names staff give what a label counts', () => {
    // A "Mái ấm tình thương" is a house of the "nhà tình thương" label, though the text never says "nhà".
    expect(guess('Hội bàn giao 1 “Mái ấm tình thương” cho hội viên.', '1 “Mái ấm')).toMatchObject({ key: 'nha-tinh-nghia', clear: true });
  });
  it('counts a household hit by a storm among those in hardship', () => {
    expect(guess('Huyện đoàn trao 20 suất quà cho các hộ bị thiệt hại nặng.', '20 suất quà')).toMatchObject({ key: 'qua-tang', clear: true });
  });
  it('never guesses an indicator of another unit', () => {
    expect(guess('Thu gom 500 tấn rác.', '500 tấn')).toBeUndefined();
  });
  it('reads the words around the figure: recruits are "thanh niên lên đường nhập ngũ"', () => {
    expect(guess('Toàn tỉnh có 1.600 thanh niên lên đường nhập ngũ.', '1.600 thanh niên')).toMatchObject({ key: 'tuyen-quan-nguoi', clear: true });
  });
  it('reads people in hardship from their own clause', () => {
    expect(guess('Công đoàn hỗ trợ 694 đoàn viên, người lao động gặp khó khăn.', '694 đoàn viên')).toMatchObject({ key: 'ho-tro-nguoi', clear: true });
  });
  it('takes a sum of money for the value of what was counted just before it', () => {
    expect(guess('Huyện đoàn làm 1 nhà tình nghĩa trị giá 12 triệu đồng và trao quà.', '12 triệu đồng')?.key).toBe('nha-gia-tri');
    expect(
      guess('Đoàn trao hơn 200 suất quà cho thanh niên lên đường nhập ngũ, tổng trị giá 30 triệu đồng.', '30 triệu đồng'),
    ).toMatchObject({ key: 'qua-tan-binh-gia-tri', clear: true });
  });
  it('reads what a sum was spent on after it', () => {
    expect(guess('Hội chi 20 triệu đồng thăm hỏi hội viên ốm đau.', '20 triệu đồng')).toMatchObject({ key: 'tham-hoi-gia-tri', clear: true });
    expect(guess('Phối hợp khám bệnh, cấp thuốc với tổng giá trị trên 239 triệu đồng.', 'trên 239 triệu đồng')).toMatchObject({
      key: 'kham-benh-gia-tri',
      clear: true,
    });
  });
  it('tells attendances apart by what they attended', () => {
    expect(guess('Mở 795 buổi tập huấn, chuyển giao kỹ thuật sản xuất cho 62.000 lượt người.', '62.000 lượt người')).toMatchObject({
      key: 'tap-huan-kt-luot',
      clear: true,
    });
    expect(guess('Tổ chức 163 hội nghị tuyên truyền, thu hút gần 45.000 lượt người nghe.', 'gần 45.000 lượt người')).toMatchObject({
      key: 'tuyen-truyen-luot',
    });
  });
  it('prefers the label that says no more than the text', () => {
    expect(guess('Có 24 xã đạt chuẩn nông thôn mới.', '24 xã')?.key).toBe('ntm-xa-dat-chuan');
  });
  it('is not clear when two labels fit the text as well', () => {
    const result = guess('Hội Nông dân trao 48 suất quà.', '48 suất quà');
    expect(result?.clear).toBe(false);
  });
  it('is not clear when only the unit points to a candidate', () => {
    expect(guess('Có 30 lượt.', '30 lượt')?.clear).toBe(false);
  });
  it('gives no guess when the words point away from every candidate', () => {
    const long = catalogue.filter((c) => c.key === 'ntm-xa-dang-ky');
    const other = { key: 'xa-khac', label: 'Xã có đường điện chiếu sáng năng lượng mặt trời', unit: 'xã' };
    const text = 'Có 30 xã.';
    const all = readFigures(text, { units });
    expect(guessIndicatorKey(all[0], figureContext(text, all[0], all), [...long, other])).toBeUndefined();
    expect(guessIndicatorKey(all[0], figureContext(text, all[0], all), long)).toBeUndefined();
    expect(guess('Thu nhập đạt 5% so với cả nước.', '5%')).toBeUndefined();
  });
  it('does not let the words of another sentence decide', () => {
    const text = 'Đoàn trao 50 suất quà. Thanh niên lên đường nhập ngũ được động viên.';
    expect(guess(text, '50 suất quà')).toEqual(guess('Đoàn trao 50 suất quà.', '50 suất quà'));
  });
});

describe('figureContext', () => {
  const text = 'Năm nay, Hội trao 48 suất quà, trị giá 12,6 triệu đồng và xây 2 nhà. Câu sau có 5 người.';
  const all = readFigures(text, { units });
  it('gives a sum the noun of the count before it as its subject', () => {
    const money = all.find((f) => f.unit === 'đồng')!;
    const context = figureContext(text, money, all);
    expect(context.subject).toBe('suất quà ');
    expect(context.near).toBe('48 suất quà, trị giá 12,6 triệu đồng');
    expect(context.far).toContain('Năm nay, Hội trao');
    expect(context.far).toContain('và xây 2 nhà');
    expect(context.far).not.toContain('Câu sau');
  });
  it('gives a count its own noun and the words right after it', () => {
    const houses = all.find((f) => f.unit === 'nhà')!;
    expect(figureContext(text, houses, all).subject).toBe('nhà ');
    const gifts = all[0];
    const context = figureContext(text, gifts, all);
    expect(context.near).toBe('Năm nay, Hội trao 48 suất quà');
    expect(context.subject).toBe('suất quà ');
  });
  it('keeps a dot between digits inside the sentence', () => {
    const t = 'Có 1.600 thanh niên nhập ngũ. Khác.';
    const f = readFigures(t, { units });
    expect(figureContext(t, f[0], f).near).toBe('Có 1.600 thanh niên nhập ngũ');
  });
});

describe('syllables', () => {
  it('splits on anything that is not a letter or digit, in lower case', () => {
    expect(syllables('Nhà tình nghĩa, “Mái ấm”!')).toEqual(['nhà', 'tình', 'nghĩa', 'mái', 'ấm']);
  });
});

describe('guessIndicatorKey: what a clear guess needs the text to say', () => {
  it('is not clear when the text says less than half of its unit’s only label', () => {
    const only = [{ key: 'ho-duoc-giup', label: 'Hộ dân được giúp khắc phục thiệt hại', unit: 'hộ' }];
    const read = (text: string) => {
      const all = readFigures(text, { units: ['hộ'] });
      return guessIndicatorKey(all[0], figureContext(text, all[0], all), only);
    };
    expect(read('Quỹ giải ngân cho 48 hộ vay vốn.')).toMatchObject({ key: 'ho-duoc-giup', clear: false });
    expect(read('Giúp 48 hộ dân khắc phục thiệt hại sau bão.')).toMatchObject({ key: 'ho-duoc-giup', clear: true });
  });
  it('reads a label’s comma-separated alternatives one by one', () => {
    // "Nhà tình nghĩa" is three of the label's eight words, and all of its first alternative.
    expect(guess('Xây 2 nhà tình nghĩa.', '2 nhà')).toMatchObject({ key: 'nha-tinh-nghia', clear: true });
  });
  it('is not clear when an alternative holds no word that counts', () => {
    const labels = [{ key: 'a', label: 'Lượt abc def ghi, và', unit: 'lượt' }];
    const text = 'Có 30 lượt';
    const all = readFigures(text, { units: ['lượt'] });
    expect(guessIndicatorKey(all[0], figureContext(text, all[0], all), labels)).toMatchObject({ key: 'a', clear: false });
  });
  it('takes a sum for the value of what was counted before it, whatever else its clause says', () => {
    const gifts = guess('Trao 385 suất quà cho hội viên có hoàn cảnh khó khăn, trị giá 120.500.000 đồng.', '120.500.000 đồng');
    expect(gifts?.key).toBe('qua-tang-gia-tri');
    // A "Mái ấm tình thương" is a house: the value of a house.
    expect(guess('Bàn giao 1 “Mái ấm tình thương” trị giá 20 triệu đồng.', '20 triệu đồng')).toMatchObject({ key: 'nha-gia-tri', clear: true });
  });
  it('keeps every label of the unit when none names what was counted', () => {
    const text = 'Thăm hỏi 10 hộ, kinh phí 5 triệu đồng.';
    const all = readFigures(text, { units: ['hộ', 'đồng'] });
    const sum = all.find((f) => f.unit === 'đồng')!;
    expect(guessIndicatorKey(sum, figureContext(text, sum, all), catalogue)?.key).toBe('tham-hoi-gia-tri');
  });
});

describe('guessIndicatorKey: counts that only their clause tells apart', () => {
  it('is not clear for two counts of one noun in a sentence unless its own clause names the label', () => {
    const text = 'Toàn huyện có 1.200 thanh niên khám sức khỏe, 180 thanh niên trúng tuyển và 160 thanh niên nhập ngũ.';
    expect(guess(text, '1.200 thanh niên')).toMatchObject({ key: 'tuyen-quan-nguoi', clear: false });
    expect(guess(text, '180 thanh niên')).toMatchObject({ key: 'tuyen-quan-nguoi', clear: false });
    expect(guess(text, '160 thanh niên')).toMatchObject({ key: 'tuyen-quan-nguoi', clear: true });
    // In a sentence of its own the noun says it, as before.
    expect(guess('Toàn huyện có 1.600 thanh niên.', '1.600 thanh niên')).toMatchObject({ key: 'tuyen-quan-nguoi', clear: true });
  });
  it('tells the same noun in another case or another sentence apart from a repeat', () => {
    expect(guess('Có 160 thanh niên. Năm trước 150 thanh niên.', '160 thanh niên')).toMatchObject({ clear: true });
    expect(guess('Có 160 Thanh niên, 150 thanh niên nhập ngũ.', '160 Thanh niên')).toMatchObject({ clear: false });
  });
  it('never takes the whole of a share for a clear result, and reads the part’s clause through its whole', () => {
    const villages = [{ key: 'dat-chuan', label: 'Xã đạt chuẩn nông thôn mới', unit: 'xã' }];
    const text = 'Huyện có 5/9 xã đạt chuẩn nông thôn mới.';
    const all = readFigures(text, { units: ['xã'] });
    expect(guessIndicatorKey(all[0], figureContext(text, all[0], all), villages)).toMatchObject({ clear: true });
    expect(guessIndicatorKey(all[1], figureContext(text, all[1], all), villages)).toMatchObject({ clear: false });
    const tasks = 'Đã hoàn thành 6/9 nhiệm vụ chung và 24 trên tổng số 37 nhiệm vụ của các cơ quan thành viên.';
    const found = readFigures(tasks, { units: ['nhiệm vụ'] });
    expect(figureContext(tasks, found[2], found).near).toBe(' chung và 24 trên tổng số 37 nhiệm vụ của các cơ quan thành viên');
    expect(figureContext(tasks, found[2], found).repeated).toBe('24 trên tổng số 37 nhiệm vụ của các cơ quan thành viên');
    expect(figureContext(tasks, found[0], found).repeated).toBe('Đã hoàn thành 6/9 nhiệm vụ chung');
  });
  it('does not count a sum of money as a repeat of another sum', () => {
    const text = 'Chi 5 triệu đồng thăm hỏi, 7 triệu đồng tặng quà.';
    const all = readFigures(text, { units: ['đồng'] });
    expect(figureContext(text, all[1], all).repeated).toBeUndefined();
  });
});

describe('figureContext: what counts as a repeat', () => {
  const tasks = [{ key: 'nv', label: 'Nhiệm vụ', unit: 'nhiệm vụ' }];
  const read = (text: string) => readFigures(text, { units: ['nhiệm vụ', 'người'] });
  it('never takes the other half of a fraction for a repeat', () => {
    const text = 'Làm 6/9 nhiệm vụ.';
    const all = read(text);
    expect(guessIndicatorKey(all[0], figureContext(text, all[0], all), tasks)).toMatchObject({ key: 'nv', clear: true });
    expect(figureContext(text, all[0], all).repeated).toBeUndefined();
    expect(figureContext(text, all[1], all).repeated).toBeUndefined();
  });
  it('counts a repeat at the very start or the very end of the sentence', () => {
    expect(guess('160 thanh niên nhập ngũ, 150 thanh niên khám.', '150 thanh niên')).toMatchObject({ clear: false });
    expect(guess('Có 160 thanh niên khám, 150 thanh niên', '160 thanh niên')).toMatchObject({ clear: false });
    expect(guess('Có 160 thanh niên. 150 thanh niên khám', '150 thanh niên')).toMatchObject({ clear: true });
  });
  it('reads the context of a figure that counts nothing', () => {
    const text = 'Có 37 và 5 nhiệm vụ.';
    const all = read(text);
    expect(figureContext(text, all[0], all).repeated).toBeUndefined();
  });
});
