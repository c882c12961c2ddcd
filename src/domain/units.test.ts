import { describe, expect, it } from 'vitest';
import { articlesByUnit, buildUnitTree, unitAncestry, type UnitNode } from './units.ts';

const units: UnitNode[] = [
  { key: 'ninh-binh', name: 'Tỉnh Ninh Bình', level: 'tinh' },
  { key: 'kim-son', name: 'Huyện Kim Sơn', level: 'huyen', parent: 'ninh-binh' },
  { key: 'gia-vien', name: 'Huyện Gia Viễn', level: 'huyen', parent: 'ninh-binh' },
  { key: 'gia-sinh', name: 'Xã Gia Sinh', level: 'xa', parent: 'gia-vien' },
  { key: 'dak-lak', name: 'Tỉnh Đắk Lắk', level: 'tinh' },
];
const tree = buildUnitTree(units);

describe('unit tree', () => {
  it('lists provinces and each unit’s children by Vietnamese name order', () => {
    // Built inside the test: mutation testing reruns only the tests that run a line, and the
    // shared tree below is built while the file loads, outside any test.
    const tree = buildUnitTree(units);
    expect(tree.roots.map((u) => u.key)).toEqual(['dak-lak', 'ninh-binh']);
    expect(tree.children.get('ninh-binh')!.map((u) => u.key)).toEqual(['gia-vien', 'kim-son']);
    expect(tree.children.get('gia-vien')!.map((u) => u.key)).toEqual(['gia-sinh']);
    expect([...tree.children.keys()].sort()).toEqual(['gia-vien', 'ninh-binh']);
    expect(tree.byKey.get('kim-son')?.name).toBe('Huyện Kim Sơn');
  });

  it('sorts by Vietnamese alphabetical order, Đ after D', () => {
    const { roots } = buildUnitTree([
      { key: 'dong-thap', name: 'Tỉnh Đồng Tháp', level: 'tinh' },
      { key: 'dien-bien', name: 'Tỉnh Điện Biên', level: 'tinh' },
      { key: 'dak-lak', name: 'Tỉnh Đắk Lắk', level: 'tinh' },
      { key: 'da-nang', name: 'Tỉnh Da Nang', level: 'tinh' },
    ]);
    expect(roots.map((u) => u.key)).toEqual(['da-nang', 'dak-lak', 'dien-bien', 'dong-thap']);
  });

  it('gives a commune’s chain from its province down', () => {
    expect(unitAncestry(tree, 'gia-sinh').map((u) => u.key)).toEqual(['ninh-binh', 'gia-vien', 'gia-sinh']);
    expect(unitAncestry(tree, 'unknown')).toEqual([]);
    expect(unitAncestry(tree, 'ninh-binh').map((u) => u.key)).toEqual(['ninh-binh']);
  });

  it('stops at a parent missing from the catalogue, and after ten levels of a parent cycle', () => {
    const broken = buildUnitTree([{ key: 'mo-coi', name: 'Xã Mồ Côi', level: 'xa', parent: 'khong-co' }]);
    expect(unitAncestry(broken, 'mo-coi').map((u) => u.key)).toEqual(['mo-coi']);
    const cycle = buildUnitTree([
      { key: 'a', name: 'A', level: 'huyen', parent: 'b' },
      { key: 'b', name: 'B', level: 'huyen', parent: 'a' },
    ]);
    expect(unitAncestry(cycle, 'a').map((u) => u.key)).toEqual(['b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a']);
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

  it('keeps an article of a unit missing from the catalogue off every unit page', () => {
    const byUnit = articlesByUnit(tree, [{ slug: 'x', unit: 'khong-co' }]);
    expect([...byUnit.values()].flat()).toEqual([]);
    expect(byUnit.has('khong-co')).toBe(false);
  });
});
