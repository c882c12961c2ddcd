/** The reader's finer rules: spans that overlap, fractions, glued letters, sums in parts, the cache of nouns. */
import { describe, expect, it } from 'vitest';
import { normaliseVietnamese, readFigures, readNumbers } from './figures-in-text.ts';

const units = ['người', 'nhà', 'nhiệm vụ', 'đồng', '%'];
const roles = (text: string) => readNumbers(text, { units }).map((n) => [n.role, n.text]);

describe('numbers that are not figures', () => {
  it('are exact, count nothing and keep the first number they hold as their value', () => {
    const found = readNumbers('Ngày 29/7/2022 lúc 20:38, theo 25-NQ/TU, ĐT 0912.345.678, giai đoạn 2016–2021, Trung đoàn 174, 6 tháng, năm 2022', { units });
    expect(found.map((n) => [n.role, n.value])).toEqual([
      ['date', 29],
      ['time', 20],
      ['document', 25],
      ['phone', 912],
      ['period', 2016],
      ['military-unit', 174],
      ['duration', 6],
      ['year', 2022],
    ]);
    for (const n of found) {
      expect(n.qualifier).toBe('exact');
      expect(n.unit).toBeUndefined();
      expect(n.qualifierWord).toBeUndefined();
    }
  });
  it('come back in the order of the text, whichever way they were found', () => {
    expect(roles('Có 5 nhà ngày 29/7/2022 và 0912.345.678')).toEqual([
      ['figure', '5 nhà'],
      ['date', '29/7/2022'],
      ['phone', '0912.345.678'],
    ]);
  });
  it('are read once where two patterns overlap', () => {
    expect(roles('Kế hoạch 2016-2021/KH-UBND')).toEqual([['document', '2021/KH-UBND']]);
  });
  it('take nine digits for the shortest phone number', () => {
    expect(roles('gọi 091 234 567')).toEqual([['phone', '091 234 567']]);
    expect(roles('gọi 0912 3456')[0][0]).not.toBe('phone');
  });
  it('include a year after "năm" even after another number', () => {
    expect(readFigures('Năm 2022 hơn 300 người tham gia', { units })[0]).toMatchObject({ value: 300, qualifier: 'over' });
    expect(readFigures('Có 3 đơn vị, trên 12 người', { units }).find((f) => f.value === 12)).toMatchObject({ qualifier: 'over' });
  });
  it('read a four-digit year only as the whole number', () => {
    expect(roles('có 12022 và 20221')).toEqual([
      ['figure', '12022'],
      ['figure', '20221'],
    ]);
  });
  it('read a capitalised unit name at the start of the text, with any spaces before the number', () => {
    expect(roles('Vùng 2 có 5 người')).toEqual([
      ['military-unit', '2'],
      ['figure', '5 người'],
    ]);
    expect(roles('tại Đoàn  379')).toEqual([['military-unit', '379']]);
  });
});

describe('dates in every spelling', () => {
  it('read spaced slashes, single-digit days and months, and the last day of the year with dashes or dots', () => {
    expect(roles('ngày 29 / 7 / 2022, 5-7-2022, 31-12-2022, 31.12.2022, 30/11')).toEqual([
      ['date', '29 / 7 / 2022'],
      ['date', '5-7-2022'],
      ['date', '31-12-2022'],
      ['date', '31.12.2022'],
      ['date', '30/11'],
    ]);
  });
});

describe('number words inside other numbers', () => {
  it('are not read again: "năm" in "3 năm" is no five', () => {
    expect(roles('trong 3 năm người dân góp sức')).toEqual([['duration', '3 năm']]);
  });
});

