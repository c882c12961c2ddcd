import { describe, expect, it } from 'vitest';
import { eventDateInText, formatPublishedAt, isDateLine, likelyYear, readLegacyDate } from './legacy-dates.ts';

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
