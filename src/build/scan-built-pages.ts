/**
 * The security gate on every build: each page Astro wrote is scanned (src/security/page-scan.ts)
 * before it may replace dist/, and a page with script, a handler, a dangerous URL, a frame or a
 * remote load stops the build naming the page and the article it shows. Pages already found clean
 * are skipped by their hash (kept in the cache folder), so a rebuild scans only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { scanPage, type PageFinding } from '../security/page-scan.ts';
import { parsePagePath } from '../urls.ts';
import { bodySafety as v } from '../i18n/vi.ts';
import { displayPath, type ContentError } from '../check/content-error.ts';
import { mapInBatches } from './in-batches.ts';

const SCAN_SOURCES = [new URL('../security/page-scan.ts', import.meta.url)];
const BATCH = 64;

export interface PageScanOptions {
  /** The built site (dist.next). */
  outDir: string;
  /** The project folder, for file names in messages. */
  root: string;
  /** The content folder, to name the article a page shows. */
  contentDir: string;
  /** The portal's origin: URLs on it are its own. */
  origin: string;
  /** Where the hashes of pages found clean are kept between builds. */
  cacheFile: string;
}

async function listPages(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name)).sort();
}

async function readCleanHashes(cacheFile: string, codeHash: string): Promise<Set<string>> {
  try {
    const saved = JSON.parse(await readFile(cacheFile, 'utf8')) as { code: string; clean: string[] };
    return saved.code === codeHash ? new Set(saved.clean) : new Set();
  } catch {
    return new Set();
  }
}

/** The article file behind /bai-viet/<slug>/, looked up only when a page is refused. */
async function articleFileOf(contentDir: string, slug: string): Promise<string | undefined> {
  const articles = join(contentDir, 'articles');
  if (!existsSync(articles)) return undefined;
  for (const year of await readdir(articles)) {
    for (const name of ['index.md', 'index.mdx']) {
      const path = join(articles, year, slug, name);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

const describe = (findings: PageFinding[]) =>
  [...new Set(findings.map((f) => v.pageFinding[f.kind]))].join(', ') + ` (${findings[0].detail})`;

export async function scanBuiltPages(options: PageScanOptions): Promise<ContentError[]> {
  const code = createHash('sha256');
  for (const source of SCAN_SOURCES) code.update(await readFile(source));
  const codeHash = code.update(options.origin).digest('hex');
  const known = await readCleanHashes(options.cacheFile, codeHash);
  const clean: string[] = [];
  const refused: Array<{ page: string; findings: PageFinding[] }> = [];
  await mapInBatches(await listPages(options.outDir), BATCH, async (file) => {
    const html = await readFile(file, 'utf8');
    const hash = createHash('sha256').update(html).digest('base64');
    if (!known.has(hash)) {
      const findings = scanPage(html, options.origin);
      if (findings.length > 0) {
        refused.push({ page: '/' + relative(options.outDir, file).split('\\').join('/'), findings });
        return;
      }
    }
    clean.push(hash);
  });
  // Write then rename: a build stopped half-way never leaves a torn file.
  await mkdir(dirname(options.cacheFile), { recursive: true });
  await writeFile(`${options.cacheFile}.tmp`, JSON.stringify({ code: codeHash, clean }));
  await rename(`${options.cacheFile}.tmp`, options.cacheFile);

  const errors: ContentError[] = [];
  for (const { page, findings } of refused.sort((a, b) => a.page.localeCompare(b.page))) {
    const ref = parsePagePath(page);
    const article = ref?.type === 'article' ? await articleFileOf(options.contentDir, ref.slug) : undefined;
    const shown = article ? displayPath(options.root, article) : undefined;
    errors.push({ file: shown ?? `dist${page}`, field: '', message: v.pageUnsafe(page, describe(findings)) });
  }
  return errors;
}
