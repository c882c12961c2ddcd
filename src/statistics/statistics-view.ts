/**
 * What the statistics pages show, ready to render: labels resolved, numbers written the
 * Vietnamese way, every figure with the link to its sources. Pages compute nothing; these
 * views travel in their props, so a changed total changes the page's cache key.
 */
import type { Statistics, YearTotal, TodayTotal, PortalTotal } from './statistics.ts';
import { sourcesOf } from './statistics.ts';
import type { ResolvedFact } from './resolve-facts.ts';
import { coversYear, describeCoverage, describeSpan } from './period-span.ts';
import { barChartSvg } from './bar-chart.ts';
import { describeFinding, type DescribedFinding, type FindingNames } from './describe-findings.ts';
import { formatQuantity } from '../domain/vietnamese-number.ts';
import { statistics as t } from '../i18n/vi.ts';
import { urls } from '../urls.ts';
import type { Indicator, Organisation, Unit } from '../schema/catalogues.ts';
import type { TotalQualifier } from '../schema/vocabulary.ts';

export interface StatisticsNames {
  indicators: Map<string, Indicator>;
  units: Map<string, Unit>;
  organisations: Map<string, Organisation>;
  /** Article titles by slug. */
  titles: Map<string, string>;
}

export interface SourceLink {
  title: string;
  href: string;
}

export interface Cell {
  text: string;
  /** Where its sources are listed. */
  href: string;
  /** Short notes under the number: "tổng đơn vị trực thuộc", "chỉ gồm 6 tháng đầu năm 2022". */
  notes: string[];
}

export interface SourceDetail {
  id: string;
  heading: string;
  text: string;
  notes: string[];
  facts: Array<{ text: string; what: string; note?: string; sources: Array<SourceLink & { value: string }> }>;
  /** For a sum: the figures it adds, each linked to its own sources (so a province lists its districts, not every fact below them). */
  parts: Array<{ name: string; text: string; href: string }>;
}

export interface ListedRow {
  label: string;
  href: string;
  unit: string;
  org?: string;
  period: string;
  text: string;
  conflict: boolean;
  sources: SourceLink[];
}

const orgName = (names: StatisticsNames, org: string | null) => (org === null ? undefined : (names.organisations.get(org)?.short ?? names.organisations.get(org)?.name ?? org));
const unitName = (names: StatisticsNames, key: string) => names.units.get(key)?.name ?? key;

export function findingNames(names: StatisticsNames): FindingNames {
  return {
    indicator: (key) => names.indicators.get(key),
    unit: (key) => names.units.get(key)?.name,
    org: (key) => orgName(names, key),
    article: (slug) => names.titles.get(slug),
    unitEnd: (key) => {
      const unit = names.units.get(key);
      if (unit?.lastDay === undefined) return undefined;
      return { lastDay: unit.lastDay.split('-').reverse().join('/'), successor: unit.successor ? unitName(names, unit.successor) : undefined };
    },
  };
}

function quantity(names: StatisticsNames, indicator: string, value: number, qualifier: TotalQualifier) {
  return formatQuantity(value, names.indicators.get(indicator)?.unit ?? '', qualifier);
}

function sourceLinks(names: StatisticsNames, slugs: string[]): SourceLink[] {
  return slugs.map((slug) => ({ title: names.titles.get(slug) ?? slug, href: urls.article(slug) }));
}

/** The id of a year's column header in a year-by-column table: the target of the "Đến năm" links. */
export const yearColumnId = (year: number) => `nam-${year}`;

const anchor = (...parts: Array<string | number | null>) => `nguon-${parts.filter((p) => p !== null).join('-')}`;

function coverageNotes(total: { year: number; complete: boolean; coverage: Array<{ from: string; to: string }> }): string[] {
  if (total.complete) return [];
  return [coversYear(total.coverage, total.year) ? t.partlyCovered : t.covers(describeCoverage(total.coverage))];
}

