/**
 * The whole build: the content check and Astro run side by side, Pagefind indexes the pages, and
 * only a complete result replaces dist/. Astro writes into a fresh folder beside it (dist.next);
 * broken content stops Astro and a failure anywhere leaves the last good dist/ exactly as it was.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { astroExitAdvice, astroHeapLimitMb } from './heap-limit.ts';
import { withPromptNativeRelease } from './native-memory.ts';
import { OperatorError } from './operator-error.ts';
import { ASTRO_ENCODING_MARKER } from '../images/photo-settings.ts';
import { astroCacheDir, contentDir, ENV, photoCacheDir, SITE_URL } from '../config.ts';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { buildSearchIndex } from '../search/build-index.ts';
import { searchStageDir, STAGE_ENV } from '../search/search-stage.ts';
import { closeBuildCache, openBuildCache } from './build-cache.ts';
import { acquireBuildLock } from './build-lock.ts';
import type { ValidationReport } from '../check/validate-content.ts';
import { ContentValidationError } from '../check/content-error.ts';
import { CHECKED_FLAG } from '../check/astro-integration.ts';
import { carryOverCounters } from '../analytics/carry-over.ts';
import { validation as v, bodySafety } from '../i18n/vi.ts';
import { scanBuiltPages } from './scan-built-pages.ts';

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
  /**
   * Render every page again instead of copying unchanged ones from the previous build, and
   * re-read every content file (the operator's `npm run build -- --fresh`).
   */
  fresh?: boolean;
  /**
   * Where Astro's log and the other children's output go (`npm run build` writes them to a log
   * file and shows a short Vietnamese account instead); the console when unset.
   */
  output?: NodeJS.WritableStream;
}

export interface BuildTimings {
  /** The content check; it runs beside Astro, so it is part of `pages`, not added to it. */
  check: number;
  /** From the start until Astro has written every page and image. */
  pages: number;
  search: number;
  total: number;
  /** Articles the content check read. */
  articles: number;
}

export async function buildSite(options: BuildOptions): Promise<BuildTimings> {
  // Before anything is touched: another build's dist.next and caches are not ours to clear.
  const release = await acquireBuildLock(resolve(options.root));
  try {
    return await buildSiteLocked(options);
  } finally {
    await release();
  }
}

async function buildSiteLocked(options: BuildOptions): Promise<BuildTimings> {
  const root = resolve(options.root);
  const outDir = resolve(options.outDir ?? join(root, 'dist'));
  // Siblings of the output folder: same file system, so the final swap is a rename.
  const next = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  await mkdir(dirname(outDir), { recursive: true });
  await rm(next, { recursive: true, force: true });
  // The site the last build replaced is deleted while this one runs, not at its end: at 10 000
  // articles removing 14 000 pages took 8 s on the build's critical path.
  const clearPrevious = rm(previous, { recursive: true, force: true });
  clearPrevious.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled

  const started = performance.now();
  // Read before any child starts, so a bad value stops the build with nothing left running.
  const heapMb = astroHeapLimitMb();
  const astroCache = astroCacheDir(root);
  const stage = searchStageDir(astroCache);
  const cache = { astroCache, stage, fresh: options.fresh };
  await openBuildCache(cache);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // The check runs beside Astro; Astro's output is only kept when it passes.
    [CHECKED_FLAG]: '1',
    // Astro's image service and the pre-encoder must agree on one photo cache, wherever they run.
    [ENV.photoCache]: photoCacheDir(root),
    // Astro's middleware stages article pages for search as it renders them.
    [STAGE_ENV]: stage,
  };
  await rm(join(env.BANTIN_PHOTO_CACHE!, ASTRO_ENCODING_MARKER), { force: true });
  const photos = startPhotoPreEncoder(root, env, options.output);
  const astro = startAstroBuild(root, next, options, env, heapMb);
  try {
    const report = await runContentCheck(root, env, options.output).catch((error: unknown) => {
      astro.stop();
      throw error;
    });
    const checked = performance.now();
    if (report.errors.length > 0) {
      astro.stop();
      throw new ContentValidationError(report.errors, v.summaryHeading(report.errors.length));
    }
    await astro.done;
    const pagesDone = performance.now();
    // The security scan of every page beside Pagefind's indexing (its own binary, another core).
    const [indexed, scanned] = await Promise.allSettled([
      buildSearchIndex(next, stage),
      scanBuiltPages({ outDir: next, root, contentDir: contentDir(root), origin: new URL(SITE_URL).origin, cacheFile: join(astroCache, 'bantin-page-scan.json') }),
    ]);
    if (scanned.status === 'rejected') throw scanned.reason;
    if (scanned.value.length > 0) throw new ContentValidationError(scanned.value, bodySafety.pageHeading(scanned.value.length));
    if (indexed.status === 'rejected') throw indexed.reason;
    await closeBuildCache(cache);
    const searchDone = performance.now();

    // Swap: two renames, so readers of dist/ never see a half-written site. The replaced site
    // stays in dist.previous until the next build, a copy to roll back to.
    await clearPrevious;
    await carryOverCounters(outDir, next);
    if (existsSync(outDir)) await rename(outDir, previous);
    await rename(next, outDir);
    return { check: checked - started, pages: pagesDone - started, search: searchDone - pagesDone, total: performance.now() - started, articles: report.articleCount };
  } catch (error) {
    await clearPrevious.catch(() => {});
    await astro.done.catch(() => {});
    await rm(next, { recursive: true, force: true });
    throw error;
  } finally {
    photos.kill();
  }
}

