import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBuildCache, openBuildCache, type BuildCache } from './build-cache.ts';

describe('what a build reuses from the last one', () => {
  let work: string;
  let cache: BuildCache;
  const manifest = () => join(cache.astroCache, 'incremental-build.json');
  const stagedDoc = () => join(cache.stage, 'bai-viet', 'bai', 'index.html');
  /** A build that gets as far as Astro writing its page cache and the middleware staging a page. */
  const buildUntilAstroIsDone = async (options: Partial<BuildCache> = {}) => {
    await openBuildCache({ ...cache, ...options });
    await writeFile(manifest(), `{"version":1,"written":${Date.now()}}`);
    await mkdir(join(cache.stage, 'bai-viet', 'bai'), { recursive: true });
    await writeFile(stagedDoc(), '<article data-pagefind-body>Bài</article>');
  };

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'bantin-build-cache-'));
    cache = { astroCache: join(work, 'cache'), stage: join(work, 'cache', 'stage') };
    await mkdir(cache.astroCache, { recursive: true });
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it('keeps Astro’s pages and the search documents of a build that completed', async () => {
    await buildUntilAstroIsDone();
    await closeBuildCache(cache);
    await openBuildCache(cache);
    expect(existsSync(manifest())).toBe(true);
    expect(existsSync(stagedDoc())).toBe(true);
  });

  it('drops both after a build that stopped half-way, so every page is rendered again', async () => {
    await buildUntilAstroIsDone();
    await closeBuildCache(cache);
    await buildUntilAstroIsDone(); // …and then the content check stops it: no closeBuildCache
    await openBuildCache(cache);
    expect(existsSync(manifest())).toBe(false);
    expect(existsSync(stagedDoc())).toBe(false);
  });

  it('drops both when Astro’s cache changed behind its back (astro build run by hand)', async () => {
    await buildUntilAstroIsDone();
    await closeBuildCache(cache);
    await writeFile(manifest(), '{"version":1,"routes":{"/":{}}}');
    await openBuildCache(cache);
    expect(existsSync(manifest())).toBe(false);
    expect(existsSync(stagedDoc())).toBe(false);
  });

  it('restages every article on a fresh build', async () => {
    await buildUntilAstroIsDone();
    await closeBuildCache(cache);
    await openBuildCache({ ...cache, fresh: true });
    expect(existsSync(stagedDoc())).toBe(false);
  });
});
