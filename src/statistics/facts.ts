/**
 * Facts: one indicator entry of one published article, with the period it covers: the entry's
 * own, else the article's, else the day the article was published (a news item reports what
 * happened that day). The content check makes reviews state their period (review-period.ts),
 * so only news items fall back to the publication day.
 */
import type { ArticleSummary } from '../domain/article-summary.ts';
import { localParts } from '../domain/vietnamese-date.ts';
import type { Period } from './period-span.ts';
import type { Qualifier } from '../schema/vocabulary.ts';

export interface Fact {
  /** The article's slug. */
  article: string;
  indicator: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  /** The organisation the figure belongs to; null for the whole programme (all organisations). */
  org: string | null;
  period: Period;
  /** When the article was last changed (updatedAt, else publishedAt), in ms: the newest report wins. */
  updated: number;
}

export type FactArticle = Pick<ArticleSummary, 'slug' | 'unit' | 'period' | 'publishedAt' | 'updatedAt' | 'indicators'>;

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day of a moment in Vietnam time. */
export function localDay(date: Date): string {
  const p = localParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

export function factsOf(articles: FactArticle[]): Fact[] {
  const facts: Fact[] = [];
  for (const article of articles) {
    const updated = (article.updatedAt ?? article.publishedAt).getTime();
    let publicationDay: Period | undefined;
    for (const entry of article.indicators) {
      const period = entry.period ?? article.period ?? (publicationDay ??= { from: localDay(article.publishedAt), to: localDay(article.publishedAt) });
      facts.push({
        article: article.slug,
        indicator: entry.key,
        value: entry.value,
        qualifier: entry.qualifier,
        unit: article.unit,
        org: entry.org ?? null,
        period,
        updated,
      });
    }
  }
  return facts;
}
