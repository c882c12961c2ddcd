import { describe, expect, it } from 'vitest';
import { formatMoney, formatQuantity, formatVietnameseNumber, parseVietnameseNumber } from './vietnamese-number.ts';

describe('formatVietnameseNumber', () => {
  it('groups thousands with a dot', () => {
    expect(formatVietnameseNumber(1600)).toBe('1.600');
    expect(formatVietnameseNumber(3898151)).toBe('3.898.151');
    expect(formatVietnameseNumber(100_000)).toBe('100.000');
    expect(formatVietnameseNumber(1000)).toBe('1.000');
    expect(formatVietnameseNumber(999)).toBe('999');
  });
  it('writes decimals with a comma and drops trailing zeros', () => {
    expect(formatVietnameseNumber(12.6)).toBe('12,6');
    expect(formatVietnameseNumber(1.5)).toBe('1,5');
    expect(formatVietnameseNumber(0.5)).toBe('0,5');
    expect(formatVietnameseNumber(2.0)).toBe('2');
    expect(formatVietnameseNumber(2.10)).toBe('2,1');
    expect(formatVietnameseNumber(1.05)).toBe('1,05');
  });
  it('rounds to two decimals unless told otherwise, and never groups the decimals', () => {
    expect(formatVietnameseNumber(1234567.891)).toBe('1.234.567,89');
    expect(formatVietnameseNumber(0.12345, 4)).toBe('0,1235');
    expect(formatVietnameseNumber(2.4, 0)).toBe('2');
  });
  it('puts the minus sign before the grouped digits', () => {
    expect(formatVietnameseNumber(-1600)).toBe('-1.600');
    expect(formatVietnameseNumber(-0.5)).toBe('-0,5');
  });
});

describe('formatMoney', () => {
  it('reads millions and billions the way reports do', () => {
    expect(formatMoney(12_600_000)).toBe('12,6 triệu đồng');
    expect(formatMoney(7_000_000_000)).toBe('7 tỷ đồng');
    expect(formatMoney(120_500_000)).toBe('120,5 triệu đồng');
    expect(formatMoney(5_100_000_000)).toBe('5,1 tỷ đồng');
  });
  it('writes sums under a million in full', () => {
    expect(formatMoney(25_000)).toBe('25.000 đồng');
    expect(formatMoney(0)).toBe('0 đồng');
  });
  it('switches to triệu at exactly 1 000 000 and to tỷ at exactly 1 000 000 000', () => {
    expect(formatMoney(999_999)).toBe('999.999 đồng');
    expect(formatMoney(1_000_000)).toBe('1 triệu đồng');
    expect(formatMoney(999_000_000)).toBe('999 triệu đồng');
    expect(formatMoney(1_000_000_000)).toBe('1 tỷ đồng');
  });
  it('keeps up to three decimals of triệu and tỷ, so thousands of đồng are not lost', () => {
    expect(formatMoney(1_234_000)).toBe('1,234 triệu đồng');
    expect(formatMoney(2_345_600_000)).toBe('2,346 tỷ đồng');
  });
  it('writes whole đồng under a million', () => {
    expect(formatMoney(1500.4)).toBe('1.500 đồng');
  });
  it('scales a negative sum (a decrease) by its size', () => {
    expect(formatMoney(-2_500_000)).toBe('-2,5 triệu đồng');
    expect(formatMoney(-3_000_000_000)).toBe('-3 tỷ đồng');
  });
});

describe('formatQuantity', () => {
  it('puts the qualifier word before the figure', () => {
    expect(formatQuantity(7_000_000_000, 'đồng', 'over')).toBe('trên 7 tỷ đồng');
    expect(formatQuantity(45_000, 'lượt', 'under')).toBe('gần 45.000 lượt');
    expect(formatQuantity(1600, 'người')).toBe('1.600 người');
    expect(formatQuantity(52_000, 'suất', 'approx')).toBe('khoảng 52.000 suất');
  });
  it('writes an exact figure with no word before it', () => {
    expect(formatQuantity(1600, 'người', 'exact')).toBe('1.600 người');
    expect(formatQuantity(1_000_000, 'đồng', 'exact')).toBe('1 triệu đồng');
  });
  it('writes percentages without a space', () => {
    expect(formatQuantity(100, '%')).toBe('100%');
    expect(formatQuantity(12.5, '%', 'over')).toBe('trên 12,5%');
  });
  it('writes money in triệu and tỷ only when the unit is đồng', () => {
    expect(formatQuantity(2_000_000, 'lượt')).toBe('2.000.000 lượt');
  });
});

