import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, type NewsArticleInput } from './structured-data.ts';

const input: NewsArticleInput = {
  url: 'https://example.vn/bai-viet/so-ket/',
  headline: 'Sơ kết 6 tháng đầu năm 2022',
  description: 'Hội nghị sơ kết chương trình phối hợp.',
  publishedAt: new Date('2022-07-29T02:00:00Z'),
  author: 'Trần Thị Bình',
  publisher: 'Cổng thông tin huyện Gia Viễn',
  section: 'Sơ kết',
  keywords: ['Dân vận', 'Tân binh'],
};

describe('newsArticleJsonLd (schema.org NewsArticle for search engines)', () => {
  it('describes the article in Vietnamese with Vietnam-time dates', () => {
    expect(newsArticleJsonLd({ ...input, image: 'https://example.vn/anh.jpg', updatedAt: new Date('2022-08-01T03:30:00Z') })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: 'https://example.vn/bai-viet/so-ket/',
      url: 'https://example.vn/bai-viet/so-ket/',
      headline: 'Sơ kết 6 tháng đầu năm 2022',
      description: 'Hội nghị sơ kết chương trình phối hợp.',
      inLanguage: 'vi',
      datePublished: '2022-07-29T09:00:00+07:00',
      dateModified: '2022-08-01T10:30:00+07:00',
      author: { '@type': 'Person', name: 'Trần Thị Bình' },
      publisher: { '@type': 'Organization', name: 'Cổng thông tin huyện Gia Viễn' },
      image: ['https://example.vn/anh.jpg'],
      articleSection: 'Sơ kết',
      keywords: 'Dân vận, Tân binh',
    });
  });

  it('gives the publication date as the modification date of an article never updated', () => {
    expect(newsArticleJsonLd(input).dateModified).toBe('2022-07-29T09:00:00+07:00');
  });

  it('leaves out image and keywords when the article has none', () => {
    const ld = newsArticleJsonLd({ ...input, keywords: [] });
    expect(Object.hasOwn(ld, 'image')).toBe(false);
    expect(Object.hasOwn(ld, 'keywords')).toBe(false);
  });

  it('cuts the headline to the 110 characters search engines show', () => {
    const headline = 'x'.repeat(120);
    expect(newsArticleJsonLd({ ...input, headline }).headline).toBe('x'.repeat(110));
  });
});
