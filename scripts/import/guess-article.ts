/**
 * What an old page does not state as a field but its words do: the unit (a name from
 * units.yaml), the kind (sơ kết, tổng kết, hội nghị), the period the figures cover ("6 tháng
 * đầu năm 2022", "năm 2017", "quý III"), the organisation a figure belongs to, and the figures
 * themselves as indicators or suggestions. Each guess says where it came from, so the report
 * and the review markers can name it. Pure.
 */
import { looksLikeIndicator, readFigures, type NumberInText } from '../../src/domain/figures-in-text.ts';
import { figureContext, guessIndicatorKey, type CatalogueIndicator } from '../../src/domain/indicator-guess.ts';
import type { ArticleKind, Qualifier, TotalQualifier, UnitLevel } from '../../src/schema/vocabulary.ts';
import { buildUnitTree, unitAncestry } from '../../src/domain/units.ts';

export interface CatalogueUnit {
  key: string;
  name: string;
  level: UnitLevel;
  parent?: string;
}
export interface CatalogueOrganisation {
  key: string;
  name: string;
  short?: string;
}

export interface Guess<T> {
  value: T;
  /** The words it was read from. */
  from: string;
  /** Read from the title or the lead: sure enough not to be marked for review. */
  sure: boolean;
}

const LEVEL_WORDS: Record<UnitLevel, string[]> = {
  tinh: ['tỉnh', 'thành phố'],
  huyen: ['huyện', 'thị xã', 'thành phố', 'quận'],
  xa: ['xã', 'phường', 'thị trấn'],
};
const SPECIFIC: Record<UnitLevel, number> = { xa: 3, huyen: 2, tinh: 1 };

const lower = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Huyện Hải Lăng" → "hải lăng": the name without its level word. */
function bareName(unit: CatalogueUnit): string {
  return lower(unit.name).replace(/^(?:tỉnh|huyện|xã|phường|thị xã|thị trấn|thành phố|quận)\s+/u, '');
}

/** Each unit's name as a pattern (with its level word or not), built once per catalogue. */
const unitPatternCache = new WeakMap<readonly CatalogueUnit[], Array<{ unit: CatalogueUnit; pattern: RegExp }>>();
function unitPatterns(units: readonly CatalogueUnit[]): Array<{ unit: CatalogueUnit; pattern: RegExp }> {
  let patterns = unitPatternCache.get(units);
  if (!patterns) {
    patterns = units
      .filter((unit) => bareName(unit).length >= 3)
      .map((unit) => ({ unit, pattern: new RegExp(`(?<![\\p{L}])((?:${LEVEL_WORDS[unit.level].join('|')})\\s+)?${escape(bareName(unit))}(?![\\p{L}])`, 'gu') }));
    unitPatternCache.set(units, patterns);
  }
  return patterns;
}

/** The units a lowered text names, where. "Lắk" inside "Đắk Lắk" is the province, not the district of that name. */
function unitMentions(text: string, units: readonly CatalogueUnit[]): Array<{ unit: CatalogueUnit; at: number; end: number; levelled: boolean }> {
  const found: Array<{ unit: CatalogueUnit; at: number; end: number; levelled: boolean }> = [];
  for (const { unit, pattern } of unitPatterns(units)) {
    for (const m of text.matchAll(pattern)) found.push({ unit, at: m.index, end: m.index + m[0].length, levelled: Boolean(m[1]) });
  }
  return found.filter((m) => !found.some((o) => o !== m && o.at <= m.at && o.end >= m.end && o.end - o.at > m.end - m.at));
}

/**
 * The unit the story is about: a unit named with its level word ("huyện Hải Lăng") in the
 * title counts most, then in the lead, then in the body; a bare name counts less. The most
 * specific unit wins a tie: a district's review names its province too.
 */
export function guessUnit(texts: { title: string; lead: string; body: string }, units: readonly CatalogueUnit[]): Guess<string> | undefined {
  const scores = new Map<string, { score: number; from: string; sure: boolean }>();
  for (const [field, weight] of [['title', 6], ['lead', 3], ['body', 1]] as const) {
    for (const m of unitMentions(lower(texts[field]), units)) {
      const entry = scores.get(m.unit.key) ?? { score: 0, from: texts[field].slice(m.at, m.end), sure: false };
      entry.score += weight * (m.levelled ? 2 : 1);
      if (field !== 'body') entry.sure = true;
      scores.set(m.unit.key, entry);
    }
  }
  let best: { unit: CatalogueUnit; score: number; from: string; sure: boolean } | undefined;
  for (const unit of units) {
    const entry = scores.get(unit.key);
    if (!entry) continue;
    // The most specific unit wins a tie: a district's review names its province too.
    if (!best || entry.score > best.score || (entry.score === best.score && SPECIFIC[unit.level] > SPECIFIC[best.unit.level])) best = { unit, ...entry };
  }
  return best && { value: best.unit.key, from: best.from, sure: best.sure };
}

