/**
 * The catalogues as the editor needs them: their texts for the content check (exactly as
 * read-content.ts hands them over) and their entries for the pickers, each parsed by the schema
 * the check uses (src/schema/catalogues.ts). An entry the check would refuse is left out of the
 * pickers; the check itself reports it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CATALOGUE_FILES, catalogueSchemas, type CatalogueName } from '../../src/schema/catalogues.ts';
import { sourceFromBytes } from '../../src/check/text-encoding.ts';
import type { SourceFile } from '../../src/check/validate-content.ts';
import type { Catalogues } from './cms-config.ts';

const NAMES = Object.keys(CATALOGUE_FILES) as CatalogueName[];

export async function readCatalogueSources(contentDir: string, show: (path: string) => string): Promise<Record<CatalogueName, SourceFile>> {
  const files = await Promise.all(
    NAMES.map(async (name) => {
      const path = join(contentDir, CATALOGUE_FILES[name]);
      if (!existsSync(path)) return { path: show(path), text: '[]' };
      return { path: show(path), text: sourceFromBytes(show(path), await readFile(path)).text };
    }),
  );
  return Object.fromEntries(NAMES.map((name, i) => [name, files[i]])) as Record<CatalogueName, SourceFile>;
}

/** The entries of each catalogue that its schema accepts, in file order. */
export function parseCatalogues(sources: Record<CatalogueName, SourceFile>): Catalogues {
  const entries = (name: CatalogueName) => {
    let items: unknown;
    try {
      items = parseYaml(sources[name].text);
    } catch {
      return [];
    }
    if (!Array.isArray(items)) return [];
    return items.flatMap((item) => {
      const result = catalogueSchemas[name].safeParse(item);
      return result.success ? [result.data] : [];
    });
  };
  return { units: entries('units'), organisations: entries('organisations'), indicators: entries('indicators') } as Catalogues;
}