const ASTRO_CHILD = fileURLToPath(new URL('./astro-child.ts', import.meta.url));
const CHECK_CHILD = fileURLToPath(new URL('./check-child.ts', import.meta.url));
const PHOTOS_CHILD = fileURLToPath(new URL('./photos-child.ts', import.meta.url));

/**
 * The photo pre-encoder (src/build/photos-child.ts). Nothing waits for it and nothing depends on
 * it: whatever it has not encoded when Astro gets there, Astro encodes. It stops by itself when
 * Astro's image phase begins, and is stopped with the build.
 */
function startPhotoPreEncoder(root: string, env: NodeJS.ProcessEnv, output: NodeJS.WritableStream | undefined): ChildProcess {
  const child = fork(PHOTOS_CHILD, [root], { stdio: ['ignore', 'ignore', output ? 'pipe' : 'inherit', 'ipc'], env });
  sendOutput(child, output);
  child.on('error', () => {});
  return child;
}

/** A child's piped stdout and stderr into the build's output stream, which stays open for the others. */
function sendOutput(child: ChildProcess, output: NodeJS.WritableStream | undefined): void {
  if (!output) return;
  child.stdout?.pipe(output, { end: false });
  child.stderr?.pipe(output, { end: false });
}

interface RunningBuild {
  /** Settles when the process has exited: resolved on success, rejected otherwise. */
  done: Promise<void>;
  /** Ends the build early (broken content); `done` then rejects. */
  stop(): void;
}

/** Astro's build in a child process (src/build/astro-child.ts). */
function startAstroBuild(root: string, outDir: string, options: BuildOptions, env: NodeJS.ProcessEnv, heapMb: number | undefined): RunningBuild {
  const args = [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), ASTRO_CHILD, root, outDir, options.logLevel ?? 'info', options.fresh ? 'fresh' : 'reuse'];
  if (options.integrationsModule) args.push(options.integrationsModule);
  const child = spawn(process.execPath, args, { stdio: options.output ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: withPromptNativeRelease(env) });
  sendOutput(child, options.output);
  let stopped = false;
  const done = new Promise<void>((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0 && !stopped) resolvePromise();
      else if (stopped) reject(new Error('Astro build stopped: the content check failed.'));
      else {
        const advice = astroExitAdvice(code, signal, heapMb);
        reject(advice ? new OperatorError(advice) : new Error(`Astro build failed (${signal ?? `exit code ${code}`}); see its messages above.`));
      }
    });
  });
  // Nobody may be awaiting yet when it fails early: the check's outcome is awaited first.
  done.catch(() => {});
  return {
    done,
    stop() {
      stopped = true;
      child.kill('SIGTERM');
      // A build busy in native code may not answer SIGTERM at once; the failed build must end.
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    },
  };
}

/** The content check in a child process (src/build/check-child.ts). */
function runContentCheck(root: string, env: NodeJS.ProcessEnv, output: NodeJS.WritableStream | undefined): Promise<ValidationReport> {
  return new Promise((resolvePromise, reject) => {
    const stdio = output ? 'pipe' : 'inherit';
    const child: ChildProcess = fork(CHECK_CHILD, [root], { stdio: ['ignore', stdio, stdio, 'ipc'], env });
    sendOutput(child, output);
    let report: ValidationReport | undefined;
    child.once('message', (message) => (report = message as ValidationReport));
    child.once('error', reject);
    // 'close', not 'exit': only then has the report surely arrived over the IPC channel.
    child.once('close', (code, signal) => {
      if (report && code === 0) resolvePromise(report);
      else reject(new Error(`The content check failed (${signal ?? `exit code ${code}`}); see its messages above.`));
    });
  });
}
