/**
 * What the article page's side column lists (src/components/ArticleSidebar.astro): the unit's
 * other articles, and the portal's latest ones (read by public/js/site.js from latestArticles'
 * feed, so that publishing an article does not re-render every article page to update them).
 */
import { formatShortDate } from './vietnamese-date.ts';

type Listed = { slug: string; publishedAt: Date };

/** The unit's newest articles other than this one; `unitArticles` newest first, as site data keeps them. */
export function otherArticlesOfUnit<T extends Listed>(article: Listed, unitArticles: readonly T[], count: number): T[] {
  const others: T[] = [];
  for (const candidate of unitArticles) {
    if (others.length === count) break;
    if (candidate.slug !== article.slug) others.push(candidate);
  }
  return others;
}

export interface LatestEntry {
  url: string;
  title: string;
  date: string;
}

/** The feed of latest articles: newest first, `count` plus one, so a page can leave itself out. */
export function latestArticles<T extends Listed & { title: string }>(articles: readonly T[], count: number, urlOf: (slug: string) => string): LatestEntry[] {
  return articles.slice(0, count + 1).map((a) => ({ url: urlOf(a.slug), title: a.title, date: formatShortDate(a.publishedAt) }));
}
