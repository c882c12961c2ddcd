/**
 * A rebuild renders only the pages whose data changed and copies the rest from the previous
 * build (Astro's incremental build, keys from src/site/page-cache-key.ts). The rule a reader
 * relies on: a rebuilt site is byte for byte the site a build from scratch would make, so no
 * page ever shows an old title, an old photo or an old unit name.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../src/config.ts';

const root = resolve(import.meta.dirname, '../..');
const SEARCH_PART_MIN = 5;
const run = promisify(execFile);
const ARTICLE = 'articles/2019/ninh-binh-so-ket-6-thang-cong-tac-dan-van-va-3-nam-phoi-hop-voi-bo-chqs-tinh';
const SLUG = ARTICLE.split('/').pop()!;
/** An article left alone except for a photo in its text, replaced by another one. */
const PHOTO_ARTICLE = 'articles/2023/dak-lak-tong-ket-chuong-trinh-phoi-hop-cong-tac-dan-van-nam-2022';
const NEW_TITLE = 'Ninh Bình sơ kết công tác dân vận, tiêu đề đã sửa';

/**
 * Builds into <work>/<name>/dist. A rebuild goes to the same place, as in production: Astro
 * hashes the output folder into the code of pages that show photos, so another folder would
 * re-render them all and hide a wrong key.
 */
