/**
 * The search filters, written once for both ends: the values each article page hands Pagefind
 * (articleFacetValues) and the choices the search page offers (searchFacets) come from the same
 * keys, so a choice on the page always names a value that exists in the index. Values are keys
 * and slugs, not labels: short in the index, readable in the URL (?nam=2022&don-vi=hai-lang).
 */
import type { ArticleSummary } from '../domain/article-summary.ts';
import type { IndicatorDefinition } from '../domain/indicator-facts.ts';
import { groupBySlug } from '../domain/archive.ts';
import { slugify } from '../domain/slug.ts';
import { unitAncestry, type UnitTree } from '../domain/units.ts';
import { localYear } from '../domain/vietnamese-date.ts';
import { kinds, levels, search as t } from '../i18n/vi.ts';
import { SORT_NEWEST } from '../../public/js/search/search-state.js';

/** Pagefind filter name → URL parameter. The order is the order of the controls on the page. */
export const FACET_PARAMS = {
  year: 'nam',
  unit: 'don-vi',
  level: 'cap',
  kind: 'loai',
  tag: 'chu-de',
  indicator: 'chi-tieu',
} as const;
export type FacetKey = keyof typeof FACET_PARAMS;
export const FACET_KEYS = Object.keys(FACET_PARAMS) as FacetKey[];

/** The Pagefind sort key on article pages, and the URL values of the sort control. */
export const SORT_KEY = 'date';
export const SORT_PARAM = 'sap-xep';
/** '' is the default order (search-state.js): the best match first for words, else newest first. */
export const SORT_VALUES = { best: '', newest: SORT_NEWEST } as const;

export type FacetValues = Record<FacetKey, string[]>;

type FacetArticle = Pick<ArticleSummary, 'publishedAt' | 'unit' | 'kind' | 'tags' | 'indicators'>;

/**
 * What one article is filed under. Its unit comes with every unit above it, so an article of
 * Huyện Hải Lăng is also found under Tỉnh Quảng Trị, as on the unit pages.
 */
export function articleFacetValues(article: FacetArticle, unitTree: UnitTree): FacetValues {
  const level = unitTree.byKey.get(article.unit)?.level;
  return {
    year: [String(localYear(article.publishedAt))],
    unit: unitAncestry(unitTree, article.unit).map((u) => u.key),
    level: level ? [level] : [],
    kind: [article.kind],
    tag: unique(article.tags.map((tag) => slugify(tag)).filter(Boolean)),
    indicator: unique(article.indicators.map((i) => i.key)),
  };
}

export interface FacetOption {
  value: string;
  label: string;
  /** Nesting in the unit tree: 0 for a province, 1 for its districts, 2 for communes. */
  depth: number;
}

export interface FacetGroup {
  /** Shown as an <optgroup>; absent for a flat list. */
  label?: string;
  options: FacetOption[];
}

export interface Facet {
  key: FacetKey;
  param: string;
  label: string;
  groups: FacetGroup[];
}

export interface FacetSite {
  articles: FacetArticle[];
  unitTree: UnitTree;
  indicators: Map<string, IndicatorDefinition>;
}

/** The choices of the search page: only values some article has, in reading order. */
export function searchFacets(site: FacetSite): Facet[] {
  const used = (key: FacetKey) => new Set(site.articles.flatMap((a) => articleFacetValues(a, site.unitTree)[key]));
  const flat = (options: FacetOption[]): FacetGroup[] => [{ options }];
  const option = (value: string, label: string, depth = 0): FacetOption => ({ value, label, depth });

  const years = [...used('year')].sort((a, b) => Number(b) - Number(a)).map((y) => option(y, y));
  const usedLevels = used('level');
  const usedKinds = used('kind');
  const tags = groupBySlug(site.articles, (a) => a.tags).map((g) => option(g.slug, g.label));

  const groups: Record<FacetKey, FacetGroup[]> = {
    year: flat(years),
    unit: flat(unitOptions(site.unitTree, used('unit'))),
    level: flat(Object.entries(levels).filter(([k]) => usedLevels.has(k)).map(([k, label]) => option(k, label))),
    kind: flat(Object.entries(kinds).filter(([k]) => usedKinds.has(k)).map(([k, label]) => option(k, label))),
    tag: flat(tags),
    indicator: indicatorGroups(site.indicators, used('indicator')),
  };
  return FACET_KEYS.map((key) => ({ key, param: FACET_PARAMS[key], label: t.facets[key], groups: groups[key] }));
}

/** Provinces alphabetically, each followed by its districts and their communes. */
function unitOptions(tree: UnitTree, used: Set<string>): FacetOption[] {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');
  const roots = [...tree.byKey.values()].filter((u) => !u.parent || !tree.byKey.has(u.parent)).sort(byName);
  const options: FacetOption[] = [];
  const visit = (key: string, name: string, depth: number) => {
    if (!used.has(key)) return;
    options.push({ value: key, label: name, depth });
    for (const child of tree.children.get(key) ?? []) visit(child.key, child.name, depth + 1);
  };
  for (const root of roots) visit(root.key, root.name, 0);
  return options;
}

/** Indicators under their catalogue group ("Tuyển quân", "Nhà ở"…), in catalogue order. */
function indicatorGroups(indicators: Map<string, IndicatorDefinition>, used: Set<string>): FacetGroup[] {
  const groups = new Map<string, FacetOption[]>();
  for (const indicator of indicators.values()) {
    if (!used.has(indicator.key)) continue;
    const list = groups.get(indicator.group) ?? [];
    list.push({ value: indicator.key, label: indicator.label, depth: 0 });
    groups.set(indicator.group, list);
  }
  return [...groups.entries()].map(([label, options]) => ({ label, options }));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
