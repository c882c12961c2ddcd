import { describe, expect, it } from 'vitest';
import { aboutMetaValue, aboutNames, mentionsAny, nameGroups, properName, textOfHtml, wordsForMatching, type AboutArticle } from './about-names.ts';

const organisations = [
  { key: 'hoi-ccb', name: 'Hội Cựu chiến binh', short: 'Hội CCB' },
  { key: 'hoi-nong-dan', name: 'Hội Nông dân' },
];
const groups = nameGroups(organisations, [['CCB', 'Cựu chiến binh'], ['ĐTN', 'Đoàn TN', 'Đoàn Thanh niên'], ['QS', 'Quân sự']]);
const article = (over: Partial<AboutArticle>): AboutArticle => ({ text: '', tags: [], organisations: [], unitNames: [], ...over });

describe('the names an article is about', () => {
  it('names its unit and the units above it by their proper names', () => {
    expect(aboutNames(article({ unitNames: ['Tỉnh Ninh Bình', 'Huyện Gia Viễn', 'Xã Gia Hòa'] }), groups)).toEqual({ places: ['Ninh Bình', 'Gia Viễn', 'Gia Hòa'], names: [] });
  });
  it('gives an organisation the text names with all its spellings, full and short', () => {
    const { names } = aboutNames(article({ text: 'Hội Cựu chiến binh xã bàn giao nhà.' }), groups);
    expect(names).toEqual(['Hội Cựu chiến binh', 'Hội CCB', 'CCB', 'Cựu chiến binh']);
  });
  it('gives the full name of an abbreviation the text uses, and the abbreviation of a full name', () => {
    expect(aboutNames(article({ text: 'Các CCB tham gia.' }), groups).names).toEqual(['CCB', 'Cựu chiến binh']);
    expect(aboutNames(article({ text: 'Đoàn Thanh niên ra quân.' }), groups).names).toEqual(['ĐTN', 'Đoàn TN', 'Đoàn Thanh niên']);
    expect(aboutNames(article({ text: 'Ban CHQS và ĐTN.' }), groups).names).toEqual(['ĐTN', 'Đoàn TN', 'Đoàn Thanh niên']);
  });
  it('counts an organisation the figures are filed under or a tag names, though the text does not', () => {
    expect(aboutNames(article({ organisations: [undefined, 'hoi-nong-dan'] }), groups).names).toEqual(['Hội Nông dân']);
    expect(aboutNames(article({ tags: ['hội nông dân'] }), groups).names).toEqual(['Hội Nông dân']);
  });
  it('matches whole words only, with or without marks and in any case', () => {
    expect(aboutNames(article({ text: 'Công tác quân sự địa phương.' }), groups).names).toEqual(['QS', 'Quân sự']);
    expect(aboutNames(article({ text: 'QSD đất; nông dân hội họp; đoàn thanh niên' }), groups).names).toEqual(['ĐTN', 'Đoàn TN', 'Đoàn Thanh niên']);
    expect(aboutNames(article({ text: 'Cựu chiến binhs' }), groups).names).toEqual([]);
    expect(aboutNames(article({ text: 'Tổ CC', tags: ['B'] }), groups).names).toEqual([]);
  });
  it('lists each name once', () => {
    const names = aboutNames(article({ text: 'Hội CCB. CCB. Cựu chiến binh.', unitNames: ['Xã Cựu chiến binh', 'Cựu chiến binh'] }), groups);
    expect(names).toEqual({ places: ['Cựu chiến binh'], names: ['Hội Cựu chiến binh', 'Hội CCB', 'CCB', 'Cựu chiến binh'] });
  });
  it('hands Pagefind each word once, whatever its case, without lone punctuation', () => {
    expect(aboutMetaValue(['Hội Cựu chiến binh', 'Hội CCB', 'CCB', 'Cựu chiến binh'])).toBe('Hội Cựu chiến binh CCB');
    expect(aboutMetaValue(['Quốc phòng - An ninh', 'an ninh trật tự', 'QP-AN'])).toBe('Quốc phòng An ninh trật tự QP-AN');
    expect(aboutMetaValue(['Phường  1', ' · '])).toBe('Phường 1');
    expect(aboutMetaValue([])).toBe('');
  });
});

describe('the pieces', () => {
  it('drops the level word from a unit name but keeps a name that is only that word', () => {
    expect(properName('Huyện Gia Viễn')).toBe('Gia Viễn');
    expect(properName('Thành phố Buôn Ma Thuột')).toBe('Buôn Ma Thuột');
    expect(properName('thị xã Quảng Trị')).toBe('Quảng Trị');
    expect(properName(' Xã ')).toBe('Xã');
    expect(properName('Huyện  Gia Viễn')).toBe('Gia Viễn');
    expect(properName('Khu phố Xã Đàn')).toBe('Khu phố Xã Đàn');
    expect(properName('Phường 1')).toBe('1');
    expect(properName('Gia Viễn')).toBe('Gia Viễn');
  });
  it('folds text into space-separated words with a space at each end', () => {
    expect(wordsForMatching('Đoàn TN, QP-AN!')).toBe(' doan tn qp an ');
    expect(wordsForMatching('  ')).toBe('  ');
  });
  it('keeps words apart that only tags separated', () => {
    expect(wordsForMatching(textOfHtml('<td>Hội</td><td>CCB</td>'))).toBe(' hoi ccb ');
  });
  it('ignores an empty spelling rather than matching everything', () => {
    expect(mentionsAny(wordsForMatching(''), [''])).toBe(false);
    expect(mentionsAny(wordsForMatching('bất kỳ'), ['', '—'])).toBe(false);
    expect(mentionsAny(wordsForMatching('quốc phòng - an ninh'), ['QP-AN', 'Quốc phòng - An ninh'])).toBe(true);
  });
  it('puts organisations before the abbreviations, keyed', () => {
    expect(nameGroups(organisations, [['QS', 'Quân sự']])).toEqual([
      { key: 'hoi-ccb', spellings: ['Hội Cựu chiến binh', 'Hội CCB'] },
      { key: 'hoi-nong-dan', spellings: ['Hội Nông dân'] },
      { spellings: ['QS', 'Quân sự'] },
    ]);
  });
});
