/** Every HTML page of a built site (the portal or a fixture), read and parsed once per test file. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseHtml, type PageElement } from '../../scripts/quality/html-document.ts';
import { listHtmlFiles, urlPathOfFile } from '../../scripts/quality/site-files.ts';

export interface BuiltPage {
  /** Relative to the site folder: "nam/2022/index.html". */
  file: string;
  urlPath: string;
  html: string;
  elements: PageElement[];
}

export async function readBuiltPages(root: string): Promise<BuiltPage[]> {
  const files = await listHtmlFiles(root);
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(join(root, file), 'utf8');
      return { file, urlPath: urlPathOfFile(file), html, elements: parseHtml(html) };
    }),
  );
}

export const BROKEN_SITE = resolve(import.meta.dirname, '../fixtures/broken-site');

/** A page of the deliberately broken site, by file name. */
export async function readBrokenPage(file: string): Promise<BuiltPage> {
  const html = await readFile(join(BROKEN_SITE, file), 'utf8');
  return { file, urlPath: urlPathOfFile(file), html, elements: parseHtml(html) };
}

/** Problems per page, leaving out pages that have none: `{}` when the whole site passes. */
export function byPage<T>(pages: BuiltPage[], check: (page: BuiltPage) => T[]): Record<string, T[]> {
  return Object.fromEntries(pages.map((page) => [page.urlPath, check(page)] as const).filter(([, problems]) => problems.length > 0));
}
