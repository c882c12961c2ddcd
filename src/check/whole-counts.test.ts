import { describe, expect, it } from 'vitest';
import { checkWholeCounts, countsWhole, thousandsReading } from './whole-counts.ts';

const catalogue = [
  { key: 'nhap-ngu', label: 'Thanh niên nhập ngũ', unit: 'người' },
  { key: 'duong', label: 'Đường giao thông nông thôn', unit: 'km' },
  { key: 'ty-le', label: 'Tỷ lệ hoàn thành', unit: ' % ' },
  { key: 'tien', label: 'Giá trị quà', unit: 'đồng' },
  { key: 'bep', label: 'Bếp ăn', unit: 'suất', decimal: true },
];
const lines: Record<string, number> = { 'indicators.0.value': 9, 'indicators.1.value': 10, 'indicators.2.value': 11 };
const lineOf = (path: ReadonlyArray<PropertyKey>) => lines[path.join('.')];
const run = (values: Array<[string, number]>, reported?: Set<number>) =>
  checkWholeCounts('a.md', values.map(([key, value]) => ({ key, value })), catalogue, lineOf, reported);

describe('whole counts', () => {
  it('refuses 1,6 people at the value, naming the indicator, its unit and the 1600 it probably was', () => {
    expect(run([['nhap-ngu', 1.6]])).toEqual([
      {
        file: 'a.md',
        line: 9,
        field: 'indicators[0].value',
        message:
          'Chỉ tiêu "Thanh niên nhập ngũ" đếm bằng người nên phải là số nguyên; nhận được 1,6. Nếu ý là 1.600 thì hãy viết liền: 1600 (dấu chấm bị máy hiểu là dấu thập phân); nếu chỉ tiêu này thật sự có phần thập phân, thêm "decimal: true" cho nó trong indicators.yaml',
      },
    ]);
  });

  it('accepts whole counts, and decimals in measures (km, %) or where the catalogue allows them', () => {
    expect(run([['nhap-ngu', 1600], ['duong', 12.5], ['ty-le', 97.5], ['bep', 2.5]])).toEqual([]);
  });

  it('refuses a fraction of a đồng and gives the line of the right entry', () => {
    const [error] = run([['duong', 3], ['tien', 120.5]]);
    expect(error).toMatchObject({ line: 10, field: 'indicators[1].value' });
    expect(error?.message).toContain('Nếu ý là 120.500 thì hãy viết liền: 120500');
  });

  it('says only "write a whole number" when no thousands reading fits', () => {
    const [error] = run([['nhap-ngu', 1.2345]]);
    expect(error?.message).toContain('nhận được 1,2345. Hãy viết số nguyên; nếu chỉ tiêu');
  });

  it('leaves an entry already refused for its dotted source, and keys the catalogue lacks, to their own errors', () => {
    expect(run([['nhap-ngu', 1.6], ['khong-co', 1.5]], new Set([0]))).toEqual([]);
    expect(checkWholeCounts('a.md', undefined, catalogue, lineOf)).toEqual([]);
  });

  it('knows which units count whole things', () => {
    expect(countsWhole({ key: 'a', label: 'a', unit: 'ngày công' })).toBe(true);
    expect(countsWhole({ key: 'a', label: 'a', unit: 'm³' })).toBe(false);
    expect(countsWhole({ key: 'a', label: 'a', unit: 'nhà', decimal: true })).toBe(false);
    expect(countsWhole({ key: 'a', label: 'a', unit: 'nhà', decimal: 'true' })).toBe(true);
  });

  it('reads a value with up to three decimals as thousands', () => {
    expect(thousandsReading(1.6)).toBe(1600);
    expect(thousandsReading(12.05)).toBe(12050);
    expect(thousandsReading(0.125)).toBe(125);
    expect(thousandsReading(1.0005)).toBeUndefined();
  });
});