async function build(work: string, name: string, cache: string, flags: string[] = []): Promise<string> {
  // --verbose: Astro's log on stdout as well as in .bantin/build.log, for the pages it restored.
  const { stdout } = await run('npm', ['run', 'build', '--', '--out', join(work, name, 'dist'), '--verbose', ...flags], {
    cwd: root,
    // The search index in parts of at least 5 articles, so that a rebuild reuses some of them.
    env: { ...process.env, BANTIN_CONTENT_DIR: join(work, 'content'), BANTIN_CACHE_DIR: join(work, cache), [ENV.searchPartMin]: String(SEARCH_PART_MIN) },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** Every file of a built site with its bytes, by path. */
async function siteFiles(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(await Promise.all(files.map(async (f) => [relative(dir, f), await readFile(f)] as const)));
}

/** Paths whose bytes differ between two builds, or that only one of them has. */
async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([siteFiles(a), siteFiles(b)]);
  const paths = new Set([...left.keys(), ...right.keys()]);
  return [...paths].filter((p) => !left.get(p)?.equals(right.get(p) ?? Buffer.alloc(0)) || !right.has(p)).sort();
}

/** Pages of one folder the build copied from the previous one instead of rendering. */
const restoredPages = (log: string, folder: string) =>
  // Astro colours its log when the test runner's terminal does: compare the text alone.
  stripVTControlCharacters(log).match(new RegExp(`/${folder}/\\S+ \\(restored\\)`, 'g'))?.length ?? 0;

/**
 * The case every test here makes: the sample content copied to a folder of its own, built, changed
 * by `change` (given the content folder), built again in the same place (site/dist, the first
 * build kept in site/dist.previous), and built from scratch with a cache of its own (fresh/dist).
 */
async function rebuildAfter(change: (content: string) => Promise<void>): Promise<{ work: string; rebuildLog: string }> {
  const work = await mkdtemp(join(tmpdir(), 'bantin-incremental-'));
  await cp(join(root, 'content'), join(work, 'content'), { recursive: true });
  await build(work, 'site', 'cache');
  await change(join(work, 'content'));
  const rebuildLog = await build(work, 'site', 'cache');
  await build(work, 'fresh', 'fresh-cache');
  return { work, rebuildLog };
}

describe('a rebuild after articles change', () => {
  let work: string;
  let rebuildLog: string;
  let freshLog: string;

  beforeAll(async () => {
    // What staff do between two builds: correct a title, publish a new article (it shifts
    // every listing it appears in).
    ({ work, rebuildLog } = await rebuildAfter(async (content) => {
      const article = join(content, ARTICLE);
      const text = await readFile(join(article, 'index.md'), 'utf8');
      await writeFile(join(article, 'index.md'), text.replace(/^title: .*$/m, `title: ${NEW_TITLE}`));
      const added = join(content, 'articles/2025/ninh-binh-bai-moi-dang');
      await cp(article, added, { recursive: true });
      await writeFile(
        join(added, 'index.md'),
        text.replace(/^title: .*$/m, 'title: Ninh Bình đăng bài mới về công tác dân vận').replace(/^publishedAt: .*$/m, 'publishedAt: "2025-12-01T08:00"'),
      );
    }));
    freshLog = await build(work, 'forced', 'cache', ['--fresh']);
  }, 300_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('renders every page again when the operator asks for a fresh build', async () => {
    expect(restoredPages(freshLog, 'bai-viet') + restoredPages(freshLog, 'chu-de')).toBe(0);
    expect(await differences(join(work, 'forced', 'dist'), join(work, 'fresh', 'dist'))).toEqual([]);
  });

  it('copies the pages nothing changed for instead of rendering them again', () => {
    expect(restoredPages(rebuildLog, 'bai-viet')).toBeGreaterThan(5);
    expect(restoredPages(rebuildLog, 'chu-de')).toBeGreaterThan(5);
  });

  it('makes the same site as a build from scratch', async () => {
    expect(await differences(join(work, 'site', 'dist'), join(work, 'fresh', 'dist'))).toEqual([]);
  });

  it('indexes again only the search parts of the years that changed, byte for byte', async () => {
    const { parts } = JSON.parse(await readFile(join(work, 'site', 'dist', 'pagefind', 'parts.json'), 'utf8')) as { parts: Array<{ name: string; years: string[] }> };
    expect(parts.length).toBeGreaterThanOrEqual(3);
    // 2019 (corrected title) and 2025 (new article) changed; a part of other years is reused:
    // its files in the rebuilt site are the very files of the first build (linked from the cache).
    const untouched = parts.filter((p) => !p.years.includes('2019') && !p.years.includes('2025'));
    expect(untouched.length).toBeGreaterThan(0);
    for (const part of untouched) {
      const files = await readdir(join(work, 'site', 'dist', 'pagefind', part.name), { recursive: true, withFileTypes: true });
      for (const file of files.filter((f) => f.isFile())) {
        const path = relative(join(work, 'site', 'dist'), join(file.parentPath, file.name));
        const [now, before] = await Promise.all([stat(join(work, 'site', 'dist', path)), stat(join(work, 'site', 'dist.previous', path))]);
        expect(now.ino, `${path} was indexed again`).toBe(before.ino);
      }
    }
  });

  it('shows the corrected title on the article and on the pages that list it', async () => {
    const page = await readFile(join(work, 'site', 'dist', 'bai-viet', SLUG, 'index.html'), 'utf8');
    expect(page).toContain(NEW_TITLE);
    const year = await readFile(join(work, 'site', 'dist', 'nam', '2019', 'index.html'), 'utf8');
    expect(year).toContain(NEW_TITLE);
  });
});

describe('a rebuild after a photo in an article’s text is replaced, and nothing else', () => {
  let work: string;
  let rebuildLog: string;

  beforeAll(async () => {
    // Same file name, other bytes: the article's text and frontmatter do not change.
    ({ work, rebuildLog } = await rebuildAfter((content) => cp(join(content, ARTICLE, 'nha-dai-doan-ket.jpg'), join(content, PHOTO_ARTICLE, 'kham-benh.jpg'))));
  }, 300_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('shows the new photo, and copies the other articles', async () => {
    expect(restoredPages(rebuildLog, 'bai-viet')).toBeGreaterThan(5);
    const page = (dist: string) => readFile(join(work, 'site', dist, 'bai-viet', PHOTO_ARTICLE.split('/').pop()!, 'index.html'), 'utf8');
    // dist.previous/ is the first build, kept by the rebuild for a roll-back.
    expect(await page('dist')).not.toBe(await page('dist.previous'));
    expect(await differences(join(work, 'site', 'dist'), join(work, 'fresh', 'dist'))).toEqual([]);
  });
});

describe('a rebuild after the catalogue changes', () => {
  let work: string;

  beforeAll(async () => {
    // Unit names appear on article pages, cards and breadcrumbs all over the site.
    ({ work } = await rebuildAfter(async (content) => {
      const units = join(content, 'units.yaml');
      await writeFile(units, (await readFile(units, 'utf8')).replace('name: Tỉnh Ninh Bình', 'name: Tỉnh Ninh Bình (đổi tên)'));
    }));
  }, 300_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('makes the same site as a build from scratch', async () => {
    expect(await differences(join(work, 'site', 'dist'), join(work, 'fresh', 'dist'))).toEqual([]);
    const page = await readFile(join(work, 'site', 'dist', 'bai-viet', SLUG, 'index.html'), 'utf8');
    expect(page).toContain('Tỉnh Ninh Bình (đổi tên)');
  });
});

describe('a rebuild after a figure changes', () => {
  let work: string;
  const FIGURE_ARTICLE = 'articles/2024/huu-lung-so-ket-6-thang-cuoi-nam-2024-phoi-hop-giu-gin-an-ninh-trat-tu';

  beforeAll(async () => {
    // The article page changes, and so does every total the figure is part of: the indicator's
    // statistics page, the unit pages of Hữu Lũng and Lạng Sơn, the year page. Each takes the
    // totals in its props, so its cache key changes with them.
    ({ work } = await rebuildAfter(async (content) => {
      const file = join(content, FIGURE_ARTICLE, 'index.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('{ key: ngay-cong, value: 3200,', '{ key: ngay-cong, value: 3300,'));
    }));
  }, 300_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('makes the same site as a build from scratch, with the new total on every page that shows it', async () => {
    expect(await differences(join(work, 'site', 'dist'), join(work, 'fresh', 'dist'))).toEqual([]);
    const page = (path: string) => readFile(join(work, 'site', 'dist', path, 'index.html'), 'utf8');
    expect(await page('thong-ke/chi-tieu/ngay-cong')).toContain('5.450 ngày công');
    expect(await page('don-vi/huu-lung')).toContain('5.450 ngày công');
    expect(await readFile(join(work, 'site', 'dist', 'du-lieu', 'tong-hop.json'), 'utf8')).toContain('"value": 5450');
  });
});
