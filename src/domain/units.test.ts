import { describe, expect, it } from 'vitest';
import { articlesByUnit, buildUnitTree, unitAncestry, type UnitNode } from './units.ts';

const units: UnitNode[] = [
  { key: 'ninh-binh', name: 'Tỉnh Ninh Bình', level: 'tinh' },
  { key: 'gia-vien', name: 'Huyện Gia Viễn', level: 'huyen', parent: 'ninh-binh' },
  { key: 'gia-sinh', name: 'Xã Gia Sinh', level: 'xa', parent: 'gia-vien' },
  { key: 'kim-son', name: 'Huyện Kim Sơn', level: 'huyen', parent: 'ninh-binh' },
  { key: 'dak-lak', name: 'Tỉnh Đắk Lắk', level: 'tinh' },
];
const tree = buildUnitTree(units);

describe('unit tree', () => {
  it('lists provinces and each unit’s children by Vietnamese name order', () => {
    expect(tree.roots.map((u) => u.key)).toEqual(['dak-lak', 'ninh-binh']);
    expect(tree.children.get('ninh-binh')!.map((u) => u.key)).toEqual(['gia-vien', 'kim-son']);
  });

  it('gives a commune’s chain from its province down', () => {
    expect(unitAncestry(tree, 'gia-sinh').map((u) => u.key)).toEqual(['ninh-binh', 'gia-vien', 'gia-sinh']);
    expect(unitAncestry(tree, 'unknown')).toEqual([]);
  });

  it('puts a commune’s article on its district’s and its province’s pages, in the order given', () => {
    const articles = [
      { slug: 'c', unit: 'gia-sinh' },
      { slug: 'b', unit: 'kim-son' },
      { slug: 'a', unit: 'ninh-binh' },
    ];
    const byUnit = articlesByUnit(tree, articles);
    expect(byUnit.get('ninh-binh')!.map((a) => a.slug)).toEqual(['c', 'b', 'a']);
    expect(byUnit.get('gia-vien')!.map((a) => a.slug)).toEqual(['c']);
    expect(byUnit.get('gia-sinh')!.map((a) => a.slug)).toEqual(['c']);
    expect(byUnit.get('kim-son')!.map((a) => a.slug)).toEqual(['b']);
    expect(byUnit.get('dak-lak')).toEqual([]);
  });
});
