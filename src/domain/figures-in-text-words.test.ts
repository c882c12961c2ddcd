/**
 * The words the reader knows, one by one: every counted noun, qualifier, time word and name
 * word, so that dropping one from its list is noticed.
 */
import { describe, expect, it } from 'vitest';
import { COUNTED_NOUNS, readFigures, readNumbers } from './figures-in-text.ts';

const roleOf = (text: string) => readNumbers(text).map((n) => n.role);

describe('every counted noun', () => {
  it.each(Object.entries(COUNTED_NOUNS))('"12 %s" counts %s', (noun, unit) => {
    const [figure] = readFigures(`có 12 ${noun} tham gia`);
    expect(figure.unit).toBe(unit);
    expect(figure.unitText).toBe(noun);
    expect(figure.text).toBe(`12 ${noun}`);
  });
});

describe('every qualifier word', () => {
  it.each([
    ['xấp xỉ', 'approx'],
    ['trên dưới', 'approx'],
    ['khoảng', 'approx'],
    ['ước', 'approx'],
    ['chừng', 'approx'],
    ['hàng', 'approx'],
    ['trên', 'over'],
    ['hơn', 'over'],
    ['ngót', 'under'],
    ['gần', 'under'],
  ])('"%s 12 người" is %s', (word, qualifier) => {
    const [figure] = readFigures(`Đã có ${word} 12 người`);
    expect(figure).toMatchObject({ qualifier, qualifierWord: word, text: `${word} 12 người` });
  });
  it('reads a qualifier at the very start of the text', () => {
    expect(readFigures('hơn 12 người')[0]).toMatchObject({ qualifier: 'over', start: 0 });
  });
  it('reads "trên" as over after a word ending in a digit-free letter, and as "out of" after a number', () => {
    expect(readFigures('đạt trên 12 người')[0].qualifier).toBe('over');
    expect(readFigures('đạt 3 trên 12 người')[1].qualifier).toBe('exact');
    expect(readFigures('đạt 3   trên 12 người')[1].qualifier).toBe('exact');
  });
  it('needs a space between the qualifier and the number', () => {
    expect(readFigures('hơn12 người')).toEqual([]);
  });
});

describe('every time word makes a duration', () => {
  it.each(['tháng', 'năm', 'ngày', 'tuần', 'quý', 'giờ', 'phút', 'giây', 'thế kỷ', 'kỳ'])('"3 %s"', (word) => {
    const found = readNumbers(`trong 3 ${word} qua`);
    expect(found.map((n) => n.role)).toEqual([word === 'giờ' ? 'time' : 'duration']);
    if (word !== 'giờ') expect(found[0].text).toBe(`3 ${word}`);
  });
  it('but "ngày công" is counted', () => {
    expect(readFigures('3 ngày công')[0].unit).toBe('ngày công');
  });
  it('needs the time word to end where a word ends', () => {
    expect(roleOf('3 nămx')).toEqual(['figure']);
  });
});

