/** The statistics page's layout of the yearly totals: year → level → rows, labels resolved. */
import type { Level, YearTotal } from './aggregate.ts';
import type { IndicatorDefinition } from './indicator-facts.ts';
import { formatQuantity } from './vietnamese-number.ts';
import { UNIT_LEVELS } from '../schema/vocabulary.ts';

export interface StatisticsRow {
  key: string;
  label: string;
  group: string;
  valueText: string;
  reports: number;
}

export interface StatisticsYear {
  year: number;
  levels: Array<{ level: Level; rows: StatisticsRow[] }>;
}

const LEVEL_ORDER: readonly Level[] = UNIT_LEVELS;

export function statisticsByYear(totals: YearTotal[], indicators: Map<string, IndicatorDefinition>): StatisticsYear[] {
  const years = new Map<number, Map<Level, StatisticsRow[]>>();
  for (const total of totals) {
    const definition = indicators.get(total.indicator);
    if (!definition) continue;
    const levels = years.get(total.year) ?? new Map<Level, StatisticsRow[]>();
    const rows = levels.get(total.level) ?? [];
    rows.push({
      key: total.indicator,
      label: definition.label,
      group: definition.group,
      valueText: formatQuantity(total.value, definition.unit, total.qualifier),
      reports: total.reports,
    });
    levels.set(total.level, rows);
    years.set(total.year, levels);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, levels]) => ({
      year,
      levels: LEVEL_ORDER.filter((l) => levels.has(l)).map((level) => ({
        level,
        rows: levels.get(level)!.sort((a, b) => a.group.localeCompare(b.group, 'vi') || a.label.localeCompare(b.label, 'vi')),
      })),
    }));
}