/** sơ kết → so-ket, tổng kết → tong-ket, a conference or signing → hoi-nghi; the title decides first. */
export function guessKind(title: string, lead: string): Guess<ArticleKind> | undefined {
  const rules: Array<[RegExp, ArticleKind]> = [
    [/sơ kết/u, 'so-ket'],
    [/tổng kết/u, 'tong-ket'],
    [/hội nghị|hội thảo|tọa đàm|toạ đàm|ký kết|giao ban|triển khai/u, 'hoi-nghi'],
  ];
  for (const [text, sure] of [[title, true], [lead, true]] as const) {
    const found = rules
      .map(([pattern, kind]) => ({ kind, match: pattern.exec(lower(text)) }))
      .filter((r) => r.match)
      .sort((a, b) => a.match!.index - b.match!.index)[0];
    if (found) return { value: found.kind, from: found.match![0], sure };
  }
  return undefined;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (year: number, fromMonth: number, toMonth: number) => ({
  from: `${year}-${pad(fromMonth)}-01`,
  to: `${year}-${pad(toMonth)}-${pad(lastDay(year, toMonth))}`,
});

/**
 * The period a review covers, from the first phrase that states one: "6 tháng đầu năm 2022",
 * "6 tháng cuối năm", "9 tháng", "quý III năm 2017", "năm 2017" (a full-year review), "giai
 * đoạn 2016 – 2021". A phrase without a year takes the year of publication.
 */
export function guessPeriod(
  texts: string[],
  kind: ArticleKind | undefined,
  published: { year: number; month: number; day: number },
): Guess<{ from: string; to: string }> | undefined {
  const publishedYear = published.year;
  for (const [i, text] of texts.entries()) {
    const t = lower(text);
    const sure = i < 2;
    // "Từ năm 2016 đến nay", "từ năm 2016 đến 5 tháng đầu năm nay": a span of years, to the
    // publication day or to the end of the months named.
    const since = /từ (?:năm\s+)?((?:19|20)\d{2})\s+(?:đến|tới)\s+(?:nay|hiện nay|(\d{1,2})\s+tháng\s+đầu\s+năm\s*(nay|(?:19|20)\d{2})?)/u.exec(t);
    if (since) {
      const endYear = since[3] && since[3] !== 'nay' ? Number(since[3]) : publishedYear;
      const to = since[2] ? span(endYear, 1, Number(since[2])).to : `${publishedYear}-${pad(published.month)}-${pad(published.day)}`;
      return { value: { from: `${since[1]}-01-01`, to }, from: since[0], sure };
    }
    const months = /(?<!\d)(\d{1,2}|sáu|chín)\s+tháng\s+(đầu|cuối)?\s*(?:năm\s+)?((?:19|20)\d{2})?/u.exec(t);
    if (months) {
      const count = months[1] === 'sáu' ? 6 : months[1] === 'chín' ? 9 : Number(months[1]);
      const year = months[3] ? Number(months[3]) : publishedYear;
      if (count >= 1 && count <= 11) {
        const value = months[2] === 'cuối' ? span(year, 13 - count, 12) : span(year, 1, count);
        return { value, from: months[0].trim(), sure };
      }
    }
    const quarter = /quý\s+(iv|iii|ii|i|[1-4])(?![\p{L}\d])(?:\s*(?:\/|năm)\s*((?:19|20)\d{2}))?/u.exec(t);
    if (quarter) {
      const q = ROMAN[quarter[1]];
      const year = quarter[2] ? Number(quarter[2]) : publishedYear;
      return { value: span(year, q * 3 - 2, q * 3), from: quarter[0], sure };
    }
    const programme = /giai đoạn\s+((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/u.exec(t);
    if (programme && kind === 'tong-ket') {
      return { value: { from: `${programme[1]}-01-01`, to: `${programme[2]}-12-31` }, from: programme[0], sure };
    }
    const year = /năm\s+((?:19|20)\d{2})/u.exec(t);
    if (year && kind === 'tong-ket') {
      const y = Number(year[1]);
      return { value: span(y, 1, 12), from: year[0], sure };
    }
  }
  return undefined;
}

/** The names a report gives each organisation, beyond its catalogue name and abbreviation. */
const ORGANISATION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'hoi-ccb': ['Hội CCB', 'Hội Cựu chiến binh', 'cựu chiến binh'],
  'doan-tn': ['Đoàn TN', 'Đoàn Thanh niên', 'Huyện đoàn', 'Tỉnh đoàn', 'Thành đoàn', 'Thị đoàn', 'ĐVTN', 'tuổi trẻ'],
  'hoi-lhpn': ['Hội LHPN', 'Hội Liên hiệp Phụ nữ', 'Hội Phụ nữ'],
  'hoi-nong-dan': ['Hội Nông dân', 'Hội ND'],
  'cong-doan': ['Công đoàn', 'LĐLĐ', 'Liên đoàn Lao động'],
  mttq: ['MTTQ', 'Mặt trận Tổ quốc', 'Mặt trận'],
  'hoi-ctd': ['Hội CTĐ', 'Hội Chữ thập đỏ'],
  'ban-chqs': ['Ban CHQS', 'Ban Chỉ huy Quân sự'],
  'bo-chqs': ['Bộ CHQS', 'Bộ Chỉ huy Quân sự'],
  bdbp: ['BĐBP', 'Bộ đội Biên phòng', 'Biên phòng'],
  'trung-doan': ['Trung đoàn'],
  llvt: ['LLVT', 'lực lượng vũ trang'],
  'ban-dan-van': ['Ban Dân vận'],
};

/** Each organisation's names as patterns, built once per catalogue: an import reads it for every paragraph. */
const patternCache = new WeakMap<readonly CatalogueOrganisation[], Array<{ key: string; pattern: RegExp }>>();
function namePatterns(organisations: readonly CatalogueOrganisation[]): Array<{ key: string; pattern: RegExp }> {
  let patterns = patternCache.get(organisations);
  if (!patterns) {
    patterns = organisations.flatMap((org) =>
      [org.name, org.short, ...(ORGANISATION_ALIASES[org.key] ?? [])]
        .filter((n): n is string => Boolean(n))
        .map((name) => ({ key: org.key, pattern: new RegExp(`(?<![\\p{L}])${escape(lower(name))}(?![\\p{L}])`, 'gu') })),
    );
    patternCache.set(organisations, patterns);
  }
  return patterns;
}

/** Every mention of a catalogue organisation in a text, by position. */
export function organisationMentions(text: string, organisations: readonly CatalogueOrganisation[]): Array<{ key: string; at: number; end: number }> {
  const t = lower(text);
  const found: Array<{ key: string; at: number; end: number }> = [];
  for (const { key, pattern } of namePatterns(organisations)) {
    for (const match of t.matchAll(pattern)) found.push({ key, at: match.index, end: match.index + match[0].length });
  }
  // A longer name wins where two overlap: "Bộ CHQS" in "Bộ CHQS tỉnh" and not "Ban CHQS".
  return found
    .sort((a, b) => a.at - b.at || b.end - a.end)
    .filter((m, i, all) => !all.slice(0, i).some((o) => o.at <= m.at && o.end >= m.end));
}

export interface MappedIndicator {
  key: string;
  value: number;
  qualifier?: Qualifier;
  org?: string;
}
export interface IndicatorSuggestion {
  value: number;
  qualifier: TotalQualifier;
  unitText?: string;
  context: string;
  key?: string;
  org?: string;
}

/**
 * Every figure of the story that says what it counts: clear guesses become indicators (a
 * "khoảng" figure never does: the contract has no such qualifier), the rest suggestions with
 * their sentence for staff to confirm; so does a figure of a plan ("phấn đấu …", "dự kiến …"),
 * which is not a result. The organisation is the one that did it (orgOf).
 */
export function suggestIndicators(
  paragraphs: readonly string[],
  catalogue: readonly CatalogueIndicator[],
  organisations: readonly CatalogueOrganisation[],
  /** The article's unit and the unit catalogue: a figure of another unit is never clear. */
  place?: { unit: string; units: readonly CatalogueUnit[] },
): { indicators: MappedIndicator[]; suggestions: IndicatorSuggestion[] } {
  const units = [...new Set(catalogue.map((c) => c.unit))];
  const ownUnits = place && unitAndAncestors(place.unit, place.units);
  const indicators: MappedIndicator[] = [];
  const suggestions: IndicatorSuggestion[] = [];
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    const all = readFigures(paragraph, { units });
    const mentions = organisationMentions(paragraph, organisations);
    const lowered = lower(paragraph);
    for (const figure of all) {
      if (!looksLikeIndicator(figure)) continue;
      const context = figureContext(paragraph, figure, all);
      const guess = guessIndicatorKey(figure, context, catalogue);
      const org = orgOf(paragraph, lowered, figure, mentions);
      const id = `${guess?.key ?? figure.unit} ${figure.value} ${org ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const [sentenceStart, sentenceEnd] = sentenceBounds(paragraph, figure);
      const placed = !TARGET.test(lowered.slice(sentenceStart, sentenceEnd)) && !(place && namesAnotherUnit(lowered.slice(sentenceStart, figure.start), ownUnits!, place.units));
      if (guess?.clear && figure.qualifier !== 'approx' && placed) {
        indicators.push({
          key: guess.key,
          value: figure.value,
          ...(figure.qualifier !== 'exact' && { qualifier: figure.qualifier }),
          ...(org && { org }),
        });
      } else {
        suggestions.push({
          value: figure.value,
          qualifier: figure.qualifier,
          ...(figure.unitText && { unitText: figure.unitText }),
          context: sentenceOf(paragraph, figure),
          ...(guess && { key: guess.key }),
          ...(org && { org }),
        });
      }
    }
  }
  return { indicators, suggestions };
}

function sentenceBounds(text: string, figure: NumberInText, stops = /[.!?;]/): [number, number] {
  // A full stop ends a sentence; the dot in "1.600" does not.
  const isStop = (i: number) => stops.test(text.charAt(i)) && !(text.charAt(i) === '.' && /\d/.test(text.charAt(i - 1)) && /\d/.test(text.charAt(i + 1)));
  let start = figure.start;
  while (start > 0 && !isStop(start - 1)) start--;
  let end = figure.end;
  while (end < text.length && !isStop(end)) end++;
  return [start, end];
}

/** The sentence around a figure, shortened to about 200 characters around it. */
export function sentenceOf(text: string, figure: NumberInText): string {
  const [start, end] = sentenceBounds(text, figure);
  const from = Math.max(start, figure.start - 120);
  const to = Math.min(end, figure.end + 80);
  const cut = text.slice(from, to).trim();
  return (from > start ? '…' : '') + cut + (to < end ? '…' : '');
}

/**
 * Whether `text` (a sentence up to a figure) names a unit other than the article's own or one
 * above it: in a province's review, "huyện Gio Linh có 145 tân binh" is the district's figure,
 * and the contract files every indicator under the article's unit, so it must not go to
 * `indicators` as the province's. Naming the province in a district's review
 * ("Ban CHQS huyện Hải Lăng, tỉnh Quảng Trị"), or a unit it helped, is no reason to doubt.
 */
export function namesAnotherUnit(lowered: string, own: ReadonlySet<string>, units: readonly CatalogueUnit[]): boolean {
  // A unit the article's own unit helped is not the one that reports: "giúp huyện Gia Viễn và 12 xã".
  return unitMentions(lowered, units).some((m) => !own.has(m.unit.key) && !HELPED_BEFORE.test(lowered.slice(0, m.at)));
}

/** A unit's key and the keys of the units above it, worked out once per article. */
function unitAndAncestors(unit: string, units: readonly CatalogueUnit[]): Set<string> {
  return new Set(unitAncestry(buildUnitTree([...units]), unit).map((u) => u.key));
}

const HELPED_BEFORE = /(?<![\p{L}])(?:giúp|giúp đỡ|hỗ trợ|cho)\s+$/u;

/** Words of a plan or a target ("đề ra 5 nhóm nhiệm vụ"): its figures are what is to be done, not what was done. */
const TARGET = /(?<![\p{L}])(?:phấn đấu|dự kiến|mục tiêu|đề ra|sẽ)(?![\p{L}])/u;

/** "phối hợp với Hội CCB", "cùng Huyện đoàn": the organisation that helped, not the one that reports. */
const PARTNER_BEFORE = /(?:phối hợp với|cùng với|cùng|với)\s+(?:các\s+)?$/u;

/**
 * The organisation a figure belongs to. "48 suất quà do Hội Nông dân trao": the one named after
 * "do" in the figure's clause. Otherwise the last one named before the figure in its sentence
 * (reports list one organisation's results after its name, separated by semicolons), passing
 * over a partner ("Hội LHPN phối hợp với Ban CHQS tổ chức 36 buổi" is the women's union's)
 * when the sentence names the organisation it partnered.
 */
function orgOf(text: string, lowered: string, figure: NumberInText, mentions: ReadonlyArray<{ key: string; at: number }>): string | undefined {
  const clause = /^[^,;.!?]*/u.exec(lowered.slice(figure.end))![0];
  const by = /(?<![\p{L}])do\s+(?:các\s+)?/u.exec(clause);
  const doer = by && mentions.find((m) => m.at === figure.end + by.index + by[0].length);
  if (doer) return doer.key;
  const [start] = sentenceBounds(text, figure, /[.!?]/);
  const before = mentions.filter((m) => m.at >= start && m.at < figure.start);
  const own = before.filter((m) => !PARTNER_BEFORE.test(lowered.slice(start, m.at)));
  return (own.length > 0 ? own : before).at(-1)?.key;
}