function totalNotes(names: StatisticsNames, total: YearTotal): string[] {
  const notes = total.basis === 'sum-of-children' ? [t.sumOfChildrenShort] : [];
  return [...notes, ...coverageNotes(total)];
}

function detailOf(names: StatisticsNames, id: string, heading: string, text: string, notes: string[], facts: ResolvedFact[], parts: SourceDetail['parts'] = []): SourceDetail {
  return {
    id,
    heading,
    text,
    notes,
    parts,
    facts: facts.map((fact) => ({
      text: quantity(names, fact.indicator, fact.value, fact.qualifier),
      what: [unitName(names, fact.unit), orgName(names, fact.org), describeSpan(fact.period)].filter(Boolean).join(', '),
      note: fact.reports.some((r) => r.value !== fact.value || r.qualifier !== fact.qualifier) ? t.conflict : undefined,
      sources: fact.reports.map((r) => ({
        title: names.titles.get(r.article) ?? r.article,
        href: urls.article(r.article),
        value: quantity(names, fact.indicator, r.value, r.qualifier),
      })),
    })),
  };
}

function listedRow(names: StatisticsNames, fact: ResolvedFact): ListedRow {
  return {
    label: names.indicators.get(fact.indicator)?.label ?? fact.indicator,
    href: urls.statisticsIndicator(fact.indicator),
    unit: unitName(names, fact.unit),
    org: orgName(names, fact.org),
    period: describeSpan(fact.period),
    text: quantity(names, fact.indicator, fact.value, fact.qualifier),
    conflict: fact.reports.some((r) => r.value !== fact.value || r.qualifier !== fact.qualifier),
    sources: sourceLinks(names, fact.reports.map((r) => r.article)),
  };
}

/** Units in tree order (province, its districts, their communes), each with its depth. */
function unitOrder(names: StatisticsNames, keys: Set<string>): Array<{ key: string; depth: number }> {
  const units = [...names.units.values()];
  const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, 'vi');
  const out: Array<{ key: string; depth: number }> = [];
  const visit = (unit: Unit, depth: number) => {
    if (keys.has(unit.key)) out.push({ key: unit.key, depth });
    units.filter((u) => u.parent === unit.key).sort(byName).forEach((child) => visit(child, depth + 1));
  };
  units.filter((u) => u.parent === undefined || !names.units.has(u.parent)).sort(byName).forEach((root) => visit(root, 0));
  return out;
}

/**
 * An indicator that is never added (a rate, a stock), as the overview names it: how many figures
 * its page lists and the years they cover. The figures themselves are on the indicator's page; the
 * overview listing every one of them grew with the archive (39.9 MB of HTML at 100 000 articles).
 */
export interface ListedIndicator {
  key: string;
  label: string;
  href: string;
  figures: number;
  /** "2024" or "2017–2025": the years the figures' periods fall in. */
  years: string;
}

export interface OverviewView {
  years: number[];
  rows: Array<{ key: string; label: string; group: string; href: string; cells: Array<Cell | null> }>;
  listed: ListedIndicator[];
  findings: number;
}

