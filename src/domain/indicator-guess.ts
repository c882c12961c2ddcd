/**
 * Which catalogue indicator a figure in the text probably is: "1.600 thanh niên lên đường nhập
 * ngũ" → tuyen-quan-nguoi. Only indicators counted in the figure's unit are candidates (a sum
 * of money is never a number of houses); among them the one whose label shares the most words
 * with the figure's clause wins. "Clear" only when that label stands out (or is the only one)
 * and the text names what it counts: the importer maps clear guesses to `indicators` and leaves
 * the rest for staff to confirm.
 *
 * Pure; the catalogue is passed in (content/indicators.yaml is the one source of the labels).
 */
import type { NumberInText } from './figures-in-text.ts';
import { normaliseVietnamese } from './figures-in-text.ts';

export interface CatalogueIndicator {
  key: string;
  label: string;
  unit: string;
}

export interface KeyGuess {
  key: string;
  /** One label clearly ahead of every other candidate. */
  clear: boolean;
  score: number;
}

/** Words that say nothing about what is counted. */
export const STOPWORDS: ReadonlySet<string> = new Set(['và', 'của', 'được', 'cho', 'các', 'có', 'theo', 'trong', 'với', 'là', 'những', 'đã', 'cùng', 'tổng', 'số']);

/**
 * Reports and labels say the same thing in different words: a phrase in the text stands for
 * the label's words too ("thanh niên lên đường nhập ngũ" are the "tân binh" of a label).
 */
export const SAME_MEANING: ReadonlyArray<readonly [RegExp, string]> = [
  [/nhập ngũ|giao quân|lên đường|tòng quân/u, 'tân binh, nhập ngũ, tuyển quân'],
  [/tân binh|tuyển quân/u, 'nhập ngũ, tuyển quân'],
  [/mái ấm/u, 'nhà tình thương'],
  [/trị giá|kinh phí|số tiền|tổng tiền/u, 'giá trị, kinh phí'],
  [/phúng viếng|thăm hỏi/u, 'thăm hỏi, phúng viếng'],
  [/khám|cấp thuốc/u, 'khám bệnh, cấp thuốc'],
  [/tập huấn|chuyển giao/u, 'tập huấn, kỹ thuật'],
  [/tuyên truyền|dân vận/u, 'tuyên truyền, vận động'],
  [/bồi dưỡng|giáo dục quốc phòng/u, 'bồi dưỡng, quốc phòng, an ninh'],
  [/khó khăn|nghèo|chính sách|thiệt hại|thiên tai/u, 'khó khăn'],
  [/về đích/u, 'đạt chuẩn'],
];

const lower = (text: string) => normaliseVietnamese(text).toLowerCase();

export const syllables = (text: string): string[] =>
  normaliseVietnamese(text).toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 0);

