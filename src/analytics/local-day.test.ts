import { describe, expect, it } from 'vitest';
import { endOfLocalDay, localDate, localDay, localIsoTime, mondayOf } from './local-day.ts';

const vn = (iso: string) => Date.parse(`${iso}+07:00`);

describe('local days in Vietnam time', () => {
  it('starts a day at midnight in Hanoi, not in UTC', () => {
    expect(localDate(localDay(vn('2024-06-28T00:00:00')))).toBe('2024-06-28');
    expect(localDate(localDay(vn('2024-06-27T23:59:59')))).toBe('2024-06-27');
    // 20:00 UTC on the 27th is already 03:00 on the 28th in Vietnam.
    expect(localDate(localDay(Date.UTC(2024, 5, 27, 20)))).toBe('2024-06-28');
    expect(localDay(vn('2024-06-28T23:59:59')) - localDay(vn('2024-06-28T00:00:00'))).toBe(0);
  });

  it('ends a day at the next local midnight', () => {
    const day = localDay(vn('2024-06-28T12:00:00'));
    expect(endOfLocalDay(day)).toBe(vn('2024-06-29T00:00:00'));
  });

  it('starts weeks on Monday', () => {
    const monday = localDay(vn('2024-06-24T00:00:00'));
    for (let d = 0; d < 7; d++) expect(mondayOf(monday + d), `day ${d}`).toBe(monday);
    expect(mondayOf(monday + 7)).toBe(monday + 7);
    expect(mondayOf(monday - 1)).toBe(monday - 7);
    expect(localDate(mondayOf(localDay(vn('2024-06-30T23:00:00'))))).toBe('2024-06-24');
  });

  it('writes a moment as local time with its offset', () => {
    expect(localIsoTime(Date.UTC(2024, 5, 27, 20, 5, 9))).toBe('2024-06-28T03:05:09+07:00');
  });
});
