import { describe, expect, it } from 'vitest';
import { closestMatch } from './closest-match.ts';

const FIELDS = ['title', 'summary', 'publishedAt', 'updatedAt', 'unit', 'kind', 'tags'];

describe('closestMatch (the "did you mean" of the content check)', () => {
  it('suggests the field an author misspelt', () => {
    expect(closestMatch('sumary', FIELDS)).toBe('summary');
    expect(closestMatch('titel', FIELDS)).toBe('title');
    expect(closestMatch('publishedat', FIELDS)).toBe('publishedAt');
  });

  it('ignores case on both sides and returns the candidate as it is spelt', () => {
    expect(closestMatch('SUMMARY', FIELDS)).toBe('summary');
    expect(closestMatch('ninh-bin', ['Ninh-Binh', 'gia-vien'])).toBe('Ninh-Binh');
  });

  it('prefers the nearest candidate, and the first of equally near ones', () => {
    expect(closestMatch('gia-vie', ['gia-sinh', 'gia-vien'])).toBe('gia-vien');
    expect(closestMatch('ab', ['ax', 'ay'])).toBe('ax');
  });

  it('counts insertions, deletions and substitutions as one edit each', () => {
    // Two edits are always tolerated, so each pair below is two edits apart and still found.
    expect(closestMatch('xy', ['xyab'])).toBe('xyab');
    expect(closestMatch('xyab', ['xy'])).toBe('xy');
    expect(closestMatch('abcd', ['xbcy'])).toBe('xbcy');
    expect(closestMatch('abcd', ['bcde'])).toBe('bcde');
    // …and three edits apart for a short word is a different word.
    expect(closestMatch('abcd', ['xycz'])).toBeUndefined();
    expect(closestMatch('ab', ['abxyz'])).toBeUndefined();
  });

  it('tolerates two edits, or one edit per three letters of a longer word, and no more', () => {
    expect(closestMatch('unit', ['kind'])).toBeUndefined();
    // 12 letters: 4 edits allowed, 5 are not.
    expect(closestMatch('abcdefghijkl', ['wxyzefghijkl'])).toBe('wxyzefghijkl');
    expect(closestMatch('abcdefghijkl', ['vwxyzfghijkl'])).toBeUndefined();
    // 8 letters: floor(8 / 3) = 2 edits, not 3.
    expect(closestMatch('abcdefgh', ['xyzdefgh'])).toBeUndefined();
  });

  it('finds nothing among no candidates', () => {
    expect(closestMatch('summary', [])).toBeUndefined();
  });

  it('takes any iterable of candidates, such as the keys of a catalogue', () => {
    expect(closestMatch('hoi-ccv', new Map([['hoi-ccb', 1], ['doan-tn', 2]]).keys())).toBe('hoi-ccb');
  });
});
