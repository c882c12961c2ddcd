/**
 * What a build may reuse from the last one: Astro's page cache (incremental-build.json and the
 * pages beside it) and the search stage (src/search/search-stage.ts). Both are written while a
 * build runs, page by page, before the build knows it will succeed: Astro stores a page's new
 * HTML as soon as it renders but its keys only at the end, and the middleware stages articles as
 * they render. So a build that stopped half-way (bad content, a crash, Ctrl-C) leaves them out
 * of step with each other and with what was published.
 *
 * A stamp written when a build completes is the proof that they are in step. A build that finds
 * none, or one naming another state of Astro's cache (`astro build` run by hand), throws both
 * away and renders everything; one that finds the search code changed restages every article.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const STAMP_FILE = 'bantin-build.json';
const ASTRO_MANIFEST = 'incremental-build.json';

/** The code that decides what a staged search document holds. */
const STAGE_SOURCES = [
  new URL('../search/search-stage.ts', import.meta.url),
  new URL('../middleware.ts', import.meta.url),
  new URL('../../public/js/search/spelling.js', import.meta.url),
];

interface Stamp {
  /** Size and time of Astro's incremental manifest when the build completed. */
  astroManifest: string;
  /** Hash of STAGE_SOURCES. */
  stageCode: string;
}

async function currentStamp(astroCache: string): Promise<Stamp> {
  const manifest = await stat(join(astroCache, ASTRO_MANIFEST)).catch(() => undefined);
  const hash = createHash('sha256');
  for (const source of STAGE_SOURCES) hash.update(await readFile(source));
  return { astroManifest: manifest ? `${manifest.size}:${manifest.mtimeMs}` : 'none', stageCode: hash.digest('hex') };
}

export interface BuildCache {
  astroCache: string;
  stage: string;
  /** The operator asked for a build from scratch (`npm run build -- --fresh`). */
  fresh?: boolean;
}

/**
 * Before Astro starts: keeps what the last completed build left, drops what cannot be trusted,
 * and marks the cache as being built (the stamp goes until closeBuildCache).
 */
export async function openBuildCache({ astroCache, stage, fresh = false }: BuildCache): Promise<void> {
  const stampFile = join(astroCache, STAMP_FILE);
  const stamp = JSON.parse(await readFile(stampFile, 'utf8').catch(() => 'null')) as Stamp | null;
  const now = await currentStamp(astroCache);
  if (!stamp || stamp.astroManifest !== now.astroManifest) {
    await rm(join(astroCache, ASTRO_MANIFEST), { force: true });
    await rm(stage, { recursive: true, force: true });
  } else if (fresh || stamp.stageCode !== now.stageCode) {
    await rm(stage, { recursive: true, force: true });
  }
  await rm(stampFile, { force: true });
  await mkdir(stage, { recursive: true });
}

/** When the whole build succeeded: Astro's cache and the stage match what was published. */
export async function closeBuildCache({ astroCache }: BuildCache): Promise<void> {
  await writeFile(join(astroCache, STAMP_FILE), JSON.stringify(await currentStamp(astroCache)));
}
