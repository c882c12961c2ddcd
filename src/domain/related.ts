/** "Tin liên quan": articles that share tags, unit or kind with the one being read. */
import type { ArticleSummary } from './article-summary.ts';
import { slugify } from './slug.ts';

type Candidate = Pick<ArticleSummary, 'slug' | 'tags' | 'unit' | 'kind' | 'publishedAt'>;

export interface RelatedIndex<T extends Candidate> {
  byTag: Map<string, T[]>;
  byUnit: Map<string, T[]>;
}

/** Built once per site, so finding related articles costs per article, not per archive. */
export function buildRelatedIndex<T extends Candidate>(articles: T[]): RelatedIndex<T> {
  const byTag = new Map<string, T[]>();
  const byUnit = new Map<string, T[]>();
  const add = (map: Map<string, T[]>, key: string, article: T) => {
    const list = map.get(key);
    if (list) list.push(article);
    else map.set(key, [article]);
  };
  for (const article of articles) {
    for (const tag of new Set(article.tags.map((t) => slugify(t)))) add(byTag, tag, article);
    add(byUnit, article.unit, article);
  }
  return { byTag, byUnit };
}

/**
 * Scores shared tags highest, then the same unit, then the same kind; ties go to the article
 * closest in time. Only articles that share a tag or the unit are considered.
 */
export function relatedArticles<T extends Candidate>(article: T, index: RelatedIndex<T>, limit: number): T[] {
  const scores = new Map<T, number>();
  // Very common tags would make every article a candidate; a sample of each keeps this linear.
  const CAP = 200;
  for (const tag of new Set(article.tags.map((t) => slugify(t)))) {
    for (const other of (index.byTag.get(tag) ?? []).slice(-CAP)) scores.set(other, (scores.get(other) ?? 0) + 3);
  }
  for (const other of (index.byUnit.get(article.unit) ?? []).slice(-CAP)) scores.set(other, (scores.get(other) ?? 0) + 2);
  scores.delete(article);
  const time = article.publishedAt.getTime();
  return [...scores.entries()]
    .map(([other, score]) => ({ other, score: score + (other.kind === article.kind ? 1 : 0) }))
    .sort((a, b) => b.score - a.score || Math.abs(a.other.publishedAt.getTime() - time) - Math.abs(b.other.publishedAt.getTime() - time))
    .slice(0, limit)
    .map(({ other }) => other);
}
