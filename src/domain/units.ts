/** The administrative tree of units: province (tinh) → district (huyen) → commune (xa). */
export interface UnitNode {
  key: string;
  name: string;
  level: 'tinh' | 'huyen' | 'xa';
  parent?: string;
}

export interface UnitTree {
  byKey: Map<string, UnitNode>;
  children: Map<string, UnitNode[]>;
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
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return { byKey, children };
}

/** The unit itself and every unit below it: a province page lists its districts' articles too. */
export function unitWithDescendants(tree: UnitTree, key: string): Set<string> {
  const keys = new Set<string>([key]);
  const queue = [key];
  while (queue.length > 0) {
    for (const child of tree.children.get(queue.pop()!) ?? []) {
      if (!keys.has(child.key)) {
        keys.add(child.key);
        queue.push(child.key);
      }
    }
  }
  return keys;
}

/** From the top of the tree down to the unit: [province, district] for a district. */
export function unitAncestry(tree: UnitTree, key: string): UnitNode[] {
  const chain: UnitNode[] = [];
  for (let unit = tree.byKey.get(key); unit && chain.length < 10; unit = unit.parent ? tree.byKey.get(unit.parent) : undefined) {
    chain.unshift(unit);
  }
  return chain;
}
