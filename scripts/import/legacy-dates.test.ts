import { describe, expect, it } from 'vitest';
import { eventDateInText, formatPublishedAt, fullYear, isDateLine, likelyYear, readLegacyDate } from './legacy-dates.ts';

describe('readLegacyDate', () => {
  it.each([
    ['20:38, 28/02/2023', '2023-02-28T20:38'],
    ['Thứ năm, 01/06/2023', '2023-06-01'],
    ['Thứ sáu, 29/07/2022 16:05 | Lượt xem: 109', '2022-07-29T16:05'],
    ['Cập nhật: 29/07/2022 16:05', '2022-07-29T16:05'],
    ['Cập nhật lúc 08h15 ngày 29-7-2022', '2022-07-29T08:15'],
    ['Ngày đăng: 29.07.2022 - 9:05', '2022-07-29T09:05'],
    ['Ngày 29 tháng 7 năm 2022', '2022-07-29'],
    ['2019-06-14T18:15:00+07:00', '2019-06-14T18:15'],
    ['2019-06-14', '2019-06-14'],
  ])('reads "%s"', (text, expected) => {
    expect(formatPublishedAt(readLegacyDate(text)!)).toBe(expected);
  });
  it('takes the year from the hint when the text has none, and says so', () => {
    expect(readLegacyDate('Chiều 29/12', 2017)).toEqual({ year: 2017, month: 12, day: 29, yearGuessed: true });
    expect(readLegacyDate('Chiều 29/12')).toBeUndefined();
  });
  it('refuses a day that is not on the calendar', () => {
    expect(readLegacyDate('30/02/2023')).toBeUndefined();
    expect(readLegacyDate('31/04/2023')).toBeUndefined();
    expect(readLegacyDate('29/02/2024')).toMatchObject({ day: 29, month: 2 });
  });
  it('reads the first date of the text', () => {
    expect(readLegacyDate('Ngày 05/01/2022, hạn 30/06/2022')).toMatchObject({ day: 5, month: 1 });
    expect(readLegacyDate('ngày 3 tháng 2 năm 2021, rồi 29/07/2022')).toMatchObject({ day: 3, month: 2, year: 2021 });
  });
  it('gives no date for text without one', () => {
    expect(readLegacyDate('Lượt xem: 109')).toBeUndefined();
  });
});

describe('isDateLine', () => {
  it('knows the lines portals print the publication date in', () => {
    for (const line of [
      '20:38, 28/02/2023',
      'Thứ năm, 01/06/2023',
      'Cập nhật: 29/07/2022',
      'Chủ nhật, 2/7/2023 07:00',
      '29/07/2022 16:05 | Lượt xem: 109',
      'Ngày đăng: 14/06/2019',
      '16:05 | 29/07/2022',
      'Đăng lúc: 16:05 29/07/2022',
      'Thứ Sáu, 29/07/2022, 16:05 (GMT+7)',
      '29/07/2022 16:05:32',
      'Ngày 29/07/2022 - Số lần xem: 45',
      '2019-06-14 18:15',
    ]) {
      expect(isDateLine(line), line).toBe(true);
    }
  });
  it('does not take a story sentence with a date for the date line', () => {
    expect(isDateLine('Sáng ngày 29/7/2022, Ban CHQS huyện tổ chức hội nghị.')).toBe(false);
    expect(isDateLine('Hội nghị ngày 29/7')).toBe(false);
    expect(isDateLine(`29/07/2022 ${'chữ '.repeat(40)}`)).toBe(false);
  });
});

describe('eventDateInText', () => {
  it('reads "Sáng ngày 29/7/2022", "Chiều 29/12" and "ngày 14/6" at the start of a story', () => {
    expect(eventDateInText('Sáng ngày 29/7/2022, Ban CHQS huyện…')).toEqual({ year: 2022, month: 7, day: 29 });
    expect(eventDateInText('Chiều 29/12, Ban Chỉ đạo…', 2017)).toEqual({ year: 2017, month: 12, day: 29, yearGuessed: true });
    expect(eventDateInText('(HL) - Tối nay 3/2, …', 2020)).toMatchObject({ month: 2, day: 3 });
    expect(eventDateInText('Vào ngày 14/6, …', 2019)).toMatchObject({ month: 6, day: 14 });
  });
  it('needs a time-of-day word or "ngày" before the date', () => {
    expect(eventDateInText('Kế hoạch 12/2022 đã ban hành', 2022)).toBeUndefined();
  });
});