describe('parseVietnameseNumber', () => {
  it('reads dots as thousands separators', () => {
    expect(parseVietnameseNumber('1.600')).toBe(1600);
    expect(parseVietnameseNumber('120.500.000đ')).toBe(120_500_000);
    expect(parseVietnameseNumber('1.600,5')).toBe(1600.5);
    expect(parseVietnameseNumber('1.600,25')).toBe(1600.25);
  });
  it('reads scale words and decimal commas', () => {
    expect(parseVietnameseNumber('12,6 triệu')).toBe(12_600_000);
    expect(parseVietnameseNumber('5.100 triệu đồng')).toBe(5_100_000_000);
    expect(parseVietnameseNumber('1,5 tỉ')).toBe(1_500_000_000);
    expect(parseVietnameseNumber('2 tỷ')).toBe(2_000_000_000);
    expect(parseVietnameseNumber('1,5')).toBe(1.5);
  });
  it('reads nghìn and ngàn as a thousand, not a million', () => {
    expect(parseVietnameseNumber('45 nghìn')).toBe(45_000);
    expect(parseVietnameseNumber('45 ngàn')).toBe(45_000);
    expect(parseVietnameseNumber('45ngàn đồng')).toBe(45_000);
  });
  it('reads every way of writing đồng, in any case and with spaces around', () => {
    for (const text of ['25.000 đồng', '25.000đ', '25.000 VNĐ', '25.000 vnd', '  25.000  ', '25 NGHÌN']) {
      expect(parseVietnameseNumber(text), text).toBe(25_000);
    }
    expect(parseVietnameseNumber('12,6 Triệu Đồng')).toBe(12_600_000);
  });
  it('reads spaces between groups of digits', () => {
    expect(parseVietnameseNumber('1 600 000')).toBe(1_600_000);
  });
  it('reads a minus sign', () => {
    expect(parseVietnameseNumber('-1.600')).toBe(-1600);
    expect(parseVietnameseNumber('-2,5 triệu')).toBe(-2_500_000);
  });
  it('reads a dot as the decimal mark only before a scale word', () => {
    expect(parseVietnameseNumber('1.5 triệu')).toBe(1_500_000);
    expect(parseVietnameseNumber('1.5')).toBeNull();
    expect(parseVietnameseNumber('-1.25 tỷ')).toBe(-1_250_000_000);
    expect(parseVietnameseNumber('12.5 triệu')).toBe(12_500_000);
  });
  it('keeps three decimals at most', () => {
    expect(parseVietnameseNumber('1,23456')).toBe(1.235);
  });
  it('refuses text that is not a number', () => {
    expect(parseVietnameseNumber('nhiều')).toBeNull();
    expect(parseVietnameseNumber('1.60')).toBeNull();
    expect(parseVietnameseNumber('')).toBeNull();
    expect(parseVietnameseNumber('triệu')).toBeNull();
    expect(parseVietnameseNumber('12,6,7')).toBeNull();
    expect(parseVietnameseNumber('1.600.00')).toBeNull();
    expect(parseVietnameseNumber('1234.567')).toBeNull();
    expect(parseVietnameseNumber('1600 người')).toBeNull();
    expect(parseVietnameseNumber('khoảng 1600')).toBeNull();
    expect(parseVietnameseNumber('1.600.000,5.3')).toBeNull();
    expect(parseVietnameseNumber('1..6 triệu')).toBeNull();
    expect(parseVietnameseNumber('1--6')).toBeNull();
  });
  it('refuses a figure too large to hold', () => {
    expect(parseVietnameseNumber('9'.repeat(400))).toBeNull();
  });
});