describe('fractions', () => {
  it('give two figures with the noun, and nothing else from their digits', () => {
    const found = readNumbers('hoàn thành 6 / 9 nhiệm vụ chung', { units });
    expect(found.map((n) => [n.value, n.text, n.unit, n.unitText, n.share])).toEqual([
      [6, '6', 'nhiệm vụ', 'nhiệm vụ', 'part'],
      [9, '9 nhiệm vụ', 'nhiệm vụ', 'nhiệm vụ', 'whole'],
    ]);
  });
  it('allow a part equal to its whole, not larger', () => {
    expect(readFigures('đạt 9/9 nhiệm vụ', { units }).map((f) => f.value)).toEqual([9, 9]);
    expect(roles('ngày 10/9 nhiệm vụ')).toEqual([['date', '10/9']]);
  });
  it('are never read in a full date, in a document number or without a space before the noun', () => {
    expect(roles('ngày 1/7/2022 người dân')).toEqual([['date', '1/7/2022']]);
    expect(roles('Công văn 12/KH người')).toEqual([['document', '12/KH']]);
    expect(roles('đạt 6/9nhiệm vụ')).toEqual([['date', '6/9']]);
  });
  it('are read when they cannot be a day and a month, thousands and all', () => {
    expect(readFigures('đạt 125/125 nhiệm vụ', { units }).map((f) => [f.value, f.text, f.share])).toEqual([
      [125, '125', 'part'],
      [125, '125 nhiệm vụ', 'whole'],
    ]);
    expect(readFigures('đạt 7/13 nhiệm vụ', { units }).map((f) => f.value)).toEqual([7, 13]);
    expect(readFigures('hỗ trợ 1.200/1.500 người', { units }).map((f) => [f.value, f.share])).toEqual([
      [1200, 'part'],
      [1500, 'whole'],
    ]);
  });
  it('that count nothing named, or a part larger than its whole, are no figures', () => {
    expect(roles('Số xã đạt chuẩn: 125/125.')).toEqual([['fraction', '125/125']]);
    expect(roles('theo Kế hoạch 12/2024 của tỉnh')).toEqual([['fraction', '12/2024']]);
    expect(roles('đạt 15/13 nhiệm vụ')).toEqual([['fraction', '15/13']]);
    expect(roles('xếp thứ 3/15 nhiệm vụ')).toEqual([['ordinal', '3/15']]);
    // Not inside longer numbers: "1.200/1.500.000" is no fraction of 1.500.
    expect(roles('mã 1.200/1.500,5 người')).not.toContainEqual(['fraction', '1.200/1.500']);
    expect(roles('mã 12/34/56 người').filter(([role]) => role === 'fraction')).toEqual([]);
  });
  it('reach the noun across several spaces', () => {
    expect(readFigures('đạt 6/9   nhiệm vụ', { units }).map((f) => f.unit)).toEqual(['nhiệm vụ', 'nhiệm vụ']);
  });
  it('take "X trên tổng số Y" and "X trong số Y" as a part of a whole', () => {
    expect(readFigures('24 trên tổng số 37 nhiệm vụ', { units }).map((f) => [f.value, f.unit, f.share])).toEqual([
      [24, 'nhiệm vụ', 'part'],
      [37, 'nhiệm vụ', 'whole'],
    ]);
    expect(readFigures('6 trong số 9 nhiệm vụ', { units }).map((f) => f.share)).toEqual(['part', 'whole']);
    expect(readFigures('6 trên 9 nhiệm vụ', { units }).map((f) => f.share)).toEqual(['part', 'whole']);
    expect(readFigures('6 và 9 nhiệm vụ', { units }).map((f) => f.share)).toEqual([undefined, undefined]);
  });
  it('do not make a part of a figure that counts something of its own', () => {
    expect(readFigures('5 người trên 9 nhiệm vụ', { units }).map((f) => [f.unit, f.share])).toEqual([
      ['người', undefined],
      ['nhiệm vụ', undefined],
    ]);
    expect(readFigures('năm 2022 trên 9 nhiệm vụ', { units }).map((f) => f.share)).toEqual([undefined]);
  });
});

