/**
 * The shape domain functions work on: an article reduced to plain data, independent of Astro.
 * Pages build these from content entries (src/content/site-data.ts).
 */
import type { Qualifier } from './vietnamese-number.ts';
import type { Period } from './period.ts';

export interface IndicatorValue {
  key: string;
  value: number;
  qualifier: Qualifier;
  org?: string;
  period?: Period;
  note?: string;
}

export interface ArticleSummary {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt?: Date;
  unit: string;
  kind: 'so-ket' | 'tong-ket' | 'hoi-nghi' | 'tin-hoat-dong';
  period?: Period;
  author: string;
  source?: string;
  tags: string[];
  indicators: IndicatorValue[];
  draft: boolean;
  legacyViews?: number;
}