describe('every word that names a number', () => {
  it.each([
    ['năm', 'year'],
    ['niên khóa', 'year'],
    ['niên khoá', 'year'],
    ['từ năm', 'year'],
    ['đến năm', 'year'],
    ['ngày', 'date'],
    ['tháng', 'date'],
    ['mùng', 'date'],
    ['mồng', 'date'],
    ['lần thứ', 'ordinal'],
    ['thứ', 'ordinal'],
    ['lần', 'ordinal'],
    ['khóa', 'ordinal'],
    ['khoá', 'ordinal'],
    ['đợt', 'ordinal'],
    ['giai đoạn', 'ordinal'],
    ['nhiệm kỳ', 'ordinal'],
    ['kỳ họp', 'ordinal'],
    ['phiên', 'ordinal'],
    ['tập', 'ordinal'],
    ['số hiệu', 'ordinal'],
    ['top', 'ordinal'],
    ['hạng', 'ordinal'],
    ['nghị quyết', 'document'],
    ['chỉ thị', 'document'],
    ['quyết định', 'document'],
    ['kế hoạch', 'document'],
    ['thông tư', 'document'],
    ['nghị định', 'document'],
    ['công văn', 'document'],
    ['kết luận', 'document'],
    ['hướng dẫn', 'document'],
    ['thông báo', 'document'],
    ['quy định', 'document'],
    ['quy chế', 'document'],
    ['chương trình', 'document'],
    ['đề án', 'document'],
    ['dự án', 'document'],
    ['luật', 'document'],
    ['tờ trình', 'document'],
    ['thông tri', 'document'],
    ['điều', 'document'],
    ['khoản', 'document'],
    ['chương', 'document'],
    ['phụ lục', 'document'],
    ['công điện', 'document'],
    ['nghị quyết liên tịch số', 'document'],
    ['kế hoạch số', 'document'],
    ['trung đoàn', 'military-unit'],
    ['sư đoàn', 'military-unit'],
    ['lữ đoàn', 'military-unit'],
    ['tiểu đoàn', 'military-unit'],
    ['đại đội', 'military-unit'],
    ['trung đội', 'military-unit'],
    ['quân khu', 'military-unit'],
    ['quân đoàn', 'military-unit'],
    ['binh đoàn', 'military-unit'],
    ['hải đoàn', 'military-unit'],
    ['hải đội', 'military-unit'],
    ['biên đội', 'military-unit'],
    ['đồn biên phòng', 'military-unit'],
    ['khu vực', 'military-unit'],
    ['bệnh viện quân y', 'military-unit'],
    ['kho', 'military-unit'],
    ['xưởng', 'military-unit'],
    ['binh trạm', 'military-unit'],
    ['đoàn kinh tế - quốc phòng', 'military-unit'],
    ['đoàn kt-qp', 'military-unit'],
    ['thôn', 'place'],
    ['xóm', 'place'],
    ['ấp', 'place'],
    ['bản', 'place'],
    ['tổ dân phố', 'place'],
    ['tổ', 'place'],
    ['đội', 'place'],
    ['khu phố', 'place'],
    ['khối', 'place'],
    ['tiểu khu', 'place'],
    ['phường', 'place'],
    ['quận', 'place'],
    ['đường', 'place'],
    ['quốc lộ', 'place'],
    ['tỉnh lộ', 'place'],
    ['ql', 'place'],
    ['tl', 'place'],
    ['đt', 'place'],
    ['số nhà', 'place'],
    ['lô', 'place'],
    ['cột mốc', 'place'],
    ['mốc', 'place'],
    ['km', 'place'],
  ])('"%s 12" is a %s', (word, role) => {
    expect(roleOf(`theo ${word} 12 người`)).toEqual([role]);
    expect(roleOf(`Theo ${word.charAt(0).toUpperCase()}${word.slice(1)}  12 người`)).toEqual([role]);
  });
  it('needs the name word to be a word of its own', () => {
    expect(roleOf('ông Thôn 12 người')).toEqual(['place']);
    expect(roleOf('anhthôn 12 người')).toEqual(['figure']);
    expect(roleOf('hàng năm 12 người')).toEqual(['year']);
  });
  it.each(['Đoàn', 'Đồn', 'Vùng', 'Cục', 'Phòng', 'Hải đội'])('capitalised "%s 12" names a unit', (word) => {
    expect(roleOf(`tại ${word} 12 người`)).toEqual(['military-unit']);
  });
  it('takes lower-case "đoàn" before a number for a count, not a unit', () => {
    expect(roleOf('các đoàn 12 người')).toEqual(['figure']);
  });
  it('reads a name word only right before the number', () => {
    expect(roleOf('theo kế hoạch, 12 người')).toEqual(['figure']);
  });
});

describe('number words', () => {
  it.each([
    ['một', 1],
    ['hai', 2],
    ['ba', 3],
    ['bốn', 4],
    ['năm', 5],
    ['sáu', 6],
    ['bảy', 7],
    ['tám', 8],
    ['chín', 9],
    ['mười', 10],
  ])('"%s người" is %i', (word, value) => {
    const [figure] = readFigures(`có ${word} người`);
    expect(figure).toMatchObject({ value, text: `${word} người`, unitText: 'người', inWords: true });
  });
  it('reads a number word at the start of a sentence, capitalised', () => {
    expect(readFigures('Hai nhà được bàn giao', { units: ['nhà'] })[0]).toMatchObject({ value: 2, unit: 'nhà', text: 'Hai nhà', start: 0 });
  });
  it('needs the number word to be a word of its own', () => {
    expect(readFigures('khai người')).toEqual([]);
  });
});
