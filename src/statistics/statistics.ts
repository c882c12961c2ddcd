/**
 * The statistics of the whole portal, computed once per build from the published articles and
 * the catalogues (pure). Every total keeps the facts it came from; everything that is not added
 * is somewhere: in the cumulative table, in the list of figures never added, or among the
 * findings of the data-quality page.
 */
import { factsOf, type Fact, type FactArticle } from './facts.ts';
import { resolveFacts, type Conflict, type ResolvedFact } from './resolve-facts.ts';
import { coversYear, mergeSpans, yearOf, type Period } from './period-span.ts';
import { unitYearFigures, type Overlap, type Superseded, type UnitYearFigures } from './year-figures.ts';
import { indexUnits, predecessorsOf, todayFigure, unitFigures, type Basis, type CatalogueUnit, type UnitFigure } from './unit-totals.ts';
import { combineQualifiers, type TotalQualifier } from './qualifiers.ts';
import type { Aggregate } from '../schema/vocabulary.ts';
import { afterUnitEnd } from './unit-lifetime.ts';

export interface Dropped {
  kind: 'dropped';
  fact: Fact;
  /** unit-ended: the fact's period runs after its unit's last day (the content check refuses it). */
  reason: 'unknown-indicator' | 'unknown-unit' | 'unit-ended';
}

export type Finding = Conflict | Superseded | Overlap | Dropped;

export interface YearTotal {
  indicator: string;
  year: number;
  unit: string;
  /** null: all organisations. */
  org: string | null;
  value: number;
  qualifier: TotalQualifier;
  basis: Basis;
  /** The children added, for a sum of children. */
  children: string[];
  facts: ResolvedFact[];
  /** The spans its facts cover, merged. */
  coverage: Period[];
  /** Whether the coverage is the whole year. */
  complete: boolean;
}

export interface TodayTotal {
  indicator: string;
  year: number;
  unit: string;
  value: number;
  qualifier: TotalQualifier;
  /** Former provinces whose figures are added ("gồm số liệu của …"). */
  includes: string[];
  facts: ResolvedFact[];
  coverage: Period[];
  complete: boolean;
}

/** The portal's figure for an indicator and a year: today's provinces added up. */
export interface PortalTotal {
  indicator: string;
  year: number;
  value: number;
  qualifier: TotalQualifier;
  /** Today's provinces that have a figure. */
  units: string[];
  facts: ResolvedFact[];
  coverage: Period[];
  complete: boolean;
}

export interface Statistics {
  facts: Fact[];
  totals: YearTotal[];
  today: TodayTotal[];
  portal: PortalTotal[];
  /** Addable facts whose period runs across years: shown with their span, never in a year. */
  cumulative: ResolvedFact[];
  /** Facts of indicators that are never added (rates, stocks), one per identity with its sources. */
  listed: ResolvedFact[];
  findings: Finding[];
}