/** Single words and pairs of neighbours ("tình nghĩa"), pairs never across a comma. */
function terms(text: string): { words: Set<string>; pairs: Set<string> } {
  const words = new Set<string>();
  const pairs = new Set<string>();
  for (const part of normaliseVietnamese(text).toLowerCase().split(/[,;:.()“”"–-]/u)) {
    const ws = syllables(part);
    ws.forEach((w, i) => {
      if (!STOPWORDS.has(w)) words.add(w);
      if (i > 0) pairs.add(`${ws[i - 1]} ${w}`);
    });
  }
  return { words, pairs };
}

function contextTerms(context: string) {
  const lower = normaliseVietnamese(context).toLowerCase();
  const extra = SAME_MEANING.filter(([pattern]) => pattern.test(lower)).map(([, words]) => words);
  return terms([lower, ...extra].join(', '));
}

/**
 * The indicator a figure most probably is. A label word counts 4 in the figure's own noun
 * ("suất quà") or, for a sum of money, in the noun of what it is the value of; 2 in the clause
 * next to the figure; 0.5 in the rest of the sentence. A pair of label words found together
 * adds as much again, so "nhà tình nghĩa" outweighs a scattered "nhà" and "tình"; a label word
 * found nowhere takes 0.5 off, so "Xã đạt chuẩn" beats "Xã được giúp đỡ đăng ký đạt chuẩn"
 * when the text only says "đạt chuẩn". `context` comes from figureContext().
 */
export function guessIndicatorKey(
  figure: Pick<NumberInText, 'unit'>,
  context: FigureContext,
  catalogue: readonly CatalogueIndicator[],
): KeyGuess | undefined {
  const inUnit = catalogue.filter((c) => c.unit === figure.unit);
  if (inUnit.length === 0) return undefined;
  // A sum is the value of what was counted before it: "385 suất quà …, trị giá 120,5 triệu đồng" is
  // the value of gifts, whatever else the clause says ("hoàn cảnh khó khăn"). The labels that name
  // that count ("Giá trị quà tặng") are the only candidates when there are any.
  const owned = figure.unit === 'đồng' && context.noun ? inUnit.filter((c) => shares(terms(c.label).words, contextTerms(context.noun!).words)) : [];
  const candidates = owned.length > 0 ? owned : inUnit;
  const regions: Array<[ReturnType<typeof terms>, number]> = [
    [terms(context.subject), 4],
    [contextTerms(context.near), 2],
    [contextTerms(context.far), 0.5],
  ];
  const weight = (set: 'words' | 'pairs', term: string) => {
    for (const [region, w] of regions) if (region[set].has(term)) return w;
    return 0;
  };
  const scored = candidates
    .map((c) => {
      const label = terms(c.label);
      let score = 0;
      for (const w of label.words) score += weight('words', w) || -0.5;
      for (const p of label.pairs) score += weight('pairs', p);
      // "6/9 nhiệm vụ": six done, out of nine in all.
      const done = /hoàn thành|đã/u.test(lower(c.label));
      if (context.share === 'part' && done) score += 4;
      if (context.share === 'whole' && done) score -= 4;
      return { key: c.key, score };
    })
    // Stable on ties: the catalogue's order decides, so the same input gives the same guess.
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  // Words that point away from every candidate ("tăng 5% so với cùng kỳ") leave no guess.
  if (best.score <= 0) return undefined;
  const ahead = candidates.length === 1 || (best.score >= CLEAR_SCORE && best.score >= second.score + CLEAR_MARGIN);
  const label = candidates.find((c) => c.key === best.key)!.label;
  // The whole of "5/9 xã đạt chuẩn" is what the share is out of, never clearly a result.
  const clear = ahead && context.share !== 'whole' && saysMoreThanItsNoun(label, context, regions) && coversLabel(label, regions);
  return { key: best.key, clear, score: best.score };
}

/**
 * A label is clearly the figure's only when the text names what the label counts, not just a
 * word that follows the noun: in "120 đoàn viên thanh niên giúp dân sửa nhà" the "thanh niên"
 * of "Thanh niên nhập ngũ" only qualifies the members counted, and nothing says they enlisted.
 * So either the counted noun itself is in the label ("2 nhà tình nghĩa", "1.600 thanh niên"),
 * or a label word beyond the label's head is in the sentence ("hỗ trợ 694 đoàn viên" for
 * "Người … được hỗ trợ", "1.020 công dân nhập ngũ"). Otherwise the guess stays a suggestion.
 */
function saysMoreThanItsNoun(label: string, context: FigureContext, regions: Array<[ReturnType<typeof terms>, number]>): boolean {
  const words = terms(label).words;
  const noun = contextTerms(context.noun ?? '').words;
  // "1.200 thanh niên khám sức khỏe, 180 thanh niên trúng tuyển": two counts of one noun are
  // told apart only by their own clauses, so the noun alone says nothing.
  if (context.repeated !== undefined) {
    const own = contextTerms(context.repeated).words;
    return [...words].some((w) => !noun.has(w) && own.has(w));
  }
  if ([...words].some((w) => noun.has(w))) return true;
  // The label's first two syllables name what it counts ("Thanh niên" of "Thanh niên nhập
  // ngũ"); the rest says what happened to them, which the words after the noun may say too:
  // "1.020 công dân nhập ngũ".
  const head = new Set(syllables(label).slice(0, LABEL_HEAD_SYLLABLES));
  return [...words].some((w) => !head.has(w) && regions.some(([region]) => region.words.has(w)));
}

/** Vietnamese names of what is counted are mostly one or two syllables: "hộ dân", "thanh niên". */
const LABEL_HEAD_SYLLABLES = 2;

const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((w) => b.has(w));

/**
 * The text says at least half of what the label says, in one of the label's comma-separated
 * alternatives ("Nhà tình nghĩa" of "Nhà tình nghĩa, nhà tình thương xây mới, sửa chữa"): "48
 * hộ vay vốn" is not clearly the "Hộ dân được giúp khắc phục thiệt hại", even when that is the
 * only label counted in "hộ".
 */
function coversLabel(label: string, regions: Array<[ReturnType<typeof terms>, number]>): boolean {
  const found = (w: string) => regions.some(([region]) => region.words.has(w));
  return label.split(',').some((part) => {
    const words = [...terms(part).words];
    return words.length > 0 && words.filter(found).length * 2 >= words.length;
  });
}

export interface FigureContext {
  /** What is counted: the figure's noun, or for money the noun of the count it is the value of. */
  subject: string;
  /** That noun alone, as written ("đoàn viên" of "đoàn viên thanh niên"); none for a bare sum. */
  noun?: string;
  /** The figure's own clause. */
  near: string;
  /** The rest of its sentence. */
  far: string;
  /** The figure is the part done ("6" of "6/9 nhiệm vụ") or the whole ("9"). */
  share?: 'part' | 'whole';
  /**
   * When another figure of the same sentence counts the same noun (not the other half of its
   * fraction): the figure's own clause, from the comma or "và" before it.
   */
  repeated?: string;
}

/** A label word and its pair next to the figure (2 + 2 × 2), and that far ahead of the next label. */
const CLEAR_SCORE = 6;
const CLEAR_MARGIN = 3;

const BOUNDARY = /[.;!?\n]/u;

/**
 * The words around a figure: `near` is its own clause (from the figure before it in the same
 * sentence, or the sentence start, to the figure after it), with its own unit words; `far` is
 * the rest of the sentence. `all` are the figures of the same text, in order.
 */
export function figureContext(text: string, figure: NumberInText, all: readonly NumberInText[]): FigureContext {
  let sentenceStart = figure.start;
  while (sentenceStart > 0 && !isBoundary(text, sentenceStart - 1)) sentenceStart--;
  let sentenceEnd = figure.end;
  while (sentenceEnd < text.length && !isBoundary(text, sentenceEnd)) sentenceEnd++;
  const index = all.indexOf(figure);
  const previous = all.slice(0, Math.max(0, index)).reverse().find((f) => f.end <= figure.start && f.end > sentenceStart && f.unit !== undefined);
  // A part's clause runs on through its whole: "24 trên tổng số 37 nhiệm vụ của các cơ quan thành viên".
  const whole = figure.share === 'part' ? all[index + 1] : undefined;
  const next = all.slice(index + 1).find((f) => f !== whole && f.start >= figure.end && f.start < sentenceEnd && f.unit !== undefined);
  // A sum of money is the value of what was counted just before it: "48 suất quà, trị giá
  // 12,6 triệu đồng". After a figure its clause moves on at the next comma or "và".
  const isMoney = figure.unit === 'đồng';
  const nearStart = previous ? (isMoney && previous.unit !== 'đồng' ? previous.start : previous.end) : sentenceStart;
  let nearEnd = next ? next.start : sentenceEnd;
  const cut = /,|\s(?:và|đồng thời)\s/u.exec(text.slice(figure.end, nearEnd));
  if (cut) nearEnd = figure.end + cut.index;
  // A part's noun stands after its whole: "6/9 nhiệm vụ chung".
  const owner = isMoney && previous && previous.unit !== 'đồng' ? previous : isMoney ? undefined : (whole ?? figure);
  const subject = owner ? `${owner.unitText ?? ''} ${wordsAfter(text, owner.end, 2)}` : '';
  const pair = figure.share === 'part' ? whole : figure.share === 'whole' ? all[index - 1] : undefined;
  const repeated = !isMoney && figure.unitText !== undefined && all.some((f) => f !== figure && f !== pair && f.start >= sentenceStart && f.end <= sentenceEnd && f.unitText?.toLowerCase() === figure.unitText!.toLowerCase());
  return {
    ...(figure.share && { share: figure.share }),
    ...(repeated && { repeated: text.slice(nearStart, nearEnd).replace(/^.*(?:,|\s(?:và|đồng thời)\s)/su, '') }),
    subject,
    ...(owner?.unitText && { noun: owner.unitText }),
    near: text.slice(nearStart, nearEnd),
    far: text.slice(sentenceStart, nearStart) + ' ' + text.slice(nearEnd, sentenceEnd),
  };
}

/** A full stop ends a sentence; the dot in "1.600" or "5.100" does not. */
function isBoundary(text: string, at: number): boolean {
  const ch = text.charAt(at);
  if (!BOUNDARY.test(ch)) return false;
  return !(ch === '.' && /\d/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at + 1)));
}

/** Up to `count` words after `at`, within the clause: "nhà [tình nghĩa]", "suất quà [Tết]". */
function wordsAfter(text: string, at: number, count: number): string {
  const clause = /^[^,.;:!?\n]*/u.exec(text.slice(at))![0];
  return syllables(clause).slice(0, count).join(' ');
}
