/**
 * Yearly totals of the typed indicators, added up honestly:
 * - only indicators whose catalogue entry says `aggregate: sum` (never rates or stocks);
 * - only figures that cover one calendar year or part of it (a 2016–2023 programme total
 *   belongs to no single year);
 * - one figure per unit, organisation and indicator in a year: when a unit reports the same
 *   figure twice (a 6-month sơ kết, then the full-year tổng kết), the longer period wins,
 *   because it already contains the shorter one;
 * - provinces and districts are never added together: a province's report usually counts its
 *   districts' work again, so each level has its own totals;
 * - qualifiers carry over: adding "trên 200" gives a lower bound ("trên"), adding "gần" a near
 *   value, and a mix of both only an approximate one ("khoảng").
 */
import type { ArticleSummary } from './article-summary.ts';
import type { Period } from './period.ts';
import type { Qualifier, TotalQualifier, UnitLevel } from '../schema/vocabulary.ts';
import type { Indicator } from '../schema/catalogues.ts';

export type { TotalQualifier };
export type Level = UnitLevel;
type AggregatableIndicator = Pick<Indicator, 'key' | 'aggregate'>;

export interface YearTotal {
  year: number;
  level: Level;
  indicator: string;
  value: number;
  qualifier: TotalQualifier;
  /** Distinct articles whose figures are in the total. */
  reports: number;
}

interface Candidate {
  year: number;
  level: Level;
  indicator: string;
  value: number;
  qualifier: Qualifier;
  slug: string;
  days: number;
  group: string;
}

const DAY = 86_400_000;
const spanDays = (p: Period) => (Date.parse(p.to) - Date.parse(p.from)) / DAY;

/** The calendar year a period falls in, or undefined when it runs across years. */
function yearOf(period: Period): number | undefined {
  const from = Number(period.from.slice(0, 4));
  return from === Number(period.to.slice(0, 4)) ? from : undefined;
}

export function combineQualifiers(a: TotalQualifier, b: TotalQualifier): TotalQualifier {
  if (a === b || b === 'exact') return a;
  if (a === 'exact') return b;
  return 'approx';
}

export function aggregateYearTotals(
  articles: Array<Pick<ArticleSummary, 'slug' | 'unit' | 'period' | 'indicators'>>,
  indicators: Map<string, AggregatableIndicator>,
  levelOf: (unit: string) => Level | undefined,
): YearTotal[] {
  // One candidate per unit + organisation + indicator + year: the longest period wins.
  const chosen = new Map<string, Candidate>();
  for (const article of articles) {
    const level = levelOf(article.unit);
    if (!level) continue;
    for (const figure of article.indicators) {
      if (indicators.get(figure.key)?.aggregate !== 'sum') continue;
      const period = figure.period ?? article.period;
      const year = period && yearOf(period);
      if (!period || year === undefined) continue;
      const group = `${year}|${level}|${figure.key}`;
      const id = `${group}|${article.unit}|${figure.org ?? ''}|${figure.note ?? ''}`;
      const candidate: Candidate = { year, level, indicator: figure.key, value: figure.value, qualifier: figure.qualifier, slug: article.slug, days: spanDays(period), group };
      const existing = chosen.get(id);
      if (!existing || candidate.days > existing.days) chosen.set(id, candidate);
      else if (candidate.days === existing.days && existing.slug === candidate.slug) {
        // The same article giving one organisation's figure in parts (houses built + repaired).
        chosen.set(id, { ...existing, value: existing.value + candidate.value, qualifier: combineQualifiers(existing.qualifier, candidate.qualifier) as Qualifier });
      }
    }
  }
  const totals = new Map<string, YearTotal & { slugs: Set<string> }>();
  for (const c of chosen.values()) {
    const total = totals.get(c.group) ?? { year: c.year, level: c.level, indicator: c.indicator, value: 0, qualifier: 'exact' as TotalQualifier, reports: 0, slugs: new Set<string>() };
    total.value += c.value;
    total.qualifier = combineQualifiers(total.qualifier, c.qualifier);
    total.slugs.add(c.slug);
    totals.set(c.group, total);
  }
  return [...totals.values()]
    .map(({ slugs, ...t }) => ({ ...t, reports: slugs.size }))
    .sort((a, b) => b.year - a.year || a.level.localeCompare(b.level) || a.indicator.localeCompare(b.indicator));
}
