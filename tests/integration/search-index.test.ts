/**
 * The search index, queried in Node through the site's own pagefind.js (no browser): what it
 * holds, how it files Vietnamese, its filters and sort, and what a query costs to download.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { measureQueryDownload, measureSearchIndex } from '../../scripts/bench/measure-search.ts';
import { openPagefind, type NodePagefind, type PagefindResultData } from '../../scripts/quality/pagefind-node.ts';
import { article as articleText, nav, site as siteText } from '../../src/i18n/vi.ts';
import { builtArticles, distDir, type BuiltArticle } from '../helpers/site.ts';
import { getPortal } from '../../src/site/portal.ts';

async function allPages(pagefind: NodePagefind, options = {}): Promise<PagefindResultData[]> {
  const { results } = await pagefind.search(null, options);
  return Promise.all(results.map((r) => pagefind.data(r)));
}

describe('the sample portal’s index', () => {
  let pagefind: NodePagefind;
  let articles: BuiltArticle[];
  let pages: PagefindResultData[];
  beforeAll(async () => {
    [pagefind, articles] = await Promise.all([openPagefind(distDir()), builtArticles()]);
    pages = await allPages(pagefind);
  });
  afterAll(() => pagefind?.close());

  it('holds every article page and nothing else', () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(pages.map((p) => p.url).sort()).toEqual(articles.map((a) => a.url).sort());
  });

  it('holds the article text only: no header, navigation, footer, related list or tags', () => {
    for (const page of pages) {
      for (const outside of [siteText.footer, getPortal().description, nav.skipToContent, nav.mainMenu, articleText.related, articleText.share]) {
        expect(page.content, page.url).not.toContain(outside);
      }
      expect(page.content, `${page.url} repeats its title in the text`).not.toContain(`${page.meta.title}.`);
    }
  });

  it('reads back every đ as written, in titles, metadata and text', () => {
    for (const page of pages) {
      expect(JSON.stringify([page.meta, page.content]), page.url).not.toMatch(/[ďĎ]/);
    }
    expect(pages.some((p) => /Đ|đ/.test(p.content))).toBe(true);
  });

  it('files each article under its year and under every unit above its own', async () => {
    const totals = await pagefind.filters();
    for (const article of articles) {
      const page = pages.find((p) => p.url === article.url)!;
      expect(page.filters.year).toEqual([article.year]);
      expect(page.filters.unit.sort()).toEqual([...article.units].sort());
    }
    const province = articles.find((a) => a.units.length > 1)!.units[0];
    expect(totals.unit[province]).toBe(articles.filter((a) => a.units.includes(province)).length);
    const inProvince = await pagefind.search(null, { filters: { unit: province } });
    expect(inProvince.results).toHaveLength(totals.unit[province]);
  });

  it('sorts newest first on the publication date', async () => {
    const dates = (await allPages(pagefind, { sort: { date: 'desc' } })).map((p) => p.meta.date.split('/').reverse().join('-'));
    expect(dates.length).toBe(articles.length);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('Vietnamese in the index (a small site of its own)', () => {
  // Each page says one thing, in words no other page shares or starts with.
  const texts: Record<string, string> = {
    'dan-van': 'Công tác dân vận.',
    'dan-dan': 'Mọi việc dần dần ổn định.',
    doan: 'Đoàn Thanh niên ra quân.',
    'doan-ten': 'Ông Lê Doãn Hợp về thăm.',
    'da-so': 'Đa số ý kiến tán thành.',
    'mau-da': 'Màu da của lá.',
  };
  let site: string;
  let pagefind: NodePagefind;
  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'bantin-search-'));
    for (const [slug, text] of Object.entries(texts)) {
      await mkdir(join(site, 'bai-viet', slug), { recursive: true });
      const html = `<!doctype html><html lang="vi"><head><title>Tin</title></head><body><nav>Trang chủ</nav><article data-pagefind-body><h1>Tin</h1><p>${text}</p></article></body></html>`;
      await writeFile(join(site, 'bai-viet', slug, 'index.html'), html);
    }
    await writeFile(join(site, 'index.html'), '<!doctype html><html lang="vi"><body><p>Kết nghĩa: trang chủ, không phải bài viết.</p></body></html>');
    await buildSearchIndex(site);
    pagefind = await openPagefind(site);
  });
  afterAll(async () => {
    await pagefind?.close();
    if (site) await rm(site, { recursive: true, force: true });
  });
  const found = async (query: string) => {
    const { results } = await pagefind.search(query);
    return Promise.all(results.map(async (r) => (await pagefind.data(r)).url));
  };

  it('finds đ written as d', async () => {
    expect((await found('doan')).sort()).toEqual(['/bai-viet/doan-ten/', '/bai-viet/doan/']);
    expect((await found('doan thanh nien'))[0]).toBe('/bai-viet/doan/');
    expect((await found('da so'))[0]).toBe('/bai-viet/da-so/');
  });
  it('ranks the exact spelling first, đ and tone marks alike', async () => {
    expect((await found('đoàn'))[0]).toBe('/bai-viet/doan/');
    expect((await found('doãn'))[0]).toBe('/bai-viet/doan-ten/');
    expect((await found('đa'))[0]).toBe('/bai-viet/da-so/');
    expect((await found('da'))[0]).toBe('/bai-viet/mau-da/');
    expect((await found('dần'))[0]).toBe('/bai-viet/dan-dan/');
    expect((await found('dân'))[0]).toBe('/bai-viet/dan-van/');
  });
  it('skips pages that are not articles', async () => {
    expect(await found('kết nghĩa')).toEqual([]);
  });
  it('marks the match in the excerpt with its đ as written', async () => {
    const { results } = await pagefind.search('doan thanh nien');
    expect((await pagefind.data(results[0])).excerpt).toContain('<mark>Đoàn</mark> <mark>Thanh</mark> <mark>niên</mark>');
  });
});

describe('what search costs', () => {
  it('reports the index size by kind of file, without Pagefind’s unused interfaces', async () => {
    const size = await measureSearchIndex(distDir());
    expect(size.dataBytes).toBeGreaterThan(0);
    expect(size.total).toBe(Object.values(size.byKind).reduce((a, b) => a + b, 0));
    expect(size.byKind.unused ?? 0).toBe(0);
  });
  it('reports the bytes a browser downloads for a three-syllable query, filters on request', async () => {
    const plain = await measureQueryDownload(distDir(), 'dân vận khéo');
    expect(plain.results).toBeGreaterThan(0);
    expect(Object.keys(plain.byKind).sort()).toEqual(['fragment', 'index', 'meta', 'script', 'wasm']);
    expect(plain.total).toBe(plain.files.reduce((n, f) => n + f.bytes, 0));
    const withFilters = await measureQueryDownload(distDir(), 'dân vận khéo', { withFilters: true });
    expect(withFilters.byKind.filter).toBeGreaterThan(0);
    expect(withFilters.total).toBe(plain.total + withFilters.byKind.filter!);
  });
});

describe('a portal with no article published yet', () => {
  it('still builds, with the search script in place', async () => {
    const site = await mkdtemp(join(tmpdir(), 'bantin-search-empty-'));
    try {
      await writeFile(join(site, 'index.html'), '<!doctype html><html lang="vi"><body><p>Trang chủ</p></body></html>');
      expect(await buildSearchIndex(site)).toEqual({ pages: 0 });
      // Pagefind writes no word index for zero pages; the search page then says search failed.
      expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});

describe('article pages that lost their search marker', () => {
  it('stop the build instead of publishing a search that finds nothing', async () => {
    const site = await mkdtemp(join(tmpdir(), 'bantin-search-unmarked-'));
    try {
      await mkdir(join(site, 'bai-viet', 'tin'), { recursive: true });
      await writeFile(join(site, 'bai-viet', 'tin', 'index.html'), '<!doctype html><html lang="vi"><body><article><p>Dân vận khéo.</p></article></body></html>');
      await expect(buildSearchIndex(site)).rejects.toThrow(/none marked data-pagefind-body/);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});
