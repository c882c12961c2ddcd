/** The "Số liệu" box: an article's typed figures turned into lines a reader understands. */
import type { IndicatorValue } from './article-summary.ts';
import { formatPeriod, samePeriod, type Period } from './period.ts';
import { formatQuantity } from './vietnamese-number.ts';

export interface IndicatorDefinition {
  key: string;
  label: string;
  unit: string;
  group: string;
}

export interface OrganisationName {
  key: string;
  name: string;
  short?: string;
}

export interface FactRow {
  key: string;
  label: string;
  /** "trên 7 tỷ đồng" */
  valueText: string;
  /** Short name of the organisation the figure belongs to ("Hội CCB"), if any. */
  org?: string;
  orgFull?: string;
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
      org: org ? (org.short ?? org.name) : undefined,
      orgFull: org?.name,
      period: ownPeriod ? formatPeriod(ownPeriod) : undefined,
      note: entry.note,
    }];
  });
}
