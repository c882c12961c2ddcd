/**
 * Rule 3: a fact's identity is (indicator, unit, organisation, period). However many articles
 * report it, it counts once: the most recently updated article's value wins, every article is
 * kept as a source, and differing values are a conflict the data-quality page shows.
 * One article giving several entries with one identity (houses built, then houses repaired, each
 * with its note) gives the parts of one figure: they add up.
 */
import type { Fact } from './facts.ts';
import type { Period } from './period-span.ts';
import type { Qualifier } from '../schema/vocabulary.ts';
import { combineQualifiers, type TotalQualifier } from './qualifiers.ts';

export interface Report {
  article: string;
  value: number;
  qualifier: TotalQualifier;
  updated: number;
}

export interface ResolvedFact {
  /** The identity as text, unique. */
  id: string;
  indicator: string;
  unit: string;
  org: string | null;
  period: Period;
  value: number;
  qualifier: TotalQualifier;
  /** Every article that reports it, the winner (most recently updated) first. */
  reports: Report[];
}

export interface Conflict {
  kind: 'conflict';
  fact: ResolvedFact;
}

export const factId = (f: Pick<Fact, 'indicator' | 'unit' | 'org' | 'period'>) =>
  `${f.indicator}|${f.unit}|${f.org ?? ''}|${f.period.from}|${f.period.to}`;

/** Newest first; between two reports changed at the same moment, the slug decides, so builds agree. */
const newestFirst = (a: Report, b: Report) => b.updated - a.updated || (a.article < b.article ? -1 : a.article > b.article ? 1 : 0);

export function resolveFacts(facts: Fact[]): { resolved: ResolvedFact[]; conflicts: Conflict[] } {
  const byId = new Map<string, { fact: Fact; reports: Map<string, Report> }>();
  for (const fact of facts) {
    const id = factId(fact);
    let entry = byId.get(id);
    if (!entry) byId.set(id, (entry = { fact, reports: new Map() }));
    const report = entry.reports.get(fact.article);
    if (report) {
      report.value += fact.value;
      report.qualifier = combineQualifiers([report.qualifier, fact.qualifier]);
    } else {
      entry.reports.set(fact.article, { article: fact.article, value: fact.value, qualifier: fact.qualifier, updated: fact.updated });
    }
  }
  const resolved: ResolvedFact[] = [];
  const conflicts: Conflict[] = [];
  for (const [id, { fact, reports }] of byId) {
    const ordered = [...reports.values()].sort(newestFirst);
    const [winner] = ordered;
    const one: ResolvedFact = {
      id,
      indicator: fact.indicator,
      unit: fact.unit,
      org: fact.org,
      period: fact.period,
      value: winner.value,
      qualifier: winner.qualifier,
      reports: ordered,
    };
    resolved.push(one);
    if (ordered.some((r) => r.value !== winner.value || r.qualifier !== winner.qualifier)) conflicts.push({ kind: 'conflict', fact: one });
  }
  return { resolved, conflicts };
}

export type { Qualifier };
