/**
 * The search index in parts, one Pagefind bundle per year of publication (dist/pagefind/<year>/),
 * joined in the browser (public/js/search/search-parts.js). Why parts:
 * - a reader's first search downloads the newest years only, not the whole archive (at 10 000
 *   articles the word chunks and page list of one index outweigh everything else it fetches);
 * - a publish re-indexes only the years whose documents changed and reuses the others, byte for
 *   byte, from the cache (Pagefind has no incremental indexing of its own);
 * - Pagefind indexes one year at a time, so its memory follows the largest year, not the archive.
 * The pure rules are here; src/search/build-index.ts runs Pagefind and moves the files.
 */
import { createHash } from 'node:crypto';
import type { FacetKey } from './facets.ts';

/** The part of documents that carry no year (none should: every article has a date). */
export const UNDATED_PART = 'khac';

const YEAR_KEY: FacetKey = 'year';
const YEAR_FILTER = new RegExp(`data-pagefind-filter="${YEAR_KEY}:(\\d{4})"`);

/** The part a staged search document belongs to: the year it is filed under in the year filter. */
export function searchPartOf(document: string): string {
  return YEAR_FILTER.exec(document)?.[1] ?? UNDATED_PART;
}

/** Years as the browser opens them: the newest first, documents without a year last. */
export function partsNewestFirst(years: Iterable<string>): string[] {
  const rank = (year: string) => (year === UNDATED_PART ? -1 : Number(year));
  return [...years].sort((a, b) => rank(b) - rank(a));
}

/**
 * Articles a part holds at least. Pagefind ranks a result against the statistics of its own
 * bundle (how rare a word is, how long pages are): in bundles of a few articles a word's weight
 * swings, and the best match of the whole archive no longer comes first (per-year bundles of
 * the 21 sample articles failed 5 of the 15 search-order tests). From about a thousand articles
 * on, a bundle's statistics are the archive's.
 */
export const PART_MIN_PAGES = 1000;

export interface PartGroup {
  /** The folder of the part under pagefind/: its years, oldest-newest ("2024-2025") or one year. */
  name: string;
  /** Newest first. */
  years: string[];
  pages: number;
}

/**
 * Consecutive years joined into parts of at least `min` articles, from the oldest year on, so
 * that publishing in the newest year moves no boundary between older parts; a last part short of
 * `min` joins the one before it. Newest part first.
 */
export function groupYears(pagesByYear: ReadonlyMap<string, number>, min = PART_MIN_PAGES): PartGroup[] {
  const groups: Array<{ years: string[]; pages: number }> = [];
  let open: { years: string[]; pages: number } | undefined;
  for (const year of partsNewestFirst(pagesByYear.keys()).reverse()) {
    open ??= { years: [], pages: 0 };
    open.years.unshift(year);
    open.pages += pagesByYear.get(year)!;
    if (open.pages >= min) {
      groups.push(open);
      open = undefined;
    }
  }
  if (open) {
    const last = groups.pop();
    groups.push(last ? { years: [...open.years, ...last.years], pages: open.pages + last.pages } : open);
  }
  return groups.reverse().map(({ years, pages }) => ({ name: years.length > 1 ? `${years.at(-1)}-${years[0]}` : years[0], years, pages }));
}

export interface StagedDocument {
  slug: string;
  size: number;
  mtimeMs: number;
}

/**
 * What a part's index is made from: its documents (the stage rewrites a document only when its
 * bytes change, search-stage.ts) and the way Pagefind is run (`recipe`: its version and
 * arguments). Equal fingerprints, equal bundles: Pagefind's output depends on nothing else.
 */
export function partFingerprint(documents: readonly StagedDocument[], recipe: string): string {
  const hash = createHash('sha256').update(recipe);
  for (const d of documents.toSorted((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
    hash.update(`\n${d.slug}\t${d.size}\t${d.mtimeMs}`);
  }
  return hash.digest('hex');
}

export interface PartPlan {
  /** Parts whose documents changed since their bundle was made, or that have none yet. */
  reindex: string[];
  /** Parts whose cached bundle is still theirs. */
  reuse: string[];
  /** Cached bundles of parts that no longer exist (every article of that year gone). */
  drop: string[];
}

/**
 * Which parts to index again, given each part's fingerprint now and when its cached bundle was
 * made; in the order of `current` (newest part first).
 */
export function planParts(current: ReadonlyMap<string, string>, cached: ReadonlyMap<string, string>): PartPlan {
  const names = [...current.keys()];
  return {
    reindex: names.filter((p) => cached.get(p) !== current.get(p)),
    reuse: names.filter((p) => cached.get(p) === current.get(p)),
    drop: [...cached.keys()].filter((p) => !current.has(p)).sort(),
  };
}

/**
 * The list the browser reads first (dist/pagefind/parts.json): every part, newest first, and
 * how many articles a first search covers at least (as many as a part holds at least).
 */
export function partsManifest(groups: readonly PartGroup[], firstPages: number): { firstPages: number; parts: PartGroup[] } {
  return { firstPages, parts: groups.map(({ name, years, pages }) => ({ name, years, pages })) };
}
