/**
 * Every setting of the portal and every BANTIN_* variable, in one place. Everything a reader
 * sees is in src/i18n/vi.ts. Variables are read when asked for (not at import), so a tool that
 * points a build at another content folder sets the variable and calls these.
 */
import { resolve } from 'node:path';

/** The environment variables bantin reads or sets, by what they mean. */
export const ENV = {
  /** The portal's public address (canonical URLs, RSS, sitemap, Open Graph). */
  siteUrl: 'BANTIN_SITE_URL',
  /** Another content folder than content/ (the bench's corpus, the tests' fixtures). */
  contentDir: 'BANTIN_CONTENT_DIR',
  /** The cache folder kept between builds (Astro's pages, photos, search stage). */
  cacheDir: 'BANTIN_CACHE_DIR',
  /** The encoded-photo cache; set by the build for its children. */
  photoCache: 'BANTIN_PHOTO_CACHE',
  /** Heap limit of Astro's build process, in megabytes. */
  buildHeapMb: 'BANTIN_BUILD_HEAP_MB',
  /** Set by the build for Astro's process: where article pages are staged for Pagefind. */
  searchStage: 'BANTIN_SEARCH_STAGE',
  /** Set by the build when it runs the content check itself, beside Astro. */
  contentChecked: 'BANTIN_CONTENT_CHECKED',
  /** The visitor total of the portal bantin replaces, added to Tất cả (npm run analytics). */
  visitsBaseline: 'BANTIN_VISITS_BASELINE',
  /** The port of the staff editor (npm run editor); the site preview uses the next one. */
  editorPort: 'BANTIN_EDITOR_PORT',
  /** Articles a part of the search index holds at least (src/search/search-parts.ts); tests set it low. */
  searchPartMin: 'BANTIN_SEARCH_PART_MIN',
  /**
   * `file`: Astro's content store reaches the pages through its file, as Astro does, in the
   * preview and the build, instead of from memory (src/content/live-store.ts).
   */
  contentStore: 'BANTIN_CONTENT_STORE',
} as const;

type Env = Record<string, string | undefined>;

const DEFAULT_SITE_URL = 'https://dvqs.example.gov.vn';
const DEFAULT_CONTENT_DIR = 'content';
const DEFAULT_CACHE_DIR = 'node_modules/.astro';

/** The public address of the portal, for canonical URLs, RSS and the sitemap. */
export const SITE_URL = process.env[ENV.siteUrl] || DEFAULT_SITE_URL;

/** Where the content lives: content/ unless BANTIN_CONTENT_DIR says otherwise. */
export function contentDir(root: string = process.cwd(), env: Env = process.env): string {
  return resolve(root, env[ENV.contentDir] || DEFAULT_CONTENT_DIR);
}

/** Astro's cache folder (content store, page cache, encoded photos), kept between builds. */
export function astroCacheDir(root: string = process.cwd(), env: Env = process.env): string {
  return resolve(root, env[ENV.cacheDir] || DEFAULT_CACHE_DIR);
}

/** Photos encoded ahead of Astro's image phase, by content and transform (images/photo-cache.ts). */
export function photoCacheDir(root: string = process.cwd(), env: Env = process.env): string {
  return env[ENV.photoCache] || resolve(astroCacheDir(root, env), 'bantin-photos');
}

/** The heap limit an operator asked for, as written (validated by build/heap-limit.ts). */
export function requestedHeapLimit(env: Env = process.env): string | undefined {
  return env[ENV.buildHeapMb];
}

/** Articles on a year, unit, tag or author page before it continues on the next page. */
export const PAGE_SIZE = 20;

/** Articles in the home page's "latest" list and in the RSS feed. */
export const LATEST_COUNT = 12;
export const FEED_COUNT = 30;

/** Related articles under each article. */
export const RELATED_COUNT = 4;
/** Articles in each list of the article page's side column (the unit's others, the latest). */
export const SIDEBAR_COUNT = 5;

/**
 * Widths every photo is encoded at (WebP, one srcset): 480 for small phones, 800 for a 390 px
 * phone at 2× and the 44rem desktop column. Every width is an encode of every photo, the largest
 * costing most: dropping AVIF and a 1200 px size cut photo encoding at 10 000 articles from
 * 381 s to about a sixth (npm run bench, README "Speed and scale"). WebP is at quality 75
 * (src/images/photo-settings.ts), where an 800 px WebP weighs what the AVIF did.
 */
export const PHOTO_WIDTHS = [480, 800];

/** How wide an article photo is drawn (the reading column, 44rem), for the browser's srcset choice. */
export const PHOTO_SIZES = '(min-width: 46rem) 44rem, 100vw';

/** The old portal's visitor total as the operator wrote it (checked by npm run analytics). */
export function analyticsBaseline(env: Env = process.env): string | undefined {
  return env[ENV.visitsBaseline] || undefined;
}

/** The staff editor's port on localhost (npm run editor), 4330 unless BANTIN_EDITOR_PORT says otherwise. */
export function editorPort(env: Env = process.env): number {
  const port = Number(env[ENV.editorPort]);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : 4330;
}

/**
 * Articles a part of the search index holds at least: PART_MIN_PAGES (src/search/search-parts.ts)
 * unless BANTIN_SEARCH_PART_MIN says otherwise (the tests split the 26 sample articles this way).
 */
export function searchPartMin(fallback: number, env: Env = process.env): number {
  const value = Number(env[ENV.searchPartMin]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
