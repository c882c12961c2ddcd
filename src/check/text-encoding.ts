/**
 * How a content file's bytes become text. UTF-8 is the only encoding the portal publishes; a
 * byte-order mark (Windows Notepad writes one) is dropped, like CRLF. Anything else is refused
 * with the encoding it looks like, so the author knows which converter to use:
 *
 * - UTF-16/UTF-32 ("Unicode" in old Notepad): recognised by the byte-order mark or NUL bytes.
 * - Windows-1258: the bytes are not UTF-8; decoded as 1258 they read as Vietnamese.
 * - TCVN3 (ABC, the .VnTime fonts) and VNI (the VNI-Times fonts): text typed with a font that
 *   draws Vietnamese letters in the places of Western ones. Saved as "ANSI" the bytes are
 *   Windows-1252; saved as UTF-8 the file is valid UTF-8 full of "Héi nghÞ" or "Hoäi nghò".
 *   Either way, read back through the font's table the words become Vietnamese syllables.
 * - UTF-8 read as Windows-1252 and saved again ("Há»™i nghá»‹").
 *
 * Which one: each candidate decoding is scored by how many of its words are Vietnamese
 * syllables; real Vietnamese in UTF-8 scores best as it is and is accepted untouched.
 */
import type { ContentError } from './content-error.ts';
import { encodingRefused } from '../i18n/vi.ts';

export type ForeignEncoding = 'utf-16' | 'utf-32' | 'windows-1258' | 'tcvn3' | 'vni' | 'double-utf8' | 'unknown';

export type DecodedSource =
  | { ok: true; text: string }
  | {
      ok: false;
      encoding: ForeignEncoding;
      /** First line whose text shows the problem, when there is one. */
      line?: number;
      /** That line as it reads once decoded the way it was written, trimmed; for the message. */
      sample?: string;
      /** The best reading of the whole file, so a refused catalogue does not cascade into errors. */
      text: string;
    };

export function decodeSource(bytes: Uint8Array): DecodedSource {
  const wide = wideEncoding(bytes);
  if (wide) return { ok: false, encoding: wide, line: 1, text: '' };
  const utf8 = strictUtf8(bytes);
  return utf8 === undefined ? decodeNotUtf8(bytes) : checkUtf8Text(utf8);
}

const startsWith = (bytes: Uint8Array, mark: number[]) => mark.every((b, i) => bytes[i] === b);

function wideEncoding(bytes: Uint8Array): ForeignEncoding | undefined {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return 'utf-32';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'utf-16';
  // Without a mark: an ASCII letter is one NUL byte beside it in UTF-16, three in UTF-32.
  // UTF-8 text never has NUL.
  const head = bytes.subarray(0, 64);
  if (!head.includes(0)) return undefined;
  return head.some((byte, i) => byte === 0 && head[i + 1] === 0 && head[i + 2] === 0) ? 'utf-32' : 'utf-16';
}

/** UTF-8, or undefined when the bytes are not; a leading byte-order mark is dropped (Notepad writes one). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes that are not UTF-8: a legacy single-byte file. Which one reads as Vietnamese? */
function decodeNotUtf8(bytes: Uint8Array): DecodedSource {
  const western = new TextDecoder('windows-1252').decode(bytes);
  const readings: Array<[ForeignEncoding, string]> = [
    ['windows-1258', new TextDecoder('windows-1258').decode(bytes).normalize('NFC')],
    ['tcvn3', fromTcvn3(western)],
    ['vni', fromVni(western)],
  ];
  const scored = readings.map(([encoding, text]) => ({ encoding, text, score: syllableScore(text) }));
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const encoding = best.score > 0 ? best.encoding : 'unknown';
  const firstLine = lineOfOffset(bytes, bytes.findIndex((byte) => byte >= 0x80));
  return { ok: false, encoding, line: firstLine, sample: sampleOfLine(best.text, firstLine), text: best.text };
}

/**
 * Latin-1 letters and signs Vietnamese never uses, but font-encoded text (TCVN3, VNI) and doubly
 * encoded UTF-8 are full of ("Héi nghÞ", "Hoäi nghò", "Há»™i"). Real Vietnamese text without any
 * of them is accepted at once; typographic quotes and dashes, common in real text, do not count.
 */
const FOREIGN_LATIN = /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/u;

/**
 * How much better a reading must score before a valid UTF-8 file is called garbled: two words
 * that turn from gibberish into Vietnamese (each counts 2: one bad word less, one good word more).
 */
const MIN_GAIN = 4;

/** Valid UTF-8: accepted unless a font encoding or a double encoding reads much better. */
function checkUtf8Text(text: string): DecodedSource {
  if (!FOREIGN_LATIN.test(text)) return { ok: true, text };
  // Only the lines with such a character are read again: they hold the evidence, and a long
  // article with one "m²" costs one line, not the whole text three times.
  const suspect = text
    .split('\n')
    .filter((line) => FOREIGN_LATIN.test(line))
    .join('\n');
  const asIs = syllableScore(suspect);
  const readings: Array<[ForeignEncoding, (t: string) => string]> = [
    ['tcvn3', fromTcvn3],
    ['vni', fromVni],
    ['double-utf8', fromDoubleUtf8],
  ];
  const best = readings
    .map(([encoding, convert]) => ({ encoding, convert, score: syllableScore(convert(suspect)) }))
    .reduce((a, b) => (b.score > a.score ? b : a));
  // A clear gain, not one odd word: real text with a "°" or an "m²" stays as it is.
  if (best.score - asIs < MIN_GAIN) return { ok: true, text };
  const line = firstImprovedLine(text, best.convert);
  const converted = best.convert(text);
  return { ok: false, encoding: best.encoding, line, sample: sampleOfLine(converted, line), text: converted };
}