describe('likelyYear', () => {
  it('is the year written most often, the later one on a tie', () => {
    expect(likelyYear('năm 2017, 2017 và 2018')).toBe(2017);
    expect(likelyYear('năm 2017 và 2018')).toBe(2018);
    expect(likelyYear('không có năm, 12345')).toBeUndefined();
  });
});

describe('readLegacyDate: the times and forms old portals print', () => {
  it.each([
    ['Cập nhật 9 giờ 30, ngày 29/07/2022', '2022-07-29T09:30'],
    ['29/07/2022 8h05', '2022-07-29T08:05'],
    ['29 / 07 / 2022 lúc 16 : 05', '2022-07-29T16:05'],
    ['2022-07-29 16:05', '2022-07-29T16:05'],
    ['NGÀY 29 THÁNG 7 NĂM 2022', '2022-07-29'],
    ['Ngày 9 tháng 12 năm 2021, 07:00', '2021-12-09T07:00'],
  ])('reads "%s"', (text, expected) => {
    expect(formatPublishedAt(readLegacyDate(text)!)).toBe(expected);
  });
  it('reads no time from a figure that is not a clock time', () => {
    expect(readLegacyDate('29/07/2022 24:00')).toEqual({ year: 2022, month: 7, day: 29 });
    expect(readLegacyDate('29/07/2022 16:60')).toEqual({ year: 2022, month: 7, day: 29 });
    expect(readLegacyDate('29/07/2022 16:055')).toEqual({ year: 2022, month: 7, day: 29 });
    expect(readLegacyDate('29/07/2022 116:05')).toEqual({ year: 2022, month: 7, day: 29 });
  });
  it('keeps the year the text gives over the hint, and does not call it guessed', () => {
    expect(readLegacyDate('29/12/2016', 2017)).toEqual({ year: 2016, month: 12, day: 29 });
    expect(readLegacyDate('ngày 29 tháng 12', 2017)).toEqual({ year: 2017, month: 12, day: 29, yearGuessed: true });
  });
  it('reads the first of an ISO and a numeric date', () => {
    expect(readLegacyDate('2020-01-02 (14/06/2019)')).toMatchObject({ year: 2020, month: 1, day: 2 });
    expect(readLegacyDate('14/06/2019, sửa 2020-01-02')).toMatchObject({ year: 2019, month: 6, day: 14 });
    expect(readLegacyDate('ngày 3 tháng 2 năm 2021 (2020-01-02)')).toMatchObject({ year: 2021, month: 2, day: 3 });
  });
  it('does not read a date out of a longer number', () => {
    expect(readLegacyDate('Số 129/07/2022')).toBeUndefined();
    expect(readLegacyDate('mã 5/29/07')).toBeUndefined();
    expect(readLegacyDate('12/07/2022/5')).toBeUndefined();
  });
});

describe('isDateLine: a site name of up to two words may stand beside the date', () => {
  it.each([
    'Tin tức | Thứ5, 29/07/2022',
    'Tin tức | Thứ 5, 29/07/2022',
    'Tin tức | Chủ nhật, 31/07/2022 (GMT+7)',
    'Tin tức | 29/07/2022 GMT + 7',
    'Tin tức | Lượt xem: 1.234 | 29/07/2022',
    'Tin tức | Số lần truy cập: 12,345 | 29/07/2022',
    'Tin tức | Đã xem: 1.234 | 29/07/2022',
    'Tin tức | Views: 1,234 | 29/07/2022',
    'Tin tức | 29/07/2022 16:05:32',
    'Tin tức | 29/07/2022 16 giờ 05',
    'Tin tức | 29/07/2022 8h05 AM',
    'Tin tức | 2022-07-29T16:05:32',
    'Tin tức | 2022-07-29 16:05',
    'Tin tức | 29 - 07 - 2022',
    'Tin tức | 29.07.2022',
    'Tin tức | Ngày cập nhật: 29/07/2022',
    'Tin tức | Thời gian: 29/07/2022',
    'Tin tức | Posted 29/07/2022 08:00 PM',
    'Tin tức | Published: 29/07/2022 (Tối)',
    'Tin tức | Chiều thứ Sáu, 29/07/2022',
    'Tin tức | Xuất bản: 29/07/2022',
  ])('"%s" is a date line', (line) => {
    expect(isDateLine(line)).toBe(true);
  });
  it('takes a line of three other words, or one with no full date, for text', () => {
    expect(isDateLine('Tin tức mới 29/07/2022')).toBe(false);
    expect(isDateLine('Tin tức | 29/07')).toBe(false);
    expect(isDateLine('129/07/2022')).toBe(false);
    expect(isDateLine('29/07/20221')).toBe(false);
  });
  it('looks at lines of up to 120 characters', () => {
    expect(isDateLine(`29/07/2022${' -'.repeat(55)}`)).toBe(true);
    expect(isDateLine(`29/07/2022${' -'.repeat(55)}-`)).toBe(false);
  });
});

