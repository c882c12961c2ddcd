/** Ordering, filtering and grouping of articles for the archive pages. Pure functions. */
import type { ArticleSummary } from './article-summary.ts';
import { localYear } from './vietnamese-date.ts';
import { slugify } from './slug.ts';

/**
 * Production shows what is meant to be public now; preview (astro dev) shows drafts and
 * scheduled articles too, so authors can check them before they go out.
 */
export function isPublic(article: Pick<ArticleSummary, 'draft' | 'publishedAt'>, now: Date): boolean {
  return !article.draft && article.publishedAt.getTime() <= now.getTime();
}

export function newestFirst<T extends Pick<ArticleSummary, 'publishedAt' | 'slug'>>(articles: T[]): T[] {
  return [...articles].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug));
}

/** Articles grouped by their year in Vietnam's calendar, newest year first; order inside kept. */
export function groupByYear<T extends Pick<ArticleSummary, 'publishedAt'>>(articles: T[]): Array<{ year: number; articles: T[] }> {
  const groups = new Map<number, T[]>();
  for (const article of articles) {
    const year = localYear(article.publishedAt);
    const group = groups.get(year);
    if (group) group.push(article);
    else groups.set(year, [article]);
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, articles: list }));
}

/**
 * Group by a derived key (tag or author slug), remembering the most common spelling as the
 * label: "Đoàn Thanh niên" and "đoàn thanh niên" land on one page under the usual spelling.
 */
export function groupBySlug<T>(
  articles: T[],
  labelsOf: (article: T) => string[],
): Array<{ slug: string; label: string; articles: T[] }> {
  const groups = new Map<string, { articles: T[]; spellings: Map<string, number> }>();
  for (const article of articles) {
    for (const label of new Set(labelsOf(article))) {
      const slug = slugify(label);
      if (!slug) continue;
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { articles: [], spellings: new Map() }));
      if (group.articles[group.articles.length - 1] !== article) group.articles.push(article);
      group.spellings.set(label, (group.spellings.get(label) ?? 0) + 1);
    }
  }
  return [...groups.entries()]
    .map(([slug, { articles: list, spellings }]) => ({
      slug,
      label: [...spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))[0][0],
      articles: list,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}
