/**
 * The guesser's rules one by one: the words that never count, the phrases that stand for a
 * label's words, where a figure's clause begins and ends, and when a guess is clear.
 */
import { describe, expect, it } from 'vitest';
import { readFigures } from './figures-in-text.ts';
import { figureContext, guessIndicatorKey, SAME_MEANING, STOPWORDS, syllables, type CatalogueIndicator } from './indicator-guess.ts';

const units = ['nhà', 'suất', 'đồng', 'lượt'];

function guessIn(text: string, figureText: string, catalogue: CatalogueIndicator[]) {
  const all = readFigures(text, { units });
  const figure = all.find((f) => f.text === figureText)!;
  return guessIndicatorKey(figure, figureContext(text, figure, all), catalogue);
}
function contextOf(text: string, figureText: string) {
  const all = readFigures(text, { units });
  const figure = all.find((f) => f.text === figureText);
  if (!figure) throw new Error(`no "${figureText}" in ${all.map((f) => f.text).join(' | ')}`);
  return figureContext(text, figure, all);
}

describe('words that say nothing do not count against a label', () => {
  it.each([...STOPWORDS])('"%s"', (word) => {
    // Equal labels but for the stopword: a tie, which the catalogue's order settles.
    const catalogue = [
      { key: 'co-tu', label: `Nhà tình nghĩa ${word}`, unit: 'nhà' },
      { key: 'khong', label: 'Nhà tình nghĩa', unit: 'nhà' },
    ];
    expect(guessIn('Xây 2 nhà tình nghĩa.', '2 nhà', catalogue)?.key).toBe('co-tu');
  });
});

describe('phrases that stand for a label’s words', () => {
  it.each(SAME_MEANING.map(([pattern, words]) => [pattern.source, words] as const))('/%s/ stands for "%s"', (source, words) => {
    // A phrase of the pattern whose label words are not already its own words.
    const phrase = source.split('|').find((p) => syllables(words).some((w) => !syllables(p).includes(w)))!;
    const label = syllables(words).filter((w) => !syllables(phrase).includes(w)).join(' ');
    const catalogue = [
      { key: 'khac', label: 'Lượt xyz', unit: 'lượt' },
      { key: 'dung', label: `Lượt ${label}`, unit: 'lượt' },
    ];
    expect(guessIn(`Có 30 lượt, ${phrase}.`, '30 lượt', catalogue)?.key).toBe('dung');
  });
});

describe('when a guess is clear', () => {
  // "Abc có 30 lượt": "lượt" is the figure's noun (4), "abc" in its clause (2).
  const text = 'Abc có 30 lượt';
  it('at a score of 6 and 3 ahead of the next label', () => {
    const catalogue = [
      { key: 'a', label: 'Lượt abc', unit: 'lượt' },
      { key: 'b', label: 'Lượt def ghi', unit: 'lượt' },
    ];
    expect(guessIn(text, '30 lượt', catalogue)).toEqual({ key: 'a', clear: true, score: 6 });
  });
  it('not when less than 3 ahead', () => {
    const catalogue = [
      { key: 'a', label: 'Lượt abc', unit: 'lượt' },
      { key: 'b', label: 'Lượt def', unit: 'lượt' },
    ];
    expect(guessIn(text, '30 lượt', catalogue)).toEqual({ key: 'a', clear: false, score: 6 });
  });
  it('not under a score of 6, however far ahead', () => {
    const catalogue = [
      { key: 'a', label: 'Lượt abc def', unit: 'lượt' },
      { key: 'b', label: 'Lượt u v w x y z', unit: 'lượt' },
    ];
    expect(guessIn(text, '30 lượt', catalogue)).toEqual({ key: 'a', clear: false, score: 5.5 });
  });
  it('always for the only candidate the words do not point away from', () => {
    expect(guessIn(text, '30 lượt', [{ key: 'a', label: 'Lượt def', unit: 'lượt' }])).toEqual({ key: 'a', clear: true, score: 3.5 });
  });
  it('not when only the words after the counted noun match, and nothing else in the sentence', () => {
    // "lượt" is not in the label, and "abc xyz" after it are the label's head: what is counted,
    // not what happened to it.
    const only = [{ key: 'a', label: 'Abc xyz def', unit: 'lượt' }];
    expect(guessIn('Có 30 lượt abc xyz', '30 lượt', only)).toMatchObject({ key: 'a', clear: false });
    // "def", a label word beyond its head, in the clause or elsewhere in the sentence.
    expect(guessIn('Có 30 lượt abc xyz def', '30 lượt', only)).toMatchObject({ key: 'a', clear: true });
    expect(guessIn('Def nhiều, có 30 lượt abc xyz', '30 lượt', only)).toMatchObject({ key: 'a', clear: true });
    // Right after the noun too: "1.020 công dân nhập ngũ".
    expect(guessIn('Có 30 lượt def abc xyz', '30 lượt', only)).toMatchObject({ key: 'a', clear: true });
    // Not from another sentence.
    expect(guessIn('Def nhiều. Có 30 lượt abc xyz', '30 lượt', only)).toMatchObject({ key: 'a', clear: false });
  });
  it('takes the noun of what a sum is the value of as its noun', () => {
    const catalogue = [{ key: 'v', label: 'Giá trị nhà', unit: 'đồng' }];
    expect(guessIn('Xây 2 nhà trị giá 5 triệu đồng.', '5 triệu đồng', catalogue)).toMatchObject({ key: 'v', clear: true });
    expect(contextOf('Chi 5 triệu đồng.', '5 triệu đồng').noun).toBeUndefined();
  });
  it('counts a pair of label words found together', () => {
    const catalogue = [
      { key: 'dao', label: 'Tình nghĩa nhà', unit: 'nhà' },
      { key: 'xuoi', label: 'Nhà tình nghĩa', unit: 'nhà' },
    ];
    expect(guessIn('Xây 2 nhà tình nghĩa.', '2 nhà', catalogue)?.key).toBe('xuoi');
  });
});

