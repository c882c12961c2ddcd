/**
 * npm run analytics: runs scripts/analytics/analytics.ts from one plain-JavaScript bundle.
 *
 * Why: the job runs every few minutes and usually finds little or nothing new, so its start-up is
 * most of its cost. Node 24 strips TypeScript types itself, but its stripper is a WebAssembly
 * module loaded on the first .ts import: about 18 MB of memory and a few hundred milliseconds of
 * start-up on these machines, plus resolving and transforming ~20 modules one by one. One
 * bundle in plain JavaScript skips all of that (numbers in the README, "Visitor counters").
 *
 * The bundle is built with esbuild (already here for Vite; its Go binary builds this in a
 * fraction of a second) into .bantin/analytics-job/ and rebuilt whenever a source file it was
 * made from changes size or time: a stale bundle can never run. Written to a temporary name and
 * renamed, so two runs starting at once each see a whole bundle. If the folder cannot be written
 * (a read-only checkout run by another user), the job runs from its TypeScript sources instead:
 * slower to start, same result. This file stays plain JavaScript for the same reason.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const entry = join(root, 'scripts/analytics/analytics.ts');
const folder = join(root, '.bantin/analytics-job');
export const BUNDLE = join(folder, 'analytics.mjs');
const MANIFEST = join(folder, 'inputs.json');

/** The bundle's inputs with the size and time they had when it was built; undefined when absent. */
async function readManifest() {
  try {
    return JSON.parse(await readFile(MANIFEST, 'utf8'));
  } catch {
    return undefined;
  }
}

async function fingerprint(file) {
  const { size, mtimeMs } = await stat(join(root, file));
  return `${size}:${mtimeMs}`;
}

/** Whether the bundle on disk was built from the files as they are now. */
export async function bundleIsCurrent() {
  const manifest = await readManifest();
  if (!manifest?.inputs) return false;
  try {
    await stat(BUNDLE);
    const now = await Promise.all(Object.keys(manifest.inputs).map(fingerprint));
    return Object.values(manifest.inputs).every((was, i) => was === now[i]);
  } catch {
    return false;
  }
}

/** Builds the bundle when it is missing or stale; returns its path. Throws when it cannot. */
export async function ensureAnalyticsBundle() {
  if (await bundleIsCurrent()) return BUNDLE;
  const { build } = await import('esbuild');
  await mkdir(folder, { recursive: true });
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: temporary,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  // Fingerprints taken after the build: a file edited during it makes the next run build again.
  const files = Object.keys(result.metafile.inputs).map((file) => relative(root, resolve(root, file)));
  const inputs = Object.fromEntries(await Promise.all(files.map(async (file) => [file, await fingerprint(file)])));
  const manifestTemporary = `${MANIFEST}.${process.pid}.tmp`;
  // The manifest goes in after the bundle: a run that sees the new manifest finds the new bundle.
  await rename(temporary, BUNDLE);
  await writeFile(manifestTemporary, JSON.stringify({ inputs }));
  await rename(manifestTemporary, MANIFEST);
  return BUNDLE;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  let target = entry;
  try {
    target = await ensureAnalyticsBundle();
  } catch {
    // Only start-up speed is lost: the sources give the same counts (see above).
  }
  await import(pathToFileURL(target).href);
}
