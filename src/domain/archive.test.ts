import { describe, expect, it } from 'vitest';
import { groupBySlug, groupByYear, isPublic, newestFirst } from './archive.ts';

const at = (iso: string) => new Date(iso);

describe('isPublic (what a production build publishes)', () => {
  const now = at('2024-03-10T02:00:00Z');

  it('keeps a draft out even when its date has passed', () => {
    expect(isPublic({ draft: true, publishedAt: at('2020-01-01T00:00:00Z') }, now)).toBe(false);
    expect(isPublic({ draft: false, publishedAt: at('2020-01-01T00:00:00Z') }, now)).toBe(true);
  });

  it('publishes a scheduled article from its exact time, not a millisecond before', () => {
    expect(isPublic({ draft: false, publishedAt: now }, now)).toBe(true);
    expect(isPublic({ draft: false, publishedAt: new Date(now.getTime() + 1) }, now)).toBe(false);
  });
});

describe('newestFirst', () => {
  it('lists the newest article first and breaks a tie of times by slug, without reordering its input', () => {
    const input = [
      { slug: 'b-cung-gio', publishedAt: at('2023-05-01T02:00:00Z') },
      { slug: 'cu', publishedAt: at('2022-05-01T02:00:00Z') },
      { slug: 'moi', publishedAt: at('2024-05-01T02:00:00Z') },
      { slug: 'a-cung-gio', publishedAt: at('2023-05-01T02:00:00Z') },
    ];
    expect(newestFirst(input).map((a) => a.slug)).toEqual(['moi', 'a-cung-gio', 'b-cung-gio', 'cu']);
    expect(input.map((a) => a.slug)).toEqual(['b-cung-gio', 'cu', 'moi', 'a-cung-gio']);
  });
});

describe('groupByYear (the year archive, in Vietnam time)', () => {
  it('puts an article dated 1 January in the new year, though it is still 31 December in UTC', () => {
    // "2023-01-01" is midnight in Vietnam: 17:00 UTC on the last day of 2022.
    const groups = groupByYear([{ slug: 'dau-nam', publishedAt: at('2022-12-31T17:00:00Z') }]);
    expect(groups.map((g) => g.year)).toEqual([2023]);
  });

  it('keeps an article of 31 December 23:59 in Vietnam in the old year', () => {
    const groups = groupByYear([{ slug: 'cuoi-nam', publishedAt: at('2022-12-31T16:59:00Z') }]);
    expect(groups.map((g) => g.year)).toEqual([2022]);
  });

  it('lists the newest year first and keeps the given order inside a year', () => {
    const articles = [
      { slug: 'a', publishedAt: at('2022-03-01T02:00:00Z') },
      { slug: 'b', publishedAt: at('2024-03-01T02:00:00Z') },
      { slug: 'c', publishedAt: at('2022-09-01T02:00:00Z') },
      { slug: 'd', publishedAt: at('2023-03-01T02:00:00Z') },
    ];
    expect(groupByYear(articles).map((g) => [g.year, g.articles.map((a) => a.slug)])).toEqual([
      [2024, ['b']],
      [2023, ['d']],
      [2022, ['a', 'c']],
    ]);
  });
});

describe('groupBySlug (tag and author pages)', () => {
  const tagged = (slug: string, ...tags: string[]) => ({ slug, tags });
  const group = <T extends { tags: string[] }>(articles: T[]) => groupBySlug(articles, (a) => a.tags);

  it('puts spellings with and without diacritics or capitals on one page, labelled with the most common spelling', () => {
    const groups = group([
      tagged('a', 'Đoàn Thanh niên'),
      tagged('b', 'đoàn thanh niên'),
      tagged('c', 'Doan Thanh Nien'),
      tagged('d', 'Đoàn Thanh niên'),
    ]);
    expect(groups.map((g) => [g.slug, g.label, g.articles.map((a) => a.slug)])).toEqual([
      ['doan-thanh-nien', 'Đoàn Thanh niên', ['a', 'b', 'c', 'd']],
    ]);
  });

  it('labels a group whose spellings are equally common with the first of them in Vietnamese order', () => {
    const [only] = group([tagged('a', 'dân vận'), tagged('b', 'Dân vận')]);
    expect(only.label).toBe('dân vận');
    const [again] = group([tagged('b', 'Dân vận'), tagged('a', 'dân vận')]);
    expect(again.label).toBe('dân vận');
  });

  it('counts a spelling repeated in one article once, and lists that article once', () => {
    const groups = group([
      tagged('a', 'Dân Vận', 'Dân Vận', 'Dân Vận', 'dân vận'),
      tagged('b', 'dân vận'),
      tagged('c', 'dân vận'),
    ]);
    expect(groups.map((g) => [g.label, g.articles.map((a) => a.slug)])).toEqual([['dân vận', ['a', 'b', 'c']]]);
  });

  it('gives no page to a tag with no letter or digit to make an address of', () => {
    expect(group([tagged('a', '!!!', 'Biên giới')]).map((g) => g.slug)).toEqual(['bien-gioi']);
  });

  it('orders the pages by label in Vietnamese alphabetical order (Đ after D)', () => {
    const groups = group([tagged('a', 'Tân binh'), tagged('b', 'Đoàn viên'), tagged('c', 'Dân vận'), tagged('d', 'Biên giới')]);
    expect(groups.map((g) => g.label)).toEqual(['Biên giới', 'Dân vận', 'Đoàn viên', 'Tân binh']);
  });
});