describe('eventDateInText: every time-of-day word, and only at the start of a word', () => {
  it.each([
    ['Trưa 29/7/2022, …', { year: 2022, month: 7, day: 29 }],
    ['Đêm 9/1, …', { year: 2020, month: 1, day: 9, yearGuessed: true }],
    ['Sáng nay 29/7, …', { year: 2020, month: 7, day: 29, yearGuessed: true }],
    ['Chiều ngày 31/12, …', { year: 2020, month: 12, day: 31, yearGuessed: true }],
    ['QTO-Chiều 3/2, …', { year: 2020, month: 2, day: 3, yearGuessed: true }],
    ['Hội nghị (sáng 3/2) …', { year: 2020, month: 2, day: 3, yearGuessed: true }],
    ['SÁNG 29 / 7 / 2022, …', { year: 2022, month: 7, day: 29 }],
    ['Tối 29/7/2022 lúc 20:00, …', { year: 2022, month: 7, day: 29 }],
  ])('reads "%s"', (text, expected) => {
    expect(eventDateInText(text, 2020)).toEqual(expected);
  });
  it('reads no date it cannot read whole, nor one inside another word', () => {
    expect(eventDateInText('Sáng 29/7/20221, …', 2022)).toBeUndefined();
    expect(eventDateInText('Bàngày 29/7, …', 2022)).toBeUndefined();
    expect(eventDateInText('Sáng 32/7, …', 2022)).toBeUndefined();
    expect(eventDateInText('Sáng 31/2, …', 2022)).toBeUndefined();
  });
});

describe('likelyYear: only whole four-digit years count', () => {
  it('prefers the later year on a tie whichever comes first', () => {
    expect(likelyYear('năm 2018 và 2017')).toBe(2018);
    expect(likelyYear('năm 2016, 2018 và 2017, 2017')).toBe(2017);
  });
  it('does not read a year inside a longer number', () => {
    expect(likelyYear('mã 32019 và 20195')).toBeUndefined();
  });
});

describe('dates in pasted text with runs of spaces', () => {
  it('reads them all the same', () => {
    expect(readLegacyDate('ngày  29  tháng  7  năm  2022')).toEqual({ year: 2022, month: 7, day: 29 });
    expect(readLegacyDate('ngày 30 tháng 7 năm 2022')).toEqual({ year: 2022, month: 7, day: 30 });
    expect(eventDateInText('Sáng  ngày  29/7/2022, …')).toEqual({ year: 2022, month: 7, day: 29 });
    expect(eventDateInText('Chiều  nay  29/7/2022, …')).toEqual({ year: 2022, month: 7, day: 29 });
    expect(eventDateInText('Vào  ngày  29/7/2022, …')).toEqual({ year: 2022, month: 7, day: 29 });
    expect(isDateLine('Tin tức | 29/07/2022 16:05 :  32')).toBe(true);
  });
});

