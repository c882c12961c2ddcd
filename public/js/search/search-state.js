// @ts-check
/**
 * A search as a value, and as the URL that stores it (?q=dan+van&nam=2022&sap-xep=lien-quan), so
 * a search can be shared and the back button returns to it; and the options Pagefind needs to run
 * it. Pure: no DOM, unit-tested in Node (src/search/search-state.test.ts).
 */

/** @typedef {{ key: string, param: string }} FacetParam  Pagefind filter name and its URL parameter. */
/** @typedef {{ query: string, filters: Record<string, string>, sort: string }} SearchState  sort: '' is newest first. */

export const QUERY_PARAM = 'q';

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

/** Nothing asked yet: no words and no filter. @param {SearchState} state */
export function isBlank(state) {
  return !state.query && Object.keys(state.filters).length === 0;
}

/**
 * Options for pagefind.search(): the chosen filters (one value each), minus `without` when the
 * counts of that filter's other values are wanted; newest first unless relevance was asked for.
 * @param {SearchState} state
 * @param {string} sortKey  the data-pagefind-sort key of the publication date
 * @param {string} [without]
 */
export function pagefindOptions(state, sortKey, without) {
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([key]) => key !== without));
  return state.sort ? { filters } : { filters, sort: { [sortKey]: 'desc' } };
}
