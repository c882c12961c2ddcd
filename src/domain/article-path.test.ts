import { describe, expect, it } from 'vitest';
import { articleSlugFromPath, parseArticlePath } from './article-path.ts';

describe('parseArticlePath (content/articles/<year>/<slug>/index.md(x))', () => {
  it('reads the year folder, the slug folder and the extension', () => {
    expect(parseArticlePath('content/articles/2022/so-ket-6-thang/index.mdx')).toEqual({ year: '2022', slug: 'so-ket-6-thang', extension: 'mdx' });
    expect(parseArticlePath('2022/so-ket-6-thang/index.md')).toEqual({ year: '2022', slug: 'so-ket-6-thang', extension: 'md' });
  });

  it('reads a Windows path with backslashes the same way', () => {
    expect(parseArticlePath('content\\articles\\2023\\hoi-nghi\\index.md')).toEqual({ year: '2023', slug: 'hoi-nghi', extension: 'md' });
  });

  it('refuses a file that is not an article index', () => {
    expect(parseArticlePath('content/articles/2022/so-ket/anh.md')).toBeNull();
    expect(parseArticlePath('content/articles/2022/so-ket/index.markdown')).toBeNull();
    expect(parseArticlePath('content/articles/2022/so-ket/index.md.bak')).toBeNull();
    expect(parseArticlePath('content/articles/2022/so-ket/myindex.md')).toBeNull();
    expect(parseArticlePath('so-ket/index.md')).toBeNull();
  });

  it('keeps the folders as written, for the check to judge', () => {
    expect(parseArticlePath('articles/nam-nay/So Ket/index.md')).toEqual({ year: 'nam-nay', slug: 'So Ket', extension: 'md' });
  });
});

describe('articleSlugFromPath', () => {
  it('gives the slug folder, which is the URL', () => {
    expect(articleSlugFromPath('2022/so-ket-6-thang/index.mdx')).toBe('so-ket-6-thang');
  });

  it('stops with the path named when it is not an article', () => {
    expect(() => articleSlugFromPath('units.yaml')).toThrow('Not an article path: units.yaml');
  });
});
