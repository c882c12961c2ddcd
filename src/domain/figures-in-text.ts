/**
 * Reads the figures in Vietnamese report prose: "hơn 200 suất quà", "trên 7 tỷ đồng",
 * "120.500.000đ", "11 611 lượt", "100%" — and tells them apart from the numbers that only look
 * like figures: dates (29/7/2022), years (năm 2022), programme periods (2016–2021), document
 * numbers (25-NQ/TU), unit and regiment numbers (Trung đoàn 174), phone numbers, times (20:38),
 * ordinals (lần thứ 5, xếp thứ 2/12), durations (6 tháng), numbered places (Quốc lộ 1A), amounts per
 * head (mỗi suất 500.000 đồng) and changes (tăng 12% so với năm trước).
 *
 * Pure. The number itself is read by parseVietnameseNumber (one reader for the whole project);
 * this module finds where numbers are and what stands around them. The counted nouns come from
 * the indicator catalogue's units (passed in) plus the other words reports use for them.
 */
import type { TotalQualifier } from '../schema/vocabulary.ts';
import { parseVietnameseNumber } from './vietnamese-number.ts';

/** What a number in the text is. Only 'figure' is a reported quantity. */
export type NumberRole =
  | 'figure'
  | 'date'
  | 'time'
  | 'year'
  | 'period'
  | 'document'
  | 'military-unit'
  | 'phone'
  | 'ordinal'
  | 'duration'
  | 'place'
  /** "mỗi suất trị giá 500.000 đồng", "300.000 đồng/suất": a price or an amount per head, never a total. */
  | 'rate'
  /** "tăng 12% so với năm trước": a change against another period, not a result of this one. */
  | 'change'
  /** "125/125", "12/2024" with nothing counted after it: a number over another, no figure. */
  | 'fraction';

export interface NumberInText {
  role: NumberRole;
  /** The value read; for money the full sum in đồng, for a percentage the percent. */
  value: number;
  /** The text from the qualifier (if any) to the end of the unit, exactly as written. */
  text: string;
  start: number;
  end: number;
  qualifier: TotalQualifier;
  /** The qualifier as written: "trên", "gần", "xấp xỉ"… */
  qualifierWord?: string;
  /** What is counted, as the catalogue names it: "người", "suất", "đồng", "%", "km"… */
  unit?: string;
  /** The counted noun or money unit as written: "thanh niên", "suất quà", "triệu đồng", "%". */
  unitText?: string;
  /** Written in words ("hai nhà"): worth matching a value against, too vague to suggest one. */
  inWords?: true;
  /** "6/9 nhiệm vụ", "24 trên tổng số 37 nhiệm vụ": the part done, or the whole it is out of. */
  share?: 'part' | 'whole';
}

export interface ReadOptions {
  /** Units of the indicator catalogue (content/indicators.yaml): each is a counted noun. */
  units?: readonly string[];
}

/**
 * Words reports put after a number, with the catalogue unit each counts in. A catalogue unit
 * is also its own counted noun (added at run time); these are the other ways of writing them.
 */
export const COUNTED_NOUNS: Readonly<Record<string, string>> = {
  người: 'người',
  'thanh niên': 'người',
  'tân binh': 'người',
  'công dân': 'người',
  'hội viên': 'người',
  'đoàn viên': 'người',
  'học sinh': 'người',
  'học viên': 'người',
  'sinh viên': 'người',
  'cán bộ': 'người',
  'chiến sĩ': 'người',
  'đại biểu': 'người',
  'đồng chí': 'người',
  'đồng bào': 'người',
  'người dân': 'người',
  'em': 'người',
  'lượt người': 'lượt',
  'lượt': 'lượt',
  'suất quà': 'suất',
  'xuất quà': 'suất',
  'phần quà': 'suất',
  'suất học bổng': 'suất',
  'suất': 'suất',
  'ngôi nhà': 'nhà',
  'căn nhà': 'nhà',
  'con bò': 'con',
  'con lợn': 'con',
  'con heo': 'con',
  'con dê': 'con',
  'cây số': 'km',
  'ki-lô-mét': 'km',
  'kilômét': 'km',
  'mét khối': 'm³',
  'm3': 'm³',
  'mét': 'm',
  'm': 'm',
  'sổ tiết kiệm': 'sổ',
  'mái ấm': 'nhà',
  'hộ gia đình': 'hộ',
  'hộ dân': 'hộ',
  'hộ nghèo': 'hộ',
  'buổi': 'buổi',
  'cuộc': 'cuộc',
  'lớp': 'lớp',
  'mô hình': 'mô hình',
  'công trình': 'công trình',
  'ngày công': 'ngày công',
  'tấn': 'tấn',
  'kg': 'kg',
  'ha': 'ha',
  'chiếc': 'chiếc',
  'xe': 'xe',
  'tổ': 'tổ',
  'đội': 'đội',
  'câu lạc bộ': 'câu lạc bộ',
  'tin bài': 'tin bài',
  'tin, bài': 'tin bài',
  'bài': 'bài',
  'chỉ tiêu': 'chỉ tiêu',
};

