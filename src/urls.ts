/**
 * Every internal link of the portal comes from here, and every path is read back to its page
 * here too (the visitor counters map a logged path to an article), so a URL scheme changes in
 * one place.
 */
import { slugify } from './domain/slug.ts';

const pageSuffix = (page: number) => (page > 1 ? `${page}/` : '');

/**
 * Tag and author links are on nearly every page, for a few hundred distinct names: folding each
 * name once instead of per link took about 1 s off a 10 000-article build.
 */
const slugs = new Map<string, string>();
const slugOf = (name: string) => {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, (slug = slugify(name)));
  return slug;
};

export const urls = {
  home: () => '/',
  article: (slug: string) => `/bai-viet/${slug}/`,
  years: () => '/nam/',
  year: (year: number | string, page = 1) => `/nam/${year}/${pageSuffix(page)}`,
  units: () => '/don-vi/',
  unit: (key: string, page = 1) => `/don-vi/${key}/${pageSuffix(page)}`,
  tags: () => '/chu-de/',
  tag: (tag: string, page = 1) => `/chu-de/${slugOf(tag)}/${pageSuffix(page)}`,
  author: (name: string, page = 1) => `/tac-gia/${slugOf(name)}/${pageSuffix(page)}`,
  statistics: () => '/thong-ke/',
  statisticsIndicator: (key: string) => `/thong-ke/chi-tieu/${key}/`,
  statisticsRules: () => '/thong-ke/cach-tinh/',
  statisticsQuality: () => '/thong-ke/chat-luong-du-lieu/',
  /** The open data files (dist/du-lieu/): chi-so = every fact, tong-hop = every yearly total. */
  openData: (name: 'chi-so' | 'tong-hop' | 'tong-hop-tinh-hien-nay' | 'chat-luong', format: 'json' | 'csv') => `/du-lieu/${name}.${format}`,
  search: (query?: string) => (query ? `/tim-kiem/?q=${encodeURIComponent(query)}` : '/tim-kiem/'),
  rss: () => '/rss.xml',
  /** Written by @astrojs/sitemap (astro.config.mjs). */
  sitemap: () => '/sitemap-index.xml',
  newsSitemap: () => '/sitemap-news.xml',
  robots: () => '/robots.txt',
  /** The latest articles, as JSON, for the article page's side column (public/js/site.js). */
  latestFeed: () => '/tin-moi.json',
  visitorStatistics: () => '/thong-ke-truy-cap/',
  /** Titles and legacy views of the articles, read by the analytics job (npm run analytics). */
  visitorArticles: () => '/thong-ke-truy-cap/bai-viet.json',
  /** The files the analytics job writes into the served site (src/analytics/counter-files.ts). */
  counters: (file = '') => `/luot-xem/${file}`,
} as const;

/** A page of the portal, as read back from a path. */
export type PageRef =
  | { type: 'home' }
  | { type: 'article'; slug: string }
  | { type: 'years' | 'units' | 'tags' | 'statistics' | 'search' | 'visitorStatistics' }
  | { type: 'year'; year: number; page: number }
  | { type: 'unit' | 'tag' | 'author'; key: string; page: number }
  | { type: 'statistics-rules' | 'statistics-quality' }
  | { type: 'statistics-indicator'; key: string };

const STATISTICS_PAGES: Record<string, 'statistics-rules' | 'statistics-quality'> = { 'cach-tinh': 'statistics-rules', 'chat-luong-du-lieu': 'statistics-quality' };

const LISTINGS: Record<string, 'years' | 'units' | 'tags' | 'statistics' | 'search' | 'visitorStatistics'> = {
  nam: 'years',
  'don-vi': 'units',
  'chu-de': 'tags',
  'thong-ke': 'statistics',
  'tim-kiem': 'search',
  'thong-ke-truy-cap': 'visitorStatistics',
};
const ARCHIVES: Record<string, 'unit' | 'tag' | 'author'> = { 'don-vi': 'unit', 'chu-de': 'tag', 'tac-gia': 'author' };
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PAGE_NUMBER = /^[1-9]\d*$/;

/**
 * The path of one of the portal's pages back to the page: "/bai-viet/x/", "/bai-viet/x" and
 * "/bai-viet/x/index.html" are the same article; query and fragment are ignored; undefined for
 * a path the portal does not build in this shape (assets, feeds, unknown folders).
 */
export function parsePagePath(path: string): PageRef | undefined {
  const bare = path.replace(/[?#].*$/, '').replace(/\/index\.html$/, '/');
  if (!bare.startsWith('/')) return undefined;
  const parts = bare.split('/').filter(Boolean);
  if (parts.length === 0) return { type: 'home' };
  if (!parts.every((part) => SEGMENT.test(part))) return undefined;
  const [folder, key, page, ...rest] = parts;
  if (rest.length > 0) return undefined;
  if (folder === 'bai-viet') return key && page === undefined ? { type: 'article', slug: key } : undefined;
  if (key === undefined) return LISTINGS[folder] ? { type: LISTINGS[folder] } : undefined;
  if (folder === 'thong-ke') return parseStatisticsPath(key, page);
  if (page !== undefined && !PAGE_NUMBER.test(page)) return undefined;
  const pageNumber = page === undefined ? 1 : Number(page);
  if (page !== undefined && pageNumber < 2) return undefined;
  if (folder === 'nam') return /^\d{4}$/.test(key) ? { type: 'year', year: Number(key), page: pageNumber } : undefined;
  const archive = ARCHIVES[folder];
  return archive ? { type: archive, key, page: pageNumber } : undefined;
}

function parseStatisticsPath(section: string, key: string | undefined): PageRef | undefined {
  if (section === 'chi-tieu') return key === undefined ? undefined : { type: 'statistics-indicator', key };
  const type = STATISTICS_PAGES[section];
  return type && key === undefined ? { type } : undefined;
}
