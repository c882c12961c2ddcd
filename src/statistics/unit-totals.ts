/**
 * Rules 5 and 8: figures up the tree of units and across the 2025 merger.
 *
 * Rule 5: a unit's figure for a year is its own report when it has one, otherwise the sum of its
 * children's figures, marked as such; never both (a province's report already counts the work of
 * its districts). A unit with a report of its own takes nothing from its children, for any
 * organisation.
 *
 * Rule 8: a figure stays with the unit that reported it. A total "by today's province" adds the
 * figures of the provinces that merged into it, marked, except where the successor's own report
 * after the merger already covers that span.
 */
import type { ResolvedFact } from './resolve-facts.ts';
import type { Period } from './period-span.ts';
import { contains, overlaps } from './period-span.ts';
import { sumOf, type Figure, type Overlap, type Superseded, type UnitYearFigures } from './year-figures.ts';
import { combineQualifiers } from './qualifiers.ts';

export type Basis = 'reported' | 'sum-of-children';

export interface UnitFigure extends Figure {
  unit: string;
  org: string | null;
  basis: Basis;
  /** For a sum of children: the children whose figures it adds. */
  children: string[];
  /** For a sum of children: their figures. */
  parts: UnitFigure[];
}

export interface CatalogueUnit {
  key: string;
  level: string;
  parent?: string;
  /** The unit's last day, "YYYY-MM-DD", when it no longer exists. */
  lastDay?: string;
  /** What it became: the unit that carries on its area. */
  successor?: string;
}

export interface UnitIndex {
  byKey: Map<string, CatalogueUnit>;
  children: Map<string, string[]>;
}

export function indexUnits(units: CatalogueUnit[]): UnitIndex {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parent === undefined || !byKey.has(unit.parent)) continue;
    const list = children.get(unit.parent);
    if (list) list.push(unit.key);
    else children.set(unit.parent, [unit.key]);
  }
  return { byKey, children };
}

/** The unit and every unit above it, the unit first. */
export function ancestry(index: UnitIndex, key: string): string[] {
  const chain: string[] = [];
  for (let unit = index.byKey.get(key); unit && !chain.includes(unit.key); unit = unit.parent ? index.byKey.get(unit.parent) : undefined) {
    chain.push(unit.key);
  }
  return chain;
}

/** Every unit's figures for one indicator and year, per organisation (null: all organisations). */
export function unitFigures(index: UnitIndex, own: Map<string, UnitYearFigures>): UnitFigure[] {
  const relevant = new Set<string>();
  const orgs = new Set<string | null>([null]);
  for (const [unit, figures] of own) {
    for (const key of ancestry(index, unit)) relevant.add(key);
    for (const org of figures.byOrg.keys()) orgs.add(org);
  }
  const memo = new Map<string, UnitFigure | undefined>();
  const figureOf = (unit: string, org: string | null): UnitFigure | undefined => {
    const memoKey = `${unit}|${org ?? ''}`;
    if (memo.has(memoKey)) return memo.get(memoKey);
    memo.set(memoKey, undefined); // a cycle in the catalogue adds nothing twice
    let result: UnitFigure | undefined;
    const mine = own.get(unit);
    if (mine) {
      const figure = org === null ? mine.all : mine.byOrg.get(org);
      if (figure) result = { ...figure, unit, org, basis: 'reported', children: [], parts: [] };
    } else {
      const parts = (index.children.get(unit) ?? []).filter((c) => relevant.has(c)).map((c) => figureOf(c, org)).filter((f) => f !== undefined);
      if (parts.length > 0) {
        const facts = parts.flatMap((p) => p.facts);
        let value = 0;
        for (const p of parts) value += p.value;
        result = { value, qualifier: combineQualifiers(parts.map((p) => p.qualifier)), facts, unit, org, basis: 'sum-of-children', children: parts.map((p) => p.unit), parts };
      }
    }
    memo.set(memoKey, result);
    return result;
  };
  const figures: UnitFigure[] = [];
  for (const unit of relevant) {
    for (const org of orgs) {
      const figure = figureOf(unit, org);
      if (figure) figures.push(figure);
    }
  }
  return figures;
}

/** Provinces that merged into `key` (directly or through a chain of successors), not below it. */
export function predecessorsOf(index: UnitIndex, key: string): CatalogueUnit[] {
  const found: CatalogueUnit[] = [];
  const pending = [key];
  while (pending.length > 0) {
    const target = pending.pop()!;
    for (const unit of index.byKey.values()) {
      if (unit.successor !== target || found.includes(unit) || unit.key === key) continue;
      // A district names its own province as successor: it is in that province's figure already.
      if (ancestry(index, unit.key).includes(target)) continue;
      found.push(unit);
      pending.push(unit.key);
    }
  }
  return found;
}

export interface TodayFigure extends Figure {
  unit: string;
  /** The former units whose figures it adds, by key. */
  includes: string[];
}

/**
 * A province's figure within today's borders: its own (rule 5) plus its predecessors'. A
 * predecessor's fact is left out when a report of the successor made after the predecessor's
 * last day covers its span (that report already counts the merged area), and is a finding when
 * such a report covers part of it.
 */
export function todayFigure(
  unit: string,
  base: UnitFigure | undefined,
  predecessors: Array<{ unit: CatalogueUnit; figure: UnitFigure }>,
): { figure?: TodayFigure; findings: Array<Superseded | Overlap> } {
  const findings: Array<Superseded | Overlap> = [];
  const added: ResolvedFact[] = [];
  const includes: string[] = [];
  for (const { unit: former, figure } of predecessors) {
    const after = (base?.facts ?? []).filter((f) => former.lastDay !== undefined && f.period.to > former.lastDay);
    let any = false;
    for (const fact of figure.facts) {
      const cover = after.find((f) => contains(f.period, fact.period));
      if (cover) {
        findings.push({ kind: 'superseded', fact, by: cover });
        continue;
      }
      const clash = after.find((f) => overlaps(f.period, fact.period));
      if (clash) findings.push({ kind: 'overlap', fact, kept: clash });
      else {
        added.push(fact);
        any = true;
      }
    }
    if (any) includes.push(former.key);
  }
  if (includes.length === 0) return { findings };
  const sum = sumOf([...(base?.facts ?? []), ...added]);
  return { figure: { ...sum, unit, includes }, findings };
}

export type { Period };
