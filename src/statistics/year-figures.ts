/**
 * Rules 4 and 7: one unit's figure for one indicator in one year, per organisation and for all
 * organisations, from the facts whose whole period lies in that year.
 *
 * Rule 4, for the facts of one (indicator, unit, organisation): a period that contains another
 * supersedes it (the full year replaces its first half, never both); periods apart add up
 * (H1 + H2, four quarters); periods that overlap in part are never added: the one covering more
 * of the year is kept and the other is a finding.
 *
 * Rule 7: a figure for all organisations is the programme's own; its organisations' parts for
 * the same span are its breakdown, never added to it. Parts for spans it does not cover add up
 * with it, and without any such figure the organisations' figures add up.
 */
import type { ResolvedFact } from './resolve-facts.ts';
import { contains, overlaps, spanDays } from './period-span.ts';
import { combineQualifiers, type TotalQualifier } from './qualifiers.ts';

export interface Superseded {
  kind: 'superseded';
  fact: ResolvedFact;
  by: ResolvedFact;
}

export interface Overlap {
  kind: 'overlap';
  /** The fact left out of the total. */
  fact: ResolvedFact;
  /** The fact kept, which covers more of the year (or the figure for all organisations). */
  kept: ResolvedFact;
}

export interface Figure {
  value: number;
  qualifier: TotalQualifier;
  /** The facts added into it. */
  facts: ResolvedFact[];
}

export interface UnitYearFigures {
  /** All organisations together; undefined when the unit reported nothing that year. */
  all?: Figure;
  byOrg: Map<string, Figure>;
  findings: Array<Superseded | Overlap>;
}

export function sumOf(facts: ResolvedFact[]): Figure {
  let value = 0;
  for (const f of facts) value += f.value;
  return { value, qualifier: combineQualifiers(facts.map((f) => f.qualifier)), facts };
}

/** Longest first, then earliest: the order in which spans claim their place in the year. */
const byCoverage = (a: ResolvedFact, b: ResolvedFact) =>
  spanDays(b.period) - spanDays(a.period) || (a.period.from < b.period.from ? -1 : a.period.from > b.period.from ? 1 : 0);

/** Rule 4 over the facts of one (indicator, unit, organisation, year). */
export function pickSpans(facts: ResolvedFact[]): { kept: ResolvedFact[]; findings: Array<Superseded | Overlap> } {
  const kept: ResolvedFact[] = [];
  const findings: Array<Superseded | Overlap> = [];
  for (const fact of [...facts].sort(byCoverage)) {
    const container = kept.find((k) => contains(k.period, fact.period));
    if (container) {
      findings.push({ kind: 'superseded', fact, by: container });
      continue;
    }
    const clash = kept.find((k) => overlaps(k.period, fact.period));
    if (clash) findings.push({ kind: 'overlap', fact, kept: clash });
    else kept.push(fact);
  }
  return { kept: kept.sort((a, b) => (a.period.from < b.period.from ? -1 : 1)), findings };
}

/** Rules 4 and 7 over every fact of one (indicator, unit, year), any organisation. */
export function unitYearFigures(facts: ResolvedFact[]): UnitYearFigures {
  const general: ResolvedFact[] = [];
  const perOrg = new Map<string, ResolvedFact[]>();
  for (const fact of facts) {
    if (fact.org === null) general.push(fact);
    else {
      const list = perOrg.get(fact.org);
      if (list) list.push(fact);
      else perOrg.set(fact.org, [fact]);
    }
  }
  const findings: Array<Superseded | Overlap> = [];
  const programme = pickSpans(general);
  findings.push(...programme.findings);
  const byOrg = new Map<string, Figure>();
  const added: ResolvedFact[] = [];
  for (const [org, list] of [...perOrg].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const picked = pickSpans(list);
    findings.push(...picked.findings);
    byOrg.set(org, sumOf(picked.kept));
    for (const part of picked.kept) {
      if (programme.kept.some((g) => contains(g.period, part.period))) continue; // breakdown
      const clash = programme.kept.find((g) => overlaps(g.period, part.period));
      if (clash) findings.push({ kind: 'overlap', fact: part, kept: clash });
      else added.push(part);
    }
  }
  const all = programme.kept.length + added.length > 0 ? sumOf([...programme.kept, ...added]) : undefined;
  return { all, byOrg, findings };
}
