import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { publishArticle, writeCorpus } from './write-corpus.ts';

describe('publishArticle (the change a warm benchmark rebuilds after)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bantin-publish-'));
    // Enough articles for several on the last day of the last year.
    await writeCorpus({ dir, articles: 3000, catalogueDir: resolve(import.meta.dirname, '../../content') });
    // Three thousand articles and their photos: a few seconds idle, much longer on a busy machine.
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('adds an article newer than every other one', async () => {
    const target = await publishArticle(dir, 1);
    expect(await publishArticle(dir, 2)).toMatch(/bai-moi-xuat-ban-2$/);
    const file = (await readdir(target)).find((f) => f.startsWith('index.'))!;
    const { data } = matter(await readFile(join(target, file), 'utf8'));
    expect(data.title).toBe('Bài mới xuất bản số 1');
    const year = target.split('/').at(-2)!;
    for (const slug of await readdir(join(dir, 'articles', year))) {
      if (slug.startsWith('bai-moi-xuat-ban-')) continue;
      const other = (await readdir(join(dir, 'articles', year, slug))).find((f) => f.startsWith('index.'))!;
      const { data: d } = matter(await readFile(join(dir, 'articles', year, slug, other), 'utf8'));
      expect(String(d.publishedAt) < String(data.publishedAt)).toBe(true);
    }
  });

  it('publishes for a unit that still existed on the day of publication', async () => {
    const units = (await import('yaml')).parse(await readFile(resolve(import.meta.dirname, '../../content/units.yaml'), 'utf8')) as Array<{ key: string; lastDay?: string }>;
    for (const serial of [3, 4, 5]) {
      const target = await publishArticle(dir, serial);
      const file = (await readdir(target)).find((f) => f.startsWith('index.'))!;
      const { data } = matter(await readFile(join(target, file), 'utf8'));
      const lastDay = units.find((u) => u.key === data.unit)?.lastDay;
      const factDay = data.period?.to ?? String(data.publishedAt).slice(0, 10);
      expect(lastDay === undefined || lastDay >= factDay, `${data.unit} ended ${lastDay}, figures of ${factDay}`).toBe(true);
    }
  });
});
