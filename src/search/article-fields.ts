/**
 * Everything an article page tells Pagefind besides its text: the filters it is filed under,
 * its sort key and the metadata a result shows. SearchIndexFields.astro writes these as
 * data-pagefind-* attributes.
 */
import type { ArticleSummary } from '../domain/article-summary.ts';
import { unitAncestry, type UnitTree } from '../domain/units.ts';
import { formatShortDate, toLocalIso } from '../domain/vietnamese-date.ts';
import { articleFacetValues, FACET_KEYS, SORT_KEY } from './facets.ts';
import { ABOUT_META_KEY, aboutMetaValue, aboutNames, PLACES_META_KEY, textOfHtml, type AboutNames, type NameGroup } from './about-names.ts';

export interface SearchField {
  key: string;
  value: string;
}

export interface ArticleSearchFields {
  filters: SearchField[];
  sort: SearchField[];
  meta: SearchField[];
  /** The places and names the article is about (about-names.ts), as metadata read from element text. */
  names: SearchField[];
}

type FieldArticle = Pick<ArticleSummary, 'publishedAt' | 'unit' | 'kind' | 'tags' | 'indicators'> & Partial<Pick<ArticleSummary, 'title' | 'summary'>> & {
  /** The article's text as HTML or MDX source (article-text.ts); tags are dropped. */
  bodyText?: string;
};

export function articleSearchFields(article: FieldArticle, unitTree: UnitTree, nameGroups: readonly NameGroup[] = []): ArticleSearchFields {
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
    names: aboutFields(
      aboutNames(
        {
          text: [article.title ?? '', article.summary ?? '', textOfHtml(article.bodyText ?? '')].join('\n'),
          tags: article.tags,
          organisations: article.indicators.map((i) => i.org),
          unitNames: unitAncestry(unitTree, article.unit).map((u) => u.name),
        },
        nameGroups,
      ),
    ),
  };
}

function aboutFields({ places, names }: AboutNames): SearchField[] {
  return [
    { key: PLACES_META_KEY, value: aboutMetaValue(places) },
    { key: ABOUT_META_KEY, value: aboutMetaValue(names) },
  ].filter((field) => field.value !== '');
}
