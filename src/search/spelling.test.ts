import { describe, expect, it } from 'vitest';
import { spellForIndex, spellForReader } from '../../public/js/search/spelling.js';
import { stripDiacritics } from '../domain/slug.ts';

/** What Pagefind does to a word before filing it: decompose, then drop the combining marks. */
const pagefindFold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

describe('the index spelling of đ', () => {
  it('lets Pagefind fold đ as it folds every other Vietnamese letter', () => {
    const text = 'Đoàn Thanh niên, Đảng ủy và đồng bào';
    expect(pagefindFold(text)).not.toBe(stripDiacritics(text));
    expect(pagefindFold(spellForIndex(text))).toBe(stripDiacritics(text));
  });
  it('keeps đ apart from d, so an exact spelling still ranks first', () => {
    expect(spellForIndex('đa')).not.toBe(spellForIndex('da'));
    expect(spellForIndex('Đảng')).not.toBe('Dảng');
  });
  it('gives readers back exactly what was written', () => {
    const text = 'Đắk Lắk: Ban Dân vận Tỉnh ủy, Đoàn TN, HĐND và "đ" giữa câu';
    expect(spellForReader(spellForIndex(text))).toBe(text);
  });
  it('leaves text without đ alone', () => {
    expect(spellForIndex('dân vận khéo')).toBe('dân vận khéo');
    expect(spellForReader('dân vận khéo')).toBe('dân vận khéo');
  });
});
