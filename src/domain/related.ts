/** "Tin liên quan": articles that share tags, unit or kind with the one being read. */
import type { ArticleSummary } from './article-summary.ts';
import { slugify } from './slug.ts';

type Candidate = Pick<ArticleSummary, 'slug' | 'tags' | 'unit' | 'kind' | 'publishedAt'>;

/** Articles sharing one tag (or unit), oldest first, with their times for binary search. */
interface Group<T> {
  articles: T[];
  times: number[];
}

export interface RelatedIndex<T extends Candidate> {
  byTag: Map<string, Group<T>>;
  byUnit: Map<string, Group<T>>;
  /** Each article's tags as keys (spellings merged), worked out once. */
  tagKeys: Map<T, string[]>;
}

const SCORE = { tag: 3, unit: 2, kind: 1 } as const;

/**
 * Candidates taken from each group around the article's own date. A common tag ("dân vận")
 * is shared by thousands of articles; the ones nearest in time are those the tie-break would
 * pick anyway, and the window keeps the work per article constant however large the archive.
 */
const WINDOW = 25;

const tagKeys = (article: Candidate) => new Set(article.tags.map((t) => slugify(t)));

/** Built once per site, so finding related articles costs per article, not per archive. */
export function buildRelatedIndex<T extends Candidate>(articles: T[]): RelatedIndex<T> {
  const byTag = new Map<string, T[]>();
  const byUnit = new Map<string, T[]>();
  const add = (map: Map<string, T[]>, key: string, article: T) => {
    const list = map.get(key);
    if (list) list.push(article);
    else map.set(key, [article]);
  };
  const keys = new Map<T, string[]>();
  for (const article of articles) {
    keys.set(article, [...tagKeys(article)]);
    for (const tag of keys.get(article)!) add(byTag, tag, article);
    add(byUnit, article.unit, article);
  }
  const groups = (map: Map<string, T[]>) =>
    new Map(
      [...map].map(([key, list]) => {
        const sorted = list.slice().sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
        return [key, { articles: sorted, times: sorted.map((a) => a.publishedAt.getTime()) }];
      }),
    );
  return { byTag: groups(byTag), byUnit: groups(byUnit), tagKeys: keys };
}

/** Index of the first time ≥ t. */
function lowerBound(times: number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Scores shared tags highest, then the same unit, then the same kind; ties go to the article
 * closest in time. Only articles that share a tag or the unit are considered.
 */
export function relatedArticles<T extends Candidate>(article: T, index: RelatedIndex<T>, limit: number): T[] {
  if (limit <= 0) return [];
  const time = article.publishedAt.getTime();
  const tags = index.tagKeys.get(article) ?? [...tagKeys(article)];
  // The windows only gather candidates; each is then scored on everything it shares, so an
  // article inside one group's window still gets the points of a group it fell outside of.
  const candidates = new Set<T>();
  const gather = (group: Group<T> | undefined) => {
    if (!group) return;
    const at = lowerBound(group.times, time);
    const end = Math.min(group.articles.length, at + WINDOW);
    for (let i = Math.max(0, at - WINDOW); i < end; i++) candidates.add(group.articles[i]);
  };
  for (const tag of tags) gather(index.byTag.get(tag));
  gather(index.byUnit.get(article.unit));
  candidates.delete(article);
  const scoreOf = (other: T) => {
    const theirs = index.tagKeys.get(other) ?? [...tagKeys(other)];
    const shared = tags.filter((tag) => theirs.includes(tag)).length;
    return shared * SCORE.tag + (other.unit === article.unit ? SCORE.unit : 0) + (other.kind === article.kind ? SCORE.kind : 0);
  };

  // The best `limit` in one pass: sorting every candidate cost 4 s of a 10 000-article build.
  const best: Array<{ other: T; score: number; distance: number }> = [];
  const better = (a: { score: number; distance: number }, b: { score: number; distance: number }) =>
    a.score > b.score || (a.score === b.score && a.distance < b.distance);
  for (const other of candidates) {
    const entry = { other, score: scoreOf(other), distance: Math.abs(other.publishedAt.getTime() - time) };
    if (best.length === limit && !better(entry, best[limit - 1])) continue;
    let i = Math.min(best.length, limit - 1);
    best[i] = entry;
    while (i > 0 && better(best[i], best[i - 1])) {
      [best[i - 1], best[i]] = [best[i], best[i - 1]];
      i--;
    }
  }
  return best.map(({ other }) => other);
}
