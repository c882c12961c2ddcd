import { describe, expect, it } from 'vitest';
import { excerptPieces } from '../../public/js/search/excerpt.js';

describe('excerptPieces', () => {
  it('splits a Pagefind excerpt into plain and marked text', () => {
    expect(excerptPieces('Ban <mark>Dân</mark> <mark>vận</mark> huyện')).toEqual([
      { text: 'Ban ', mark: false },
      { text: 'Dân', mark: true },
      { text: ' ', mark: false },
      { text: 'vận', mark: true },
      { text: ' huyện', mark: false },
    ]);
  });
  it('respells đ for readers, marked or not', () => {
    expect(excerptPieces('<mark>Ďoàn</mark> viên ďi')).toEqual([
      { text: 'Đoàn', mark: true },
      { text: ' viên đi', mark: false },
    ]);
  });
  it('treats anything else that looks like markup as text', () => {
    expect(excerptPieces('a <b>x</b> & <mark>y</mark>')).toEqual([
      { text: 'a <b>x</b> & ', mark: false },
      { text: 'y', mark: true },
    ]);
  });
});