describe('figureContext', () => {
  it('keeps a figure’s clause inside its sentence', () => {
    const context = contextOf('Có 5 nhà. Trao 20 triệu đồng cho dân. Có 7 nhà', '20 triệu đồng');
    expect(context).toEqual({ subject: '', near: ' Trao 20 triệu đồng cho dân', far: ' ' });
  });
  it('reads to the end of a text without a final full stop', () => {
    expect(contextOf('Đã có 7 nhà tình nghĩa', '7 nhà')).toEqual({ subject: 'nhà tình nghĩa', noun: 'nhà', near: 'Đã có 7 nhà tình nghĩa', far: ' ' });
  });
  it('takes the closest count with a unit before a sum as what it is the value of, skipping bare numbers', () => {
    const context = contextOf('Trao 48 suất quà và 2 nhà, 37, trị giá 5 triệu đồng.', '5 triệu đồng');
    expect(context.subject).toBe('nhà ');
    expect(context.noun).toBe('nhà');
    expect(context.near).toBe('2 nhà, 37, trị giá 5 triệu đồng');
    expect(context.far).toBe('Trao 48 suất quà và  ');
  });
  it('starts a sum’s clause after the sum before it', () => {
    const context = contextOf('Chi 5 triệu đồng thăm hỏi, 7 triệu đồng tặng quà.', '7 triệu đồng');
    expect(context).toEqual({ subject: '', near: ' thăm hỏi, 7 triệu đồng tặng quà', far: 'Chi 5 triệu đồng ' });
  });
  it('ends a count’s clause at the next figure of the sentence or at a comma', () => {
    expect(contextOf('Trao 48 suất quà trị giá 5 triệu đồng.', '48 suất quà').near).toBe('Trao 48 suất quà trị giá ');
    expect(contextOf('Xây 2 nhà, tình nghĩa.', '2 nhà')).toEqual({ subject: 'nhà ', noun: 'nhà', near: 'Xây 2 nhà', far: ' , tình nghĩa' });
  });
  it('does not end a sentence at the dot of 1.600', () => {
    expect(contextOf('Hội trao 1.600 suất quà và 20 nhà.', '20 nhà')).toEqual({ subject: 'nhà ', noun: 'nhà', near: ' và 20 nhà', far: 'Hội trao 1.600 suất quà ' });
  });
  it('gives a part of a whole the noun after the whole', () => {
    expect(contextOf('Hoàn thành 6/9 nhà tình nghĩa.', '6')).toMatchObject({ share: 'part', subject: 'nhà tình nghĩa' });
    expect(contextOf('Hoàn thành 6/9 nhà tình nghĩa.', '9 nhà')).toMatchObject({ share: 'whole', subject: 'nhà tình nghĩa' });
  });
});

describe('parts and wholes', () => {
  const catalogue = [
    { key: 'tong', label: 'Nhà được giao', unit: 'nhà' },
    { key: 'xong', label: 'Nhà được giao đã hoàn thành', unit: 'nhà' },
  ];
  it('puts a part with the label of what is done, and the whole with the label of all', () => {
    expect(guessIn('Làm 6/9 nhà được giao.', '6', catalogue)?.key).toBe('xong');
    expect(guessIn('Làm 6/9 nhà được giao.', '9 nhà', catalogue)?.key).toBe('tong');
  });
});
