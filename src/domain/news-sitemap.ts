/**
 * The news sitemap (Google News' format, sitemap-news.xml): the articles published in the last
 * two days before the build, newest first, at most 1 000, as news aggregators ask. Pure: the
 * build hands in the articles, the time and the site's address.
 */
import { toLocalIso } from './vietnamese-date.ts';

/** Google News reads articles of the last two days from a news sitemap, and at most 1 000 of them. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_SITEMAP_LIMIT = 1000;

export interface NewsItem {
  url: string;
  title: string;
  publishedAt: Date;
}

/** The articles the news sitemap lists: published within the window before `now`, none in the future. */
export function recentNews<T extends { publishedAt: Date }>(articles: readonly T[], now: Date): T[] {
  const from = now.getTime() - NEWS_WINDOW_MS;
  return articles
    .filter((a) => a.publishedAt.getTime() > from && a.publishedAt.getTime() <= now.getTime())
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, NEWS_SITEMAP_LIMIT);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/** The sitemap document; `items` already chosen (recentNews) and their URLs absolute. */
export function newsSitemapXml(items: readonly NewsItem[], publicationName: string): string {
  const entries = items.map(
    (item) =>
      `<url><loc>${escapeXml(item.url)}</loc><news:news><news:publication><news:name>${escapeXml(publicationName)}</news:name>` +
      `<news:language>vi</news:language></news:publication><news:publication_date>${toLocalIso(item.publishedAt)}</news:publication_date>` +
      `<news:title>${escapeXml(item.title)}</news:title></news:news></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; both sitemaps named by their full address. */
export function robotsTxt(sitemaps: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((s) => `Sitemap: ${s}`), ''].join('\n');
}
