import { describe, expect, it } from 'vitest';
import { formatPeriod, isCalendarDate } from './period.ts';

describe('formatPeriod', () => {
  it('names a whole year, a first half and a multi-year programme', () => {
    expect(formatPeriod({ from: '2022-01-01', to: '2022-12-31' })).toBe('năm 2022');
    expect(formatPeriod({ from: '2022-01-01', to: '2022-06-30' })).toBe('6 tháng đầu năm 2022');
    expect(formatPeriod({ from: '2016-01-01', to: '2021-12-31' })).toBe('giai đoạn 2016–2021');
  });
  it('falls back to explicit dates', () => {
    expect(formatPeriod({ from: '2016-01-01', to: '2023-05-31' })).toBe('từ 01/01/2016 đến 31/05/2023');
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2022-02-30')).toBe(false);
    expect(isCalendarDate('2022-2-3')).toBe(false);
  });
});
