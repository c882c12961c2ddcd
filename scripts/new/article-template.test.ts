import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { newArticle } from './article-template.ts';
import { validateContent } from '../../src/check/validate-content.ts';

const input = {
  title: 'Đoàn Thanh niên huyện Gia Viễn ra quân tình nguyện hè',
  unit: 'gia-vien',
  kind: 'tin-hoat-dong' as const,
  author: 'Trần Thị Bình',
  now: new Date('2024-06-30T17:30:00Z'), // 00:30 on 1 July in Vietnam
  takenSlugs: new Set<string>(),
};

describe('newArticle', () => {
  it('files the article under its Vietnamese-calendar year with a slug from the title', () => {
    const { path } = newArticle(input);
    expect(path).toBe('articles/2024/doan-thanh-nien-huyen-gia-vien-ra-quan-tinh-nguyen-he/index.md');
  });

  it('never reuses a slug that another article has', () => {
    const taken = new Set(['doan-thanh-nien-huyen-gia-vien-ra-quan-tinh-nguyen-he']);
    expect(newArticle({ ...input, takenSlugs: taken }).slug).toBe('doan-thanh-nien-huyen-gia-vien-ra-quan-tinh-nguyen-he-2');
  });

  it('explains every field it writes with the label and hint the content check uses', () => {
    const { text } = newArticle(input);
    expect(text).toContain('# Tóm tắt (sapo): Một hoặc hai câu tóm tắt');
    expect(text).toContain('# Số liệu: Các số liệu trong bài');
    const fieldLines = text.split('---')[1].split('\n').filter((line) => /^[a-zA-Z]+:/.test(line));
    const commentLines = text.split('---')[1].split('\n').filter((line) => line.startsWith('#'));
    expect(commentLines).toHaveLength(fieldLines.length);
  });

  it('carries the period: the one the title names, else the day of publication for a news item', () => {
    expect(matter(newArticle(input).text).data.period).toEqual({ from: '2024-07-01', to: '2024-07-01' });
    const review = newArticle({ ...input, kind: 'so-ket', title: 'Gia Viễn sơ kết 6 tháng đầu năm 2024' });
    expect(matter(review.text).data.period).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(review.text).toContain('# Kỳ báo cáo: Khoảng thời gian các số liệu bao quát');
    expect(matter(newArticle({ ...input, kind: 'tong-ket', title: 'Tổng kết phối hợp' }).text).data.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('starts as a draft that already passes the content check', () => {
    const { path, text } = newArticle(input);
    expect(matter(text).data).toMatchObject({ draft: true, publishedAt: '2024-07-01T00:30', unit: 'gia-vien' });
    const report = validateContent({
      catalogues: {
        units: { path: 'units.yaml', text: '- { key: ninh-binh, name: Tỉnh Ninh Bình, level: tinh }\n- { key: gia-vien, name: Huyện Gia Viễn, level: huyen, parent: ninh-binh }' },
        organisations: { path: 'organisations.yaml', text: '[]' },
        indicators: { path: 'indicators.yaml', text: '[]' },
      },
      articles: [{ path: `content/${path}`, text }],
      fileExists: () => false,
    });
    expect(report.errors).toEqual([]);
  });
});

describe('an article with the same title', () => {
  it('is found in any year by the slug its title makes', async () => {
    const { existingArticle } = await import('./article-template.ts');
    const articles = new Map([['doan-thanh-nien-huyen-gia-vien-ra-quan-tinh-nguyen-he', 'content/articles/2023/doan-thanh-nien-huyen-gia-vien-ra-quan-tinh-nguyen-he']]);
    expect(existingArticle(input.title, articles)).toBe('content/articles/2023/doan-thanh-nien-huyen-gia-vien-ra-quan-tinh-nguyen-he');
    expect(existingArticle('Một tiêu đề khác', articles)).toBeUndefined();
    expect(existingArticle('!!!', new Map([['bai-viet', 'a']]))).toBe('a');
  });
});
