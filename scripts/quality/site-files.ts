/**
 * The pages of a built site and the files its URLs name, resolved the way the static server and
 * nginx resolve them: the file itself, or the folder's index.html.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Every .html file under root, as paths relative to it with forward slashes, sorted. */
export async function listHtmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1).split(sep).join('/'))
    .sort();
}

/** "nam/2022/index.html" → "/nam/2022/"; "404.html" → "/404.html". */
export function urlPathOfFile(relativeFile: string): string {
  if (relativeFile === 'index.html') return '/';
  return '/' + relativeFile.replace(/(^|\/)index\.html$/, '$1');
}

/** The file a URL path names under root, or undefined when there is none. */
export function fileForUrlPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.split('/').includes('..')) return undefined;
  const target = join(root, decoded);
  for (const candidate of [target, join(target, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
