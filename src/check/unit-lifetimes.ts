/**
 * The catalogue's record of units that ended (rule 8 of the statistics): a unit's `lastDay` and
 * its `successor`. A successor must exist and outlast the unit; a unit cannot outlive its parent
 * (a commune of a district that ended on 30 June 2025 ended too, or hangs under a province).
 */
import type { ContentError } from './content-error.ts';
import { closestMatch } from '../domain/closest-match.ts';
import { validation as v } from '../i18n/vi.ts';

export interface CatalogueUnitEntry {
  key?: unknown;
  parent?: unknown;
  lastDay?: unknown;
  successor?: unknown;
  /** Position in units.yaml. */
  index: unknown;
}

const dayText = (day: string) => day.split('-').reverse().join('/');

export function checkUnitLifetimes(path: string, units: CatalogueUnitEntry[]): ContentError[] {
  const errors: ContentError[] = [];
  const byKey = new Map(units.map((u) => [u.key as string, u]));
  for (const unit of units) {
    const lastDay = unit.lastDay as string | undefined;
    const successor = unit.successor as string | undefined;
    if (successor !== undefined) {
      const field = `[${unit.index}].successor`;
      const next = byKey.get(successor);
      if (lastDay === undefined) errors.push({ file: path, field, message: v.successorWithoutLastDay });
      else if (!next) errors.push({ file: path, field, message: v.unknownKey(successor, path, closestMatch(successor, byKey.keys())) });
      else if (next.lastDay !== undefined && (next.lastDay as string) <= lastDay) {
        errors.push({ file: path, field, message: v.successorEndedFirst(successor, dayText(next.lastDay as string)) });
      }
    }
    const parent = unit.parent === undefined ? undefined : byKey.get(unit.parent as string);
    const parentLast = parent?.lastDay as string | undefined;
    if (parentLast !== undefined && (lastDay === undefined || lastDay > parentLast)) {
      errors.push({ file: path, field: `[${unit.index}].lastDay`, message: v.outlivesParent(unit.parent as string, dayText(parentLast)) });
    }
  }
  return errors;
}
