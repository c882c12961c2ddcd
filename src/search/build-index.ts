/**
 * Builds the Pagefind index of a built site with Pagefind's command line.
 * Only article pages carry data-pagefind-body, so only they are read, and only their article
 * text is indexed. Pagefind reads a copy of each page with đ respelled (public/js/search/
 * spelling.js) so that "doan" finds "Đoàn"; the pages served to readers are not touched.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { spawn } from 'node:child_process';
import * as pagefind from 'pagefind';
// @ts-expect-error -- plain JavaScript without types, not in the package's exports; the lockfile
// pins pagefind, and if a release moves this file the build fails at start, not silently.
import { resolveBinaryPath } from '../../node_modules/pagefind/lib/resolveBinary.js';
import { spellForIndex } from '../../public/js/search/spelling.js';
import { urls } from '../urls.ts';
import { mapInBatches } from '../util/in-batches.ts';

/**
 * Pagefind also writes its ready-made search interfaces; the search page uses its own
 * (public/js/search/), so these would only be dead weight in every deployment.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Read in batches: enough to keep the disk and Pagefind busy, few enough for the fd limit. */
const BATCH = 64;

/**
 * The part of a page Pagefind needs: the element marked data-pagefind-body (the article, with
 * its filter, sort and meta fields), in a bare document that keeps the page's language. Sending
 * it instead of the whole page spares Pagefind parsing the header, footer and related list it
 * would skip anyway. Undefined for pages that are not indexed.
 */
export function indexableDocument(html: string): string | undefined {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return undefined;
  const start = html.lastIndexOf('<', marker);
  const tag = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start))?.[1];
  const end = tag ? html.lastIndexOf(`</${tag}>`) : -1;
  if (end < marker) return undefined;
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'vi';
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(start, end + tag!.length + 3)}</body></html>`;
}

/**
 * Only article pages carry data-pagefind-body, and they all live under urls.article()'s folder:
 * reading the 4 000 archive, unit, tag and author pages of a 10 000-article site only to find
 * no article in them cost about a second.
 */
const ARTICLES_FOLDER = urls.article('x').split('/')[1];

async function htmlFiles(siteDir: string): Promise<string[]> {
  if (!existsSync(join(siteDir, ARTICLES_FOLDER))) return [];
  const entries = await readdir(join(siteDir, ARTICLES_FOLDER), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}


/**
 * Pagefind's own binary, found the way its npm wrapper finds it (the package exports only the
 * Node API, so by path). Run directly, without the wrapper's Node process beside it: 45 MB less
 * at the build's memory peak.
 */
const pagefindBinary = () => resolveBinaryPath(['pagefind_extended', 'pagefind']);

/** Runs Pagefind's command line over the staged folder; rejects with its output when it fails. */
function runPagefind(stage: string, bundleDir: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const args = ['--site', stage, '--output-path', bundleDir, '--force-language', 'vi', '--quiet'];
    // Run inside the staging folder: Pagefind reads a pagefind.yml from its working folder, and
    // an operator's stray one must not change the index.
    const child = spawn(pagefindBinary(), args, { cwd: stage, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolvePromise() : reject(new Error(`Pagefind failed (${signal ?? `exit code ${code}`}):\n${output.trim()}`)),
    );
  });
}

async function writeEmptyIndex(bundleDir: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const bundleDir = join(siteDir, 'pagefind');
  // Pagefind adds files beside old ones; a stale chunk must not outlive the build that made it.
  await rm(bundleDir, { recursive: true, force: true });
  // Pagefind reads the respelled article documents from a staging folder, through its command
  // line: at 10 000 articles it indexed the same folder in 21-23 s against 24-29 s through the
  // Node API (addDirectory + writeFiles, interleaved runs), and one addHTMLFile round trip per
  // page was slower still (1 000 articles: 5.8 s against 3.0 s).
  const stage = await mkdtemp(join(tmpdir(), 'bantin-search-'));
  try {
    let pages = 0;
    const files = await htmlFiles(siteDir);
    await mapInBatches(files, BATCH, async (file) => {
      const document = indexableDocument(await readFile(file, 'utf8'));
      if (!document) return;
      const staged = join(stage, relative(siteDir, file));
      await mkdir(dirname(staged), { recursive: true });
      await writeFile(staged, spellForIndex(document));
      pages++;
    });
    // Article pages that all lost their marker would silently make search find nothing.
    if (files.length > 0 && pages === 0) {
      throw new Error(`Pagefind: ${files.length} article pages, none marked data-pagefind-body; the search index would be empty.`);
    }
    // Pagefind's command line refuses a folder without pages: a portal with no article published
    // yet must still build, and its search page still find its script.
    if (pages > 0) await runPagefind(stage, bundleDir);
    else await writeEmptyIndex(bundleDir);
    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(bundleDir, file), { force: true })));
    return { pages };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