/** Nouns of time: "6 tháng" is a duration, never a figure to add up. */
const TIME_NOUNS = ['tháng', 'năm', 'ngày', 'tuần', 'quý', 'giờ', 'phút', 'giây', 'thế kỷ', 'kỳ'];

const QUALIFIER_WORDS: ReadonlyArray<[string, TotalQualifier]> = [
  ['xấp xỉ', 'approx'],
  // "phấn đấu ít nhất 1 mô hình": a lower bound, like "trên".
  ['ít nhất', 'over'],
  ['tối thiểu', 'over'],
  ['không dưới', 'over'],
  ['trên dưới', 'approx'],
  ['khoảng', 'approx'],
  ['ước', 'approx'],
  ['chừng', 'approx'],
  ['hàng', 'approx'],
  ['trên', 'over'],
  ['hơn', 'over'],
  ['ngót', 'under'],
  ['gần', 'under'],
];

const SCALES: Readonly<Record<string, number>> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/**
 * "hai nhà tình nghĩa", "một ngôi nhà": small numbers written as words, only when a counted noun
 * follows. Read so an indicator's value is found in the text; never suggested (looksLikeIndicator).
 */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};

// A letter, for word edges: \b does not know Vietnamese letters.
const L = '\\p{L}';

/**
 * Numbers that are part of something else, matched on the whole text first. Order matters: a
 * phone number is also digits with dots, a date also looks like a fraction.
 */
const SPAN_PATTERNS: ReadonlyArray<[NumberRole, RegExp]> = [
  // 0912 345 678, 0912.345.678, (0233) 3851 234, +84 912 345 678
  ['phone', new RegExp(`(?<![\\d${L}])(?:\\+84[ .]?|\\(0\\d{2,3}\\)[ .]?|0)\\d{2,4}(?:[ .-]?\\d{3,4}){1,2}(?![\\d${L}])`, 'gu')],
  // 25-NQ/TU, 123/QĐ-UBND, 05/CT-TTg, 12/KH-BCH: digits joined to capitals by - or /
  ['document', new RegExp(`(?<![\\d${L}])\\d+[a-z]?[-/][A-ZĐ][A-ZĐa-zđ]*(?:[-/][A-ZĐ][A-ZĐa-zđ]*)*`, 'gu')],
  // 2016–2021, 2016 - 2021, 2020-2025
  ['period', /(?<!\d)(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d)/gu],
  // 20:38, 7h30, 14h, 8 giờ 30
  ['time', new RegExp(`(?<![\\d.,])\\d{1,2}\\s?(?::\\d{2}|h\\d{0,2}(?!${L})|giờ(?:\\s\\d{1,2}(?:\\sphút)?)?)(?![\\d${L}])`, 'gu')],
  // 29/7/2022, 29/07, 29-7-2022, 29.7.2022 (a day and a month; with a year or not)
  ['date', /(?<![\d.,/])(?:3[01]|[12]\d|0?[1-9])\s?\/\s?(?:1[0-2]|0?[1-9])(?:\s?\/\s?(?:19|20)?\d{2})?(?![\d/])/gu],
  ['date', /(?<![\d.,])(?:3[01]|[12]\d|0?[1-9])([-.])(?:1[0-2]|0?[1-9])\1(?:19|20)\d{2}(?!\d)/gu],
  // 125/125 xã, 7/13 tiêu chí: one number over another that cannot be a day and a month
  ['fraction', /(?<![\d.,/])(?:\d{1,3}(?:\.\d{3})+|\d+)\s?\/\s?(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\d/]|[.,]\d)/gu],
];

