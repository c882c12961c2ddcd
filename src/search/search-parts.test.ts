import { describe, expect, it } from 'vitest';
import { groupYears, PART_MIN_PAGES, partFingerprint, partsManifest, partsNewestFirst, planParts, searchPartOf, UNDATED_PART } from './search-parts.ts';

const doc = (year: string) => `<article data-pagefind-body><span data-pagefind-filter="unit:ninh-binh"></span><span data-pagefind-filter="year:${year}"></span></article>`;

describe('the part a search document belongs to', () => {
  it('is the year it is filed under', () => {
    expect(searchPartOf(doc('2019'))).toBe('2019');
  });
  it('is the undated part for a document without a year', () => {
    expect(searchPartOf('<article data-pagefind-body><span data-pagefind-filter="tag:2019"></span></article>')).toBe(UNDATED_PART);
  });
});

describe('the order the browser opens parts in', () => {
  it('puts the newest year first and documents without a year last', () => {
    expect(partsNewestFirst(['2019', UNDATED_PART, '2025', '2009', '2021'])).toEqual(['2025', '2021', '2019', '2009', UNDATED_PART]);
  });
});

describe('a part’s fingerprint', () => {
  const docs = [{ slug: 'a', size: 10, mtimeMs: 1 }, { slug: 'b', size: 20, mtimeMs: 2 }];
  const print = (d = docs, recipe = 'pagefind 1.6.0') => partFingerprint(d, recipe);
  it('does not depend on the order the documents were listed in', () => {
    expect(print([docs[1], docs[0]])).toBe(print());
  });
  it.each([
    ['a document is rewritten', [docs[0], { ...docs[1], mtimeMs: 3 }]],
    ['a document changes size', [docs[0], { ...docs[1], size: 21 }]],
    ['a document is added', [...docs, { slug: 'c', size: 1, mtimeMs: 1 }]],
    ['a document goes', [docs[0]]],
    ['a document is renamed', [docs[0], { ...docs[1], slug: 'c' }]],
  ])('changes when %s', (_, changed) => {
    expect(print(changed)).not.toBe(print());
  });
  it('changes with the way Pagefind is run', () => {
    expect(print(docs, 'pagefind 1.6.1')).not.toBe(print());
  });
  it('tells apart a slug and its size run together', () => {
    expect(print([{ slug: 'a1', size: 0, mtimeMs: 1 }])).not.toBe(print([{ slug: 'a', size: 10, mtimeMs: 1 }]));
  });
});

describe('years joined into parts', () => {
  const years = (entries: Array<[string, number]>) => new Map(entries);
  it('holds at least a thousand articles per part', () => {
    expect(PART_MIN_PAGES).toBe(1000);
  });
  it('joins consecutive years from the oldest on until a part holds enough, newest part first', () => {
    expect(groupYears(years([['2020', 4], ['2021', 1], ['2022', 5], ['2023', 2], ['2024', 4], ['2025', 3]]), 6)).toEqual([
      { name: '2023-2025', years: ['2025', '2024', '2023'], pages: 9 },
      { name: '2020-2022', years: ['2022', '2021', '2020'], pages: 10 },
    ]);
  });
  it('closes a part at the year that reaches the count exactly, and keeps a large year alone', () => {
    expect(groupYears(years([['2020', 2], ['2021', 4], ['2022', 9], ['2023', 6]]), 6)).toEqual([
      { name: '2023', years: ['2023'], pages: 6 },
      { name: '2022', years: ['2022'], pages: 9 },
      { name: '2020-2021', years: ['2021', '2020'], pages: 6 },
    ]);
  });
  it('joins a last part short of the count to the one before it', () => {
    expect(groupYears(years([['2020', 6], ['2021', 7], ['2022', 1]]), 6)).toEqual([
      { name: '2021-2022', years: ['2022', '2021'], pages: 8 },
      { name: '2020', years: ['2020'], pages: 6 },
    ]);
  });
  it('makes one part of an archive smaller than the count, undated documents with the oldest', () => {
    expect(groupYears(years([['2024', 3], [UNDATED_PART, 1], ['2019', 2]]))).toEqual([
      { name: `${UNDATED_PART}-2024`, years: ['2024', '2019', UNDATED_PART], pages: 6 },
    ]);
  });
  it('moves no boundary between older parts when the newest year grows', () => {
    const before = groupYears(years([['2020', 6], ['2021', 6], ['2022', 2]]), 6);
    const after = groupYears(years([['2020', 6], ['2021', 6], ['2022', 5]]), 6);
    expect(after.at(-1)).toEqual(before.at(-1));
  });
  it('makes no part of no article', () => {
    expect(groupYears(new Map())).toEqual([]);
  });
});

describe('which parts a build indexes again', () => {
  it('indexes new and changed parts, reuses unchanged ones, drops the vanished, in the order given', () => {
    const now = new Map([['2025', 'new'], ['2024', 'changed'], ['2023', 'x'], ['2022', 'y']]);
    const cached = new Map([['2023', 'x'], ['2024', 'old'], ['2022', 'y'], ['2011', 'w'], ['2010', 'z']]);
    expect(planParts(now, cached)).toEqual({ reindex: ['2025', '2024'], reuse: ['2023', '2022'], drop: ['2010', '2011'] });
  });
  it('indexes everything without a cache', () => {
    expect(planParts(new Map([['2025', 'b'], ['2024', 'a']]), new Map())).toEqual({ reindex: ['2025', '2024'], reuse: [], drop: [] });
  });
});

describe('the list of parts the browser reads', () => {
  it('names every part with its years and articles, and nothing else', () => {
    const group = { name: '2024-2025', years: ['2025', '2024'], pages: 4 };
    expect(partsManifest([{ ...group, fingerprint: 'x' } as typeof group], 1000)).toEqual({ firstPages: 1000, parts: [group] });
  });
});
