// @ts-check
/**
 * The search index comes in parts, one Pagefind bundle per run of years of at least a thousand
 * articles (src/search/search-parts.ts), listed newest first in pagefind/parts.json. A search
 * opens only the parts it needs, joined with Pagefind's mergeIndex: the part of the year chosen
 * in the filter, or else the newest parts until they hold at least FIRST_PAGES articles; older
 * parts open when the reader asks for more. Used by the search page and by the Node measurements and tests
 * (scripts/quality/pagefind-node.ts), so both download the same files.
 * The choice of parts is pure (unit-tested in src/search/search-parts-client.test.ts).
 */

export const PARTS_FILE = 'parts.json';

/** The filter each part's results carry (Pagefind's mergeFilter), to search one part alone. */
export const PART_FILTER = 'part';

/**
 * Articles the first search covers at least, newest years first, unless parts.json says
 * otherwise (as many as a part holds at least): enough for the best matches of a few years; at
 * 10 000 articles a first search reads one part's chunks instead of the whole archive's.
 */
export const FIRST_PAGES = 1000;

/** @typedef {{ name: string, years: string[], pages: number }} PartEntry  years: newest first */

/**
 * The parts to open next: the one of the chosen year (`year`) if it is not open yet; else the
 * newest parts not yet open, until they hold `minPages` articles (at least one part).
 * @param {PartEntry[]} parts newest first
 * @param {Set<string>} opened
 * @param {string | undefined} year
 * @param {number} [minPages]
 * @returns {string[]}
 */
export function partsToOpen(parts, opened, year, minPages = FIRST_PAGES) {
  if (year) {
    const part = partOfYear(parts, year);
    return part && !opened.has(part.name) ? [part.name] : [];
  }
  const next = [];
  let pages = 0;
  for (const part of parts) {
    if (opened.has(part.name)) continue;
    next.push(part.name);
    pages += part.pages;
    if (pages >= minPages) break;
  }
  return next;
}

/**
 * Whether a search with this year filter has seen every part that could hold its results.
 * @param {PartEntry[]} parts
 * @param {Set<string>} opened
 * @param {string | undefined} year
 */
export function coversAll(parts, opened, year) {
  if (!year) return parts.every((p) => opened.has(p.name));
  const part = partOfYear(parts, year);
  return !part || opened.has(part.name);
}

/** @param {PartEntry[]} parts @param {string} year */
const partOfYear = (parts, year) => parts.find((p) => p.years.includes(year));

/**
 * The years the opened parts span, for the status line: { from, to } or undefined when none is
 * a year.
 * @param {PartEntry[]} parts
 * @param {Set<string>} opened
 */
export function openedSpan(parts, opened) {
  const years = parts.filter((p) => opened.has(p.name)).flatMap((p) => p.years).filter((year) => /^\d+$/.test(year)).map(Number);
  return years.length ? { from: Math.min(...years), to: Math.max(...years) } : undefined;
}

/**
 * Filter counts of several searches added up, without the part filter (readers never see it).
 * @param {Array<Record<string, Record<string, number>>>} counts
 */
export function addCounts(counts) {
  /** @type {Record<string, Record<string, number>>} */
  const total = {};
  for (const one of counts) {
    for (const [key, values] of Object.entries(one)) {
      if (key === PART_FILTER) continue;
      const into = (total[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return total;
}

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
  await pf.options(first ? { ...options, basePath: `${basePath}${first}/`, mergeFilter: { [PART_FILTER]: first } } : options);
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