/** The word before a number that makes it a name, not a quantity. Tested on lower case. */
const BEFORE_PATTERNS: ReadonlyArray<[NumberRole, RegExp]> = [
  ['year', /(?:năm|niên khóa|niên khoá|từ năm|đến năm)\s*$/u],
  ['date', /(?:ngày|tháng|mùng|mồng)\s*$/u],
  ['ordinal', /(?:lần thứ|thứ|lần|khóa|khoá|đợt|giai đoạn|nhiệm kỳ|kỳ họp|phiên|tập|số hiệu|top|hạng)\s*$/u],
  [
    'document',
    /(?:nghị quyết|chỉ thị|quyết định|kế hoạch|thông tư|nghị định|công văn|kết luận|hướng dẫn|thông báo|quy định|quy chế|chương trình|đề án|dự án|luật|tờ trình|thông tri|điều|khoản|chương|phụ lục|công điện)(?:\s+liên tịch)?(?:\s+số)?\s*$/u,
  ],
  [
    'military-unit',
    // "Trung đoàn bộ binh 246", "Lữ đoàn công binh 249": the arm of service may stand between.
    /(?:trung đoàn|sư đoàn|lữ đoàn|tiểu đoàn|đại đội|trung đội|quân khu|quân đoàn|binh đoàn|hải đoàn|hải đội|biên đội|đồn biên phòng|khu vực|bệnh viện quân y|kho|xưởng|binh trạm|đoàn kinh tế - quốc phòng|đoàn kt-qp)(?:\s+(?:bộ binh|pháo binh|công binh|thông tin|phòng không|đặc công|trinh sát|huấn luyện|cơ động|tên lửa|xe tăng|thiết giáp|hóa học|vận tải))?\s*$/u,
  ],
  ['place', /(?:thôn|xóm|ấp|bản|tổ dân phố|tổ|đội|khu phố|khối|tiểu khu|phường|quận|đường|quốc lộ|tỉnh lộ|ql|tl|đt|số nhà|lô|cột mốc|mốc|km)\s*$/u],
];

/** Capitalised single words that name a unit before its number: "Đoàn 379", "Vùng 2", "Đồn 405". */
const UNIT_NAME_BEFORE = /(?:^|[^\p{L}])(?:Đoàn|Đồn|Vùng|Cục|Phòng|Hải đội)\s*$/u;

const NUMBER_TOKEN = new RegExp(
  `(?<![\\d${L}.,/-])\\d+(?:[.,]\\d+)*(?:[ \\u00a0\\u202f]\\d{3}(?![\\d.,]\\d))*(?![\\d/]|[.,-]\\d)`,
  'gu',
);

const WORD_NUMBER = new RegExp(`(?<![${L}])(${Object.keys(NUMBER_WORDS).join('|')})(?=\\s)`, 'giu');

/** Text as reports store it: composed, and with old-style tone marks ("hoà") in the new place. */
export function normaliseVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .replace(/o([àáảãạ])/g, (_, v: string) => OLD_TONE[v] + 'a')
    .replace(/u([ýỳỷỹỵ])/g, (_, v: string) => OLD_TONE[v] + 'y');
}
const OLD_TONE: Readonly<Record<string, string>> = {
  à: 'ò', á: 'ó', ả: 'ỏ', ã: 'õ', ạ: 'ọ', ý: 'ú', ỳ: 'ù', ỷ: 'ủ', ỹ: 'ũ', ỵ: 'ụ',
};

interface NounMatcher {
  /** Longest noun first, so "suất quà" wins over "suất" and "lượt người" over "lượt". */
  nouns: Array<[string, string]>;
}
const matchers = new Map<string, NounMatcher>();