function listedIndicators(names: StatisticsNames, listed: ResolvedFact[]): ListedIndicator[] {
  return [...groupBy(listed, (f) => f.indicator)]
    .flatMap(([key, facts]) => {
      const definition = names.indicators.get(key);
      if (!definition) return [];
      // A loop, not Math.min(...all): a large archive's rate has more figures than a call has arguments.
      let first = Infinity;
      let last = -Infinity;
      for (const f of facts) {
        first = Math.min(first, Number(f.period.from.slice(0, 4)));
        last = Math.max(last, Number(f.period.to.slice(0, 4)));
      }
      return [{ key, label: definition.label, href: urls.statisticsIndicator(key), figures: facts.length, years: first === last ? String(first) : `${first}–${last}` }];
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}

export function overviewView(stats: Statistics, names: StatisticsNames): OverviewView {
  const years = [...new Set(stats.portal.map((p) => p.year))].sort((a, b) => a - b);
  const byIndicator = new Map<string, Map<number, PortalTotal>>();
  for (const p of stats.portal) {
    const m = byIndicator.get(p.indicator) ?? new Map<number, PortalTotal>();
    m.set(p.year, p);
    byIndicator.set(p.indicator, m);
  }
  const rows = [...byIndicator].flatMap(([key, perYear]) => {
    const definition = names.indicators.get(key);
    if (!definition) return [];
    const cells = years.map((year) => {
      const p = perYear.get(year);
      return p ? { text: quantity(names, key, p.value, p.qualifier), href: `${urls.statisticsIndicator(key)}#${anchor(year, 'tong')}`, notes: coverageNotes(p) } : null;
    });
    return [{ key, label: definition.label, group: definition.group, href: urls.statisticsIndicator(key), cells }];
  });
  rows.sort((a, b) => a.group.localeCompare(b.group, 'vi') || a.label.localeCompare(b.label, 'vi'));
  return { years, rows, listed: listedIndicators(names, stats.listed), findings: stats.findings.length };
}

export interface IndicatorView {
  key: string;
  label: string;
  unit: string;
  addable: boolean;
  years: number[];
  chart?: string;
  portal: Array<Cell | null>;
  units: Array<{ name: string; href: string; depth: number; cells: Array<Cell | null> }>;
  today: Array<{ year: number; unit: string; cell: Cell }>;
  orgs: Array<{ year: number; unit: string; org: string; cell: Cell }>;
  cumulative: ListedRow[];
  listed: ListedRow[];
  details: SourceDetail[];
}

/** One indicator's page: every total that exists for it, with the details of its sources. */
export function indicatorViews(stats: Statistics, names: StatisticsNames): IndicatorView[] {
  const totals = groupBy(stats.totals, (x) => x.indicator);
  const today = groupBy(stats.today, (x) => x.indicator);
  const portal = groupBy(stats.portal, (x) => x.indicator);
  const cumulative = groupBy(stats.cumulative, (x) => x.indicator);
  const listed = groupBy(stats.listed, (x) => x.indicator);
  const keys = [...new Set([...totals.keys(), ...cumulative.keys(), ...listed.keys()])].filter((k) => names.indicators.has(k)).sort();
  return keys.map((key) => indicatorView(key, names, totals.get(key) ?? [], today.get(key) ?? [], portal.get(key) ?? [], cumulative.get(key) ?? [], listed.get(key) ?? []));
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

function indicatorView(
  key: string,
  names: StatisticsNames,
  totals: YearTotal[],
  today: TodayTotal[],
  portal: PortalTotal[],
  cumulative: ResolvedFact[],
  listed: ResolvedFact[],
): IndicatorView {
  const definition = names.indicators.get(key)!;
  const years = [...new Set(totals.map((x) => x.year))].sort((a, b) => a - b);
  const details: SourceDetail[] = [];
  const byKey = new Map(totals.map((x) => [`${x.year}|${x.unit}|${x.org ?? ''}`, x]));
  const todayByKey = new Map(today.map((x) => [`${x.year}|${x.unit}`, x]));
  const portalByYear = new Map(portal.map((x) => [x.year, x]));
  const partOf = (year: number, unit: string, org: string | null) => {
    const total = byKey.get(`${year}|${unit}|${org ?? ''}`)!;
    return { name: unitName(names, unit), text: quantity(names, key, total.value, total.qualifier), href: `#${anchor(year, unit, org)}` };
  };
  const portalCells = years.map((year) => {
    const p = portalByYear.get(year);
    if (!p) return null;
    const id = anchor(year, 'tong');
    const text = quantity(names, key, p.value, p.qualifier);
    const parts = p.units.map((unit) => {
      const merged = todayByKey.get(`${year}|${unit}`);
      return merged ? { name: unitName(names, unit), text: quantity(names, key, merged.value, merged.qualifier), href: `#${anchor(year, unit, 'nay')}` } : partOf(year, unit, null);
    });
    details.push(detailOf(names, id, `${t.portalRow} – ${t.yearHeading(year)}`, text, [t.sumOfChildren(p.units.map((u) => unitName(names, u))), ...coverageNotes(p)], [], parts));
    return { text, href: `#${id}`, notes: coverageNotes(p) };
  });
  const general = totals.filter((x) => x.org === null);
  const unitRows = unitOrder(names, new Set(general.map((x) => x.unit))).map(({ key: unit, depth }) => ({
    name: unitName(names, unit),
    href: urls.unit(unit),
    depth,
    cells: years.map((year) => {
      const total = byKey.get(`${year}|${unit}|`);
      if (!total) return null;
      const id = anchor(year, unit);
      const text = quantity(names, key, total.value, total.qualifier);
      const sum = total.basis === 'sum-of-children';
      const notes = sum ? [t.sumOfChildren(total.children.map((c) => unitName(names, c))), ...coverageNotes(total)] : [t.reported, ...coverageNotes(total)];
      details.push(detailOf(names, id, `${unitName(names, unit)} – ${t.yearHeading(year)}`, text, notes, sum ? [] : total.facts, sum ? total.children.map((c) => partOf(year, c, null)) : []));
      return { text, href: `#${id}`, notes: totalNotes(names, total) };
    }),
  }));
  const todayRows = today.map((x) => {
    const id = anchor(x.year, x.unit, 'nay');
    const text = quantity(names, key, x.value, x.qualifier);
    const notes = [t.includes(x.includes.map((u) => unitName(names, u))), ...coverageNotes(x)];
    details.push(detailOf(names, id, `${unitName(names, x.unit)} (${t.todayTitle}) – ${t.yearHeading(x.year)}`, text, notes, x.facts));
    return { year: x.year, unit: unitName(names, x.unit), cell: { text, href: `#${id}`, notes } };
  });
  const orgRows = totals
    .filter((x) => x.org !== null)
    .map((x) => {
      const id = anchor(x.year, x.unit, x.org);
      const text = quantity(names, key, x.value, x.qualifier);
      const sum = x.basis === 'sum-of-children';
      details.push(detailOf(names, id, `${unitName(names, x.unit)}, ${orgName(names, x.org)} – ${t.yearHeading(x.year)}`, text, totalNotes(names, x), sum ? [] : x.facts, sum ? x.children.map((c) => partOf(x.year, c, x.org)) : []));
      return { year: x.year, unit: unitName(names, x.unit), org: orgName(names, x.org)!, cell: { text, href: `#${id}`, notes: totalNotes(names, x) } };
    })
    .sort((a, b) => a.year - b.year || a.unit.localeCompare(b.unit, 'vi') || a.org.localeCompare(b.org, 'vi'));
  const bars = portal
    .slice()
    .sort((a, b) => a.year - b.year)
    .map((p) => ({ label: String(p.year), value: p.value, valueText: quantity(names, key, p.value, p.qualifier) }));
  const chart =
    bars.length > 0
      ? barChartSvg(bars, t.chartTitle(definition.label), t.chartDescription(definition.label, bars.map((b) => `${b.label}: ${b.valueText}`)), `bieu-do-${key}`)
      : undefined;
  return {
    key,
    label: definition.label,
    unit: definition.unit,
    addable: definition.aggregate === 'sum',
    years,
    chart,
    portal: portalCells,
    units: unitRows,
    today: todayRows,
    orgs: orgRows,
    cumulative: cumulative.map((f) => listedRow(names, f)),
    listed: listed.map((f) => listedRow(names, f)),
    details,
  };
}

export interface YearTotalsView {
  year: number;
  rows: Array<{ label: string; href: string; cell: Cell }>;
}

/** A year page's totals: the portal's figure of every indicator that year. */
export function yearTotalsViews(stats: Statistics, names: StatisticsNames): Map<number, YearTotalsView> {
  const views = new Map<number, YearTotalsView>();
  for (const p of stats.portal) {
    const definition = names.indicators.get(p.indicator);
    if (!definition) continue;
    const view = views.get(p.year) ?? { year: p.year, rows: [] };
    view.rows.push({
      label: definition.label,
      href: urls.statisticsIndicator(p.indicator),
      cell: { text: quantity(names, p.indicator, p.value, p.qualifier), href: `${urls.statisticsIndicator(p.indicator)}#${anchor(p.year, 'tong')}`, notes: coverageNotes(p) },
    });
    views.set(p.year, view);
  }
  for (const view of views.values()) view.rows.sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  return views;
}

export interface UnitTotalsView {
  rows: Array<{ year: number; label: string; cell: Cell }>;
  /** "gồm số liệu của …" rows: the unit within today's borders. */
  today: Array<{ year: number; label: string; cell: Cell }>;
}

/** A unit page's totals: the unit's figure (all organisations) of every indicator, by year. */
export function unitTotalsViews(stats: Statistics, names: StatisticsNames): Map<string, UnitTotalsView> {
  const views = new Map<string, UnitTotalsView>();
  const viewOf = (unit: string) => {
    let view = views.get(unit);
    if (!view) views.set(unit, (view = { rows: [], today: [] }));
    return view;
  };
  for (const x of stats.totals) {
    if (x.org !== null || !names.indicators.has(x.indicator)) continue;
    viewOf(x.unit).rows.push({
      year: x.year,
      label: names.indicators.get(x.indicator)!.label,
      cell: { text: quantity(names, x.indicator, x.value, x.qualifier), href: `${urls.statisticsIndicator(x.indicator)}#${anchor(x.year, x.unit)}`, notes: totalNotes(names, x) },
    });
  }
  for (const x of stats.today) {
    if (!names.indicators.has(x.indicator)) continue;
    viewOf(x.unit).today.push({
      year: x.year,
      label: names.indicators.get(x.indicator)!.label,
      cell: {
        text: quantity(names, x.indicator, x.value, x.qualifier),
        href: `${urls.statisticsIndicator(x.indicator)}#${anchor(x.year, x.unit, 'nay')}`,
        notes: [t.includes(x.includes.map((u) => unitName(names, u))), ...coverageNotes(x)],
      },
    });
  }
  const order = (a: { year: number; label: string }, b: { year: number; label: string }) => b.year - a.year || a.label.localeCompare(b.label, 'vi');
  for (const view of views.values()) {
    view.rows.sort(order);
    view.today.sort(order);
  }
  return views;
}

/**
 * How many findings of each kind the data-quality page shows; all of them are in the open data
 * (du-lieu/chat-luong). Listing every one made the page 282 MB of HTML for the 260 857 findings of
 * the 100 000-article bench corpus; a portal with many needs the spreadsheet anyway.
 */
export const QUALITY_SHOWN = 100;

export interface QualityView {
  groups: Array<{
    kind: keyof typeof t.qualityKinds;
    title: string;
    /** How many findings of this kind there are. */
    count: number;
    /** The first QUALITY_SHOWN of them. */
    items: Array<{ text: string; sources: SourceLink[] }>;
  }>;
}

/** Every finding in words, once: the data-quality page and its open data both list them. */
export function describeFindings(stats: Statistics, names: StatisticsNames): DescribedFinding[] {
  const named = findingNames(names);
  return stats.findings.map((f) => describeFinding(f, named));
}

export function qualityView(described: DescribedFinding[], names: StatisticsNames, shown = QUALITY_SHOWN): QualityView {
  const kinds = Object.keys(t.qualityKinds) as Array<keyof typeof t.qualityKinds>;
  return {
    groups: kinds
      .map((kind) => {
        const all = described.filter((d) => d.kind === kind);
        return {
          kind,
          title: t.qualityKinds[kind],
          count: all.length,
          items: all.slice(0, shown).map((d) => ({ text: d.text, sources: sourceLinks(names, d.articles) })),
        };
      })
      .filter((g) => g.count > 0),
  };
}

export { sourcesOf };