function firstImprovedLine(text: string, convert: (t: string) => string): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => syllableScore(convert(line)) > syllableScore(line));
  return index + 1;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const SAMPLE_LENGTH = 60;

function sampleOfLine(text: string, line: number): string {
  // The line is always there: it was counted in this text, or in the bytes it was decoded from.
  const content = text.split('\n')[line - 1].trim();
  return content.length > SAMPLE_LENGTH ? `${content.slice(0, SAMPLE_LENGTH)}…` : content;
}

// ---- Reading words as Vietnamese ---------------------------------------------------------

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** The vowel groups of Vietnamese syllables, tone marks removed, longest first. */
const NUCLEI = 'iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y';
/** Onset, vowel group, coda: the shape of every Vietnamese syllable. */
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:${NUCLEI})(?:ch|ng|nh|[cmnpt])?$`);
/**
 * Runs of anything but ASCII white space and punctuation: mojibake splits no words (a no-break
 * space is half of a doubly encoded "à").
 */
const TOKEN = /[^\t\n\r !-/:-@[-`{-~]+/gu;

export function isVietnameseSyllable(word: string): boolean {
  const lower = word.toLowerCase().normalize('NFD');
  if ((lower.match(TONE_MARKS)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(lower.replace(TONE_MARKS, '').normalize('NFC'));
}

/**
 * Words with a letter beyond ASCII that are Vietnamese syllables, less those that are not.
 * ASCII-only words say nothing about the encoding and are left out.
 */
export function syllableScore(text: string): number {
  let score = 0;
  for (const [token] of text.matchAll(TOKEN)) {
    if (/^[\x00-\x7f]*$/.test(token)) continue;
    score += isVietnameseSyllable(token) ? 1 : -1;
  }
  return score;
}

// ---- The legacy tables ------------------------------------------------------------------

/**
 * TCVN3 (TCVN 5712:1993, VN3: the ABC fonts .VnTime, .VnArial): the byte of each letter, read as
 * Windows-1252, and the letter it draws. From glibc's TCVN5712-1 table (`iconv -f TCVN5712-1`),
 * keeping the lower-case letters and the seven capitals VN3 fonts have; VN3 writes the other
 * capitals with a separate capitals font (.VnTimeH) on the lower-case bytes.
 */
const TCVN3_FONT = '¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ';
const TCVN3_LETTER = 'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const TCVN3_MAP = new Map([...TCVN3_FONT].map((char, i) => [char, TCVN3_LETTER[i]]));

export function fromTcvn3(text: string): string {
  let out = '';
  for (const char of text) out += TCVN3_MAP.get(char) ?? char;
  return out;
}

/**
 * VNI (VNI-Windows, the VNI-Times fonts): a base letter followed by a byte that draws its marks
 * ("Vieät" = Việt), plus a few letters of their own (ô = ơ, ö = ư, ñ = đ). From VNI's published
 * character map; upper-case marks are the upper-case bytes.
 */
const VNI_MARKS: Record<string, string> = {
  ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323',
  â: '\u0302', á: '\u0302\u0301', à: '\u0302\u0300', å: '\u0302\u0309', ã: '\u0302\u0303', ä: '\u0302\u0323',
  ê: '\u0306', é: '\u0306\u0301', è: '\u0306\u0300', ú: '\u0306\u0309', ü: '\u0306\u0303', ë: '\u0306\u0323',
};
const VNI_LETTERS: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };
const VNI_VOWEL = /^[aeiouyơư]$/iu;

export function fromVni(text: string): string {
  const out: string[] = [];
  // The letter a mark follows; marks themselves leave it as it is ("aâù" is one letter, two marks).
  let base = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const mark = VNI_MARKS[lower];
    if (mark && VNI_VOWEL.test(base)) {
      out.push(mark);
      continue;
    }
    const letter = VNI_LETTERS[lower];
    base = letter ? (char === lower ? letter : letter.toUpperCase()) : char;
    out.push(base);
  }
  return out.join('').normalize('NFC');
}

/** The Windows-1252 characters at 0x80–0x9F, by byte. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * A UTF-8 lead byte read as Windows-1252 (Â…ï) followed by a continuation byte read so (0x80–0xBF):
 * only a word with one can be doubly encoded; the others are not tried (a failed decode is slow).
 */
const LEAD_AND_CONTINUATION = /[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/u;

/** "Há»™i" → "Hội": UTF-8 read as Windows-1252 and saved as UTF-8 again, undone word by word. */
export function fromDoubleUtf8(text: string): string {
  return text.replace(TOKEN, (token) => {
    if (!LEAD_AND_CONTINUATION.test(token)) return token;
    const bytes: number[] = [];
    for (const char of token) {
      const code = char.codePointAt(0)!;
      const high = CP1252_HIGH.indexOf(char);
      if (high >= 0) bytes.push(0x80 + high);
      else if (code < 0x100) bytes.push(code);
      else return token;
    }
    return strictUtf8(Uint8Array.from(bytes)) ?? token;
  });
}

/**
 * A file's bytes as the content check reads them: its text, and the error to report when its
 * encoding is refused (the text is then the best reading, for catalogues; articles are skipped).
 */
export function sourceFromBytes(path: string, bytes: Uint8Array): { text: string; error?: ContentError } {
  const decoded = decodeSource(bytes);
  if (decoded.ok) return { text: decoded.text };
  const message = encodingRefused(decoded.encoding, decoded.sample || undefined);
  return { text: decoded.text, error: { file: path, line: decoded.line, field: '', message } };
}
