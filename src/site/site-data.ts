/**
 * Loads the content collections once per build and hands pages plain data plus the indexes
 * they need. Every page imports this instead of calling getCollection itself, so ten thousand
 * article pages share one load and one set of indexes.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleSummary } from '../domain/article-summary.ts';
import { groupBySlug, groupByYear, isPublic, newestFirst } from '../domain/archive.ts';
import { buildRelatedIndex } from '../domain/related.ts';
import { loadStatistics } from './site-statistics.ts';
import { SITE_URL } from '../config.ts';
import { articlesByUnit, buildUnitTree, type UnitNode } from '../domain/units.ts';
import type { IndicatorDefinition, OrganisationName } from '../domain/indicator-facts.ts';
import { articleFingerprint, catalogueKey } from './page-cache-key.ts';
import { nameGroups } from '../search/about-names.ts';
import { getPortal } from './portal.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export interface SiteArticle extends ArticleSummary {
  entry: ArticleEntry;
  cover?: ArticleEntry['data']['cover'];
  coverAlt?: string;
  /** Changes whenever anything a page could show of this article changes (page-cache-key.ts). */
  fingerprint: string;
}

function toSiteArticle(entry: ArticleEntry): SiteArticle {
  const d = entry.data;
  let fingerprint: string | undefined;
  return {
    entry,
    slug: entry.id,
    title: d.title,
    summary: d.summary,
    publishedAt: d.publishedAt,
    updatedAt: d.updatedAt,
    unit: d.unit.id,
    kind: d.kind,
    period: d.period,
    author: d.author,
    source: d.source,
    tags: d.tags,
    cover: d.cover,
    coverAlt: d.coverAlt,
    coverCaption: d.coverCaption,
    indicators: d.indicators.map((i) => ({ ...i, key: i.key.id, org: i.org?.id })),
    draft: d.draft,
    legacyViews: d.legacyViews,
    // Hashed on first read: the build's page keys read every one, the preview none (page-cache-key.ts).
    get fingerprint() {
      return (fingerprint ??= articleFingerprint(entry));
    },
  };
}

async function loadSite() {
  const now = new Date();
  const entries = await getCollection('articles');
  const all = newestFirst(entries.map(toSiteArticle));
  // `astro dev` shows drafts and scheduled articles so authors can preview them.
  const articles = import.meta.env.PROD ? all.filter((a) => isPublic(a, now)) : all;
  const units: UnitNode[] = (await getCollection('units')).map((u) => u.data);
  const organisations = new Map<string, OrganisationName>((await getCollection('organisations')).map((o) => [o.id, o.data]));
  const indicators = new Map<string, IndicatorDefinition>((await getCollection('indicators')).map((i) => [i.id, i.data]));
  const unitTree = buildUnitTree(units);
  let statistics: ReturnType<typeof loadStatistics> | undefined;
  // Worked out on first use: in `astro dev` an article or the home page never needs them, and
  // they were a fifth of the wait between saving an article and seeing it (npm run bench -- --preview).
  const statisticsNow = () => (statistics ??= loadStatistics(articles, { indicators, units: new Map(units.map((u) => [u.key, u])), organisations }, SITE_URL));
  // Printed once per build: figures that were not added as usual (the data-quality page lists them).
  if (import.meta.env.PROD) {
    console.log(statisticsNow().timing);
    if (statisticsNow().warnings.length > 0) console.warn(statisticsNow().warnings.join('\n'));
  }
  return {
    /**
     * The key of what every page may read besides its own props: the catalogue. Pages that
     * return a cacheKey from getStaticPaths() build it from this and their props only
     * (pageCacheKey), so anything else a page shows must travel in its props.
     */
    key: catalogueKey([units, [...organisations], [...indicators], getPortal()]),
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    years: groupByYear(articles),
    tags: groupBySlug(articles, (a) => a.tags),
    authors: groupBySlug(articles, (a) => [a.author]),
    unitTree,
    units,
    /** Provinces (units without a parent), by name. */
    provinces: unitTree.roots,
    /** Each unit's articles with those of the units below it, newest first. */
    unitArticles: articlesByUnit(unitTree, articles),
    unitNames: new Map(units.map((u) => [u.key, u.name])),
    organisations,
    /** Organisations' names and the abbreviations list, for each article's search names. */
    searchNameGroups: nameGroups(organisations.values()),
    indicators,
    related: buildRelatedIndex(articles),
    /** Totals, findings and their views, ready for the pages (src/site/site-statistics.ts). */
    get statistics() {
      return statisticsNow();
    },
  };
}

let site: ReturnType<typeof loadSite> | undefined;

// In `astro dev` the data stays loaded between requests (reloading it for each one cost 0.5 s a
// page at 10 000 articles) and is dropped the moment the content store has changed: the signal
// Astro itself clears its getStaticPaths cache on, sent for an article and a catalogue alike.
// After a save kept in Astro's store in memory (src/content/live-store.ts) this is all
// that happens: the store module already exports that store. After a store written to its file,
// the runner also evaluates this module again, with the content runtime that reads the store
// (src/check/fresh-store-in-preview.ts), so nothing older is kept either way.
import.meta.hot?.on('astro:content-changed', () => {
  site = undefined;
});

/** The whole site's data, loaded on first use and shared by every page of the build or preview. */
export function getSite(): Promise<Site> {
  if (!site) {
    const loading = loadSite();
    // A failed load is not kept: the next request tries again (site.yaml is not in the store).
    loading.catch(() => site === loading && (site = undefined));
    site = loading;
  }
  return site;
}

export type Site = Awaited<ReturnType<typeof loadSite>>;
