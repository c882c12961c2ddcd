/**
 * What the analytics job needs to know of the built site: the address of every HTML page (only
 * those count as page views) and each article's title and legacy views, which the build writes
 * to /thong-ke-truy-cap/bai-viet.json (src/pages/thong-ke-truy-cap/bai-viet.json.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { urls } from '../urls.ts';
import { COUNTERS_FOLDER } from './counter-files.ts';

export interface ArticleFacts {
  title: string;
  legacyViews: number;
}

export interface SitePages {
  pages: Set<string>;
  titles: Map<string, string>;
  legacyViews: Map<string, number>;
}

/** The page address of an index.html file relative to the site ("nam/2022/index.html" → "/nam/2022/"). */
export function addressOfIndexFile(relative: string): string | undefined {
  const path = relative.split(sep).join('/');
  if (path === 'index.html') return '/';
  return path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : undefined;
}

/** Reads the built site in `site`; undefined when it holds no built portal. */
export async function readSitePages(site: string): Promise<SitePages | undefined> {
  if (!existsSync(join(site, 'index.html'))) return undefined;
  const pages = new Set<string>();
  // Synchronous: the async walk is one thread-pool round trip per folder (about a thousand for
  // a thousand articles), and on a loaded machine each waits its turn: 4 s of wall time for
  // 0.3 s of CPU in a run that found nothing new. The job has nothing else to do meanwhile.
  for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('index.html') || file.startsWith(COUNTERS_FOLDER + sep)) continue;
    const address = addressOfIndexFile(file);
    if (address) pages.add(address);
  }
  const titles = new Map<string, string>();
  const legacyViews = new Map<string, number>();
  const factsFile = join(site, urls.visitorArticles());
  if (existsSync(factsFile)) {
    const facts = JSON.parse(await readFile(factsFile, 'utf8')) as Record<string, ArticleFacts>;
    for (const [address, { title, legacyViews: legacy }] of Object.entries(facts)) {
      titles.set(address, title);
      if (legacy > 0) legacyViews.set(address, legacy);
    }
  }
  return { pages, titles, legacyViews };
}
