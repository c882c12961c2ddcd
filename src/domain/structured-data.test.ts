import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, type NewsArticleInput } from './structured-data.ts';

const input: NewsArticleInput = {
  url: 'https://x.vn/bai-viet/a/',
  headline: 'Hội nghị sơ kết',
  description: 'Tóm tắt',
  publishedAt: new Date('2024-06-28T01:30:00Z'),
  author: 'Minh Đức',
  publisher: { name: 'Cổng mẫu', logo: 'https://x.vn/logo.png' },
  section: 'Sơ kết',
  keywords: ['dân vận', 'tuyển quân'],
};

describe('NewsArticle structured data', () => {
  it('describes the article, its author and its publisher with the agency’s logo', () => {
    expect(newsArticleJsonLd({ ...input, image: 'https://x.vn/anh.jpg' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: 'https://x.vn/bai-viet/a/',
      url: 'https://x.vn/bai-viet/a/',
      headline: 'Hội nghị sơ kết',
      description: 'Tóm tắt',
      inLanguage: 'vi',
      datePublished: '2024-06-28T08:30:00+07:00',
      dateModified: '2024-06-28T08:30:00+07:00',
      author: { '@type': 'Person', name: 'Minh Đức' },
      publisher: { '@type': 'Organization', name: 'Cổng mẫu', logo: { '@type': 'ImageObject', url: 'https://x.vn/logo.png' } },
      image: ['https://x.vn/anh.jpg'],
      articleSection: 'Sơ kết',
      keywords: 'dân vận, tuyển quân',
    });
  });
  it('gives the update time when there is one, and leaves out what is missing', () => {
    const data = newsArticleJsonLd({ ...input, updatedAt: new Date('2024-06-29T03:00:00Z'), publisher: { name: 'Cổng mẫu' }, keywords: [] });
    expect(data.dateModified).toBe('2024-06-29T10:00:00+07:00');
    expect(data.publisher).toEqual({ '@type': 'Organization', name: 'Cổng mẫu' });
    expect(data).not.toHaveProperty('image');
    expect(data).not.toHaveProperty('keywords');
  });
  it('cuts the headline to the 110 characters search engines read', () => {
    expect(newsArticleJsonLd({ ...input, headline: 'a'.repeat(120) }).headline).toBe('a'.repeat(110));
  });
});