function nounMatcher(units: readonly string[]): NounMatcher {
  const cacheKey = units.join('\u0000');
  const cached = matchers.get(cacheKey);
  if (cached) return cached;
  const table = new Map<string, string>(Object.entries(COUNTED_NOUNS));
  // "đồng" and "%" are read before any noun is looked for, so they may sit in the table too.
  for (const unit of units) table.set(unit.toLowerCase(), unit);
  const matcher = { nouns: [...table].sort((a, b) => b[0].length - a[0].length) };
  matchers.set(cacheKey, matcher);
  return matcher;
}

/** The counted noun at the start of `rest` (lower case), or undefined. */
function nounAt(rest: string, matcher: NounMatcher): { written: string; unit: string } | undefined {
  for (const [noun, unit] of matcher.nouns) {
    if (rest.startsWith(noun) && !isLetter(rest.charAt(noun.length))) return { written: noun, unit };
  }
  return undefined;
}

const isLetter = (ch: string) => /\p{L}|\d/u.test(ch);

/** "đồng" is money unless it begins a word of its own: "320 đồng chí", "500 đồng bào", "đồng thời". */
const MONEY_UNIT = /^\s?(đồng(?!\s(?:chí|bào|đội|hương|nghiệp|thời|hành|môn)(?![\p{L}\d]))|vnđ|vnd|đ)(?![\p{L}\d])/u;
const PERCENT = /^\s?(%|phần trăm)/u;
const SCALE_WORD = /^\s(nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}])/u;
/** "12 tr.đ", "12 trđ", "12tr đồng": the short form of "triệu đồng" in tables and quick reports. */
const SHORT_MILLION = /^\s?tr\.?\s?(đồng|đ)(?![\p{L}\d])/u;
const MONEY_CUE = /(?:trị giá|giá trị|kinh phí|số tiền|thành tiền|tổng tiền|ủng hộ|quyên góp|hỗ trợ|chi|tặng|trao|số vốn|vốn|tiền)\s+(?:(?:là|hơn|trên|gần|khoảng|xấp xỉ|lên tới|lên đến|đạt|tới)\s+)?$/u;

/**
 * Every number in the text with what it is. Dates, document numbers and the rest come back
 * with their role, so callers (and tests) can see why a number is not a figure.
 */
export function readNumbers(input: string, options: ReadOptions = {}): NumberInText[] {
  const text = input;
  const lower = text.toLowerCase();
  const matcher = nounMatcher(options.units ?? []);
  const found: NumberInText[] = [];
  const taken: Array<[number, number]> = [];
  const isTaken = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);

  for (const [role, pattern] of SPAN_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index, end = start + match[0].length;
      if (isTaken(start, end)) continue;
      if (role === 'phone' && match[0].replace(/\D/g, '').length < 9) continue;
      const slashed = (role === 'date' && match[0].includes('/')) || role === 'fraction';
      if (slashed && /^[^/]*\/[^/]*$/.test(match[0]) && roleFromWordBefore(text, lower, start) === 'ordinal') {
        // "xếp thứ 2/12 đơn vị": second of twelve, a rank.
        taken.push([start, end]);
        found.push({ role: 'ordinal', value: firstNumber(match[0]), text: match[0], start, end, qualifier: 'exact' });
        continue;
      }
      if (slashed) {
        // "6/9 nhiệm vụ" is six of nine; a date is never followed by what it counts.
        const fraction = readFraction(text, lower, start, end, matcher);
        if (fraction) {
          found.push(...fraction);
          taken.push([start, end]);
          continue;
        }
      }
      taken.push([start, end]);
      found.push({ role, value: firstNumber(match[0]), text: match[0], start, end, qualifier: 'exact' });
    }
  }

  for (const match of text.matchAll(NUMBER_TOKEN)) {
    const start = match.index, end = start + match[0].length;
    if (isTaken(start, end)) continue;
    const reading = readFigureAt(text, lower, start, end, match[0], matcher);
    if (!reading) continue;
    taken.push([reading.start, reading.end]);
    found.push(reading);
  }

  for (const match of lower.matchAll(WORD_NUMBER)) {
    const start = match.index, end = start + match[0].length;
    if (isTaken(start, end)) continue;
    const noun = nounAt(lower.slice(end + 1), matcher);
    if (!noun || TIME_NOUNS.includes(noun.written) || noun.unit === 'con') continue;
    const unitEnd = end + 1 + noun.written.length;
    const qualified = qualifierBefore(lower, start);
    const from = qualified?.start ?? start;
    found.push({
      role: 'figure',
      value: NUMBER_WORDS[match[1].toLowerCase()],
      text: text.slice(from, unitEnd),
      start: from,
      end: unitEnd,
      qualifier: qualified?.qualifier ?? 'exact',
      qualifierWord: qualified?.word,
      unit: noun.unit,
      unitText: text.slice(end + 1, unitEnd),
      inWords: true,
    });
  }
  found.sort((a, b) => a.start - b.start);
  markShares(lower, found);
  for (const n of found) if (n.role === 'figure') n.role = rateOrChange(lower, n) ?? 'figure';
  return found;
}

