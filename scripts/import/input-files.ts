/**
 * Which files `npm run import` reads, and where a saved page's photos are. Browsers save a
 * page as "Trang.html" with its images in "Trang_files/" (or "Trang-Dateien", "Trang.htm"'s
 * "Trang_files"), and the page points to them by that relative path.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { imageFileName } from './page-blocks.ts';

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
    return inFilesFolder(pageFile, imageFileName(src));
  }
  const relativePath = decode(src.split(/[?#]/)[0]);
  const here = dirname(pageFile);
  const candidates = [join(here, relativePath), join(here, basename(relativePath))];
  return candidates.find(isFile) ?? inFilesFolder(pageFile, basename(relativePath)) ?? inFilesFolder(pageFile, imageFileName(src));
}

function inFilesFolder(pageFile: string, name: string): string | undefined {
  if (!name) return undefined;
  const stem = basename(pageFile).replace(/\.[^.]+$/, '');
  return [`${stem}_files`, `${stem}-Dateien`, `${stem}.files`].map((folder) => join(dirname(pageFile), folder, name)).find(isFile);
}

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

/**
 * The text of a saved page. Browsers save the page's own bytes: old portals in windows-1258 (or
 * another legacy charset) say so in a <meta>, and a BOM marks UTF-16. Without either, UTF-8.
 */
export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // A charset Node does not know: read it as UTF-8 below, as a browser falls back.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
