import { describe, expect, it } from 'vitest';
import { foldForSearch, SLUG_PATTERN, slugify, stripDiacritics } from './slug.ts';

describe('slugify', () => {
  it('drops tone marks and maps đ to d', () => {
    expect(slugify('Đoàn Thanh niên huyện Đắk Mil')).toBe('doan-thanh-nien-huyen-dak-mil');
    expect(slugify('Sơ kết 6 tháng đầu năm 2022')).toBe('so-ket-6-thang-dau-nam-2022');
  });

  it('turns every run of spaces and punctuation into one hyphen and trims them at both ends', () => {
    expect(slugify('  «Tổng kết» – chương trình, năm 2022!  ')).toBe('tong-ket-chuong-trinh-nam-2022');
    expect(slugify('!!!')).toBe('');
  });

  it('cuts a long title at the last word boundary within the limit', () => {
    const title = 'Hội nghị tổng kết chương trình phối hợp giữa Bộ Chỉ huy Quân sự tỉnh và các tổ chức chính trị - xã hội';
    // "hoi-nghi-tong-ket-chuong-trinh-phoi-hop-giua-bo" is 47 characters: "bo" would cross 45.
    expect(slugify(title, 45)).toBe('hoi-nghi-tong-ket-chuong-trinh-phoi-hop-giua');
  });

  it('keeps a slug of exactly the maximum length whole', () => {
    expect(slugify('Gia Viễn', 8)).toBe('gia-vien');
  });

  it('keeps the last word of a longer title when it ends exactly at the maximum length', () => {
    expect(slugify('Gia Viễn sơ kết', 8)).toBe('gia-vien');
    expect(slugify('Gia Viễn sơ kết', 7)).toBe('gia');
  });

  it('cuts a single word longer than the limit at the limit', () => {
    expect(slugify('Chươngtrìnhphốihợp', 8)).toBe('chuongtr');
  });

  it('limits slugs to 80 characters unless told otherwise', () => {
    const words = Array.from({ length: 30 }, (_, i) => `tu${i}`).join(' ');
    const slug = slugify(words);
    expect(slug).toBe('tu0-tu1-tu2-tu3-tu4-tu5-tu6-tu7-tu8-tu9-tu10-tu11-tu12-tu13-tu14-tu15-tu16-tu17');
    expect(slug.length).toBeLessThanOrEqual(80);
  });
});

describe('SLUG_PATTERN', () => {
  it('accepts what slugify makes and nothing with capitals, diacritics or stray hyphens', () => {
    expect(SLUG_PATTERN.test(slugify('Sơ kết 6 tháng đầu năm 2022'))).toBe(true);
    for (const bad of ['', 'So-ket', 'sơ-kết', 'so--ket', '-so-ket', 'so-ket-', 'so ket', 'so_ket']) {
      expect(SLUG_PATTERN.test(bad), bad).toBe(false);
    }
  });
});

describe('foldForSearch', () => {
  it('folds every Vietnamese letter to plain ASCII, including Đ', () => {
    expect(foldForSearch('Đảng ủy Quân sự')).toBe('dang uy quan su');
    expect(foldForSearch('Ưu tiên ĐỒNG BÀO')).toBe('uu tien dong bao');
  });
});

describe('stripDiacritics', () => {
  it('removes the marks and keeps the case, đ and Đ included', () => {
    expect(stripDiacritics('Đoàn Thanh niên đồn Biên phòng')).toBe('Doan Thanh nien don Bien phong');
  });
});