/** Words before a figure in its clause that make it an amount per head: "mỗi suất trị giá", "bình quân". */
const PER_HEAD_BEFORE = /(?:^|[^\p{L}])(?:mỗi|bình quân|trung bình)(?![\p{L}])[^,;:.!?()\n]*$/u;
/** "Mỗi năm, Hội trao 200 suất quà", "hằng tháng 50 người": a yearly (monthly…) figure, for the whole sentence. */
const PER_PERIOD_BEFORE = /(?:^|[^\p{L}])(?:mỗi|hằng|hàng)\s+(?:năm|tháng|quý|tuần|ngày)(?![\p{L}])[^.!?;\n]*$/u;
/** Only a sum of money has a "mức" or a "đơn giá": "với mức 300.000 đồng". */
const PRICE_BEFORE = /(?:^|[^\p{L}])(?:mức|định mức|đơn giá)(?!\s*độ)(?![\p{L}])[^,;:.!?()\n]*$/u;
/** "300.000 đồng/suất", "500.000 đồng một suất", "2 nhà cho mỗi xã". */
const PER_HEAD_AFTER = /^\s*\/\s*\p{L}|^\s+(?:cho\s+)?(?:mỗi|một)\s+\p{L}/u;
/** "tăng 12%", "giảm hơn 3 vụ", "vượt 15%": the number is how much something changed ("cao hơn" reads "hơn" as a qualifier, so only these three). */
const CHANGE_BEFORE = /(?:^|[^\p{L}])(?:tăng|giảm|vượt)(?:\s+thêm)?\s+$/u;
/** "… so với cùng kỳ", "… so với năm 2018" in the figure's own clause. */
const CHANGE_AFTER = /^[^,;:.!?()\n]{0,40}?(?<![\p{L}])so với\s+(?:cùng kỳ|năm|tháng|quý|kỳ|giai đoạn|nhiệm kỳ|đợt|lần)(?![\p{L}])/u;

function rateOrChange(lower: string, figure: NumberInText): NumberRole | undefined {
  const before = lower.slice(Math.max(0, figure.start - 60), figure.start);
  const after = lower.slice(figure.end, figure.end + 60);
  if (PER_HEAD_BEFORE.test(before) || PER_HEAD_AFTER.test(after) || PER_PERIOD_BEFORE.test(lower.slice(Math.max(0, figure.start - 160), figure.start))) return 'rate';
  if (figure.unit === 'đồng' && PRICE_BEFORE.test(before)) return 'rate';
  if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after)) return 'change';
  return undefined;
}

/** "24 trên tổng số 37 nhiệm vụ", "6 trong số 9 nhiệm vụ": the first is part of the second and counts the same thing. */
function markShares(lower: string, found: NumberInText[]): void {
  for (let i = 1; i < found.length; i++) {
    const [part, whole] = [found[i - 1], found[i]];
    if (part.role !== 'figure' || whole.role !== 'figure' || part.unit !== undefined || whole.unit === undefined) continue;
    if (!/^\s*(?:trên|trong)\s+(?:tổng\s+)?số\s*$|^\s*trên\s*$/u.test(lower.slice(part.end, whole.start))) continue;
    Object.assign(part, { unit: whole.unit, unitText: whole.unitText, share: 'part' });
    whole.share = 'whole';
  }
}