describe('letters glued to digits', () => {
  it('are refused unless they are a unit', () => {
    expect(readNumbers('12xkm và 12kmx và 12ngườix', { units })).toEqual([]);
    expect(readFigures('12km', { units: ['km'] })[0].unit).toBe('km');
  });
  it('end a noun only where a word ends', () => {
    expect(readFigures('có 12 ngườix', { units })[0].unit).toBeUndefined();
    expect(readFigures('có 12 nhàn', { units })[0].unit).toBeUndefined();
  });
  it('leave a number the reader cannot read alone', () => {
    expect(readNumbers('mã 1.2.3 triệu đồng, mã 1.2.3 tr.đ, mã 1.2.3 người', { units })).toEqual([]);
  });
});

describe('the unit after a number', () => {
  it('is found across several spaces', () => {
    expect(readFigures('có 12  người', { units })[0].unit).toBe('người');
  });
  it('takes a percent sign only right after the number', () => {
    expect(readFigures('12 người đạt 5%', { units }).map((f) => f.unit)).toEqual(['người', '%']);
  });
  it('adds a part only when its scale word ends a word: "5 ngành" is five sectors', () => {
    expect(readFigures('trị giá 1 tỷ 5 ngành', { units })[0].value).toBe(1_000_000_000);
  });
  it('adds a sum in parts only from a larger scale to a smaller one', () => {
    expect(readFigures('trị giá 5 triệu 300 triệu đồng', { units }).map((f) => f.value)).toEqual([5_000_000, 300_000_000]);
    expect(readFigures('trị giá 5 nghìn 300 nghìn đồng', { units }).map((f) => f.value)).toEqual([5_000, 300_000]);
  });
  it.each(['trị giá', 'giá trị', 'kinh phí', 'số tiền', 'thành tiền', 'tổng tiền', 'ủng hộ', 'quyên góp', 'hỗ trợ', 'chi', 'tặng', 'trao', 'số vốn', 'vốn', 'tiền'])(
    'is money after "%s" with a scale word and no unit',
    (cue) => {
      expect(readFigures(`${cue} 30 triệu cho dân`, { units })[0].unit).toBe('đồng');
      expect(readFigures(`${cue}  30 triệu cho dân`, { units })[0].unit).toBe('đồng');
    },
  );
  it.each(['là', 'hơn', 'trên', 'gần', 'khoảng', 'xấp xỉ', 'lên tới', 'lên đến', 'đạt', 'tới'])('is money after "trị giá %s"', (word) => {
    expect(readFigures(`trị giá ${word}  30 triệu cho dân`, { units })[0].unit).toBe('đồng');
  });
  it('is not money when the money word is not right before', () => {
    expect(readFigures('tiền thân của 30 triệu dân', { units })[0].unit).toBeUndefined();
  });
});

describe('the nouns of different catalogues', () => {
  it('are kept apart, even when their names run together', () => {
    expect(readFigures('có 5 ab', { units: ['ab', 'c'] })[0].unit).toBe('ab');
    expect(readFigures('có 5 ab', { units: ['a', 'bc'] })[0].unit).toBeUndefined();
  });
});

describe('old-style tone marks', () => {
  it('move onto the main vowel, for every tone', () => {
    expect(normaliseVietnamese('hoà hoá hoả hoã hoạ thuý thuỳ thuỷ thuỹ thuỵ')).toBe('hòa hóa hỏa hõa họa thúy thùy thủy thũy thụy');
  });
});

