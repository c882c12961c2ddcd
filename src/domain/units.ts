/** The administrative tree of units: province (tinh) → district (huyen) → commune (xa). */
import type { Unit } from '../schema/catalogues.ts';

export type UnitNode = Unit;

export interface UnitTree {
  byKey: Map<string, UnitNode>;
  children: Map<string, UnitNode[]>;
  /** Units with no parent (provinces), by name. */
  roots: UnitNode[];
}

export function buildUnitTree(units: UnitNode[]): UnitTree {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const children = new Map<string, UnitNode[]>();
  for (const unit of units) {
    if (!unit.parent) continue;
    const list = children.get(unit.parent) ?? [];
    list.push(unit);
    children.set(unit.parent, list);
  }
  const byName = (a: UnitNode, b: UnitNode) => a.name.localeCompare(b.name, 'vi');
  for (const list of children.values()) list.sort(byName);
  const roots = units.filter((u) => !u.parent).sort(byName);
  return { byKey, children, roots };
}

/** From the top of the tree down to the unit: [province, district] for a district. */
export function unitAncestry(tree: UnitTree, key: string): UnitNode[] {
  const chain: UnitNode[] = [];
  for (let unit = tree.byKey.get(key); unit && chain.length < 10; unit = unit.parent ? tree.byKey.get(unit.parent) : undefined) {
    chain.unshift(unit);
  }
  return chain;
}

/**
 * Every unit's articles, its own and those of every unit below it, in the order given: one pass
 * up each article's ancestry instead of every unit page filtering every article.
 */
export function articlesByUnit<T extends { unit: string }>(tree: UnitTree, articles: T[]): Map<string, T[]> {
  const byUnit = new Map<string, T[]>([...tree.byKey.keys()].map((key) => [key, []]));
  for (const article of articles) {
    for (const unit of unitAncestry(tree, article.unit)) byUnit.get(unit.key)!.push(article);
  }
  return byUnit;
}
