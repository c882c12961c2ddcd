/**
 * The whole build: Astro renders the pages, Pagefind indexes them, and only a complete result
 * replaces dist/. Astro writes into a fresh folder beside it (dist.next); a failure anywhere leaves the
 * last good dist/ exactly as it was.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
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
  /**
   * A module whose default export is a list of Astro integrations added for this build only
   * (the benchmark's phase markers). A path, because Astro runs in a child process.
   */
  integrationsModule?: string;
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
    await runAstroBuild(root, next, options);
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

const ASTRO_CHILD = fileURLToPath(new URL('./astro-child.ts', import.meta.url));

/** Astro's build in a child process (src/build/astro-child.ts); rejects when it fails. */
function runAstroBuild(root: string, outDir: string, options: BuildOptions): Promise<void> {
  const args = [ASTRO_CHILD, root, outDir, options.logLevel ?? 'info'];
  if (options.integrationsModule) args.push(options.integrationsModule);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env: process.env });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`Astro build failed (${signal ?? `exit code ${code}`}); see its messages above.`));
    });
  });
}
