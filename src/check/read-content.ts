/** Reads the content tree from disk and runs the content check on it. */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { PHOTO_HEAD_BYTES } from './photo-format.ts';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOGUE_FILES, type CatalogueName } from '../schema/catalogues.ts';
import { PORTAL_FILE } from '../schema/portal.ts';
import { displayPath, type ContentError } from './content-error.ts';
import { contentDir } from '../config.ts';
import { validateContent, type SourceFile, type ValidationOptions, type ValidationReport } from './validate-content.ts';
import { validation as v } from '../i18n/vi.ts';
import { mapInBatches } from '../build/in-batches.ts';
import { sourceFromBytes } from './text-encoding.ts';

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

/** The first bytes of a photo, read synchronously: the check asks for them one photo at a time. */
function readHead(path: string): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(PHOTO_HEAD_BYTES);
    return head.subarray(0, readSync(fd, head, 0, PHOTO_HEAD_BYTES, 0));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
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
  // A file saved in another encoding is reported once; an article is then not checked further.
  const refused: ContentError[] = [];
  const read = async (path: string): Promise<SourceFile> => {
    const source = sourceFromBytes(show(path), await readFile(path));
    if (source.error) refused.push(source.error);
    return { path: show(path), text: source.text, refused: source.error !== undefined };
  };
  const readCatalogue = async (path: string): Promise<SourceFile> =>
    existsSync(path) ? read(path) : { path: show(path), text: '[]' };
  const names = Object.keys(CATALOGUE_FILES) as CatalogueName[];
  const catalogueFiles = await Promise.all(names.map((name) => readCatalogue(join(dir, CATALOGUE_FILES[name]))));
  const portalPath = join(dir, PORTAL_FILE);
  const report = validateContent({
    portal: existsSync(portalPath) ? await read(portalPath) : undefined,
    portalPath: show(portalPath),
    catalogues: Object.fromEntries(names.map((name, i) => [name, catalogueFiles[i]])) as Record<CatalogueName, SourceFile>,
    articles: (await readAll(articlePaths, read)).filter((file) => !file.refused),
    fileExists: (path) => existsSync(join(root, path)) || existsSync(path),
    fileHead: (path) => readHead(existsSync(join(root, path)) ? join(root, path) : path),
  }, options);
  return { ...report, articleCount: articlePaths.length, errors: [...misplaced, ...refused, ...report.errors] };
}
