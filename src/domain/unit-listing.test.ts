import { describe, expect, it } from 'vitest';
import { buildUnitTree, type UnitNode } from './units.ts';
import { listUnitsByArticles, splitChildrenByArticles } from './unit-listing.ts';

const units: UnitNode[] = [
  { key: 'quang-tri', name: 'Tỉnh Quảng Trị', level: 'tinh' },
  { key: 'hai-lang', name: 'Huyện Hải Lăng', level: 'huyen', parent: 'quang-tri' },
  { key: 'cam-lo', name: 'Huyện Cam Lộ', level: 'huyen', parent: 'quang-tri' },
  { key: 'hai-chanh', name: 'Xã Hải Chánh', level: 'xa', parent: 'hai-lang' },
  { key: 'hai-son', name: 'Xã Hải Sơn', level: 'xa', parent: 'hai-lang' },
  { key: 'lang-son', name: 'Tỉnh Lạng Sơn', level: 'tinh' },
  { key: 'huu-lung', name: 'Huyện Hữu Lũng', level: 'huyen', parent: 'lang-son' },
];
const tree = buildUnitTree(units);
const counts: Record<string, number> = { 'quang-tri': 3, 'hai-lang': 2, 'hai-chanh': 1 };
const count = (key: string) => counts[key] ?? 0;
const keys = (list: Array<{ key: string }>) => list.map((u) => u.key);

describe('the units list', () => {
  it('lists the provinces and districts with articles, with their counts', () => {
    const { provinces } = listUnitsByArticles(tree, count);
    expect(provinces.map((p) => [p.unit.key, p.count, p.children.map((c) => [c.unit.key, c.count])])).toEqual([['quang-tri', 3, [['hai-lang', 2]]]]);
  });
  it('puts apart every province and district without an article, a province’s districts with it', () => {
    expect(keys(listUnitsByArticles(tree, count).withoutArticles)).toEqual(['lang-son', 'huu-lung', 'cam-lo']);
  });
  it('splits a unit’s lower units the same way', () => {
    const { withArticles, withoutArticles } = splitChildrenByArticles(tree, 'hai-lang', count);
    expect(withArticles).toEqual([{ unit: units[3], count: 1 }]);
    expect(keys(withoutArticles)).toEqual(['hai-son']);
    expect(splitChildrenByArticles(tree, 'hai-chanh', count)).toEqual({ withArticles: [], withoutArticles: [] });
  });
});
