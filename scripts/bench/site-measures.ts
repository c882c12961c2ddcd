/**
 * The size of a built site on disk, and which of its pages the page-weight report looks at
 * (the weighing itself is scripts/quality/page-weight.ts).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
  htmlFiles: number;
}

export async function folderSize(dir: string): Promise<FolderSize> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const size: FolderSize = { bytes: 0, files: 0, htmlFiles: 0 };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    size.bytes += (await stat(join(entry.parentPath, entry.name))).size;
    size.files++;
    if (entry.name.endsWith('.html')) size.htmlFiles++;
  }
  return size;
}

/** The pages the issue budgets: home, one article (the home page's lead), the newest year, search. */
export async function samplePages(siteDir: string): Promise<string[]> {
  const home = (await readFile(join(siteDir, 'index.html'), 'utf8'));
  const article = /href="(\/bai-viet\/[^"/]+\/)"/.exec(home)?.[1];
  const year = /href="(\/nam\/\d{4}\/)"/.exec(home)?.[1];
  return ['/', article, year, '/tim-kiem/'].filter((p): p is string => p !== undefined);
}
