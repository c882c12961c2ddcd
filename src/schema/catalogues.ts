/** The three catalogues every article refers to by key: one schema each, used by Astro and by the content check. */
import { z } from 'astro/zod';
import { calendarDate, flag, oneOf, optionalText, record, text } from './fields.ts';

import { AGGREGATES, UNIT_LEVELS } from './vocabulary.ts';

/** File names inside the content folder. */
export const CATALOGUE_FILES = {
  units: 'units.yaml',
  organisations: 'organisations.yaml',
  indicators: 'indicators.yaml',
} as const;
export type CatalogueName = keyof typeof CATALOGUE_FILES;

export const unitSchema = record({
  key: text(),
  name: text(),
  level: oneOf(UNIT_LEVELS),
  parent: optionalText(),
  /** The unit's last day ("2025-06-30"), when it no longer exists. */
  lastDay: calendarDate().optional(),
  /** The key of the unit that carries on its area (a merged province's new province). */
  successor: optionalText(),
});

export const organisationSchema = record({
  key: text(),
  name: text(),
  short: optionalText(),
});

export const indicatorSchema = record({
  key: text(),
  label: text(),
  unit: text(),
  aggregate: oneOf(AGGREGATES),
  group: text(),
  /** The value may have a decimal part though its unit is no measure (MEASURED_UNITS). */
  decimal: flag().optional(),
});

export const catalogueSchemas = { units: unitSchema, organisations: organisationSchema, indicators: indicatorSchema };

export type Unit = z.infer<typeof unitSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
