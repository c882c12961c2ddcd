/**
 * A figure belongs to a unit only while the unit existed: a district that ended on 30 June 2025
 * reported nothing for July. A period that ends after the unit's last day (wholly or partly) is
 * a figure of a unit that no longer existed; one that ends on or before it is the unit's own,
 * however late the article about it was published (a 2024 review written in August 2025).
 */
import type { Period } from './period-span.ts';

export interface UnitLifetime {
  /** The unit's last day, "YYYY-MM-DD", when it no longer exists. */
  lastDay?: string;
}

/** How a period lies against the unit's last day: 'after' wholly, 'partly' across it, else undefined. */
export function afterUnitEnd(period: Period, unit: UnitLifetime | undefined): 'after' | 'partly' | undefined {
  const lastDay = unit?.lastDay;
  if (lastDay === undefined || period.to <= lastDay) return undefined;
  return period.from > lastDay ? 'after' : 'partly';
}
