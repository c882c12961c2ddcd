/**
 * The open data files (dist/du-lieu/), a contract: keep these paths and fields.
 * - chi-so: one row per fact { article, url, indicator, value, qualifier, unit, level, org, from, to }
 * - tong-hop: one row per yearly total { indicator, year, unit, org, value, qualifier, basis, sources }
 * - tong-hop-tinh-hien-nay: one row per total of today's province that adds a merged province's
 *   figures { indicator, year, unit, value, qualifier, includes, sources } (a file of its own:
 *   in tong-hop it would share (indicator, year, unit, org) with the province's own row)
 * - chat-luong: one row per data-quality finding { kind, finding, sources } (kind one of conflict,
 *   superseded, overlap, dropped; finding the sentence the data-quality page shows)
 * CSV is UTF-8 with a byte-order mark, so a spreadsheet opens it with Vietnamese intact; a list
 * (sources) is written as its items separated by spaces (URLs have none).
 */
import type { Statistics, TodayTotal, YearTotal } from './statistics.ts';
import { sourcesOf } from './statistics.ts';
import type { DescribedFinding } from './describe-findings.ts';
import type { Qualifier } from '../schema/vocabulary.ts';
import { urls } from '../urls.ts';

export interface FactRow {
  article: string;
  url: string;
  indicator: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  level: string | null;
  org: string | null;
  from: string;
  to: string;
}

/** A yearly total as published: its own fields, with its facts reduced to their articles' URLs. */
export type TotalRow = Pick<YearTotal, 'indicator' | 'year' | 'unit' | 'org' | 'value' | 'qualifier' | 'basis'> & { sources: string[] };

/** A total by today's province: the province's figure plus its predecessors' (`includes`), all organisations. */
export type TodayRow = Pick<TodayTotal, 'indicator' | 'year' | 'unit' | 'value' | 'qualifier' | 'includes'> & { sources: string[] };

export const FACT_COLUMNS = ['article', 'url', 'indicator', 'value', 'qualifier', 'unit', 'level', 'org', 'from', 'to'] as const satisfies ReadonlyArray<keyof FactRow>;
export const TOTAL_COLUMNS = ['indicator', 'year', 'unit', 'org', 'value', 'qualifier', 'basis', 'sources'] as const satisfies ReadonlyArray<keyof TotalRow>;

export const TODAY_COLUMNS = ['indicator', 'year', 'unit', 'value', 'qualifier', 'includes', 'sources'] as const satisfies ReadonlyArray<keyof TodayRow>;

/** A data-quality finding: what kind, the page's sentence about it, its articles' URLs. */
export type FindingRow = Pick<DescribedFinding, 'kind'> & { finding: string; sources: string[] };

export const FINDING_COLUMNS = ['kind', 'finding', 'sources'] as const satisfies ReadonlyArray<keyof FindingRow>;

/** An article's public address on the portal. */
const articleUrl = (site: string, slug: string) => new URL(urls.article(slug), site).href;

export function factRows(stats: Statistics, site: string, levelOf: (unit: string) => string | undefined): FactRow[] {
  return stats.facts.map((f) => ({
    article: f.article,
    url: articleUrl(site, f.article),
    indicator: f.indicator,
    value: f.value,
    qualifier: f.qualifier,
    unit: f.unit,
    level: levelOf(f.unit) ?? null,
    org: f.org,
    from: f.period.from,
    to: f.period.to,
  }));
}

export function totalRows(stats: Statistics, site: string): TotalRow[] {
  return stats.totals.map((x) => ({
    indicator: x.indicator,
    year: x.year,
    unit: x.unit,
    org: x.org,
    value: x.value,
    qualifier: x.qualifier,
    basis: x.basis,
    sources: sourcesOf(x.facts).map((slug) => articleUrl(site, slug)),
  }));
}

/** Every finding as described for the data-quality page, with its articles' public addresses. */
export function findingRows(described: DescribedFinding[], site: string): FindingRow[] {
  return described.map((d) => ({ kind: d.kind, finding: d.text, sources: d.articles.map((slug) => articleUrl(site, slug)) }));
}

export function todayRows(stats: Statistics, site: string): TodayRow[] {
  return stats.today.map((x) => ({
    indicator: x.indicator,
    year: x.year,
    unit: x.unit,
    value: x.value,
    qualifier: x.qualifier,
    includes: x.includes,
    sources: sourcesOf(x.facts).map((slug) => articleUrl(site, slug)),
  }));
}

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows per piece of an open data file. The files are written piece by piece (open-data-response.ts)
 * because at 50 000 articles chi-so.json alone is over 100 MB: made as one string, then encoded,
 * then collected by Astro, several of them rendered at once held over a gigabyte beside the heap.
 */
export const ROWS_PER_PIECE = 1000;

/** RFC 4180 CSV with a byte-order mark and CRLF line ends, as spreadsheets expect, in pieces. */
export function* csvPieces<T extends object>(rows: T[], columns: ReadonlyArray<keyof T & string>): Generator<string> {
  yield `\uFEFF${columns.join(',')}\r\n`;
  for (let start = 0; start < rows.length; start += ROWS_PER_PIECE) {
    let piece = '';
    for (const row of rows.slice(start, start + ROWS_PER_PIECE)) piece += `${columns.map((c) => csvField(row[c])).join(',')}\r\n`;
    yield piece;
  }
}

/**
 * The same rows as the CSV, one JSON document indented by one space, in pieces: together they are
 * exactly `JSON.stringify(rows, null, 1)` and a line end. JSON escapes every line break inside a
 * string, so each line break of a row's own text is its layout, one level deeper in the array.
 */
export function* jsonPieces<T>(rows: T[]): Generator<string> {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[';
  let before = '\n ';
  for (let start = 0; start < rows.length; start += ROWS_PER_PIECE) {
    let piece = '';
    for (const row of rows.slice(start, start + ROWS_PER_PIECE)) {
      piece += `${before}${JSON.stringify(row, null, 1).replaceAll('\n', '\n ')}`;
      before = ',\n ';
    }
    yield piece;
  }
  yield '\n]\n';
}

/** The whole CSV as one string (what the tests compare the pieces with). */
export function toCsv<T extends object>(rows: T[], columns: ReadonlyArray<keyof T & string>): string {
  return [...csvPieces(rows, columns)].join('');
}

/** The whole JSON document as one string (what the tests compare the pieces with). */
export function toJson<T>(rows: T[]): string {
  return [...jsonPieces(rows)].join('');
}
