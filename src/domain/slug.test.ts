import { describe, expect, it } from 'vitest';
import { foldForSearch, slugify } from './slug.ts';

describe('slugify', () => {
  it('drops tone marks and maps đ to d', () => {
    expect(slugify('Đoàn Thanh niên huyện Đắk Mil')).toBe('doan-thanh-nien-huyen-dak-mil');
    expect(slugify('Sơ kết 6 tháng đầu năm 2022')).toBe('so-ket-6-thang-dau-nam-2022');
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Hội nghị tổng kết chương trình phối hợp giữa Bộ Chỉ huy Quân sự tỉnh và các tổ chức chính trị - xã hội', 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
    expect('hoi-nghi-tong-ket-chuong-trinh-phoi-hop-giua'.startsWith(slug)).toBe(true);
  });
});

describe('foldForSearch', () => {
  it('folds every Vietnamese letter to plain ASCII, including Đ', () => {
    expect(foldForSearch('Đảng ủy Quân sự')).toBe('dang uy quan su');
    expect(foldForSearch('Ưu tiên ĐỒNG BÀO')).toBe('uu tien dong bao');
  });
});
