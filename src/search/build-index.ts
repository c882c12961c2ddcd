/**
 * Builds the Pagefind index of a built site with Pagefind's command line.
 * Only article pages carry data-pagefind-body, and only their article text is indexed. Pagefind
 * reads a staged copy of each (search-stage.ts) with đ respelled (public/js/search/spelling.js)
 * so that "doan" finds "Đoàn"; the pages served to readers are not touched.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import * as pagefind from 'pagefind';
// @ts-expect-error -- plain JavaScript without types, not in the package's exports; the lockfile
// pins pagefind, and if a release moves this file the build fails at start, not silently.
import { resolveBinaryPath } from '../../node_modules/pagefind/lib/resolveBinary.js';
import { reconcileStage } from './search-stage.ts';

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

/**
 * Indexes the article pages of a built site. `stage` is the build's persistent stage (see
 * search-stage.ts), already holding what Astro rendered; without one, every article page is
 * staged from the site into a temporary folder.
 */
export async function buildSearchIndex(siteDir: string, stage?: string): Promise<{ pages: number }> {
  const bundleDir = join(siteDir, 'pagefind');
  // Pagefind adds files beside old ones; a stale chunk must not outlive the build that made it.
  await rm(bundleDir, { recursive: true, force: true });
  // Pagefind reads the respelled article documents from a staging folder, through its command
  // line: at 10 000 articles it indexed the same folder in 21-23 s against 24-29 s through the
  // Node API (addDirectory + writeFiles, interleaved runs), and one addHTMLFile round trip per
  // page was slower still (1 000 articles: 5.8 s against 3.0 s).
  const folder = stage ?? (await mkdtemp(join(tmpdir(), 'bantin-search-')));
  try {
    const { pages, unmarked } = await reconcileStage(folder, siteDir);
    // Article pages that all lost their marker would silently make search find nothing.
    if (pages === 0 && unmarked > 0) {
      throw new Error(`Pagefind: ${unmarked} article pages, none marked data-pagefind-body; the search index would be empty.`);
    }
    // Pagefind's command line refuses a folder without pages: a portal with no article published
    // yet must still build, and its search page still find its script.
    if (pages > 0) await runPagefind(folder, bundleDir);
    else await writeEmptyIndex(bundleDir);
    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(bundleDir, file), { force: true })));
    return { pages };
  } finally {
    if (!stage) await rm(folder, { recursive: true, force: true });
  }
}
