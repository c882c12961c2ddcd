/**
 * The order of search results on the sample portal, for the queries readers type (issue 22):
 * with words, the best match first; names of units and organisations, and their abbreviations,
 * find and rank the articles about them. What each query must find is read from the built
 * article pages, so the tests follow the sample content as it grows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPagefind, type NodePagefind } from '../../scripts/quality/pagefind-node.ts';
import { pagefindOptions, readSearchState } from '../../public/js/search/search-state.js';
import { FACET_PARAMS, SORT_KEY, SORT_PARAM } from '../../src/search/facets.ts';
import { wordsForMatching } from '../../src/search/about-names.ts';
import { builtArticles, distDir, type BuiltArticle } from '../helpers/site.ts';

let pagefind: NodePagefind;
let articles: BuiltArticle[];
beforeAll(async () => {
  [pagefind, articles] = await Promise.all([openPagefind(distDir()), builtArticles()]);
});
afterAll(() => pagefind?.close());

const facets = Object.entries(FACET_PARAMS).map(([key, param]) => ({ key, param }));

/** Result addresses in order, for a URL query string as the search page reads it (?q=…). */
async function order(search: string): Promise<string[]> {
  const state = readSearchState(new URLSearchParams(search), facets, SORT_PARAM);
  const { results } = await pagefind.search(state.query || null, pagefindOptions(state, SORT_KEY));
  return Promise.all(results.map(async (r) => (await pagefind.data(r)).url));
}
const q = (query: string) => order(new URLSearchParams({ q: query }).toString());
const mentioning = (...spellings: string[]) =>
  articles.filter((a) => spellings.some((s) => wordsForMatching(a.text).includes(wordsForMatching(s)))).map((a) => a.url);
const titled = (pattern: RegExp) => articles.filter((a) => pattern.test(a.title)).map((a) => a.url);
const sorted = (urls: string[]) => [...urls].sort();

describe('with words, the best match first', () => {
  it('puts the articles titled "Đoàn Thanh niên…" first for "doan thanh nien"', async () => {
    const expected = titled(/Đoàn Thanh niên/);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(sorted((await q('doan thanh nien')).slice(0, expected.length))).toEqual(sorted(expected));
  });
  it('puts the recruitment article first for "nhap ngu"', async () => {
    const [recruitment] = titled(/nhập ngũ/);
    expect((await q('nhap ngu'))[0]).toBe(recruitment);
  });
  it('keeps newest first one choice away', async () => {
    const newest = await order('q=dan+van&sap-xep=moi-nhat');
    const relevant = await q('dan van');
    expect(sorted(newest)).toEqual(sorted(relevant));
    expect(newest).not.toEqual(relevant);
    const dates = await Promise.all(newest.map((url) => articles.find((a) => a.url === url)!.text.match(/(\d\d)\/(\d\d)\/(\d{4})/)!.slice(1).reverse().join('')));
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('names of units and organisations', () => {
  it('ranks the articles of Gia Viễn above those that only say "tham gia… đoàn viên"', async () => {
    const ofUnit = articles.filter((a) => a.units.includes('gia-vien')).map((a) => a.url);
    expect(ofUnit.length).toBeGreaterThanOrEqual(1);
    const found = await q('gia vien');
    expect(found.length).toBeGreaterThan(ofUnit.length);
    expect(sorted(found.slice(0, ofUnit.length))).toEqual(sorted(ofUnit));
  });
  it.each([['ninh binh', 'ninh-binh'], ['quang tri', 'quang-tri'], ['dak lak', 'dak-lak'], ['lang son', 'lang-son']])(
    'ranks every article of a province and its districts first for "%s"',
    async (query, province) => {
      const inProvince = articles.filter((a) => a.units.includes(province)).map((a) => a.url);
      expect(inProvince.length).toBeGreaterThanOrEqual(2);
      expect(sorted((await q(query)).slice(0, inProvince.length))).toEqual(sorted(inProvince));
    },
  );
  it('ranks the articles about an organisation first for its name', async () => {
    const aboutVeterans = mentioning('Cựu chiến binh', 'CCB');
    const found = await q('hoi cuu chien binh');
    expect(sorted(found.slice(0, aboutVeterans.length))).toEqual(sorted(aboutVeterans));
  });
});

describe('abbreviations, both ways', () => {
  it('finds every article about Hội Cựu chiến binh for "CCB"', async () => {
    const aboutVeterans = mentioning('Cựu chiến binh', 'CCB');
    expect(aboutVeterans.length).toBeGreaterThanOrEqual(3);
    expect(sorted(await q('CCB'))).toEqual(sorted(aboutVeterans));
    expect(sorted(await q('ccb'))).toEqual(sorted(aboutVeterans));
  });
  it.each([
    ['LLVT', ['Lực lượng vũ trang', 'LLVT']],
    ['MTTQ', ['Mặt trận Tổ quốc', 'MTTQ']],
    ['LHPN', ['Liên hiệp Phụ nữ', 'LHPN']],
    ['CHQS', ['Chỉ huy Quân sự', 'CHQS']],
  ])('finds for "%s" every article that writes it in full or short', async (abbreviation, spellings) => {
    const expected = mentioning(...spellings);
    expect(expected.length).toBeGreaterThanOrEqual(1);
    expect(sorted(await q(abbreviation))).toEqual(expect.arrayContaining(sorted(expected)));
  });
  it('finds an article that only writes the short form when the reader writes it in full', async () => {
    const shortOnly = mentioning('CHQS').filter((url) => !mentioning('Chỉ huy Quân sự').includes(url));
    expect(shortOnly.length).toBeGreaterThanOrEqual(1);
    expect(await q('chi huy quan su')).toEqual(expect.arrayContaining(shortOnly));
  });
});

