/**
 * Builds the Pagefind index of a built site with Pagefind's command line.
 * Only article pages carry data-pagefind-body, and only their article text is indexed. Pagefind
 * reads a staged copy of each (search-stage.ts) with đ respelled (public/js/search/spelling.js)
 * so that "doan" finds "Đoàn"; the pages served to readers are not touched.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { link, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawn } from 'node:child_process';
import * as pagefind from 'pagefind';
// @ts-expect-error -- plain JavaScript without types, not in the package's exports; the lockfile
// pins pagefind, and if a release moves this file the build fails at start, not silently.
import { resolveBinaryPath } from '../../node_modules/pagefind/lib/resolveBinary.js';
import { ARTICLES_FOLDER, reconcileStage } from './search-stage.ts';
import { searchPartMin } from '../config.ts';
import { groupYears, PART_MIN_PAGES, partFingerprint, partsManifest, planParts, type PartGroup, type StagedDocument } from './search-parts.ts';
import { PARTS_FILE } from '../../public/js/search/search-parts.js';
import { mapInBatches } from '../build/in-batches.ts';

/** The installed Pagefind's version, read where resolveBinaryPath finds its binary. */
const pagefindVersion = (JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string }).version;

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
const PAGEFIND_ARGS = ['--force-language', 'vi', '--quiet'];

