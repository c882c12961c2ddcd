/**
 * The folder Pagefind indexes: one document per article page, holding only the article element
 * with đ respelled for search (public/js/search/spelling.js). It lives in the cache folder and
 * outlasts builds: a page Astro renders is staged as it renders (src/middleware.ts), a page
 * Astro copies from the previous build keeps the document staged when it was rendered. A
 * rebuild after one article is published stages a handful of pages instead of reading and
 * writing all 10 000 again (about 5 s at 10 000 articles, measured in `npm run bench -- --warm`).
 *
 * The stage is only trusted when the last build completed (src/build/build-cache.ts); otherwise
 * it starts empty and every article page is staged from the built site after Astro.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { spellForIndex } from '../../public/js/search/spelling.js';
import { operator } from '../i18n/vi.ts';
import { urls } from '../urls.ts';
import { ENV } from '../config.ts';
import { mapInBatches } from '../build/in-batches.ts';
import { searchPartOf } from './search-parts.ts';

/** Article pages live under this folder of the site (urls.article). */
export const ARTICLES_FOLDER = urls.article('x').split('/')[1];

/** Set by the build for Astro's process; unset in `astro dev`, where nothing is staged. */
export const STAGE_ENV = ENV.searchStage;

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

/**
 * Where an article's document goes in the stage: in the folder of its search part (its year,
 * src/search/search-parts.ts), at the path Pagefind turns into its URL, so that each part is a
 * site of its own to Pagefind (`--site <stage>/<part>`).
 */
const stagedFile = (stage: string, part: string, slug: string) => join(stage, part, ARTICLES_FOLDER, slug, 'index.html');

/** The parts (folders) the stage holds. */
async function stagedParts(stage: string): Promise<string[]> {
  if (!existsSync(stage)) return [];
  return (await readdir(stage, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
}

/**
 * Stages one article page; false when the page carries no search marker (and then drops what an
 * earlier version of the page left in the stage). A document whose bytes are already staged is
 * not written again: its part keeps its fingerprint and its index is reused (search-parts.ts).
 */
export async function stageArticle(stage: string, slug: string, html: string): Promise<boolean> {
  const document = indexableDocument(html);
  const spelled = document === undefined ? undefined : spellForIndex(document);
  const part = spelled === undefined ? undefined : searchPartOf(spelled);
  // The same article in another part (its date changed year) goes from there.
  for (const other of await stagedParts(stage)) {
    if (other !== part) await rm(dirname(stagedFile(stage, other, slug)), { recursive: true, force: true });
  }
  if (spelled === undefined || part === undefined) return false;
  const file = stagedFile(stage, part, slug);
  if ((await readFile(file, 'utf8').catch(() => undefined)) === spelled) return true;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, spelled);
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

/** Stages a rendered article page in the background; flushStagedPages() waits for it. */
export function stageRenderedPage(stage: string, slug: string, html: string): void {
  const write = stageArticle(stage, slug, html).catch((error: unknown) => {
    throw new Error(operator.searchStageWrite(slug, stage, (error as Error).message), { cause: error });
  });
  pending().add(write);
  // Failures surface in flushStagedPages(); until then nothing may go unhandled.
  write.then(() => pending().delete(write), () => {});
}

/** Waits for every staging write started so far; rejects with the first that failed. */
export async function flushStagedPages(): Promise<void> {
  const writes = [...pending()];
  pending().clear();
  await Promise.all(writes);
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
  const published = await list(join(siteDir, ARTICLES_FOLDER));
  const staged = (await Promise.all((await stagedParts(stage)).map(async (part) => (await list(join(stage, part, ARTICLES_FOLDER))).map((slug) => ({ part, slug }))))).flat();
  const publishedSet = new Set(published);
  // A folder without its document (a write cut short) counts as not staged.
  const stagedSet = new Set(staged.filter(({ part, slug }) => existsSync(stagedFile(stage, part, slug))).map(({ slug }) => slug));
  const gone = staged.filter(({ slug }) => !publishedSet.has(slug));
  await mapInBatches(gone, BATCH, ({ part, slug }) => rm(join(stage, part, ARTICLES_FOLDER, slug), { recursive: true, force: true }));
  let unmarked = 0;
  await mapInBatches(published.filter((slug) => !stagedSet.has(slug)), BATCH, async (slug) => {
    const page = join(siteDir, ARTICLES_FOLDER, slug, 'index.html');
    if (!existsSync(page) || !(await stageArticle(stage, slug, await readFile(page, 'utf8')))) unmarked++;
  });
  return { pages: published.length - unmarked, unmarked };
}