describe('amounts per head, changes and ranks are not totals', () => {
  it('reads an amount after "mỗi", "bình quân" or "trung bình" in its clause as a rate', () => {
    expect(roles('trao 1.250 suất quà, mỗi suất trị giá 500.000 đồng')).toEqual([
      ['figure', '1.250 suất quà'],
      ['rate', '500.000 đồng'],
    ]);
    expect(roles('bình quân 2 người')).toEqual([['rate', '2 người']]);
    expect(roles('trung bình 3 nhà')).toEqual([['rate', '3 nhà']]);
    expect(roles('phấn đấu mỗi cơ sở xây dựng ít nhất 1 nhà')).toEqual([['rate', 'ít nhất 1 nhà']]);
  });
  it('lets a comma end the clause of "mỗi": the figure after it is a total again', () => {
    expect(roles('Mỗi xã cử đại diện, Hội trao 200 người')).toEqual([['figure', '200 người']]);
    expect(roles('mỗi suất 500.000 đồng; tổng 25 triệu đồng')).toEqual([
      ['rate', 'mỗi suất 500.000 đồng'.slice(9)],
      ['figure', '25 triệu đồng'],
    ]);
  });
  it('reads an amount followed by "/suất", "một suất" or "cho mỗi xã" as a rate', () => {
    expect(roles('với 300.000 đồng/suất')).toEqual([['rate', '300.000 đồng']]);
    expect(roles('300.000 đồng / người / tháng')[0][0]).toBe('rate');
    expect(roles('500.000 đồng một suất')[0]).toEqual(['rate', '500.000 đồng']);
    expect(roles('2 nhà cho mỗi xã')).toEqual([['rate', '2 nhà']]);
  });
  it('reads a sum after "mức", "định mức" or "đơn giá" as a price, but not a count, and not after "mức độ"', () => {
    expect(roles('với mức 300.000 đồng')).toEqual([['rate', '300.000 đồng']]);
    expect(roles('định mức 2 triệu đồng')).toEqual([['rate', '2 triệu đồng']]);
    expect(roles('đơn giá 90.000 đồng')).toEqual([['rate', '90.000 đồng']]);
    expect(roles('ở mức 5 người')).toEqual([['figure', '5 người']]);
    expect(roles('mức độ cao, 5 triệu đồng')).toEqual([['figure', '5 triệu đồng']]);
    expect(roles('mức độ 5 triệu đồng')).toEqual([['figure', '5 triệu đồng']]);
  });
  it('needs "mỗi" to be a word of its own', () => {
    expect(roles('mỗingười 5 người')).toEqual([['figure', '5 người']]);
  });
  it('reads a number right after "tăng", "giảm", "vượt" as a change', () => {
    expect(roles('tăng 12% so với năm trước')).toEqual([['change', '12%']]);
    for (const word of ['tăng', 'giảm', 'vượt', 'tăng thêm', 'giảm thêm']) {
      expect(roles(`${word} 3 người`), word).toEqual([['change', '3 người']]);
    }
    expect(roles('tăng hơn 12%')).toEqual([['change', 'hơn 12%']]);
    expect(roles('tăng cường 3 người')).toEqual([['figure', '3 người']]);
    expect(roles('tặng 3 người')).toEqual([['figure', '3 người']]);
  });
  it('reads a figure compared "so với" another period in its clause as a change, not one compared with a plan', () => {
    expect(roles('đạt 5% so với cùng kỳ')).toEqual([['change', '5%']]);
    for (const period of ['năm 2018', 'tháng trước', 'quý I', 'kỳ trước', 'giai đoạn trước', 'nhiệm kỳ trước', 'đợt 1', 'lần trước']) {
      expect(roles(`có 5 người nhiều so với ${period}`)[0][0], period).toBe('change');
    }
    expect(roles('đạt 105% so với kế hoạch')).toEqual([['figure', '105%']]);
    expect(roles('có 145 người, so với năm trước')).toEqual([['figure', '145 người']]);
    expect(roles('có 145 người so với năm')[0][0]).toBe('change');
    expect(roles('có 145 người so với nămxx')[0][0]).toBe('figure');
  });
  it('reads a fraction after "thứ" or "hạng" as a rank', () => {
    expect(roles('xếp thứ 2/12 đơn vị')).toEqual([['ordinal', '2/12']]);
    expect(roles('xếp hạng 3/10 nhà')).toEqual([['ordinal', '3/10']]);
    expect(roles('hoàn thành 6/9 nhiệm vụ').map(([r]) => r)).toEqual(['figure', 'figure']);
  });
  it('reads a regiment with its arm of service as a unit number', () => {
    expect(roles('Trung đoàn bộ binh 246 và Lữ đoàn công binh 249 cử 30 người')).toEqual([
      ['military-unit', '246'],
      ['military-unit', '249'],
      ['figure', '30 người'],
    ]);
  });
  it('reads "ít nhất", "tối thiểu" and "không dưới" as a lower bound', () => {
    for (const word of ['ít nhất', 'tối thiểu', 'không dưới']) {
      expect(readFigures(`có ${word} 5 người`, { units })[0], word).toMatchObject({ qualifier: 'over', qualifierWord: word });
    }
  });
});

