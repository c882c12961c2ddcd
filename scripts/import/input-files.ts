/**
 * Which files `npm run import` reads, and where a saved page's photos are. Browsers save a
 * page as "Trang.html" with its images in "Trang_files/" (or "Trang-Dateien", "Trang.htm"'s
 * "Trang_files"), and the page points to them by that relative path.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const PAGE_FILE = /\.(?:html?|txt)$/i;

/** Every page file named or inside a named folder (not inside a page's "_files" folder), sorted. */
export async function listInputFiles(paths: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    const full = resolve(path);
    if ((await stat(full)).isDirectory()) {
      for (const entry of await readdir(full, { recursive: true, withFileTypes: true })) {
        const inside = join(entry.parentPath, entry.name);
        if (entry.isFile() && PAGE_FILE.test(entry.name) && !/_files[\\/]|-Dateien[\\/]/.test(inside)) files.add(inside);
      }
    } else {
      files.add(full);
    }
  }
  return [...files].sort();
}

/** The photo file a saved page points to, if it was saved with it. */
export function findPhotoBeside(pageFile: string, src: string): string | undefined {
  if (/^(?:data:|https?:\/\/|\/\/)/i.test(src) && !/_files\//.test(src)) {
    // A remote address: the browser may still have saved it under the page's "_files" folder.
    return inFilesFolder(pageFile, fileNameOf(src));
  }
  const relativePath = decode(src.split(/[?#]/)[0]);
  const here = dirname(pageFile);
  const candidates = [join(here, relativePath), join(here, basename(relativePath))];
  return candidates.find(isFile) ?? inFilesFolder(pageFile, basename(relativePath));
}

function inFilesFolder(pageFile: string, name: string): string | undefined {
  if (!name) return undefined;
  const stem = basename(pageFile).replace(/\.[^.]+$/, '');
  return [`${stem}_files`, `${stem}-Dateien`, `${stem}.files`].map((folder) => join(dirname(pageFile), folder, name)).find(isFile);
}

const fileNameOf = (src: string) => decode(src.split(/[?#]/)[0].split('/').pop() ?? '');

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