/** Only the reported quantities: what readNumbers calls a figure. */
export function readFigures(text: string, options: ReadOptions = {}): NumberInText[] {
  return readNumbers(text, options).filter((n) => n.role === 'figure');
}

/**
 * A figure in digits that says what it counts (a noun, a money unit, a percent sign) looks like
 * an indicator; "hai đơn vị" in words is more often prose ("giữa hai đơn vị") than a result.
 */
export function looksLikeIndicator(figure: NumberInText): boolean {
  // Only figures carry a unit: a date or a document number never does.
  return figure.unit !== undefined && !figure.inWords;
}

function firstNumber(text: string): number {
  return Number(/\d+/.exec(text)![0]);
}

function readFraction(text: string, lower: string, start: number, end: number, matcher: NounMatcher): NumberInText[] | undefined {
  // Number() skips the spaces of "6 / 9".
  const parts = text.slice(start, end).split('/');
  if (parts.length !== 2) return undefined;
  const gap = /^\s+/.exec(lower.slice(end))?.[0].length ?? 0;
  const noun = gap > 0 ? nounAt(lower.slice(end + gap), matcher) : undefined;
  if (!noun || TIME_NOUNS.includes(noun.written)) return undefined;
  // Dots group thousands: "1.200/1.500 xã".
  const [done, total] = parts.map((part) => Number(part.replace(/\./g, '')));
  if (done > total) return undefined;
  const unitText = text.slice(end + gap, end + gap + noun.written.length);
  const slash = text.indexOf('/', start);
  const nounEnd = end + gap + noun.written.length;
  return [
    { role: 'figure', value: done, text: text.slice(start, slash).trim(), start, end: slash, qualifier: 'exact', unit: noun.unit, unitText, share: 'part' },
    { role: 'figure', value: total, text: text.slice(slash + 1, nounEnd).trim(), start: slash + 1, end: nounEnd, qualifier: 'exact', unit: noun.unit, unitText, share: 'whole' },
  ];
}

function qualifierBefore(lower: string, start: number): { word: string; qualifier: TotalQualifier; start: number } | undefined {
  const before = lower.slice(Math.max(0, start - 14), start);
  for (const [word, qualifier] of QUALIFIER_WORDS) {
    const match = new RegExp(`(?:^|[^\\p{L}])(${word})\\s+$`, 'u').exec(before);
    if (!match) continue;
    const wordStart = start - before.length + match.index + match[0].indexOf(word);
    // "6 trên 9 nhiệm vụ": "trên" between two numbers means "out of", not "over".
    if (word === 'trên' && /\d\s*$/.test(lower.slice(0, wordStart))) return undefined;
    return { word, qualifier, start: wordStart };
  }
  return undefined;
}

