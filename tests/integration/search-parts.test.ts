/**
 * The search index in parts (src/search/search-parts.ts, public/js/search/search-parts.js), on
 * the sample portal split into parts of at least 5 articles (BANTIN_SEARCH_PART_MIN): what a
 * first search opens, that asking for more reaches every article, that newest first holds across
 * parts, that a chosen year opens its own part alone, and that indexing again reuses the parts
 * whose articles did not change, byte for byte.
 */
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { articleSlug, stageArticle } from '../../src/search/search-stage.ts';
import { ENV } from '../../src/config.ts';
import { openPagefind, type NodePagefind } from '../../scripts/quality/pagefind-node.ts';
import { builtArticles, distDir, type BuiltArticle } from '../helpers/site.ts';

interface Manifest {
  firstPages: number;
  parts: Array<{ name: string; years: string[]; pages: number }>;
}

const PART_MIN = 5;
let work: string;
let site: string;
let stage: string;
let manifest: Manifest;
let articles: BuiltArticle[];
const opened: NodePagefind[] = [];
const open = async (options: Parameters<typeof openPagefind>[1] = {}) => {
  const pagefind = await openPagefind(site, options);
  opened.push(pagefind);
  return pagefind;
};
const urlsOf = async (pagefind: NodePagefind, results: Awaited<ReturnType<NodePagefind['search']>>['results']) =>
  Promise.all(results.map(async (r) => (await pagefind.data(r)).url));
const yearOf = (url: string) => articles.find((a) => a.url === url)!.year;

beforeAll(async () => {
  process.env[ENV.searchPartMin] = String(PART_MIN);
  work = await mkdtemp(join(tmpdir(), 'bantin-parts-'));
  site = join(work, 'site');
  stage = join(work, 'stage');
  await cp(distDir(), site, { recursive: true });
  await buildSearchIndex(site, stage);
  manifest = JSON.parse(await readFile(join(site, 'pagefind', 'parts.json'), 'utf8'));
  articles = await builtArticles();
}, 120_000);
afterAll(async () => {
  delete process.env[ENV.searchPartMin];
  await Promise.all(opened.map((p) => p.close()));
  await rm(work, { recursive: true, force: true });
});

describe('the parts', () => {
  it('file every year under one part of at least the minimum, newest part first', () => {
    expect(manifest.parts.length).toBeGreaterThanOrEqual(3);
    expect(manifest.firstPages).toBe(PART_MIN);
    const years = manifest.parts.flatMap((p) => p.years);
    expect(years).toEqual([...new Set(articles.map((a) => a.year))].sort().reverse());
    for (const part of manifest.parts) expect(part.pages).toBeGreaterThanOrEqual(PART_MIN);
    expect(manifest.parts.reduce((n, p) => n + p.pages, 0)).toBe(articles.length);
  });
});

describe('a first search', () => {
  it('opens the newest parts only, and finds only their articles', async () => {
    const pagefind = await open({ parts: 'first' });
    expect([...pagefind.parts.opened]).toEqual([manifest.parts[0].name]);
    const found = await urlsOf(pagefind, (await pagefind.search('dan van')).results);
    expect(found.length).toBeGreaterThan(0);
    for (const url of found) expect(manifest.parts[0].years).toContain(yearOf(url));
    expect(pagefind.parts.coversAll(undefined)).toBe(false);
    expect(pagefind.parts.span()).toEqual({ from: Number(manifest.parts[0].years.at(-1)), to: Number(manifest.parts[0].years[0]) });
  });

  it('reaches every article as the reader asks for more', async () => {
    const pagefind = await open({ parts: 'first' });
    const seen = await urlsOf(pagefind, (await pagefind.search(null)).results);
    for (;;) {
      const names = await pagefind.parts.openMore();
      if (names.length === 0) break;
      seen.push(...(await urlsOf(pagefind, (await pagefind.parts.search(null, {}, names)).results)));
    }
    expect(pagefind.parts.coversAll(undefined)).toBe(true);
    expect(seen.sort()).toEqual(articles.map((a) => a.url).sort());
  });

  it('with a year chosen, opens that year’s part alone and finds all of that year', async () => {
    const oldest = manifest.parts.at(-1)!;
    const year = oldest.years[0];
    const pagefind = await open({ parts: 'first', year });
    expect([...pagefind.parts.opened]).toEqual([oldest.name]);
    const found = await urlsOf(pagefind, (await pagefind.search(null, { filters: { year } })).results);
    expect(found.sort()).toEqual(articles.filter((a) => a.year === year).map((a) => a.url).sort());
  });
});

describe('every part open', () => {
  it('sorts newest first across parts', async () => {
    const pagefind = await open();
    const found = await urlsOf(pagefind, (await pagefind.search('dan van', { sort: { date: 'desc' } })).results);
    expect(found.length).toBeGreaterThan(manifest.parts[0].pages);
    const years = found.map(yearOf);
    expect(years).toEqual([...years].sort().reverse());
  });

  it('adds up the filter counts of every part, without the part filter', async () => {
    const pagefind = await open();
    const counts = await pagefind.filters();
    expect(Object.keys(counts)).not.toContain('part');
    const years = Object.fromEntries(Object.entries(counts.year).filter(([, n]) => n > 0));
    const expected: Record<string, number> = {};
    for (const a of articles) expected[a.year] = (expected[a.year] ?? 0) + 1;
    expect(years).toEqual(expected);
  });
});

describe('indexing again', () => {
  /** Every file of the bundle folder with its bytes and inode (a reused part is linked, not rewritten). */
  async function bundle(dir: string) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    return new Map(await Promise.all(files.map(async (f) => [relative(dir, f), { bytes: await readFile(f), ino: (await stat(f)).ino }] as const)));
  }

  it('re-indexes only the part whose article changed, and makes what a fresh index makes', async () => {
    const before = await bundle(join(site, 'pagefind'));
    // A corrected title in the newest year, rendered and staged as the build does it.
    const newest = articles.filter((a) => a.year === manifest.parts[0].years[0])[0];
    const page = join(site, newest.url, 'index.html');
    const corrected = (await readFile(page, 'utf8')).replaceAll(newest.title, `${newest.title} (đã sửa)`);
    await writeFile(page, corrected);
    await stageArticle(stage, articleSlug(newest.url)!, corrected);
    await cp(site, join(work, 'fresh'), { recursive: true });
    await buildSearchIndex(site, stage);
    await buildSearchIndex(join(work, 'fresh'), join(work, 'fresh-stage'));
    const [after, fresh] = await Promise.all([bundle(join(site, 'pagefind')), bundle(join(work, 'fresh', 'pagefind'))]);

    expect([...after.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [path, file] of after) expect(file.bytes.equals(fresh.get(path)!.bytes), path).toBe(true);
    const changed = manifest.parts[0].name;
    const older = [...after].filter(([path]) => path.includes('/') && !path.startsWith(`${changed}/`));
    expect(older.length).toBeGreaterThan(0);
    for (const [path, file] of older) expect(file.ino, `${path} was indexed again`).toBe(before.get(path)!.ino);
    const [meta] = [...after].filter(([path]) => path.startsWith(`${changed}/`) && path.endsWith('.pf_meta'));
    expect(before.has(meta[0]), 'the changed part keeps its old metadata').toBe(false);
  });
});
