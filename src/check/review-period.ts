/**
 * Rule 9 of the statistics (nothing dropped silently): a sơ kết or tổng kết with figures must say
 * which span they cover. Without `period` its figures would count as the publication day's, so
 * the check refuses it and suggests the period its title names. News items (tin-hoat-dong,
 * hoi-nghi) may leave it out: their figures belong to the day they were published.
 */
import type { ContentError } from './content-error.ts';
import type { ArticleData } from '../schema/article.ts';
import { REVIEW_KINDS } from '../schema/vocabulary.ts';
import { periodFromTitle } from '../statistics/period-from-title.ts';
import { localYear } from '../domain/vietnamese-date.ts';
import { validation as v } from '../i18n/vi.ts';

type Path = ReadonlyArray<PropertyKey>;

export function checkReviewPeriod(
  file: string,
  data: Pick<ArticleData, 'kind' | 'title' | 'period' | 'indicators' | 'publishedAt'>,
  lineOf: (path: Path) => number | undefined,
): ContentError[] {
  if (!REVIEW_KINDS.includes(data.kind) || data.period) return [];
  if (data.indicators.every((entry) => entry.period)) return [];
  const suggestion = periodFromTitle(data.title, localYear(data.publishedAt));
  return [{ file, line: lineOf(['kind']), field: 'period', message: v.reviewPeriodMissing(suggestion) }];
}