function runPagefind(stage: string, bundleDir: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const args = ['--site', stage, '--output-path', bundleDir, ...PAGEFIND_ARGS];
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
 * The script the search page imports, the same in every part: one copy at the root. Each part
 * keeps its worker and WebAssembly, since whichever part a search opens first becomes Pagefind's
 * primary index and loads them from its own folder.
 */
const ROOT_SCRIPT = 'pagefind.js';

/** Where the bundles of the last completed build's parts wait to be reused. */
export const searchPartsCacheDir = (stage: string) => `${stage}-parts`;

/**
 * The way every part is indexed: a change of Pagefind, of its arguments or of this file (which
 * shapes each part's bundle) re-indexes every part.
 */
const RECIPE = [
  `pagefind ${pagefindVersion} ${PAGEFIND_ARGS.join(' ')}`,
  createHash('sha256').update(readFileSync(new URL(import.meta.url))).digest('hex'),
].join('\n');

async function readFingerprints(cacheDir: string): Promise<Map<string, string>> {
  const saved = JSON.parse(await readFile(join(cacheDir, 'fingerprints.json'), 'utf8').catch(() => '{}')) as Record<string, string>;
  // Only parts whose bundle is really there.
  return new Map(Object.entries(saved).filter(([part]) => existsSync(join(cacheDir, part, 'pagefind-entry.json'))));
}

interface PartNow extends PartGroup {
  fingerprint: string;
  /** Each document's path in the stage, by slug. */
  documents: Map<string, string>;
}

/** The parts the staged documents make now (search-parts.ts groupYears), newest first. */
async function stagedPartsNow(stage: string): Promise<PartNow[]> {
  const years = (await readdir(stage, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const byYear = new Map<string, StagedDocument[]>();
  for (const year of years) {
    const articles = join(stage, year, ARTICLES_FOLDER);
    const slugs = existsSync(articles) ? await readdir(articles) : [];
    const documents = (await mapInBatches(slugs, 256, async (slug) => {
      const info = await stat(join(articles, slug, 'index.html')).catch(() => undefined);
      return info && { slug, size: info.size, mtimeMs: info.mtimeMs };
    })).filter((d) => d !== undefined);
    if (documents.length > 0) byYear.set(year, documents);
  }
  return groupYears(new Map([...byYear].map(([year, docs]) => [year, docs.length])), searchPartMin(PART_MIN_PAGES)).map((group) => {
    const documents = group.years.flatMap((year) => byYear.get(year)!.map((d) => ({ ...d, file: join(stage, year, ARTICLES_FOLDER, d.slug, 'index.html') })));
    return { ...group, fingerprint: partFingerprint(documents, RECIPE), documents: new Map(documents.map((d) => [d.slug, d.file])) };
  });
}

/** Hard links of every file under `from` into `to`: a reused bundle costs no copy, and the cache's files are never changed in place. */
async function linkTree(from: string, to: string, keep: (file: string) => boolean): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const dirs = new Set([to, ...entries.filter((e) => e.isDirectory()).map((e) => join(to, relative(from, join(e.parentPath, e.name))))]);
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => relative(from, join(e.parentPath, e.name))).filter(keep);
  await mapInBatches(files, 256, (file) => link(join(from, file), join(to, file)));
}

/**
 * Indexes one part into the cache: into a fresh folder renamed into place, so a bundle in the
 * cache is always whole, and its old files never mix with new ones.
 */
async function indexPart(cacheDir: string, part: PartNow): Promise<void> {
  const target = join(cacheDir, part.name);
  const fresh = `${target}.new`;
  // The part's documents as a site of their own (hard links: nothing copied), for Pagefind's --site.
  const site = `${target}.site`;
  await Promise.all([fresh, site].map((dir) => rm(dir, { recursive: true, force: true })));
  await mapInBatches([...part.documents], 256, async ([slug, file]) => {
    await mkdir(join(site, ARTICLES_FOLDER, slug), { recursive: true });
    await link(file, join(site, ARTICLES_FOLDER, slug, 'index.html'));
  });
  try {
    await runPagefind(site, fresh);
  } finally {
    await rm(site, { recursive: true, force: true });
  }
  await Promise.all((await readdir(fresh)).filter((f) => UNUSED_BUNDLE_FILES.includes(f)).map((f) => rm(join(fresh, f), { force: true })));
  await rm(target, { recursive: true, force: true });
  await rename(fresh, target);
}

/**
 * Indexes the article pages of a built site into dist/pagefind/: an empty root bundle (the
 * script and WebAssembly every part uses), one bundle per year of publication under
 * pagefind/<year>/, and parts.json listing them (src/search/search-parts.ts). `stage` is the
 * build's persistent stage (see search-stage.ts), already holding what Astro rendered; without
 * one, every article page is staged from the site into a temporary folder. Only the parts whose
 * documents changed are indexed again; the others come from the last build's bundles.
 */
export async function buildSearchIndex(siteDir: string, stage?: string): Promise<{ pages: number }> {
  const bundleDir = join(siteDir, 'pagefind');
  // A stale chunk must not outlive the build that made it.
  await rm(bundleDir, { recursive: true, force: true });
  // Pagefind reads the respelled article documents from a staging folder, through its command
  // line: at 10 000 articles it indexed the same folder in 21-23 s against 24-29 s through the
  // Node API (addDirectory + writeFiles, interleaved runs), and one addHTMLFile round trip per
  // page was slower still (1 000 articles: 5.8 s against 3.0 s).
  const folder = stage ?? (await mkdtemp(join(tmpdir(), 'bantin-search-')));
  const cacheDir = stage ? searchPartsCacheDir(stage) : `${folder}-parts`;
  try {
    const { pages, unmarked } = await reconcileStage(folder, siteDir);
    // Article pages that all lost their marker would silently make search find nothing.
    if (pages === 0 && unmarked > 0) {
      throw new Error(`Pagefind: ${unmarked} article pages, none marked data-pagefind-body; the search index would be empty.`);
    }
    const now = await stagedPartsNow(folder);
    const cached = await readFingerprints(cacheDir);
    const plan = planParts(new Map(now.map((p) => [p.name, p.fingerprint])), cached);
    await mkdir(cacheDir, { recursive: true });
    // Forget a part before its bundle changes: a build stopped half-way must not vouch for it.
    const kept = new Map([...cached].filter(([part]) => plan.reuse.includes(part)));
    await writeFile(join(cacheDir, 'fingerprints.json'), JSON.stringify(Object.fromEntries(kept)));
    await Promise.all(plan.drop.map((part) => rm(join(cacheDir, part), { recursive: true, force: true })));
    // One part at a time: Pagefind's memory follows the largest year, not the archive.
    for (const part of now.filter((p) => plan.reindex.includes(p.name))) {
      await indexPart(cacheDir, part);
      kept.set(part.name, part.fingerprint);
      await writeFile(join(cacheDir, 'fingerprints.json'), JSON.stringify(Object.fromEntries(kept)));
    }
    // Pagefind's command line refuses a folder without pages: a portal with no article published
    // yet must still build, and its search page still find its script.
    if (now.length === 0) await writeEmptyIndex(bundleDir);
    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(bundleDir, file), { force: true })));
    for (const part of now) {
      await linkTree(join(cacheDir, part.name), join(bundleDir, part.name), (file) => file !== ROOT_SCRIPT);
    }
    if (now[0]) await link(join(cacheDir, now[0].name, ROOT_SCRIPT), join(bundleDir, ROOT_SCRIPT));
    const manifest = partsManifest(now, searchPartMin(PART_MIN_PAGES));
    await writeFile(join(bundleDir, PARTS_FILE), `${JSON.stringify(manifest)}\n`);
    return { pages };
  } finally {
    if (!stage) await rm(folder, { recursive: true, force: true });
    if (!stage) await rm(cacheDir, { recursive: true, force: true });
  }
}