export interface StatisticsInput {
  articles: FactArticle[];
  indicators: Map<string, { aggregate: Aggregate }>;
  units: CatalogueUnit[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What a total covers, and whether it is the whole year. A sum is complete only when each of its
 * parts is: a province whose one district reported the whole year and another only its first
 * half does not have the whole year's figure, even though together their spans cover the year.
 * Memoised per figure: a province's coverage is made of its districts' (a 10 000-article portal
 * has tens of thousands of figures).
 */
class Coverage {
  private spans = new Map<UnitFigure, Period[]>();
  private whole = new Map<UnitFigure, boolean>();
  private year: number;

  constructor(year: number) {
    this.year = year;
  }

  spansOf(figure: UnitFigure): Period[] {
    let spans = this.spans.get(figure);
    if (!spans) {
      spans = figure.basis === 'reported' ? mergeSpans(figure.facts.map((f) => f.period)) : mergeSpans(figure.parts.flatMap((p) => this.spansOf(p)));
      this.spans.set(figure, spans);
    }
    return spans;
  }

  isComplete(figure: UnitFigure): boolean {
    let complete = this.whole.get(figure);
    if (complete === undefined) {
      complete = figure.basis === 'reported' ? coversYear(this.spansOf(figure), this.year) : figure.parts.every((p) => this.isComplete(p));
      this.whole.set(figure, complete);
    }
    return complete;
  }
}

export function buildStatistics({ articles, indicators, units }: StatisticsInput): Statistics {
  const index = indexUnits(units);
  const facts = factsOf(articles);
  const findings: Finding[] = [];
  const known: Fact[] = [];
  for (const fact of facts) {
    if (!indicators.has(fact.indicator)) findings.push({ kind: 'dropped', fact, reason: 'unknown-indicator' });
    else if (!index.byKey.has(fact.unit)) findings.push({ kind: 'dropped', fact, reason: 'unknown-unit' });
    // A unit that no longer existed reported nothing: adding it to the unit (or its successor) would guess.
    else if (afterUnitEnd(fact.period, index.byKey.get(fact.unit))) findings.push({ kind: 'dropped', fact, reason: 'unit-ended' });
    else known.push(fact);
  }
  const { resolved, conflicts } = resolveFacts(known);
  findings.push(...conflicts);

  const cumulative: ResolvedFact[] = [];
  const listed: ResolvedFact[] = [];
  // indicator → year → unit → facts
  const grouped = new Map<string, Map<number, Map<string, ResolvedFact[]>>>();
  for (const fact of resolved) {
    if (indicators.get(fact.indicator)!.aggregate !== 'sum') {
      listed.push(fact);
      continue;
    }
    const year = yearOf(fact.period);
    if (year === undefined) {
      cumulative.push(fact);
      continue;
    }
    let years = grouped.get(fact.indicator);
    if (!years) grouped.set(fact.indicator, (years = new Map()));
    let byUnit = years.get(year);
    if (!byUnit) years.set(year, (byUnit = new Map()));
    const list = byUnit.get(fact.unit);
    if (list) list.push(fact);
    else byUnit.set(fact.unit, [fact]);
  }

  const currentRoots = units.filter((u) => (u.parent === undefined || !index.byKey.has(u.parent)) && u.successor === undefined);
  const predecessors = new Map(currentRoots.map((u) => [u.key, predecessorsOf(index, u.key)]));
  const totals: YearTotal[] = [];
  const today: TodayTotal[] = [];
  const portal: PortalTotal[] = [];
  for (const [indicator, years] of grouped) {
    for (const [year, byUnit] of years) {
      const own = new Map<string, UnitYearFigures>();
      for (const [unit, list] of byUnit) {
        const figures = unitYearFigures(list);
        own.set(unit, figures);
        findings.push(...figures.findings);
      }
      const figures = unitFigures(index, own);
      const cover = new Coverage(year);
      const allOrgs = new Map<string, UnitFigure>();
      for (const f of figures) {
        totals.push({ indicator, year, unit: f.unit, org: f.org, value: f.value, qualifier: f.qualifier, basis: f.basis, children: f.children, facts: f.facts, coverage: cover.spansOf(f), complete: cover.isComplete(f) });
        if (f.org === null) allOrgs.set(f.unit, f);
      }
      const parts: Array<{ unit: string; value: number; qualifier: TotalQualifier; facts: ResolvedFact[]; coverage: Period[]; complete: boolean }> = [];
      for (const root of currentRoots) {
        const former = predecessors.get(root.key)!.flatMap((unit) => {
          const figure = allOrgs.get(unit.key);
          return figure ? [{ unit, figure }] : [];
        });
        const base = allOrgs.get(root.key);
        const merged = former.length > 0 ? todayFigure(root.key, base, former) : { findings: [] };
        findings.push(...merged.findings);
        if (merged.figure) {
          const included = former.filter((p) => merged.figure!.includes.includes(p.unit.key)).map((p) => p.figure);
          const contributing = base ? [base, ...included] : included;
          const row = {
            indicator,
            year,
            unit: root.key,
            value: merged.figure.value,
            qualifier: merged.figure.qualifier,
            includes: merged.figure.includes,
            facts: merged.figure.facts,
            coverage: mergeSpans(contributing.flatMap((f) => cover.spansOf(f))),
            complete: contributing.every((f) => cover.isComplete(f)),
          };
          today.push(row);
          parts.push(row);
        } else if (base) parts.push({ ...base, coverage: cover.spansOf(base), complete: cover.isComplete(base) });
      }
      if (parts.length > 0) {
        const partFacts = parts.flatMap((p) => p.facts);
        let value = 0;
        for (const p of parts) value += p.value;
        portal.push({
          indicator,
          year,
          value,
          qualifier: combineQualifiers(parts.map((p) => p.qualifier)),
          units: parts.map((p) => p.unit),
          facts: partFacts,
          coverage: mergeSpans(parts.flatMap((p) => p.coverage)),
          complete: parts.every((p) => p.complete),
        });
      }
    }
  }
  totals.sort((a, b) => compareText(a.indicator, b.indicator) || a.year - b.year || compareText(a.unit, b.unit) || compareText(a.org ?? '', b.org ?? ''));
  today.sort((a, b) => compareText(a.indicator, b.indicator) || a.year - b.year || compareText(a.unit, b.unit));
  portal.sort((a, b) => compareText(a.indicator, b.indicator) || a.year - b.year);
  const byId = (a: ResolvedFact, b: ResolvedFact) => compareText(a.id, b.id);
  return { facts, totals, today, portal, cumulative: cumulative.sort(byId), listed: listed.sort(byId), findings };
}

/** The articles a total's facts came from, each once, newest report first within each fact. */
export function sourcesOf(facts: ResolvedFact[]): string[] {
  const slugs = new Set<string>();
  for (const fact of facts) for (const report of fact.reports) slugs.add(report.article);
  return [...slugs];
}
