/**
 * Writes a benchmark corpus to disk: the repository's catalogues copied as they are, then N
 * planned articles with their photos, in the layout BANTIN_CONTENT_DIR expects.
 */
import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CATALOGUE_FILES, type CatalogueName } from '../../src/schema/catalogues.ts';
import { PORTAL_FILE } from '../../src/schema/portal.ts';
import { BASE_PHOTO_COUNT, planCorpus, type CorpusCatalogues } from './corpus.ts';
import { renderCorpusPhoto, withComment } from './corpus-photos.ts';

export interface WriteCorpusOptions {
  /** Target folder; emptied first. */
  dir: string;
  articles: number;
  seed?: number;
  /** Where units.yaml, organisations.yaml and indicators.yaml come from. */
  catalogueDir: string;
}

export interface CorpusStats {
  articles: number;
  mdx: number;
  photos: number;
  bytes: number;
}

export async function readCatalogues(dir: string): Promise<CorpusCatalogues> {
  const read = async (name: CatalogueName) => (parseYaml(await readFile(join(dir, CATALOGUE_FILES[name]), 'utf8')) ?? []) as never;
  return { units: await read('units'), organisations: await read('organisations'), indicators: await read('indicators') };
}

/** Writes a few hundred files at a time: enough to keep the disk busy, few enough for the fd limit. */
const BATCH = 200;

export async function writeCorpus(options: WriteCorpusOptions): Promise<CorpusStats> {
  await rm(options.dir, { recursive: true, force: true });
  await mkdir(options.dir, { recursive: true });
  // The portal's settings come along: the pages' header and footer need them (src/site/portal.ts).
  for (const file of [...Object.values(CATALOGUE_FILES), PORTAL_FILE]) await copyFile(join(options.catalogueDir, file), join(options.dir, file));
  const catalogues = await readCatalogues(options.catalogueDir);
  const photos = await Promise.all(Array.from({ length: BASE_PHOTO_COUNT }, (_, i) => renderCorpusPhoto(1000 + i)));

  const stats: CorpusStats = { articles: 0, mdx: 0, photos: 0, bytes: 0 };
  let pending: Array<Promise<void>> = [];
  for (const article of planCorpus(catalogues, { articles: options.articles, seed: options.seed })) {
    pending.push(
      (async () => {
        const target = join(options.dir, article.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, article.text);
        for (const photo of article.photos) await writeFile(join(options.dir, photo.path), withComment(photos[photo.photo], photo.path));
      })(),
    );
    stats.articles++;
    if (article.path.endsWith('.mdx')) stats.mdx++;
    stats.photos += article.photos.length;
    stats.bytes += Buffer.byteLength(article.text) + article.photos.reduce((sum, p) => sum + photos[p.photo].length, 0);
    if (pending.length >= BATCH) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  return stats;
}

/**
 * What staff do before the rebuild a warm benchmark measures: publish one article, the newest of
 * the archive (it heads the home page, its year, unit, tag and author listings and shifts
 * their pages, and enters the related lists of its neighbours). A copy of an article of the
 * newest article, retitled and dated a few minutes after it; returns its folder.
 */
export async function publishArticle(dir: string, serial: number): Promise<string> {
  const lastYear = (await readdir(join(dir, 'articles'))).sort().at(-1)!;
  const articles = await Promise.all(
    (await readdir(join(dir, 'articles', lastYear))).sort().map(async (slug) => {
      const folder = join(dir, 'articles', lastYear, slug);
      const file = (await readdir(folder)).find((name) => /^index\.mdx?$/.test(name))!;
      const text = await readFile(join(folder, file), 'utf8');
      return { folder, file, text, publishedAt: /^publishedAt: "?([^"\n]+)"?$/m.exec(text)![1] };
    }),
  );
  const newest = articles.map((a) => a.publishedAt).sort().at(-1)!;
  // Local times without a zone: read and written as UTC so no offset slips in.
  const date = new Date(new Date(`${newest}:00Z`).getTime() + serial * 60_000).toISOString().slice(0, 16);
  // The newest article's copy: its unit still existed on that day (a district that ended on
  // 30 June 2025 may not report later; the content check refuses it, and the rebuild with it).
  const source = articles.find((a) => a.publishedAt === newest)!;
  const target = join(dir, 'articles', date.slice(0, 4), `bai-moi-xuat-ban-${serial}`);
  await cp(source.folder, target, { recursive: true });
  await writeFile(
    join(target, source.file),
    source.text.replace(/^title: .*$/m, `title: "Bài mới xuất bản số ${serial}"`).replace(/^publishedAt: .*$/m, `publishedAt: "${date}"`),
  );
  return target;
}
