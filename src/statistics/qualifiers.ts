/**
 * Rule 6: how exact a total is. Any part that is a lower bound ("trên") makes the total one;
 * any near value ("gần") makes it near; both kinds together leave only an estimate ("khoảng").
 */
import type { TotalQualifier } from '../schema/vocabulary.ts';

export type { TotalQualifier };

export function combineQualifiers(parts: Iterable<TotalQualifier>): TotalQualifier {
  let over = false;
  let under = false;
  for (const q of parts) {
    if (q === 'over' || q === 'approx') over = true;
    if (q === 'under' || q === 'approx') under = true;
  }
  if (over && under) return 'approx';
  if (over) return 'over';
  return under ? 'under' : 'exact';
}
