import { describe, expect, it } from 'vitest';
import { dateFromYaml, formatArticleDateTime, parseLocalDateTime, toLocalIso } from './vietnamese-date.ts';

const parsed = (text: string) => {
  const result = parseLocalDateTime(text);
  if (!result.ok) throw new Error(`expected ${text} to parse`);
  return result.date;
};

describe('parseLocalDateTime', () => {
  it('reads a wall-clock time as Vietnam time', () => {
    expect(parsed('2022-07-29T09:00').toISOString()).toBe('2022-07-29T02:00:00.000Z');
  });
  it('keeps an explicit offset', () => {
    expect(parsed('2022-07-29T09:00Z').toISOString()).toBe('2022-07-29T09:00:00.000Z');
  });
  it('rejects a date that does not exist', () => {
    expect(parseLocalDateTime('2022-02-30')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(parseLocalDateTime('2023-02-29')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(parseLocalDateTime('2024-02-29').ok).toBe(true);
  });
  it('rejects other formats', () => {
    expect(parseLocalDateTime('29/07/2022')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('formatArticleDateTime', () => {
  it('names the weekday and gives day/month/year and time', () => {
    expect(formatArticleDateTime(parsed('2022-07-29T09:00'))).toBe('Thứ Sáu, 29/07/2022 09:00');
    expect(formatArticleDateTime(parsed('2023-02-28T20:38'))).toBe('Thứ Ba, 28/02/2023 20:38');
  });
  it('leaves the time out when only a date was given', () => {
    expect(formatArticleDateTime(parsed('2017-12-31'))).toBe('Chủ Nhật, 31/12/2017');
  });
  it('uses the Vietnamese calendar day late in the evening', () => {
    expect(formatArticleDateTime(new Date('2023-06-01T16:30:00Z'))).toBe('Thứ Năm, 01/06/2023 23:30');
  });
});

describe('dateFromYaml', () => {
  it('treats an unquoted YAML date as a local calendar date', () => {
    expect(toLocalIso(dateFromYaml(new Date('2022-07-29T00:00:00Z')))).toBe('2022-07-29T00:00:00+07:00');
  });
});
