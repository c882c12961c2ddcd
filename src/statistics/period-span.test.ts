import { describe, expect, it } from 'vitest';
import { contains, coversYear, describeCoverage, describeSpan, mergeSpans, nextDay, overlaps, spanDays, wholeYear, yearOf } from './period-span.ts';

const p = (from: string, to: string) => ({ from, to });

describe('period arithmetic', () => {
  it('counts days with both ends included, across month and leap-year ends', () => {
    expect(spanDays(p('2022-01-01', '2022-01-01'))).toBe(1);
    expect(spanDays(p('2024-01-01', '2024-12-31'))).toBe(366);
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2022-12-31')).toBe('2023-01-01');
  });

  it('tells containment, overlap and spans apart', () => {
    const year = wholeYear(2022);
    expect(year).toEqual(p('2022-01-01', '2022-12-31'));
    expect(contains(year, p('2022-01-01', '2022-06-30'))).toBe(true);
    expect(contains(year, year)).toBe(true);
    expect(contains(p('2022-01-01', '2022-06-30'), year)).toBe(false);
    expect(contains(p('2022-01-02', '2022-12-31'), year)).toBe(false);
    expect(overlaps(p('2022-01-01', '2022-06-30'), p('2022-06-30', '2022-12-31'))).toBe(true);
    expect(overlaps(p('2022-01-01', '2022-06-30'), p('2022-07-01', '2022-12-31'))).toBe(false);
    expect(overlaps(p('2022-07-01', '2022-12-31'), p('2022-01-01', '2022-06-30'))).toBe(false);
  });

  it('gives the year a period lies in, or none when it runs across years', () => {
    expect(yearOf(p('2022-03-01', '2022-03-31'))).toBe(2022);
    expect(yearOf(p('2016-01-01', '2023-05-31'))).toBeUndefined();
  });

  it('merges adjacent and overlapping spans, in date order', () => {
    expect(mergeSpans([p('2022-07-01', '2022-12-31'), p('2022-01-01', '2022-06-30')])).toEqual([wholeYear(2022)]);
    expect(mergeSpans([p('2022-01-01', '2022-08-31'), p('2022-03-01', '2022-04-30')])).toEqual([p('2022-01-01', '2022-08-31')]);
    expect(mergeSpans([p('2022-01-01', '2022-03-31'), p('2022-10-01', '2022-12-31')])).toEqual([p('2022-01-01', '2022-03-31'), p('2022-10-01', '2022-12-31')]);
    expect(mergeSpans([p('2022-01-01', '2022-03-31'), p('2022-04-02', '2022-04-30')])).toHaveLength(2);
    expect(mergeSpans([p('2022-05-01', '2022-05-01'), p('2022-01-01', '2022-01-31'), p('2022-01-01', '2022-02-28')])).toEqual([p('2022-01-01', '2022-02-28'), p('2022-05-01', '2022-05-01')]);
  });

  it('knows whether spans cover a whole year', () => {
    expect(coversYear([p('2022-01-01', '2022-06-30'), p('2022-07-01', '2022-12-31')], 2022)).toBe(true);
    expect(coversYear([p('2022-01-01', '2022-06-30')], 2022)).toBe(false);
    expect(coversYear([p('2021-01-01', '2023-12-31')], 2022)).toBe(true);
  });
});

describe('naming spans the way reports do', () => {
  it('names years, halves, quarters and single days', () => {
    expect(describeSpan(wholeYear(2022))).toBe('năm 2022');
    expect(describeSpan(p('2022-01-01', '2022-06-30'))).toBe('6 tháng đầu năm 2022');
    expect(describeSpan(p('2022-07-01', '2022-12-31'))).toBe('6 tháng cuối năm 2022');
    expect(describeSpan(p('2022-12-01', '2022-12-31'))).toBe('1 tháng cuối năm 2022');
    expect(describeSpan(p('2017-07-01', '2017-09-30'))).toBe('quý III năm 2017');
    expect(describeSpan(p('2017-01-01', '2017-03-31'))).toBe('quý I năm 2017');
    expect(describeSpan(p('2017-10-01', '2017-12-31'))).toBe('quý IV năm 2017');
    expect(describeSpan(p('2022-11-18', '2022-11-18'))).toBe('ngày 18/11/2022');
  });

  it('falls back to dates for other spans', () => {
    expect(describeSpan(p('2022-02-01', '2022-04-30'))).toBe('từ 01/02/2022 đến 30/04/2022');
    expect(describeSpan(p('2022-07-02', '2022-12-31'))).toBe('từ 02/07/2022 đến 31/12/2022');
    expect(describeSpan(p('2022-07-01', '2022-12-30'))).toBe('từ 01/07/2022 đến 30/12/2022');
    expect(describeSpan(p('2021-07-01', '2022-06-30'))).toBe('từ 01/07/2021 đến 30/06/2022');
    expect(describeSpan(p('2016-01-01', '2021-12-31'))).toBe('giai đoạn 2016–2021');
  });

  it('names what a total covers, span by span', () => {
    expect(describeCoverage([p('2022-07-01', '2022-09-30'), p('2022-01-01', '2022-03-31')])).toBe('quý I năm 2022, quý III năm 2022');
    expect(describeCoverage([p('2022-01-01', '2022-03-31'), p('2022-04-01', '2022-06-30')])).toBe('6 tháng đầu năm 2022');
  });
});
