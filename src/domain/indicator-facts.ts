/** The "Số liệu" box: an article's typed figures turned into lines a reader understands. */
import type { IndicatorValue } from './article-summary.ts';
import { formatPeriod, samePeriod, type Period } from './period.ts';
import { formatQuantity } from './vietnamese-number.ts';

import type { Indicator, Organisation } from '../schema/catalogues.ts';

export type IndicatorDefinition = Indicator;
export type OrganisationName = Organisation;

export interface FactRow {
  key: string;
  label: string;
  /** "trên 7 tỷ đồng" */
  valueText: string;
  /** The organisation the figure belongs to, by its full name, if any. */
  org?: string;
  /** Only when the figure covers another span than the article's period. */
  period?: string;
  note?: string;
}

export function describeIndicators(
  values: IndicatorValue[],
  indicators: Map<string, IndicatorDefinition>,
  organisations: Map<string, OrganisationName>,
  articlePeriod?: Period,
): FactRow[] {
  return values.flatMap((entry) => {
    const definition = indicators.get(entry.key);
    if (!definition) return [];
    const org = entry.org ? organisations.get(entry.org) : undefined;
    const ownPeriod = entry.period && !(articlePeriod && samePeriod(entry.period, articlePeriod)) ? entry.period : undefined;
    return [{
      key: entry.key,
      label: definition.label,
      valueText: formatQuantity(entry.value, definition.unit, entry.qualifier),
      org: org?.name,
      period: ownPeriod ? formatPeriod(ownPeriod) : undefined,
      note: entry.note,
    }];
  });
}

export interface FactGroup {
  /** Full organisation name, or undefined for figures of the whole programme. */
  org?: string;
  rows: FactRow[];
}

/**
 * Figures grouped by the organisation they belong to, in the order the article gives them, with
 * the programme-wide figures first: on a phone a heading per organisation reads better than an
 * organisation column repeated on every row.
 */
export function groupFactsByOrganisation(rows: FactRow[]): FactGroup[] {
  const groups = new Map<string | undefined, FactRow[]>([[undefined, []]]);
  for (const row of rows) {
    const list = groups.get(row.org) ?? [];
    list.push(row);
    groups.set(row.org, list);
  }
  return [...groups.entries()].filter(([, list]) => list.length > 0).map(([org, list]) => ({ org, rows: list }));
}