function roleFromWordBefore(text: string, lower: string, start: number): NumberRole | undefined {
  const before = lower.slice(Math.max(0, start - 40), start);
  for (const [role, pattern] of BEFORE_PATTERNS) {
    const match = pattern.exec(before);
    // The word must start a word: "năm" in "tháng năm" yes, in "Ngũ Hành Sơn" no letter glued before.
    // charAt(-1) is '', no letter: a word at the very start counts too.
    if (match && !/\p{L}/u.test(before.charAt(match.index - 1))) return role;
  }
  if (UNIT_NAME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return 'military-unit';
  return undefined;
}

function readFigureAt(text: string, lower: string, start: number, end: number, digits: string, matcher: NounMatcher): NumberInText | undefined {
  // Letters glued to the digits make a code ("1A", "5G", "30a"), except a money or other unit.
  const glued = /^\p{L}+/u.exec(lower.slice(end))?.[0];
  if (glued && !/^(?:đ|vnđ|vnd|đồng|km|m|kg|ha|trđ|tr)$/u.test(glued)) return undefined;
  const named = roleFromWordBefore(text, lower, start);
  let cursor = end;
  let value: number | null;
  let scaleText = '';
  const shortMillion = SHORT_MILLION.exec(lower.slice(cursor));
  const scale = SCALE_WORD.exec(lower.slice(cursor));
  if (shortMillion) {
    value = parseVietnameseNumber(`${digits} triệu`);
    if (value === null) return undefined;
  } else if (scale) {
    value = parseVietnameseNumber(`${digits} ${scale[1]}`);
    cursor += scale[0].length;
    scaleText = scale[1];
    // "1 tỷ 250 triệu đồng", "5 triệu 500 nghìn đồng": a sum written in parts.
    for (;;) {
      const more = new RegExp(`^\\s(\\d{1,3})\\s(nghìn|ngàn|triệu)(?![\\p{L}])`, 'u').exec(lower.slice(cursor));
      if (!more || SCALES[more[2]] >= SCALES[scaleText]) break;
      value = (value ?? 0) + Number(more[1]) * SCALES[more[2]];
      scaleText = more[2];
      cursor += more[0].length;
    }
  } else {
    value = parseVietnameseNumber(digits);
  }
  if (value === null) return undefined;
  if (named) return { role: named, value, text: text.slice(start, cursor), start, end: cursor, qualifier: 'exact' };

  const qualified = qualifierBefore(lower, start);
  const from = qualified?.start ?? start;
  const figure = (extra: Partial<NumberInText>, unitEnd: number): NumberInText => ({
    role: 'figure',
    value: value!,
    text: text.slice(from, unitEnd),
    start: from,
    end: unitEnd,
    qualifier: qualified?.qualifier ?? 'exact',
    qualifierWord: qualified?.word,
    ...extra,
  });

  if (shortMillion) {
    const unitEnd = cursor + shortMillion[0].length;
    return figure({ unit: 'đồng', unitText: text.slice(end, unitEnd).trim() }, unitEnd);
  }
  const money = MONEY_UNIT.exec(lower.slice(cursor));
  if (money) {
    const unitEnd = cursor + money[0].length;
    return figure({ unit: 'đồng', unitText: text.slice(end, unitEnd).trim() }, unitEnd);
  }
  const percent = PERCENT.exec(lower.slice(cursor));
  if (percent && !scale) {
    const unitEnd = cursor + percent[0].length;
    return figure({ unit: '%', unitText: text.slice(end, unitEnd).trim() }, unitEnd);
  }
  // "1 “Mái ấm tình thương”": an opening quote may stand between the number and its noun.
  const gap = /^[ \u00a0]+[“"«]?/.exec(lower.slice(cursor))?.[0].length ?? 0;
  // With no space, only a unit glued to the digits ("1,5km") can start a noun.
  const noun = nounAt(lower.slice(cursor + gap), matcher);
  const timeNoun = TIME_NOUNS.find((t) => lower.startsWith(t, cursor + gap) && !isLetter(lower.charAt(cursor + gap + t.length)) && !lower.startsWith(`${t} công`, cursor + gap));
  if (timeNoun) {
    const unitEnd = cursor + gap + timeNoun.length;
    return { role: 'duration', value, text: text.slice(start, unitEnd), start, end: unitEnd, qualifier: 'exact' };
  }
  if (noun) {
    const unitEnd = cursor + gap + noun.written.length;
    const unitText = (scaleText ? text.slice(end, cursor).trim() + ' ' : '') + text.slice(cursor + gap, unitEnd);
    return figure({ unit: noun.unit, unitText }, unitEnd);
  }
  if (scale && MONEY_CUE.test(lower.slice(Math.max(0, from - 30), from))) {
    // "trị giá 20 triệu" with no unit: money, as the words before it say.
    return figure({ unit: 'đồng', unitText: scaleText }, cursor);
  }
  if (/^(?:19|20)\d{2}$/.test(digits)) {
    return { role: 'year', value, text: digits, start, end, qualifier: 'exact' };
  }
  return figure({ unitText: scaleText || undefined }, cursor);
}