describe('figures of every year, month or week', () => {
  it('reads a figure after "mỗi năm", "hằng năm", "hàng tháng"… anywhere before it in its sentence as a rate', () => {
    for (const words of ['Mỗi năm', 'Hằng năm', 'Hàng năm', 'Mỗi tháng', 'Hằng quý', 'Mỗi tuần', 'Hàng ngày']) {
      expect(roles(`${words}, Hội trao 200 người`), words).toEqual([['rate', '200 người']]);
    }
    expect(roles('Hàng trăm người, Hội trao 200 người')).toEqual([['figure', '200 người']]);
    expect(roles('Mỗi năm một lần. Hội trao 200 người')).toEqual([['figure', '200 người']]);
    expect(roles('Mỗi năm một lần; Hội trao 200 người')).toEqual([['figure', '200 người']]);
    expect(roles('Mỗi nămxx, Hội trao 200 người')).toEqual([['figure', '200 người']]);
    expect(roles(`Mỗi năm ${'x'.repeat(170)} 200 người`)).toEqual([['figure', '200 người']]);
  });
});

describe('amounts per head, changes and ranks: the edges of their patterns', () => {
  it('reads a rank only from a fraction of one slash, after "thứ" or "hạng", and only a date-like span', () => {
    expect(readNumbers('xếp thứ 11/12 đơn vị', { units })[0]).toMatchObject({ role: 'ordinal', value: 11, qualifier: 'exact' });
    expect(roles('xếp thứ 2/12/2024')).toEqual([['date', '2/12/2024']]);
    expect(roles('hạng 25-NQ/TU')).toEqual([['document', '25-NQ/TU']]);
  });
  it('reads every arm of service between a regiment and its number', () => {
    for (const arm of ['bộ binh', 'pháo binh', 'công binh', 'thông tin', 'phòng không', 'đặc công', 'trinh sát', 'huấn luyện', 'cơ động', 'tên lửa', 'xe tăng', 'thiết giáp', 'hóa học', 'vận tải']) {
      expect(roles(`Lữ đoàn ${arm} 249`), arm).toEqual([['military-unit', '249']]);
    }
    expect(roles('Lữ đoàn  công binh 249')).toEqual([['military-unit', '249']]);
  });
  it('reads the rate words with runs of spaces and after other words', () => {
    expect(roles('Trong đó hằng năm Hội trao 200 người')).toEqual([['rate', '200 người']]);
    expect(roles('Chàng năm ấy trao 200 người')).toEqual([['figure', '200 người']]);
    expect(roles('Mỗi  năm Hội trao 200 người')).toEqual([['rate', '200 người']]);
    expect(roles('định mức hỗ trợ 2 triệu đồng')).toEqual([['rate', '2 triệu đồng']]);
    expect(roles('với mức cao, 5 triệu đồng')).toEqual([['figure', '5 triệu đồng']]);
    expect(roles('mức  độ 5 triệu đồng')).toEqual([['figure', '5 triệu đồng']]);
    expect(roles('500.000 đồng  một suất')[0]).toEqual(['rate', '500.000 đồng']);
    expect(roles('2 nhà cho  mỗi xã')).toEqual([['rate', '2 nhà']]);
    expect(roles('2 nhà mỗi  xã')).toEqual([['rate', '2 nhà']]);
  });
  it('reads the change words with runs of spaces and after other words', () => {
    expect(roles('thu nhập tăng 5%')).toEqual([['change', '5%']]);
    expect(roles('thu nhập tăng  thêm 3 người')).toEqual([['change', '3 người']]);
    expect(roles('thu nhập tăng  3 người')).toEqual([['change', '3 người']]);
    expect(roles('xtăng 3 người')).toEqual([['figure', '3 người']]);
    expect(roles('có 5 người so với  năm trước')[0][0]).toBe('change');
  });
});
