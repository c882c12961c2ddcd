import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFingerprint, catalogueKey, pageCacheKey, withCacheKeys } from './page-cache-key.ts';

const entry = (title: string, html = '<p>Nội dung</p>') => ({ id: 'so-ket-2024', data: { title, publishedAt: new Date('2024-06-14T11:15:00Z') }, rendered: { html } });
const article = (title: string) => ({ slug: 'so-ket-2024', title, entry: { huge: 'x'.repeat(1000) }, fingerprint: articleFingerprint(entry(title)) });
const site = catalogueKey([{ key: 'ninh-binh', name: 'Tỉnh Ninh Bình' }]);

describe('articleFingerprint', () => {
  it('changes when the title, the text or the slug changes, and only then', () => {
    const base = articleFingerprint(entry('Sơ kết 6 tháng'));
    expect(articleFingerprint(entry('Sơ kết 6 tháng'))).toBe(base);
    expect(articleFingerprint(entry('Sơ kết 6 tháng đầu năm'))).not.toBe(base);
    expect(articleFingerprint(entry('Sơ kết 6 tháng', '<p>Nội dung đã sửa</p>'))).not.toBe(base);
    expect(articleFingerprint({ ...entry('Sơ kết 6 tháng'), id: 'so-ket-2024-2' })).not.toBe(base);
  });
});

describe('articleFingerprint and the photos in the text', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bantin-fingerprint-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(join(folder, 'index.md'), '');
  const withPhoto = (imagePaths?: string[]) => ({ ...entry('Sơ kết'), filePath: 'index.md', rendered: { html: '<p>x</p>', metadata: imagePaths && { imagePaths } } });

  it('changes when a photo of the text is replaced under the same name', () => {
    writeFileSync(join(folder, 'anh.jpg'), 'một');
    const before = articleFingerprint(withPhoto(['anh.jpg']), folder);
    expect(articleFingerprint(withPhoto(['anh.jpg']), folder)).toBe(before);
    writeFileSync(join(folder, 'anh.jpg'), 'ảnh khác, dài hơn');
    expect(articleFingerprint(withPhoto(['anh.jpg']), folder)).not.toBe(before);
  });

  it('tells a missing photo from a present one, and from no photo at all', () => {
    const missing = articleFingerprint(withPhoto(['khong-co.jpg']), folder);
    expect(articleFingerprint(withPhoto(['khong-co.jpg']), folder)).toBe(missing);
    expect(missing).not.toBe(articleFingerprint(withPhoto([]), folder));
    writeFileSync(join(folder, 'khong-co.jpg'), 'giờ thì có');
    expect(articleFingerprint(withPhoto(['khong-co.jpg']), folder)).not.toBe(missing);
  });

  it('is the same for a text without photo metadata as for one with an empty list', () => {
    expect(articleFingerprint(withPhoto(undefined), folder)).toBe(articleFingerprint(withPhoto([]), folder));
  });

  it('fingerprints an entry with no rendered text (an MDX module) without failing', () => {
    const mdx = { id: 'bai-mdx', data: { title: 'MDX' } };
    expect(articleFingerprint(mdx)).toBe(articleFingerprint({ ...mdx }));
    expect(articleFingerprint(mdx)).not.toBe(articleFingerprint({ ...mdx, rendered: { html: '' } }));
  });
});

describe('pageCacheKey', () => {
  it('is the same for the same articles and params, whatever else the article objects carry', () => {
    const a = article('Sơ kết');
    const b = { ...article('Sơ kết'), entry: { huge: 'y' } };
    expect(pageCacheKey(site, { year: '2024' }, [a])).toBe(pageCacheKey(site, { year: '2024' }, [b]));
  });

  it('changes when an article on the page changes', () => {
    expect(pageCacheKey(site, { year: '2024' }, [article('Sơ kết')])).not.toBe(pageCacheKey(site, { year: '2024' }, [article('Tổng kết')]));
  });

  it('changes when the catalogue changes', () => {
    const renamed = catalogueKey([{ key: 'ninh-binh', name: 'Tỉnh Ninh Bình (mới)' }]);
    expect(pageCacheKey(renamed, [article('Sơ kết')])).not.toBe(pageCacheKey(site, [article('Sơ kết')]));
  });

  it('keeps an object whose fingerprint is not a string whole', () => {
    const a = { fingerprint: 1, title: 'Sơ kết' };
    expect(pageCacheKey(site, a)).not.toBe(pageCacheKey(site, { ...a, title: 'Tổng kết' }));
    expect(pageCacheKey(site, null, 'x')).toBe(pageCacheKey(site, null, 'x'));
  });

  it('changes when what a Map or a Set in the props holds changes', () => {
    const map = (name: string) => ({ totals: new Map([['ninh-binh', name]]) });
    expect(pageCacheKey(site, map('Tỉnh Ninh Bình'))).not.toBe(pageCacheKey(site, map('Tỉnh Ninh Bình (mới)')));
    expect(pageCacheKey(site, { tags: new Set(['a']) })).not.toBe(pageCacheKey(site, { tags: new Set(['b']) }));
  });

  it('changes when a page of a list moves (page number, last page)', () => {
    const page = (currentPage: number, lastPage: number) => ({ page: { currentPage, lastPage, data: [article('Sơ kết')] } });
    const key = pageCacheKey(site, { tag: 'dan-van' }, page(1, 3));
    expect(pageCacheKey(site, { tag: 'dan-van' }, page(1, 4))).not.toBe(key);
    expect(pageCacheKey(site, { tag: 'dan-van' }, page(2, 3))).not.toBe(key);
  });
});

describe('withCacheKeys', () => {
  it('gives each path its own key from its params and props', () => {
    const paths = withCacheKeys(site, [
      { params: { year: '2024' }, props: { count: 1 } },
      { params: { year: '2025' }, props: { count: 1 } },
    ]);
    expect(paths[0].cacheKey).not.toBe(paths[1].cacheKey);
    expect(paths[0]).toMatchObject({ params: { year: '2024' }, props: { count: 1 } });
  });

});
