import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOGUE_FILES, type CatalogueName } from '../../src/schema/catalogues.ts';
import { validateContent } from '../../src/check/validate-content.ts';
import { checkContentTree } from '../../src/check/read-content.ts';
import { parseFrontmatter } from '../../src/check/frontmatter.ts';
import { FIRST_YEAR, LAST_YEAR, planCorpus, type PlannedArticle } from './corpus.ts';
import { readCatalogues, writeCorpus } from './write-corpus.ts';

const root = resolve(import.meta.dirname, '../..');
const catalogueDir = join(root, 'content');
const catalogues = await readCatalogues(catalogueDir);
const plan = (articles: number, seed = 1) => [...planCorpus(catalogues, { articles, seed })];
const sample = plan(200);

describe('benchmark corpus', () => {
  it('plans the same articles for the same seed and other ones for another seed', () => {
    expect(plan(30)).toEqual(plan(30));
    expect(plan(30, 2).map((a) => a.text)).not.toEqual(plan(30).map((a) => a.text));
  });

  it('starts a large corpus with the articles of a small one, so sizes compare', () => {
    expect(sample.slice(0, 40)).toEqual(plan(40));
  });

  it('passes the content check, in memory, for a few hundred articles', async () => {
    const articles = sample;
    const photos = new Set(articles.flatMap((a) => a.photos.map((p) => `corpus/${p.path}`)));
    const names = Object.keys(CATALOGUE_FILES) as CatalogueName[];
    const report = validateContent({
      catalogues: Object.fromEntries(
        await Promise.all(names.map(async (n) => [n, { path: `corpus/${CATALOGUE_FILES[n]}`, text: await readFile(join(catalogueDir, CATALOGUE_FILES[n]), 'utf8') }])),
      ),
      articles: articles.map((a) => ({ path: `corpus/${a.path}`, text: a.text })),
      fileExists: (path) => photos.has(path),
    });
    expect(report.errors).toEqual([]);
    expect(report.articleCount).toBe(200);
  });

  it('looks like the real archive: đ, 4–8 figures, years 2010–2025 in their folders, some MDX and photos', () => {
    const articles = sample;
    const data = articles.map((a: PlannedArticle) => {
      const parsed = parseFrontmatter(a.text);
      if (!parsed.ok) throw new Error(a.path);
      return parsed.frontmatter.data as { publishedAt: string; indicators: unknown[]; cover?: string };
    });
    expect(articles.every((a) => a.text.includes('đ'))).toBe(true);
    expect(data.every((d) => d.indicators.length >= 4 && d.indicators.length <= 8)).toBe(true);
    for (const [i, d] of data.entries()) {
      const year = Number(d.publishedAt.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(year).toBeLessThanOrEqual(LAST_YEAR);
      expect(articles[i].path.startsWith(`articles/${year}/`)).toBe(true);
    }
    const mdx = articles.filter((a) => a.path.endsWith('.mdx')).length;
    const covers = data.filter((d) => d.cover).length;
    expect(mdx).toBeGreaterThan(2);
    expect(mdx).toBeLessThan(25);
    expect(covers).toBeGreaterThan(8);
    expect(covers).toBeLessThan(40);
    expect(new Set(articles.map((a) => a.path.split('/')[2])).size).toBe(200);
  });

  describe('on disk', () => {
    let dir = '';
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('writes catalogues, articles and photos that `npm run check` accepts', async () => {
      dir = await mkdtemp(join(tmpdir(), 'bantin-corpus-'));
      const stats = await writeCorpus({ dir, articles: 50, catalogueDir });
      const previous = process.env.BANTIN_CONTENT_DIR;
      process.env.BANTIN_CONTENT_DIR = dir;
      try {
        const report = await checkContentTree(root);
        expect(report.errors).toEqual([]);
        expect(report.articleCount).toBe(50);
      } finally {
        if (previous === undefined) delete process.env.BANTIN_CONTENT_DIR;
        else process.env.BANTIN_CONTENT_DIR = previous;
      }
      expect(stats.photos).toBeGreaterThan(0);
      // Fifty photos encoded by sharp: seconds on an idle machine, more on a loaded one.
    }, 60_000);
  });
});
