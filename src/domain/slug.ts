/**
 * Vietnamese text folding for URLs and search.
 *
 * NFD splits tone and vowel marks off their base letters so they can be dropped, but
 * đ/Đ have no Unicode decomposition: they are letters of their own and must be mapped
 * by hand, or "Đoàn" would fold to "đoan" and never match "doan".
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** "Đoàn Thanh niên" → "Doan Thanh nien": diacritics removed, case kept. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Lower-case, diacritic-free form used to compare what readers type with what we wrote. */
export function foldForSearch(text: string): string {
  return stripDiacritics(text).toLowerCase();
}

/** "Hội nghị sơ kết 6 tháng đầu năm 2022" → "hoi-nghi-so-ket-6-thang-dau-nam-2022". */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so the URL never ends in half a syllable. The character after the
  // limit is kept in view, so a last word ending exactly at the limit stays. Neither branch can
  // end in a hyphen: hyphens come one at a time, between letters or digits.
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength);
}

/** The shape every slug in the content tree must have: what slugify produces. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
