// @ts-check
/**
 * A search as a value, and as the URL that stores it (?q=dan+van&nam=2022&sap-xep=moi-nhat), so
 * a search can be shared and the back button returns to it; and the options Pagefind needs to run
 * it. Pure: no DOM, unit-tested in Node (src/search/search-state.test.ts).
 */

/** @typedef {{ key: string, param: string }} FacetParam  Pagefind filter name and its URL parameter. */
/** @typedef {{ query: string, filters: Record<string, string>, sort: string }} SearchState  sort: '' is the best match first. */

export const QUERY_PARAM = 'q';

/**
 * The sort parameter's value for newest first. Any other value (none, or the older
 * "lien-quan") is the default: the best match first when there are words, else newest first.
 */
export const SORT_NEWEST = 'moi-nhat';

/** The metadata fields of the places and the organisations an article is about (src/search/about-names.ts). */
export const PLACES_META_KEY = 'places';
export const ABOUT_META_KEY = 'about';

/**
 * Pagefind's ranking for this index. Pagefind adds a score for query words found in a metadata
 * field, times the field's weight, to the score of the text: a place weighs most, so "gia vien"
 * puts Huyện Gia Viễn's articles before those that say "tham gia… đoàn viên" and "ninh binh"
 * Ninh Bình's before "an ninh… Cựu chiến binh"; organisations next. Fields not named here (the
 * title) keep Pagefind's defaults. The search page and the Node tests use this one value.
 */
export const SEARCH_RANKING = { metaWeights: { [PLACES_META_KEY]: 10, [ABOUT_META_KEY]: 5 } };

/**
 * @param {URLSearchParams} params
 * @param {FacetParam[]} facets
 * @param {string} sortParam
 * @returns {SearchState}
 */
export function readSearchState(params, facets, sortParam) {
  /** @type {Record<string, string>} */
  const filters = {};
  for (const { key, param } of facets) {
    const value = params.get(param)?.trim();
    if (value) filters[key] = value;
  }
  return { query: (params.get(QUERY_PARAM) ?? '').replace(/\s+/g, ' ').trim(), filters, sort: params.get(sortParam)?.trim() ?? '' };
}

/**
 * The query string of a state: parameters in a fixed order, empty ones left out.
 * @param {SearchState} state
 * @param {FacetParam[]} facets
 * @param {string} sortParam
 */
export function searchParams(state, facets, sortParam) {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const { key, param } of facets) if (state.filters[key]) params.set(param, state.filters[key]);
  if (state.sort) params.set(sortParam, state.sort);
  return params;
}

/**
 * Whether what the reader has typed so far is worth a search before they press Enter: not a
 * single letter, which matches half the index by prefix and costs a large download for nothing.
 * An emptied box is searched too, so the results of the words just deleted go away.
 * @param {string} typed
 */
export function worthSearchingWhileTyping(typed) {
  const query = typed.replace(/\s+/g, ' ').trim();
  return query.length === 0 || query.length >= MIN_TYPED_LENGTH;
}

/** Characters typed before the search runs without Enter. */
export const MIN_TYPED_LENGTH = 2;

/** How long typing must pause before the search runs: about one keystroke's gap. */
export const TYPING_PAUSE_MS = 300;

/** Nothing asked yet: no words and no filter. @param {SearchState} state */
export function isBlank(state) {
  return !state.query && Object.keys(state.filters).length === 0;
}

/** Whether results come newest first: asked for, or nothing to rank by relevance. @param {SearchState} state */
export function isNewestFirst(state) {
  return state.sort === SORT_NEWEST || !state.query;
}

/**
 * Options for pagefind.search(): the chosen filters (one value each), minus `without` when the
 * counts of that filter's other values are wanted; Pagefind's relevance order unless newest
 * first (isNewestFirst).
 * @param {SearchState} state
 * @param {string} sortKey  the data-pagefind-sort key of the publication date
 * @param {string} [without]
 */
export function pagefindOptions(state, sortKey, without) {
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([key]) => key !== without));
  return isNewestFirst(state) ? { filters, sort: { [sortKey]: /** @type {'desc'} */ ('desc') } } : { filters };
}