describe('two-digit years ("Sáng 29/7/22")', () => {
  it('reads them in the window 1990–2089, whatever the year hint says', () => {
    expect(eventDateInText('Sáng 29/7/22, Ban CHQS huyện…', 2017)).toEqual({ year: 2022, month: 7, day: 29 });
    expect(readLegacyDate('Cập nhật: 08:15 - 12/03/23')).toEqual({ year: 2023, month: 3, day: 12, time: '08:15' });
    expect(readLegacyDate('Chiều 31/12/99')).toEqual({ year: 1999, month: 12, day: 31 });
    expect(readLegacyDate('Ngày 01.01.00')).toEqual({ year: 2000, month: 1, day: 1 });
  });
  it('puts 89 in 2089 and 90 in 1990: no portal published before 1990', () => {
    expect([fullYear('89'), fullYear('90'), fullYear('00'), fullYear('2022'), fullYear('1999')]).toEqual([2089, 1990, 2000, 2022, 1999]);
  });
  it('checks the calendar of the year it reads (29/2/24 is a day, 29/2/23 is not)', () => {
    expect(readLegacyDate('29/2/24')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(readLegacyDate('29/2/23')).toBeUndefined();
  });
  it('takes a line with a two-digit year for the date line', () => {
    expect(isDateLine('Cập nhật: 08:15 - 12/03/23')).toBe(true);
    expect(isDateLine('Thứ năm, 01/06/23 | 20:38')).toBe(true);
    expect(isDateLine('Thứ năm, 01/06/231')).toBe(false);
  });
  it('still reads no date from a number of three digits after the month', () => {
    expect(eventDateInText('Sáng 29/7/221, …', 2022)).toBeUndefined();
    expect(readLegacyDate('Số 29/7/221')).toBeUndefined();
  });
});

describe('isDateLine: a time before the date', () => {
  it('does not read the minutes and the day as a date with a two-digit year ("08:15 - 12/03/2023")', () => {
    expect(isDateLine('Cập nhật: 08:15 - 12/03/2023 | Tin tức')).toBe(true);
    expect(isDateLine('Ngày:29/07/2022')).toBe(true);
    expect(isDateLine('08:15 - 12/03 Hội nghị tổng kết')).toBe(false);
  });
});

describe('isDateLine: who posted it, spaces and punctuation', () => {
  it('leaves out "bởi …", "Đăng bởi: …", "Người đăng …" up to the next separator, at the start of the line too', () => {
    expect(isDateLine('Ngày đăng: 14/10/2023 bởi Ban biên tập')).toBe(true);
    expect(isDateLine('Bởi Ban biên tập | 29/07/2022')).toBe(true);
    expect(isDateLine('Đăng bởi:Ban biên tập | 29/07/2022')).toBe(true);
    expect(isDateLine('Người đăng: Nguyễn Văn An | 29/07/2022 | Lượt xem: 5')).toBe(true);
    expect(isDateLine('Posted by admin | 29/07/2022')).toBe(true);
  });
  it('does not take a word that only begins like "bởi" or "by" for a byline', () => {
    expect(isDateLine('Byte tin tức mới | 29/07/2022')).toBe(false);
  });
  it('looks at the line without the spaces around it', () => {
    expect(isDateLine(`${'29/07/2022'.padEnd(125)}`)).toBe(true);
    expect(isDateLine(`${'29/07/2022'.padStart(125)}`)).toBe(true);
  });
  it('counts two words however much punctuation stands between them', () => {
    expect(isDateLine('Tin – | tức 29/07/2022')).toBe(true);
  });
});

describe('readLegacyDate: twelve-hour times ("4:45:12 CH" of ASP.NET portals, "9:15 PM")', () => {
  it.each([
    ['18/06/2019 4:45:12 CH', '16:45'],
    ['18/06/2019 4:45 ch', '16:45'],
    ['18/06/2019 9:15 PM', '21:15'],
    ['18/06/2019 12:30 CH', '12:30'],
    ['18/06/2019 9:15:03 SA', '09:15'],
    ['18/06/2019 9:15 AM', '09:15'],
    ['18/06/2019 12:10 SA', '00:10'],
    ['18/06/2019 16:45 CH', '16:45'],
    ['18/06/2019 4:45', '04:45'],
    ['18/06/2019 4:45:12', '04:45'],
    ['18/06/2019 4:45:12  CH', '16:45'],
    ['18/06/2019 4:45 : 12 CH', '16:45'],
    ['18/06/2019 9:15 Pm', '21:15'],
  ])('reads "%s" as %s', (text, time) => {
    expect(readLegacyDate(text)).toEqual({ year: 2019, month: 6, day: 18, time });
  });
  it('reads the mark only as a word of its own', () => {
    expect(readLegacyDate('18/06/2019 4:45 chiều')?.time).toBe('04:45');
    expect(readLegacyDate('18/06/2019 4:45 sau')?.time).toBe('04:45');
  });
  it('takes a line with the mark for a date line', () => {
    expect(isDateLine('Ngày đăng: 18/06/2019 4:45:12 CH')).toBe(true);
  });
});
