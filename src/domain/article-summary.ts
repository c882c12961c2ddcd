/**
 * The shape domain functions work on: an article reduced to plain data, independent of Astro.
 * The types come from the schema (src/schema/article.ts); site data builds these from content
 * entries (src/site/site-data.ts).
 */
import type { ArticleData, IndicatorEntry } from '../schema/article.ts';

export type IndicatorValue = IndicatorEntry;

export interface ArticleSummary extends Omit<ArticleData, 'cover' | 'coverAlt'> {
  slug: string;
}
