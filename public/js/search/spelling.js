// @ts-check
/**
 * How đ is spelled inside the search index. Pagefind folds a letter only when Unicode decomposes
 * it ("dân" → "dan"), and đ has no decomposition, so "doan" would never find "Đoàn". The copy of
 * each page Pagefind reads therefore spells đ as ď (d with caron: it decomposes to d, and
 * Vietnamese never uses it). Pagefind then files "Đoàn" under "doan" while keeping the exact form
 * for ranking. Readers never see ď: queries are respelled before searching, results after.
 * One file for both ends: the indexer (src/search/build-index.ts) imports it too.
 */

const TO_INDEX = { đ: 'ď', Đ: 'Ď' };
const TO_READER = { ď: 'đ', Ď: 'Đ' };

/** "Đảng ủy" → "Ďảng ủy": page text and queries, as the index spells them. */
export function spellForIndex(/** @type {string} */ text) {
  return text.replace(/[đĐ]/g, (c) => TO_INDEX[/** @type {'đ' | 'Đ'} */ (c)]);
}

/** "Ďảng ủy" → "Đảng ủy": what the index returns (titles, excerpts), as readers write it. */
export function spellForReader(/** @type {string} */ text) {
  return text.replace(/[ďĎ]/g, (c) => TO_READER[/** @type {'ď' | 'Ď'} */ (c)]);
}
