import { describe, expect, it } from 'vitest';
import { formatMoney, formatQuantity, formatVietnameseNumber, parseVietnameseNumber } from './vietnamese-number.ts';

describe('formatVietnameseNumber', () => {
  it('groups thousands with a dot', () => {
    expect(formatVietnameseNumber(1600)).toBe('1.600');
    expect(formatVietnameseNumber(3898151)).toBe('3.898.151');
    expect(formatVietnameseNumber(999)).toBe('999');
  });
  it('writes decimals with a comma and drops trailing zeros', () => {
    expect(formatVietnameseNumber(12.6)).toBe('12,6');
    expect(formatVietnameseNumber(1.5)).toBe('1,5');
    expect(formatVietnameseNumber(2.0)).toBe('2');
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
  });
});

describe('formatQuantity', () => {
  it('puts the qualifier word before the figure', () => {
    expect(formatQuantity(7_000_000_000, 'đồng', 'over')).toBe('trên 7 tỷ đồng');
    expect(formatQuantity(45_000, 'lượt', 'under')).toBe('gần 45.000 lượt');
    expect(formatQuantity(1600, 'người')).toBe('1.600 người');
    expect(formatQuantity(52_000, 'suất', 'approx')).toBe('khoảng 52.000 suất');
  });
  it('writes percentages without a space', () => {
    expect(formatQuantity(100, '%')).toBe('100%');
  });
});

describe('parseVietnameseNumber', () => {
  it('reads dots as thousands separators', () => {
    expect(parseVietnameseNumber('1.600')).toBe(1600);
    expect(parseVietnameseNumber('120.500.000đ')).toBe(120_500_000);
  });
  it('reads scale words and decimal commas', () => {
    expect(parseVietnameseNumber('12,6 triệu')).toBe(12_600_000);
    expect(parseVietnameseNumber('5.100 triệu đồng')).toBe(5_100_000_000);
    expect(parseVietnameseNumber('1,5 tỉ')).toBe(1_500_000_000);
  });
  it('refuses text that is not a number', () => {
    expect(parseVietnameseNumber('nhiều')).toBeNull();
    expect(parseVietnameseNumber('1.60')).toBeNull();
  });
});
