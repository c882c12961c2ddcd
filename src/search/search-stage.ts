/**
 * The folder Pagefind indexes: one document per article page, holding only the article element
 * with đ respelled for search (public/js/search/spelling.js). It lives in the cache folder and
 * outlasts builds: a page Astro renders is staged as it renders (src/middleware.ts), a page
 * Astro copies from the previous build keeps the document staged when it was rendered. A
 * rebuild after one article is published stages a handful of pages instead of reading and
 * writing all 10 000 again (about 5 s at 10 000 articles, measured in `npm run bench -- --warm`).
 *
 * The stage can only be trusted if it was filled by the builds that made Astro's page cache:
 * a stamp of Astro's incremental manifest, written when a build completes, says so. Without a
 * matching stamp (first build, a build that failed half-way, `astro build` run by hand) the
 * stage starts empty and every article page is staged from the built site after Astro.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { spellForIndex } from '../../public/js/search/spelling.js';
import { urls } from '../urls.ts';
import { mapInBatches } from '../util/in-batches.ts';

/** Article pages live under this folder of the site (urls.article). */
export const ARTICLES_FOLDER = urls.article('x').split('/')[1];

/** Set by the build for Astro's process; unset in `astro dev`, where nothing is staged. */
export const STAGE_ENV = 'BANTIN_SEARCH_STAGE';

const STAMP_FILE = '.built-with';

/** The stage's place in the build cache, beside Astro's page cache it must stay in step with. */
export const searchStageDir = (astroCache: string) => join(astroCache, 'bantin-search-stage');

/**
 * The part of a page Pagefind needs: the element marked data-pagefind-body (the article, with
 * its filter, sort and meta fields), in a bare document that keeps the page's language. Sending
 * it instead of the whole page spares Pagefind parsing the header, footer and related list it
 * would skip anyway. Undefined for pages that are not indexed.
 */
export function indexableDocument(html: string): string | undefined {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return undefined;
  const start = html.lastIndexOf('<', marker);
  const tag = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start))?.[1];
  const end = tag ? html.lastIndexOf(`</${tag}>`) : -1;
  if (end < marker) return undefined;
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'vi';
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(start, end + tag!.length + 3)}</body></html>`;
}

const ARTICLE_PATH = new RegExp(`^/${ARTICLES_FOLDER}/([^/]+)/?$`);

/** "/bai-viet/slug/" → the article's slug; undefined for any other page. */
export function articleSlug(pathname: string): string | undefined {
  return ARTICLE_PATH.exec(pathname)?.[1];
}

/** Where an article's document goes in the stage: the path Pagefind turns into its URL. */
const stagedFile = (stage: string, slug: string) => join(stage, ARTICLES_FOLDER, slug, 'index.html');

/**
 * Stages one article page; false when the page carries no search marker (and then drops what an
 * earlier version of the page left in the stage).
 */
export async function stageArticle(stage: string, slug: string, html: string): Promise<boolean> {
  const document = indexableDocument(html);
  const file = stagedFile(stage, slug);
  if (!document) {
    await rm(dirname(file), { recursive: true, force: true });
    return false;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, spellForIndex(document));
  return true;
}

/**
 * Writes started while Astro renders, kept on globalThis: the middleware runs in Astro's bundle
 * of the site, the build that waits for them in src/build/astro-child.ts, two copies of this
 * module in one process.
 */
const PENDING = Symbol.for('bantin.search-stage.pending');
type Pending = Set<Promise<unknown>>;
const pending = (): Pending => ((globalThis as { [PENDING]?: Pending })[PENDING] ??= new Set());

/** Stages a rendered page in the background if it is an article and a stage is set. */
export function stageRenderedPage(pathname: string, html: string, stage = process.env[STAGE_ENV]): void {
  const slug = stage ? articleSlug(pathname) : undefined;
  if (!stage || !slug) return;
  const write = stageArticle(stage, slug, html);
  pending().add(write);
  // Failures surface in flushStagedPages(); until then nothing may go unhandled.
  write.then(() => pending().delete(write), () => {});
}

/** Waits for every staging write; rejects with the first that failed. */
export async function flushStagedPages(): Promise<void> {
  await Promise.all(pending());
}

/** Astro's record of the pages it can copy next time; the stage belongs with this version of it. */
const manifestStamp = async (astroCache: string) => {
  const manifest = await stat(join(astroCache, 'incremental-build.json')).catch(() => undefined);
  return manifest ? `${manifest.size}:${manifest.mtimeMs}` : 'none';
};

/**
 * Called before Astro starts: keeps the stage if the last build that completed left it in step
 * with Astro's page cache, empties it otherwise; either way marks it as being built.
 */
export async function openStage(stage: string, astroCache: string): Promise<void> {
  const stamp = await readFile(join(stage, STAMP_FILE), 'utf8').catch(() => undefined);
  if (stamp !== (await manifestStamp(astroCache))) await rm(stage, { recursive: true, force: true });
  await rm(join(stage, STAMP_FILE), { force: true });
  await mkdir(stage, { recursive: true });
}

/** Called when the whole build succeeded: the stage matches Astro's page cache again. */
export async function closeStage(stage: string, astroCache: string): Promise<void> {
  await writeFile(join(stage, STAMP_FILE), await manifestStamp(astroCache));
}

/** Read in batches: enough to keep the disk busy, few enough for the fd limit. */
const BATCH = 64;

/**
 * Brings the stage in line with the built site: documents of articles no longer published go,
 * article pages without a document (first build, emptied stage) are staged from their HTML.
 * Returns how many articles the stage holds and how many article pages had no search marker.
 */
export async function reconcileStage(stage: string, siteDir: string): Promise<{ pages: number; unmarked: number }> {
  const list = async (dir: string) => (existsSync(dir) ? (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name) : []);
  const [published, staged] = await Promise.all([list(join(siteDir, ARTICLES_FOLDER)), list(join(stage, ARTICLES_FOLDER))]);
  const publishedSet = new Set(published);
  const stagedSet = new Set(staged);
  await mapInBatches(staged.filter((slug) => !publishedSet.has(slug)), BATCH, (slug) => rm(join(stage, ARTICLES_FOLDER, slug), { recursive: true, force: true }));
  let unmarked = 0;
  await mapInBatches(published.filter((slug) => !stagedSet.has(slug)), BATCH, async (slug) => {
    const page = join(siteDir, ARTICLES_FOLDER, slug, 'index.html');
    if (!existsSync(page) || !(await stageArticle(stage, slug, await readFile(page, 'utf8')))) unmarked++;
  });
  return { pages: published.length - unmarked, unmarked };
}
