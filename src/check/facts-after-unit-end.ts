/**
 * Rule 8 of the statistics, at the source: a figure of a unit after the unit's last day
 * (units.yaml `lastDay`) is refused, naming the field that places it there (the figure's own
 * `period`, the article's `period`, or the article's `unit` when the figure falls on the day of
 * publication) and the successor to write instead. Figures of a period before the end are the
 * unit's own, however late they were published.
 */
import { parse as parseYaml } from 'yaml';
import type { ContentError } from './content-error.ts';
import type { ArticleData } from '../schema/article.ts';
import { afterUnitEnd } from '../statistics/unit-lifetime.ts';
import { describeSpan, nextDay, type Period } from '../statistics/period-span.ts';
import { localDay } from '../statistics/facts.ts';
import { validation as v } from '../i18n/vi.ts';

export interface EndedUnit {
  name?: string;
  lastDay: string;
  successor?: { key: string; name?: string };
}

type Path = ReadonlyArray<PropertyKey>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The units of units.yaml that ended, by key; a catalogue that does not parse has none (the catalogue check reports it). */
export function readEndedUnits(catalogueText: string): Map<string, EndedUnit> {
  let items: unknown;
  try {
    items = parseYaml(catalogueText);
  } catch {
    return new Map();
  }
  if (!Array.isArray(items)) return new Map();
  const entries = items.filter((item): item is Record<string, unknown> => typeof (item as { key?: unknown } | null)?.key === 'string');
  const names = new Map(entries.map((u) => [u.key as string, textOf(u.name)]));
  const ended = new Map<string, EndedUnit>();
  for (const unit of entries) {
    const lastDay = textOf(unit.lastDay);
    if (lastDay === undefined || !DAY.test(lastDay)) continue;
    const successor = textOf(unit.successor);
    ended.set(unit.key as string, { name: names.get(unit.key as string), lastDay, successor: successor === undefined ? undefined : { key: successor, name: names.get(successor) } });
  }
  return ended;
}

const dayText = (day: string) => day.split('-').reverse().join('/');

export function checkFactsAfterUnitEnd(
  file: string,
  data: Pick<ArticleData, 'unit' | 'period' | 'indicators' | 'publishedAt'>,
  lineOf: (path: Path) => number | undefined,
  ended: ReadonlyMap<string, EndedUnit>,
): ContentError[] {
  const unit = ended.get(data.unit);
  if (!unit) return [];
  const errors: ContentError[] = [];
  const refuse = (period: Period, path: Path, field: string, where: 'entry' | 'period' | 'publication') => {
    const how = afterUnitEnd(period, unit);
    if (!how) return;
    errors.push({
      file,
      line: lineOf(path),
      field,
      message: v.factAfterUnitEnd({
        unit: data.unit,
        unitName: unit.name,
        lastDay: dayText(unit.lastDay),
        firstDayAfter: dayText(nextDay(unit.lastDay)),
        span: describeSpan(period),
        partly: how === 'partly',
        where,
        successor: unit.successor,
      }),
    });
  };
  // Figures without a period of their own share the article's (or the day it was published):
  // one error for them all, at the field that sets it.
  if (data.indicators.some((entry) => !entry.period)) {
    if (data.period) refuse(data.period, ['period'], 'period', 'period');
    else {
      const day = localDay(data.publishedAt);
      refuse({ from: day, to: day }, ['unit'], 'unit', 'publication');
    }
  }
  data.indicators.forEach((entry, i) => {
    if (entry.period) refuse(entry.period, ['indicators', i, 'period'], `indicators[${i}].period`, 'entry');
  });
  return errors;
}
