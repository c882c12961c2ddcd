import { describe, expect, it } from 'vitest';
import { ABOUT_META_KEY, PLACES_META_KEY, SEARCH_RANKING, isBlank, isNewestFirst, MIN_TYPED_LENGTH, pagefindOptions, readSearchState, searchParams, worthSearchingWhileTyping } from '../../public/js/search/search-state.js';
import { FACET_PARAMS, SORT_KEY, SORT_PARAM, SORT_VALUES } from './facets.ts';

const facets = Object.entries(FACET_PARAMS).map(([key, param]) => ({ key, param }));
const read = (query: string) => readSearchState(new URLSearchParams(query), facets, SORT_PARAM);

describe('the search in the URL', () => {
  it('reads the words, the filters and the sort order', () => {
    expect(read('q=dan+van&nam=2022&don-vi=hai-lang&sap-xep=moi-nhat')).toEqual({
      query: 'dan van',
      filters: { year: '2022', unit: 'hai-lang' },
      sort: SORT_VALUES.newest,
    });
  });
  it('ignores empty and unknown parameters and extra spaces', () => {
    expect(read('q=++dân+++vận+&nam=&utm_source=zalo')).toEqual({ query: 'dân vận', filters: {}, sort: '' });
  });
  it('writes the same search back, in a fixed order, without empty parameters', () => {
    const state = read('sap-xep=lien-quan&chu-de=dan-van&q=%C4%91o%C3%A0n&loai=so-ket');
    expect(searchParams(state, facets, SORT_PARAM).toString()).toBe('q=%C4%91o%C3%A0n&loai=so-ket&chu-de=dan-van&sap-xep=lien-quan');
    expect(read(searchParams(state, facets, SORT_PARAM).toString())).toEqual(state);
    expect(searchParams(read('q=&nam='), facets, SORT_PARAM).toString()).toBe('');
  });
  it('knows when nothing has been asked', () => {
    expect(isBlank(read(''))).toBe(true);
    expect(isBlank(read('sap-xep=lien-quan'))).toBe(true);
    expect(isBlank(read('nam=2022'))).toBe(false);
    expect(isBlank(read('q=dan'))).toBe(false);
  });
});

describe('the order of results', () => {
  it('puts the best match first when there are words, unless newest first is asked for', () => {
    expect(pagefindOptions(read('q=dan&nam=2022'), SORT_KEY)).toEqual({ filters: { year: '2022' } });
    expect(pagefindOptions(read('q=dan&sap-xep=lien-quan'), SORT_KEY)).toEqual({ filters: {} });
    expect(pagefindOptions(read('q=dan&sap-xep=moi-nhat'), SORT_KEY)).toEqual({ filters: {}, sort: { [SORT_KEY]: 'desc' } });
  });
  it('puts the newest first when there are only filters', () => {
    expect(pagefindOptions(read('nam=2022'), SORT_KEY)).toEqual({ filters: { year: '2022' }, sort: { [SORT_KEY]: 'desc' } });
    expect(isNewestFirst(read('nam=2022&sap-xep=lien-quan'))).toBe(true);
    expect(isNewestFirst(read('q=dan'))).toBe(false);
  });
  it('leaves one filter out, to count the other values of that filter', () => {
    expect(pagefindOptions(read('nam=2022&loai=so-ket'), SORT_KEY, 'year').filters).toEqual({ kind: 'so-ket' });
  });
});

describe('the ranking', () => {
  it('weights a place above an organisation, and both above a word of the text', () => {
    const { metaWeights } = SEARCH_RANKING;
    expect(metaWeights[PLACES_META_KEY]).toBeGreaterThan(metaWeights[ABOUT_META_KEY]);
    expect(metaWeights[ABOUT_META_KEY]).toBeGreaterThan(1);
  });
});

describe('searching while the reader types', () => {
  it('waits for more than one letter, but clears the results when the box is emptied', () => {
    expect(MIN_TYPED_LENGTH).toBe(2);
    expect(worthSearchingWhileTyping('d')).toBe(false);
    expect(worthSearchingWhileTyping(' đ  ')).toBe(false);
    expect(worthSearchingWhileTyping('đo')).toBe(true);
    expect(worthSearchingWhileTyping('a b')).toBe(true);
    expect(worthSearchingWhileTyping('')).toBe(true);
    expect(worthSearchingWhileTyping('   ')).toBe(true);
  });
});
