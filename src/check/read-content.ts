/** Reads the content tree from disk and runs the content check on it. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOGUE_FILES, type CatalogueName } from '../schema/catalogues.ts';
import { displayPath, type ContentError } from './content-error.ts';
import { contentDir } from '../config.ts';
import { validateContent, type SourceFile, type ValidationOptions, type ValidationReport } from './validate-content.ts';
import { validation as v } from '../i18n/vi.ts';
import { mapInBatches } from '../build/in-batches.ts';

/** Every Markdown file under <content>/articles, as absolute paths. */
async function listMarkdownFiles(articlesDir: string): Promise<string[]> {
  if (!existsSync(articlesDir)) return [];
  const entries = await readdir(articlesDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const ARTICLE_FILE = /\/articles\/[^/]+\/[^/]+\/index\.mdx?$/;

/**
 * Files read at once. Opening every article together failed at 50 000 articles with EMFILE (too
 * many open files: the limit is 20 000 on these machines, 1 024 on many servers); in batches the
 * disk stays just as busy.
 */
export const READ_BATCH = 256;

/** read() over every path, at most READ_BATCH at a time, results in order. */
export function readAll<T>(paths: string[], read: (path: string) => Promise<T>): Promise<T[]> {
  return mapInBatches(paths, READ_BATCH, read);
}

export async function checkContentTree(root: string, options: ValidationOptions = {}): Promise<ValidationReport> {
  const dir = contentDir(root);
  const show = (path: string) => displayPath(root, path);
  const misplaced: ContentError[] = [];
  const articlePaths: string[] = [];
  for (const path of await listMarkdownFiles(join(dir, 'articles'))) {
    if (ARTICLE_FILE.test(path.split('\\').join('/'))) articlePaths.push(path);
    else misplaced.push({ file: show(path), field: '', message: v.misplacedArticle });
  }
  const read = async (path: string): Promise<SourceFile> => ({ path: show(path), text: await readFile(path, 'utf8') });
  const readCatalogue = async (path: string): Promise<SourceFile> =>
    existsSync(path) ? read(path) : { path: show(path), text: '[]' };
  const names = Object.keys(CATALOGUE_FILES) as CatalogueName[];
  const catalogueFiles = await Promise.all(names.map((name) => readCatalogue(join(dir, CATALOGUE_FILES[name]))));
  const report = validateContent({
    catalogues: Object.fromEntries(names.map((name, i) => [name, catalogueFiles[i]])) as Record<CatalogueName, SourceFile>,
    articles: await readAll(articlePaths, read),
    fileExists: (path) => existsSync(join(root, path)) || existsSync(path),
  }, options);
  return { ...report, errors: [...misplaced, ...report.errors] };
}
