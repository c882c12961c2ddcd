/**
 * The units list as readers expect it: units that have articles (their own or their lower
 * units'), with how many, and apart from them the units that have none yet, so that a list
 * headed "with articles" never leads to an empty page.
 */
import type { UnitNode, UnitTree } from './units.ts';

export interface ListedUnit {
  unit: UnitNode;
  /** Its own articles and those of the units below it. */
  count: number;
}

export interface UnitListing {
  /** Provinces with articles, each with its districts that have articles, in the tree's order. */
  provinces: Array<ListedUnit & { children: ListedUnit[] }>;
  /** Every province or district without an article, in the tree's order. */
  withoutArticles: UnitNode[];
}

export function listUnitsByArticles(tree: UnitTree, articleCount: (key: string) => number): UnitListing {
  const provinces: UnitListing['provinces'] = [];
  const withoutArticles: UnitNode[] = [];
  for (const province of tree.roots) {
    const count = articleCount(province.key);
    if (count === 0) {
      withoutArticles.push(province, ...(tree.children.get(province.key) ?? []));
      continue;
    }
    const children: ListedUnit[] = [];
    for (const child of tree.children.get(province.key) ?? []) {
      const childCount = articleCount(child.key);
      if (childCount > 0) children.push({ unit: child, count: childCount });
      else withoutArticles.push(child);
    }
    provinces.push({ unit: province, count, children });
  }
  return { provinces, withoutArticles };
}

/** The units below one unit, those with articles first and apart from those without. */
export function splitChildrenByArticles(tree: UnitTree, key: string, articleCount: (key: string) => number): { withArticles: ListedUnit[]; withoutArticles: UnitNode[] } {
  const withArticles: ListedUnit[] = [];
  const withoutArticles: UnitNode[] = [];
  for (const child of tree.children.get(key) ?? []) {
    const count = articleCount(child.key);
    if (count > 0) withArticles.push({ unit: child, count });
    else withoutArticles.push(child);
  }
  return { withArticles, withoutArticles };
}
