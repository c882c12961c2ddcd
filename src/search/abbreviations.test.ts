import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from './abbreviations.ts';
import { wordsForMatching } from './about-names.ts';

describe('the abbreviations list', () => {
  it('holds every abbreviation readers of these portals use (issue 22)', () => {
    const all = ABBREVIATIONS.flat();
    for (const short of ['CCB', 'LHPN', 'MTTQ', 'CHQS', 'LLVT', 'ĐTN', 'Đoàn TN', 'HĐND', 'UBND', 'BCH', 'QS', 'QP-AN']) expect(all).toContain(short);
  });
  it('gives each abbreviation at least one other spelling', () => {
    for (const group of ABBREVIATIONS) expect(group.length, group[0]).toBeGreaterThanOrEqual(2);
  });
  it('never lists a spelling twice, even folded, so one text cannot belong to two groups by the same words', () => {
    const folded = ABBREVIATIONS.flat().map((s) => wordsForMatching(s));
    expect(folded.filter((s, i) => folded.indexOf(s) !== i)).toEqual([]);
    expect(folded.every((s) => s.trim() !== '')).toBe(true);
  });
});
