import { describe, expect, it } from 'vitest';
import {
  dateFromYaml,
  formatArticleDateTime,
  formatShortDate,
  localParts,
  localYear,
  parseLocalDateTime,
  toLocalIso,
} from './vietnamese-date.ts';

const parsed = (text: string) => {
  const result = parseLocalDateTime(text);
  if (!result.ok) throw new Error(`expected ${text} to parse`);
  return result.date;
};

describe('parseLocalDateTime', () => {
  it('reads a wall-clock time as Vietnam time', () => {
    expect(parsed('2022-07-29T09:00').toISOString()).toBe('2022-07-29T02:00:00.000Z');
  });
  it('reads a date alone as midnight in Vietnam, so 1 January is still 31 December in UTC', () => {
    expect(parsed('2023-01-01').toISOString()).toBe('2022-12-31T17:00:00.000Z');
  });
  it('reads seconds, and a space instead of the T, and ignores spaces around the value', () => {
    expect(parsed('2022-07-29T09:00:45').toISOString()).toBe('2022-07-29T02:00:45.000Z');
    expect(parsed('2022-07-29 09:05').toISOString()).toBe('2022-07-29T02:05:00.000Z');
    expect(parsed('  2022-07-29T09:00  ').toISOString()).toBe('2022-07-29T02:00:00.000Z');
  });
  it('keeps an explicit offset', () => {
    expect(parsed('2022-07-29T09:00Z').toISOString()).toBe('2022-07-29T09:00:00.000Z');
    expect(parsed('2022-07-29T09:00+08:00').toISOString()).toBe('2022-07-29T01:00:00.000Z');
    expect(parsed('2022-07-29T09:00-05:00').toISOString()).toBe('2022-07-29T14:00:00.000Z');
  });
  it('rejects a date that does not exist', () => {
    expect(parseLocalDateTime('2022-02-30')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(parseLocalDateTime('2023-02-29')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(parseLocalDateTime('2022-13-01')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(parseLocalDateTime('0022-06-15')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(parseLocalDateTime('2024-02-29').ok).toBe(true);
  });
  it('refuses hour 24, minute 60 and second 60, and accepts 23:59:59', () => {
    expect(parseLocalDateTime('2022-07-29T24:00')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(parseLocalDateTime('2022-07-29T09:60')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(parseLocalDateTime('2022-07-29T09:00:60')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(parsed('2022-12-31T23:59:59').toISOString()).toBe('2022-12-31T16:59:59.000Z');
  });
  it('rejects other formats', () => {
    expect(parseLocalDateTime('29/07/2022')).toEqual({ ok: false, reason: 'format' });
    expect(parseLocalDateTime('2022-07-29T9:00')).toEqual({ ok: false, reason: 'format' });
    expect(parseLocalDateTime('2022-07-29T09')).toEqual({ ok: false, reason: 'format' });
    expect(parseLocalDateTime('2022-07-29T09:00+0700')).toEqual({ ok: false, reason: 'format' });
    expect(parseLocalDateTime('ngày 2022-07-29')).toEqual({ ok: false, reason: 'format' });
    expect(parseLocalDateTime('2022-07-29 sáng')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('formatArticleDateTime', () => {
  it('names the weekday and gives day/month/year and time', () => {
    expect(formatArticleDateTime(parsed('2022-07-29T09:00'))).toBe('Thứ Sáu, 29/07/2022 09:00');
    expect(formatArticleDateTime(parsed('2023-02-28T20:38'))).toBe('Thứ Ba, 28/02/2023 20:38');
  });
  it('names every day of the week, Sunday to Saturday', () => {
    const week = ['24', '25', '26', '27', '28', '29', '30'].map((d) => formatArticleDateTime(parsed(`2022-07-${d}`)).split(',')[0]);
    expect(week).toEqual(['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']);
  });
  it('leaves the time out when only a date was given', () => {
    expect(formatArticleDateTime(parsed('2017-12-31'))).toBe('Chủ Nhật, 31/12/2017');
  });
  it('shows a time in the first hour after midnight and a time on the hour', () => {
    expect(formatArticleDateTime(parsed('2022-07-29T00:05'))).toBe('Thứ Sáu, 29/07/2022 00:05');
    expect(formatArticleDateTime(parsed('2022-07-29T07:00'))).toBe('Thứ Sáu, 29/07/2022 07:00');
  });
  it('uses the Vietnamese calendar day late in the evening', () => {
    expect(formatArticleDateTime(new Date('2023-06-01T16:30:00Z'))).toBe('Thứ Năm, 01/06/2023 23:30');
  });
});

describe('formatShortDate', () => {
  it('pads day and month to two digits', () => {
    expect(formatShortDate(parsed('2022-03-05T10:00'))).toBe('05/03/2022');
  });
  it('gives the Vietnamese date across the UTC day boundary', () => {
    expect(formatShortDate(new Date('2022-12-31T17:00:00Z'))).toBe('01/01/2023');
    expect(formatShortDate(new Date('2022-12-31T16:59:59Z'))).toBe('31/12/2022');
  });
});

describe('localParts', () => {
  it('gives the calendar fields as seen in Vietnam', () => {
    expect(localParts(new Date('2022-12-31T17:30:00Z'))).toEqual({ year: 2023, month: 1, day: 1, hour: 0, minute: 30, weekday: 0 });
  });
});

describe('localYear (the year folder and year archive an article belongs to)', () => {
  it('is the new year from midnight of 1 January in Vietnam', () => {
    expect(localYear(parsed('2023-01-01'))).toBe(2023);
  });
  it('is still the old year at 23:59 on 31 December in Vietnam', () => {
    expect(localYear(parsed('2022-12-31T23:59'))).toBe(2022);
  });
});

describe('toLocalIso', () => {
  it('writes the instant with the Vietnam offset, seconds included', () => {
    expect(toLocalIso(parsed('2022-07-29T09:05:07'))).toBe('2022-07-29T09:05:07+07:00');
  });
  it('moves to the next day after 17:00 UTC', () => {
    expect(toLocalIso(new Date('2022-12-31T17:30:00Z'))).toBe('2023-01-01T00:30:00+07:00');
  });
  it('gives the right seconds for instants before 1970', () => {
    expect(toLocalIso(new Date('1969-12-31T23:59:58Z'))).toBe('1970-01-01T06:59:58+07:00');
  });
});

describe('dateFromYaml', () => {
  it('treats an unquoted YAML date as a local calendar date', () => {
    expect(toLocalIso(dateFromYaml(new Date('2022-07-29T00:00:00Z')))).toBe('2022-07-29T00:00:00+07:00');
  });
  it('keeps an unquoted 1 January in its year', () => {
    expect(localYear(dateFromYaml(new Date('2023-01-01T00:00:00Z')))).toBe(2023);
  });
  it('leaves any other instant as it is, even a few seconds or minutes after midnight UTC', () => {
    for (const iso of ['2022-07-29T02:00:00.000Z', '2022-07-29T00:30:00.000Z', '2022-07-29T00:00:30.000Z']) {
      expect(dateFromYaml(new Date(iso)).toISOString()).toBe(iso);
    }
  });
});
