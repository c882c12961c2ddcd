/**
 * Looks up the Vietnamese label and hint of any field of an article by its path, so the content
 * check, `npm run new` and the editor describe a field in the same words. The texts themselves
 * live in src/i18n/vi.ts, typed over the schema's keys.
 */
import { articleFields, indicatorFields, periodFields, type FieldText } from '../i18n/vi.ts';
import type { ArticleData, IndicatorEntry } from './article.ts';

// Every field of the schema has its text: a field added to the schema without a label and hint
// in vi.ts fails the type check here (vi.ts itself imports no schema, so nothing runs in a circle).
const articleTexts: Readonly<Record<keyof ArticleData, FieldText>> = articleFields;
const indicatorTexts: Readonly<Record<keyof IndicatorEntry, FieldText>> = indicatorFields;

/** ["indicators", 2, "value"] → the text of an indicator's `value`; undefined for unknown paths. */
export function fieldText(path: ReadonlyArray<PropertyKey>): FieldText | undefined {
  const names = path.filter((part): part is string => typeof part === 'string');
  const [top, ...rest] = names;
  if (top === undefined || !Object.hasOwn(articleTexts, top)) return undefined;
  if (rest.length === 0) return articleTexts[top as keyof ArticleData];
  if (top === 'period') return lookup(periodFields, rest);
  if (top === 'indicators') {
    const [field, ...inner] = rest;
    if (field === 'period' && inner.length > 0) return lookup(periodFields, inner);
    return lookup(indicatorTexts, rest);
  }
  return undefined;
}

function lookup(table: Readonly<Record<string, FieldText>>, path: string[]): FieldText | undefined {
  return path.length === 1 && Object.hasOwn(table, path[0]) ? table[path[0]] : undefined;
}
