/**
 * The names an article is about — its unit and the units above it, the organisations it
 * involves, the abbreviations its text uses — spelled every way staff and readers write them.
 * Article pages hand them to Pagefind as two metadata fields, places (PLACES_META_KEY) and
 * organisations with abbreviations (ABOUT_META_KEY), which the search page weights above the
 * text (public/js/search/search-state.js, SEARCH_RANKING): "gia vien" then ranks the articles
 * of Huyện Gia Viễn above those that only say "tham gia… đoàn viên", and "CCB" finds an article
 * that only writes "Hội Cựu chiến binh" (and the other way round). Places weigh more than
 * organisations: "ninh binh" must rank Ninh Bình above "an ninh… Cựu chiến binh".
 * Metadata is searchable but never part of the excerpt, so readers never see these lists.
 */
import { foldForSearch } from '../domain/slug.ts';
import { ABBREVIATIONS } from './abbreviations.ts';

export { ABOUT_META_KEY, PLACES_META_KEY } from '../../public/js/search/search-state.js';

/** The word a unit's name starts with to say its level; readers search by the proper name. */
const LEVEL_WORDS = /^(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+/i;

/** "Huyện Gia Viễn" → "Gia Viễn". A name that is only a level word has no space after it and stays whole. */
export function properName(unitName: string): string {
  return unitName.trim().replace(LEVEL_WORDS, '');
}

/**
 * Text as words for matching phrases: folded (no marks, đ → d, lower case), every run of
 * anything but letters and digits one space, with a space at each end so " ccb " matches whole
 * words only ("qs" in "qs" but not in "qsd").
 */
export function wordsForMatching(text: string): string {
  return ` ${foldForSearch(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/** The text of an article's rendered HTML, tags dropped (their names are not words of the article). */
export function textOfHtml(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

/**
 * Each spelling as words, folded once per build: every article page looks for the same
 * spellings (aboutNames over the 2 000 bench articles: 788 ms → 658 ms CPU; the rest is folding
 * each article's own text, which no page shares).
 */
const phrases = new Map<string, string>();
function phraseOf(spelling: string): string {
  let phrase = phrases.get(spelling);
  if (phrase === undefined) {
    phrase = wordsForMatching(spelling);
    phrases.set(spelling, phrase);
  }
  return phrase;
}

/** Whether the text (wordsForMatching) holds one of the spellings as whole words. */
export function mentionsAny(words: string, spellings: readonly string[]): boolean {
  return spellings.some((spelling) => {
    const phrase = phraseOf(spelling);
    return phrase.trim() !== '' && words.includes(phrase);
  });
}

export interface OrganisationSpelling {
  key: string;
  name: string;
  short?: string;
}

export interface NameGroup {
  /** The organisation's catalogue key; absent for a plain abbreviation. */
  key?: string;
  spellings: string[];
}

/** The organisations' names with their short names, then the abbreviations list. */
export function nameGroups(organisations: Iterable<OrganisationSpelling>, abbreviations = ABBREVIATIONS): NameGroup[] {
  const groups: NameGroup[] = [];
  for (const o of organisations) groups.push({ key: o.key, spellings: o.short ? [o.name, o.short] : [o.name] });
  for (const spellings of abbreviations) groups.push({ spellings: [...spellings] });
  return groups;
}

export interface AboutArticle {
  /** Title, summary and body as written: where organisations and abbreviations are looked for. */
  text: string;
  tags: readonly string[];
  /** Organisations the article's figures are filed under (indicator `org` keys). */
  organisations: readonly (string | undefined)[];
  /** The article's unit and every unit above it, by name. */
  unitNames: readonly string[];
}

export interface AboutNames {
  /** The unit and the units above it, by proper name, from the top down. */
  places: string[];
  /** Each organisation or abbreviation it mentions, files figures or tags under, with all its spellings. */
  names: string[];
}

/** Every name the article is about, each once, in a fixed order. */
export function aboutNames(article: AboutArticle, groups: readonly NameGroup[]): AboutNames {
  const words = wordsForMatching([article.text, ...article.tags].join('\n'));
  const filedUnder = new Set(article.organisations);
  const names: string[] = [];
  for (const group of groups) {
    if ((group.key !== undefined && filedUnder.has(group.key)) || mentionsAny(words, group.spellings)) names.push(...group.spellings);
  }
  return { places: [...new Set(article.unitNames.map(properName))], names: [...new Set(names)] };
}

/**
 * The metadata value: each word of the names once, in order. Pagefind matches metadata word by
 * word, so "Hội Cựu chiến binh · Hội CCB · CCB" finds nothing more than "Hội Cựu chiến binh CCB",
 * and every repeated word would only add bytes to the index and to each result's download.
 * Words differing only in case are one word; a lone dash or dot is no word.
 */
export function aboutMetaValue(names: readonly string[]): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of names.join(' ').split(/\s+/)) {
    const key = word.toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(word) || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words.join(' ');
}
