/**
 * Figures versus text: the frontmatter says 1.600 recruits, the body should say so too. Two
 * warnings (never errors: prose may round, or give a figure in words the reader does not know):
 * an indicator whose value the body never writes, with the closest number the body does write;
 * and a figure in the body that looks like an indicator (it counts something, or is a sum of
 * money) but is in no indicator, with the catalogue key it probably belongs to.
 *
 * Pure: validate-content.ts hands over the parsed article and the catalogue's text.
 */
import { parse as parseYaml } from 'yaml';
import { looksLikeIndicator, readNumbers, type NumberInText } from '../domain/figures-in-text.ts';
import { figureContext, guessIndicatorKey, type CatalogueIndicator } from '../domain/indicator-guess.ts';
import { formatQuantity } from '../domain/vietnamese-number.ts';
import { figureWarnings as w } from '../i18n/vi.ts';
import type { ContentError } from './content-error.ts';

export interface FigureCheckInput {
  file: string;
  /** The Markdown after the frontmatter. */
  body: string;
  /** File line of the body's first line. */
  bodyStartLine: number;
  indicators: ReadonlyArray<{ key: string; value: number; qualifier?: 'exact' | 'over' | 'under' }>;
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  catalogue: readonly CatalogueIndicator[];
  /** Values of an imported draft's indicatorSuggestions: already listed for staff to confirm. */
  suggested?: readonly number[];
}

/** The indicator catalogue's entries that have what the reader needs; broken ones are the check's to report. */
export function readIndicatorCatalogue(yamlText: string): CatalogueIndicator[] {
  let items: unknown;
  try {
    items = parseYaml(yamlText);
  } catch {
    return [];
  }
  if (!Array.isArray(items)) return [];
  return items.filter(
    (i): i is CatalogueIndicator => typeof i?.key === 'string' && typeof i.label === 'string' && typeof i.unit === 'string',
  );
}

/**
 * What the reader should not see: photos' Markdown (alt text and file names), links' targets
 * and comments, blanked with spaces so positions and lines stay those of the file.
 */
export function proseOf(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, blank)
    .replace(/\]\([^)]*\)/g, (link) => ']' + blank(link.slice(1)))
    .replace(/^(?:import|export)\s.*$/gm, blank);
}

export function figureWarnings(input: FigureCheckInput): ContentError[] {
  const prose = proseOf(input.body);
  const units = [...new Set(input.catalogue.map((c) => c.unit))];
  const all = readNumbers(prose, { units }).filter((n) => n.role === 'figure');
  const lineAt = (offset: number) => input.bodyStartLine + countLines(prose, offset);
  const byKey = new Map(input.catalogue.map((c) => [c.key, c]));
  const warnings: ContentError[] = [];

  input.indicators.forEach((indicator, i) => {
    if (all.some((f) => f.value === indicator.value)) return;
    const entry = byKey.get(indicator.key);
    const closest = closestFigure(all, indicator.value, entry?.unit);
    warnings.push({
      file: input.file,
      line: input.lineOf(['indicators', i, 'value']) ?? input.lineOf(['indicators', i]),
      field: `indicators[${i}].value`,
      message: w.valueNotInText(
        entry?.label ?? indicator.key,
        formatQuantity(indicator.value, entry?.unit ?? '', indicator.qualifier ?? 'exact').trim(),
        closest && { text: closest.text, line: lineAt(closest.start) },
      ),
      severity: 'warning',
    });
  });

  const values = new Set([...input.indicators.map((i) => i.value), ...(input.suggested ?? [])]);
  const listed = new Set<string>();
  for (const figure of all) {
    if (!looksLikeIndicator(figure) || values.has(figure.value)) continue;
    const id = `${figure.value} ${figure.unit}`;
    if (listed.has(id)) continue;
    listed.add(id);
    const guess = guessIndicatorKey(figure, figureContext(prose, figure, all), input.catalogue);
    const entry = guess && byKey.get(guess.key);
    warnings.push({
      file: input.file,
      line: lineAt(figure.start),
      field: '',
      message: w.figureNotInIndicators(figure.text, entry ? { key: entry.key, label: entry.label } : undefined),
      severity: 'warning',
    });
  }
  return warnings;
}

/** The body's figure nearest the value (by ratio), among those in the indicator's unit if any. */
function closestFigure(all: readonly NumberInText[], value: number, unit: string | undefined): NumberInText | undefined {
  const sameUnit = all.filter((f) => f.unit === unit);
  const pool = sameUnit.length > 0 ? sameUnit : all;
  let best: NumberInText | undefined;
  let bestDistance = Infinity;
  for (const figure of pool) {
    const distance = Math.abs(Math.log((Math.abs(figure.value) + 1) / (Math.abs(value) + 1)));
    if (distance < bestDistance) {
      best = figure;
      bestDistance = distance;
    }
  }
  return best;
}

function countLines(text: string, offset: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
