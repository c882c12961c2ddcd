/**
 * The statistics of one build: computed once with the site data, their findings printed as the
 * build's warnings (not errors: the site is still published), and the views every statistics
 * page, year page and unit page receives in its props.
 */
import { buildStatistics, type Statistics } from '../statistics/statistics.ts';
import type { FactArticle } from '../statistics/facts.ts';
import { findingWarnings } from '../statistics/describe-findings.ts';
import {
  findingNames,
  indicatorViews,
  overviewView,
  qualityView,
  describeFindings,
  unitTotalsViews,
  yearTotalsViews,
  type StatisticsNames,
} from '../statistics/statistics-view.ts';
import { factRows, findingRows, todayRows, totalRows } from '../statistics/open-data.ts';
import { indexUnits, predecessorsOf } from '../statistics/unit-totals.ts';
import type { Unit } from '../schema/catalogues.ts';
import { findings as findingText } from '../i18n/vi.ts';

/** Reads the statistics time back from the build's log (the benchmark's statistics phase). */
export const STATISTICS_TIMING = /^Thống kê: \d+ số liệu → \d+ tổng theo năm, tính trong (\d+) ms\.$/;

export function loadStatistics(articles: Array<FactArticle & { title: string; entry?: { filePath?: string } }>, names: Omit<StatisticsNames, 'titles'>, site: string) {
  const units: Unit[] = [...names.units.values()];
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const stats: Statistics = buildStatistics({ articles, indicators: names.indicators, units });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  const all: StatisticsNames = { ...names, titles: new Map(articles.map((a) => [a.slug, a.title])) };
  const paths = new Map(articles.map((a) => [a.slug, a.entry?.filePath ?? a.slug]));
  const described = describeFindings(stats, all);
  return {
    stats,
    /** Milliseconds buildStatistics took (the bench's statistics phase). */
    ms,
    /** CPU milliseconds of the same (less disturbed by other processes on a shared machine). */
    cpuMs: (cpu.user + cpu.system) / 1000,
    /** One line for the build's log: how much was added and how long it took. */
    timing: findingText.timing(stats.facts.length, stats.totals.length, ms),
    warnings: findingWarnings(stats.findings, findingNames(all), (slug) => paths.get(slug) ?? slug),
    overview: overviewView(stats, all),
    indicators: indicatorViews(stats, all),
    years: yearTotalsViews(stats, all),
    units: unitTotalsViews(stats, all),
    quality: qualityView(described, all),
    lineage: unitLineage(units),
    facts: factRows(stats, site, (unit) => names.units.get(unit)?.level),
    totals: totalRows(stats, site),
    /** Open data: the totals by today's province (du-lieu/tong-hop-tinh-hien-nay). */
    todayTotals: todayRows(stats, site),
    /** Open data: every data-quality finding (du-lieu/chat-luong), the page shows the first of each kind. */
    findings: findingRows(described, site),
  };
}

export type SiteStatistics = ReturnType<typeof loadStatistics>;

export interface UnitLineage {
  /** The unit's last day, "30/06/2025", when it ended. */
  ended?: string;
  successor?: { key: string; name: string };
  /** Provinces that merged into it (not its own districts, which are its sub-units anyway). */
  predecessors: Array<{ key: string; name: string }>;
}

/** For unit pages: a unit that ended names its successor; a successor lists its predecessors. */
export function unitLineage(units: Unit[]): Map<string, UnitLineage> {
  const index = indexUnits(units);
  const named = (key: string) => ({ key, name: index.byKey.has(key) ? units.find((u) => u.key === key)!.name : key });
  return new Map(
    units.map((unit) => [
      unit.key,
      {
        ended: unit.lastDay?.split('-').reverse().join('/'),
        successor: unit.successor ? named(unit.successor) : undefined,
        predecessors: predecessorsOf(index, unit.key).map((p) => named(p.key)),
      },
    ]),
  );
}
