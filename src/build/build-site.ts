/**
 * The whole build: Astro renders the pages, Pagefind indexes them, and only a complete result
 * replaces dist/. Astro writes into a fresh folder beside it (dist.next); a failure anywhere leaves the
 * last good dist/ exactly as it was.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build as astroBuild, type AstroIntegration } from 'astro';
import { buildSearchIndex } from '../search/build-index.ts';
import { checkContentTree } from '../content/read-content.ts';
import { ContentValidationError } from '../content/content-error.ts';
import { CHECKED_FLAG } from '../integrations/content-check.ts';
import { validation as v } from '../i18n/vi.ts';

export interface BuildOptions {
  root: string;
  /** Where the finished site ends up; default <root>/dist. */
  outDir?: string;
  /** Astro's log level; "warn" keeps tests and benchmarks quiet. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Added after the configured ones, for this build only (the benchmark's phase markers). */
  integrations?: AstroIntegration[];
}

export interface BuildTimings {
  check: number;
  pages: number;
  search: number;
  total: number;
}

export async function buildSite(options: BuildOptions): Promise<BuildTimings> {
  const root = resolve(options.root);
  const outDir = resolve(options.outDir ?? join(root, 'dist'));
  // Siblings of the output folder: same file system, so the final swap is a rename.
  const next = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  await mkdir(dirname(outDir), { recursive: true });
  await rm(next, { recursive: true, force: true });

  const started = performance.now();
  const report = await checkContentTree(root);
  if (report.errors.length > 0) throw new ContentValidationError(report.errors, v.summaryHeading(report.errors.length));
  const checked = performance.now();
  process.env[CHECKED_FLAG] = '1';
  try {
    await astroBuild({ root, outDir: next, logLevel: options.logLevel ?? 'info', integrations: options.integrations });
    const pagesDone = performance.now();
    await buildSearchIndex(next);
    const searchDone = performance.now();

    // Swap: two renames, so readers of dist/ never see a half-written site.
    await rm(previous, { recursive: true, force: true });
    if (existsSync(outDir)) await rename(outDir, previous);
    await rename(next, outDir);
    await rm(previous, { recursive: true, force: true });
    return { check: checked - started, pages: pagesDone - checked, search: searchDone - pagesDone, total: performance.now() - started };
  } catch (error) {
    await rm(next, { recursive: true, force: true });
    throw error;
  } finally {
    delete process.env[CHECKED_FLAG];
  }
}
