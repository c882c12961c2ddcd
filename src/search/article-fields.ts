/**
 * Everything an article page tells Pagefind besides its text: the filters it is filed under,
 * its sort key and the metadata a result shows. SearchIndexFields.astro writes these as
 * data-pagefind-* attributes.
 */
import type { ArticleSummary } from '../domain/article-summary.ts';
import type { UnitTree } from '../domain/units.ts';
import { formatShortDate, toLocalIso } from '../domain/vietnamese-date.ts';
import { articleFacetValues, FACET_KEYS, SORT_KEY } from './facets.ts';

export interface SearchField {
  key: string;
  value: string;
}

export interface ArticleSearchFields {
  filters: SearchField[];
  sort: SearchField[];
  meta: SearchField[];
}

type FieldArticle = Pick<ArticleSummary, 'publishedAt' | 'unit' | 'kind' | 'tags' | 'indicators'>;

export function articleSearchFields(article: FieldArticle, unitTree: UnitTree): ArticleSearchFields {
  const facets = articleFacetValues(article, unitTree);
  const unitName = unitTree.byKey.get(article.unit)?.name;
  return {
    filters: FACET_KEYS.flatMap((key) => facets[key].map((value) => ({ key, value }))),
    // ISO with the same +07:00 offset everywhere, so text order is time order.
    sort: [{ key: SORT_KEY, value: toLocalIso(article.publishedAt) }],
    meta: [
      { key: 'date', value: formatShortDate(article.publishedAt) },
      ...(unitName ? [{ key: 'unit', value: unitName }] : []),
    ],
  };
}
