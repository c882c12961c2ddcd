import { describe, expect, it } from 'vitest';
import { addCounts, coversAll, FIRST_PAGES, openedSpan, PART_FILTER, partsToOpen } from '../../public/js/search/search-parts.js';

const parts = [
  { name: '2025', years: ['2025'], pages: 600 },
  { name: '2024', years: ['2024'], pages: 500 },
  { name: '2023', years: ['2023'], pages: 700 },
  { name: '2020-2022', years: ['2022', '2021', '2020'], pages: 100 },
  { name: 'khac', years: ['khac'], pages: 2 },
];

describe('the parts a search opens', () => {
  it('opens the newest years first, until they hold the first search’s articles', () => {
    expect(FIRST_PAGES).toBe(1000);
    expect(partsToOpen(parts, new Set(), undefined)).toEqual(['2025', '2024']);
  });
  it('stops at the year that reaches the count exactly', () => {
    expect(partsToOpen(parts, new Set(), undefined, 1100)).toEqual(['2025', '2024']);
    expect(partsToOpen(parts, new Set(), undefined, 1101)).toEqual(['2025', '2024', '2023']);
  });
  it('opens the next older years when asked for more', () => {
    expect(partsToOpen(parts, new Set(['2025', '2024']), undefined)).toEqual(['2023', '2020-2022', 'khac']);
    expect(partsToOpen(parts, new Set(['2025', '2024', '2023']), undefined)).toEqual(['2020-2022', 'khac']);
  });
  it('opens at least one part, however large', () => {
    expect(partsToOpen(parts, new Set(), undefined, 1)).toEqual(['2025']);
  });
  it('opens nothing once every part is open', () => {
    expect(partsToOpen(parts, new Set(parts.map((p) => p.name)), undefined)).toEqual([]);
  });
  it('opens only the part of the chosen year, once', () => {
    expect(partsToOpen(parts, new Set(), '2021')).toEqual(['2020-2022']);
    expect(partsToOpen(parts, new Set(), '2024')).toEqual(['2024']);
    expect(partsToOpen(parts, new Set(['2020-2022']), '2021')).toEqual([]);
  });
  it('opens nothing for a year no article has', () => {
    expect(partsToOpen(parts, new Set(), '1999')).toEqual([]);
  });
});

describe('whether a search has seen every part it needs', () => {
  it('needs every part without a year chosen', () => {
    expect(coversAll(parts, new Set(['2025', '2024', '2023', '2020-2022']), undefined)).toBe(false);
    expect(coversAll(parts, new Set(parts.map((p) => p.name)), undefined)).toBe(true);
  });
  it('needs only the chosen year’s part, or none for a year without articles', () => {
    expect(coversAll(parts, new Set(['2025']), '2021')).toBe(false);
    expect(coversAll(parts, new Set(['2020-2022']), '2021')).toBe(true);
    expect(coversAll(parts, new Set(), '1999')).toBe(true);
  });
});

describe('the years searched so far', () => {
  it('spans the opened years, leaving out the undated part', () => {
    expect(openedSpan(parts, new Set(['2025', '2024', 'khac']))).toEqual({ from: 2024, to: 2025 });
    expect(openedSpan(parts, new Set(['2023']))).toEqual({ from: 2023, to: 2023 });
    expect(openedSpan(parts, new Set(['2020-2022', '2024']))).toEqual({ from: 2020, to: 2024 });
  });
  it('is unknown when no year is open', () => {
    expect(openedSpan(parts, new Set(['khac']))).toBeUndefined();
    expect(openedSpan(parts, new Set())).toBeUndefined();
  });
});

describe('filter counts of several parts', () => {
  it('adds the counts of each value and hides the part filter', () => {
    expect(addCounts([
      { year: { 2025: 3 }, unit: { 'hai-lang': 2 }, [PART_FILTER]: { 2025: 3 } },
      { year: { 2024: 1 }, unit: { 'hai-lang': 1, 'gia-vien': 4 } },
    ])).toEqual({ year: { 2025: 3, 2024: 1 }, unit: { 'hai-lang': 3, 'gia-vien': 4 } });
  });
  it('is empty for no search', () => {
    expect(addCounts([])).toEqual({});
  });
});
