// @ts-check
/**
 * The search over the parts of the index (search-parts.js chooses them): used by the search
 * page and by the Node measurements and tests (scripts/quality/pagefind-node.ts), so both
 * download the same files. Covered by tests/integration/search-parts.test.ts.
 */
import { addCounts, coversAll, FIRST_PAGES, openedSpan, PART_FILTER, PARTS_FILE, partsToOpen } from './search-parts.js';

/** @typedef {import('./search-parts.js').PartEntry} PartEntry */

/**
 * A search over the parts of one site. `pf` is the pagefind.js of the bundle folder `basePath`
 * (a URL ending in /), not yet initialised; `options` its options (ranking). The first part the
 * search needs (`year`: the year filter of the first search) becomes Pagefind's primary index,
 * the others are merged into it as they are opened. Without parts.json (a site indexed in one
 * bundle: the benchmark's baseline, a portal without articles) it searches that bundle alone.
 * @param {any} pf
 * @param {string} basePath
 * @param {Record<string, unknown>} options
 * @param {string | undefined} year
 */
export async function openPartedSearch(pf, basePath, options, year) {
  const response = await fetch(`${basePath}${PARTS_FILE}`).catch(() => undefined);
  /** @type {{ firstPages?: number, parts?: PartEntry[] } | undefined} */
  const manifest = response?.ok ? await response.json() : undefined;
  /** @type {PartEntry[] | undefined} */
  const parts = manifest?.parts?.length ? manifest.parts : undefined;
  /** @type {number} */
  const firstPages = manifest?.firstPages ?? FIRST_PAGES;
  /** @type {Set<string>} */
  const opened = new Set();
  const first = parts ? (partsToOpen(parts, opened, year, firstPages)[0] ?? parts[0].name) : undefined;
  // The primary index is a part like the others, with its script, worker and WebAssembly.
  await pf.options(first ? { ...options, basePath: `${basePath}${first}/`, mergeFilter: { [PART_FILTER]: first } } : { ...options, basePath });
  await pf.init();
  if (first) opened.add(first);

  /** @param {string[]} names */
  async function open(names) {
    for (const name of names) {
      if (opened.has(name)) continue;
      await pf.mergeIndex(`${basePath}${name}/`, { mergeFilter: { [PART_FILTER]: name } });
      opened.add(name);
    }
    return names;
  }

  /**
   * One search over some opened parts: with a sort, part after part (newest year first), since
   * Pagefind's merge orders results of several bundles by score, and a sorted search's score is
   * the position within its own bundle; without, in one search, the best match first.
   * @param {string | null} term
   * @param {{ filters?: Record<string, any>, sort?: Record<string, 'asc' | 'desc'> }} options
   * @param {string[]} names
   */
  async function searchParts(term, options, names) {
    if (names.length === 0) return { results: [], filters: {}, totalFilters: {} };
    const filters = options.filters ?? {};
    const searches = options.sort
      ? await names.reduce(async (done, name) => [...(await done), await pf.search(term, { ...options, filters: { ...filters, [PART_FILTER]: name } })], Promise.resolve(/** @type {any[]} */ ([])))
      : [await pf.search(term, { ...options, filters: { ...filters, [PART_FILTER]: { any: names } } })];
    return {
      results: searches.flatMap((s) => s.results),
      filters: addCounts(searches.map((s) => s.filters)),
      totalFilters: addCounts(searches.map((s) => s.totalFilters)),
    };
  }

  return {
    /** @type {PartEntry[] | undefined} */
    parts,
    opened,
    /**
     * Opens the parts a search with this year filter needs first; returns their names.
     * @param {string | undefined} year
     */
    openFirst: (year) => (parts ? open(partsToOpen(parts, new Set(), year, firstPages)) : Promise.resolve([])),
    /** Opens the next older parts; returns their names ([] when every part is open). */
    openMore: () => (parts ? open(partsToOpen(parts, opened, undefined, firstPages)) : Promise.resolve([])),
    /** Opens every part (tests and measurements of the whole index). */
    openAll: () => (parts ? open(parts.map((p) => p.name)) : Promise.resolve([])),
    /** @param {string | undefined} year */
    coversAll: (year) => !parts || coversAll(parts, opened, year),
    span: () => (parts ? openedSpan(parts, opened) : undefined),
    /**
     * Searches the given parts (default: every opened one, newest first).
     * @param {string | null} term
     * @param {{ filters?: Record<string, any>, sort?: Record<string, 'asc' | 'desc'> }} [options]
     * @param {string[]} [names]
     */
    search: (term, options = {}, names) => {
      if (!parts) return pf.search(term, options);
      const chosen = names ?? parts.map((p) => p.name).filter((name) => opened.has(name));
      return searchParts(term, options, chosen);
    },
    /** Filter counts of every opened part. */
    filters: async () => (parts ? addCounts([await pf.filters()]) : pf.filters()),
  };
}
