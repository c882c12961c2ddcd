import { describe, expect, it } from 'vitest';
import { formatPeriod, isCalendarDate, samePeriod } from './period.ts';

describe('formatPeriod', () => {
  it('names a whole year, a first half and a multi-year programme', () => {
    expect(formatPeriod({ from: '2022-01-01', to: '2022-12-31' })).toBe('năm 2022');
    expect(formatPeriod({ from: '2022-01-01', to: '2022-06-30' })).toBe('6 tháng đầu năm 2022');
    expect(formatPeriod({ from: '2016-01-01', to: '2021-12-31' })).toBe('giai đoạn 2016–2021');
  });

  it('names the first months of a year by the month they end in, February of a leap year included', () => {
    expect(formatPeriod({ from: '2023-01-01', to: '2023-01-31' })).toBe('1 tháng đầu năm 2023');
    expect(formatPeriod({ from: '2023-01-01', to: '2023-09-30' })).toBe('9 tháng đầu năm 2023');
    expect(formatPeriod({ from: '2024-01-01', to: '2024-02-29' })).toBe('2 tháng đầu năm 2024');
    expect(formatPeriod({ from: '2023-01-01', to: '2023-02-28' })).toBe('2 tháng đầu năm 2023');
  });

  it('falls back to explicit dates', () => {
    expect(formatPeriod({ from: '2016-01-01', to: '2023-05-31' })).toBe('từ 01/01/2016 đến 31/05/2023');
  });

  it('writes explicit dates when the span does not end on the last day of a month', () => {
    expect(formatPeriod({ from: '2024-01-01', to: '2024-02-28' })).toBe('từ 01/01/2024 đến 28/02/2024');
    expect(formatPeriod({ from: '2022-01-01', to: '2022-06-29' })).toBe('từ 01/01/2022 đến 29/06/2022');
    expect(formatPeriod({ from: '2022-01-01', to: '2022-12-30' })).toBe('từ 01/01/2022 đến 30/12/2022');
  });

  it('writes explicit dates when the span does not start on 1 January', () => {
    expect(formatPeriod({ from: '2022-07-01', to: '2022-12-31' })).toBe('từ 01/07/2022 đến 31/12/2022');
    expect(formatPeriod({ from: '2022-01-02', to: '2022-12-31' })).toBe('từ 02/01/2022 đến 31/12/2022');
    expect(formatPeriod({ from: '2016-02-01', to: '2021-12-31' })).toBe('từ 01/02/2016 đến 31/12/2021');
  });

  it('calls a span of several years a "giai đoạn" only when it ends on 31 December', () => {
    expect(formatPeriod({ from: '2021-01-01', to: '2022-11-30' })).toBe('từ 01/01/2021 đến 30/11/2022');
    expect(formatPeriod({ from: '2021-01-01', to: '2022-06-30' })).toBe('từ 01/01/2021 đến 30/06/2022');
  });
});

describe('samePeriod (figures may be compared or added only over one span)', () => {
  const year2022 = { from: '2022-01-01', to: '2022-12-31' };
  it('is true only when both ends agree', () => {
    expect(samePeriod(year2022, { from: '2022-01-01', to: '2022-12-31' })).toBe(true);
    expect(samePeriod(year2022, { from: '2022-01-01', to: '2022-06-30' })).toBe(false);
    expect(samePeriod(year2022, { from: '2021-01-01', to: '2022-12-31' })).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2022-02-30')).toBe(false);
    expect(isCalendarDate('2022-2-3')).toBe(false);
  });

  it('accepts 1 January and 31 December and refuses the days around them', () => {
    expect(isCalendarDate('2022-01-01')).toBe(true);
    expect(isCalendarDate('2022-12-31')).toBe(true);
    expect(isCalendarDate('2022-01-00')).toBe(false);
    expect(isCalendarDate('2022-12-32')).toBe(false);
    expect(isCalendarDate('2022-00-10')).toBe(false);
    expect(isCalendarDate('2022-13-01')).toBe(false);
  });

  it('refuses a leap day outside a leap year', () => {
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it('refuses a year that Date would read as 19xx', () => {
    expect(isCalendarDate('0022-06-15')).toBe(false);
  });

  it('refuses anything around the date', () => {
    expect(isCalendarDate(' 2022-06-15')).toBe(false);
    expect(isCalendarDate('2022-06-15T00:00')).toBe(false);
    expect(isCalendarDate('12022-06-15')).toBe(false);
  });
});
