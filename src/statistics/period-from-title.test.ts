import { describe, expect, it } from 'vitest';
import { periodFromTitle } from './period-from-title.ts';

const read = (title: string, year = 2025) => periodFromTitle(title, year);

describe('the period a review title names', () => {
  it('reads the first months of a year', () => {
    expect(read('Sơ kết 6 tháng đầu năm 2025')).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(read('Sơ kết 9 tháng năm 2023')).toEqual({ from: '2023-01-01', to: '2023-09-30' });
    expect(read('Sơ kết 2 tháng năm 2024')).toEqual({ from: '2024-01-01', to: '2024-02-29' });
  });

  it('reads the last months of a year', () => {
    expect(read('Sơ kết 6 tháng cuối năm 2022')).toEqual({ from: '2022-07-01', to: '2022-12-31' });
  });

  it('takes the year of publication when the title gives none', () => {
    expect(read('Gio Linh sơ kết 6 tháng phối hợp', 2018)).toEqual({ from: '2018-01-01', to: '2018-06-30' });
  });

  it('reads a quarter in Roman or Arabic numerals', () => {
    expect(read('Giao ban quý III năm 2017')).toEqual({ from: '2017-07-01', to: '2017-09-30' });
    expect(read('Giao ban quý 4 năm 2017')).toEqual({ from: '2017-10-01', to: '2017-12-31' });
    expect(read('Giao ban QUÝ I', 2020)).toEqual({ from: '2020-01-01', to: '2020-03-31' });
    expect(read('Giao ban quý II năm 2020')).toEqual({ from: '2020-04-01', to: '2020-06-30' });
  });

  it('reads a whole year and a range of years', () => {
    expect(read('Triệu Phong tổng kết công tác phối hợp dân vận năm 2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(read('Tổng kết giai đoạn 2016 - 2021')).toEqual({ from: '2016-01-01', to: '2021-12-31' });
    expect(read('Tổng kết chương trình 2016–2021')).toEqual({ from: '2016-01-01', to: '2021-12-31' });
  });

  it('suggests nothing it cannot read with certainty', () => {
    expect(read('Nho Quan tổng kết 5 năm phối hợp năm 2021')).toBeUndefined();
    expect(read('Tổng kết chương trình phối hợp')).toBeUndefined();
    expect(read('Sơ kết 13 tháng')).toBeUndefined();
    expect(read('Tổng kết 2021 - 2016')).toBeUndefined();
    expect(read('Sơ kết 0 tháng')).toBeUndefined();
  });
});
