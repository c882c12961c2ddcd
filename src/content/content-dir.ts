/**
 * Where the content lives. `content/` by default; BANTIN_CONTENT_DIR points a build at another
 * tree (the benchmark's generated corpus, the tests' broken fixtures) without copying the code.
 */
import { isAbsolute, relative, resolve } from 'node:path';

export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.BANTIN_CONTENT_DIR ?? 'content');
}

/** How a file path is shown in messages: relative to the project when inside it. */
export function displayPath(root: string, absolute: string): string {
  const rel = relative(root, absolute);
  return (rel.startsWith('..') || isAbsolute(rel) ? absolute : rel).split('\\').join('/');
}
