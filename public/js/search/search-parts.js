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
