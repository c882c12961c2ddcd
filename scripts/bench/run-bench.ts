/**
 * One benchmark run: generate the corpus, build bantin on it, build the bare baseline
 * (scripts/bench/baseline-astro + bare Pagefind) on the same articles, measure both the same
 * way, one after the other (two cores: never side by side).
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { publishArticle, writeCorpus } from './write-corpus.ts';
import { STATISTICS_TIMING } from '../../src/site/site-statistics.ts';
import { runMeasured, type MeasuredRun } from './run-measured.ts';
import { astroPhases, bantinPhases, bantinWindows, MARKER_PREFIX, type PhaseTimes, type PhaseWindow } from './phases.ts';
import { folderSize, samplePages } from './site-measures.ts';
import { measurePageWeight } from '../quality/page-weight.ts';
import { measureQueryDownload, measureSearchIndex } from './measure-search.ts';
import type { BenchReport, SiteFigures } from './report.ts';

export interface BenchOptions {
  /** The bantin project (the repository root). */
  root: string;
  articles: number;
  seed?: number;
  /** Where corpus, builds and logs go; default <root>/.bantin/bench-<articles>. */
  workDir?: string;
  /** Build each site once first, publish one article, and measure the rebuild (caches warm). */
  warm?: boolean;
  /** Build each site this many times, alternating, and report medians (a shared machine is noisy). */
  repeat?: number;
  /** Write a V8 CPU profile of the (first) bantin build into <workDir>/profile. */
  cpuProfile?: boolean;
  /** Keep corpus and builds afterwards (they are deleted by default; logs stay). */
  keep?: boolean;
  /** The query whose transfer is measured. */
  query?: string;
  /** Skip the bare baseline (scale checks where only bantin's limits matter); default false. */
  bantinOnly?: boolean;
  log?: (message: string) => void;
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const root = resolve(options.root);
  const seed = options.seed ?? 1;
  const work = resolve(options.workDir ?? join(root, '.bantin', `bench-${options.articles}`));
  const log = options.log ?? (() => {});
  const query = options.query ?? 'dân vận';
  const dirs = {
    corpus: join(work, 'corpus'),
    logs: join(work, 'logs'),
    bantinDist: join(work, 'bantin', 'dist'),
    bantinCache: join(work, 'bantin', 'cache'),
    baselineDist: join(work, 'baseline', 'dist'),
    baselineCache: join(work, 'baseline', 'cache'),
    profile: join(work, 'profile'),
  };
  await rm(work, { recursive: true, force: true });
  await mkdir(dirs.logs, { recursive: true });

  log(`Generating ${options.articles} articles in ${dirs.corpus}…`);
  const corpusStarted = performance.now();
  const corpus = await writeCorpus({ dir: dirs.corpus, articles: options.articles, seed, catalogueDir: join(root, 'content') });
  const corpusMs = performance.now() - corpusStarted;

  const env = (cacheDir: string): NodeJS.ProcessEnv => ({
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    BANTIN_CONTENT_DIR: dirs.corpus,
    BANTIN_CACHE_DIR: cacheDir,
  });
  const node = process.execPath;
  const run = async (name: string, args: string[], cacheDir: string): Promise<MeasuredRun> => {
    log(`  ${name}…`);
    const logFile = join(dirs.logs, `${name}.log`);
    const result = await runMeasured(node, args, { env: env(cacheDir), cwd: root, logFile });
    if (result.exitCode !== 0) {
      throw new Error(`${name} failed (exit ${result.exitCode}); see ${logFile}:\n${result.lines.slice(-15).map((l) => l.text).join('\n')}`);
    }
    return result;
  };
  const profileFlags = options.cpuProfile ? ['--cpu-prof', `--cpu-prof-dir=${dirs.profile}`] : [];
  const bantinArgs = (profile: boolean) => [...(profile ? profileFlags : []), join(root, 'scripts/bench/build-child.ts'), root, dirs.bantinDist];
  const astroArgs = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', join(root, 'scripts/bench/baseline-astro'), '--outDir', dirs.baselineDist];
  const pagefindArgs = [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dirs.baselineDist];

  if (options.warm) {
    log('Priming the caches (these builds are not measured)…');
    await run('bantin.prime', bantinArgs(false), dirs.bantinCache);
    if (!options.bantinOnly) await run('baseline-astro.prime', astroArgs, dirs.baselineCache);
  }
  // Builds alternate between the two sites, so load from other jobs on the machine hits both alike.
  const repeat = Math.max(1, options.repeat ?? 1);
  const runs: Array<{ bantin: MeasuredRun; astro?: MeasuredRun; pagefind?: MeasuredRun }> = [];
  for (let i = 1; i <= repeat; i++) {
    const suffix = repeat > 1 ? `.${i}` : '';
    if (!options.warm) {
      for (const dir of [dirs.bantinCache, dirs.baselineCache]) await rm(dir, { recursive: true, force: true });
    } else {
      // A warm rebuild is the one staff wait for after pressing publish: one article more.
      await publishArticle(dirs.corpus, i);
    }
    log(`Building bantin${repeat > 1 ? ` (${i}/${repeat})` : ''}${options.bantinOnly ? '' : ', then the baseline (bare Astro, then bare Pagefind)'}…`);
    const bantinRun = await run(`bantin${suffix}`, bantinArgs(i === 1), dirs.bantinCache);
    if (options.bantinOnly) {
      runs.push({ bantin: bantinRun });
      continue;
    }
    runs.push({
      bantin: bantinRun,
      astro: await run(`baseline-astro${suffix}`, astroArgs, dirs.baselineCache),
      pagefind: await run(`baseline-pagefind${suffix}`, pagefindArgs, dirs.baselineCache),
    });
  }

  log('Measuring the built sites…');
  const sizes = async (dist: string) => {
    // One after the other: the query measurement patches the global fetch while it runs.
    const site = await folderSize(dist);
    const index = await measureSearchIndex(dist);
    const search = await measureQueryDownload(dist, query);
    return { htmlPages: site.htmlFiles, distBytes: site.bytes, searchIndexBytes: index.dataBytes, search };
  };
  const bantin: SiteFigures = {
    phases: medianPhases(runs.map((r) => bantinPhases(r.bantin.lines, r.bantin.wallMs))),
    extra: medianRecord(runs.map((r) => extraTimings(r.bantin))),
    peakTreeBytes: median(runs.map((r) => r.bantin.peakTreeBytes))!,
    peakProcessBytes: median(runs.map((r) => r.bantin.peakProcessBytes)),
    cpuMs: median(runs.map((r) => r.bantin.cpuMs)),
    ...(await sizes(dirs.bantinDist)),
  };
  const sumOf = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : a + b);
  const maxOf = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : Math.max(a, b));
  const baselineRuns = runs.flatMap(({ astro, pagefind }) => (astro && pagefind ? [{ astro, pagefind }] : []));
  const baseline: SiteFigures | undefined = baselineRuns.length === 0 ? undefined : {
    phases: medianPhases(
      baselineRuns.map(({ astro, pagefind }) => ({ ...astroPhases(astro.lines, astro.wallMs), search: pagefind.wallMs, total: astro.wallMs + pagefind.wallMs })),
    ),
    // Astro and Pagefind run one after the other, so the baseline's peak is the larger of the two.
    peakTreeBytes: median(baselineRuns.map((r) => Math.max(r.astro.peakTreeBytes, r.pagefind.peakTreeBytes)))!,
    peakProcessBytes: median(baselineRuns.map((r) => maxOf(r.astro.peakProcessBytes, r.pagefind.peakProcessBytes))),
    cpuMs: median(baselineRuns.map((r) => sumOf(r.astro.cpuMs, r.pagefind.cpuMs))),
    ...(await sizes(dirs.baselineDist)),
  };
  const pageWeights = (await samplePages(dirs.bantinDist)).map((page) => ({ page, weight: measurePageWeight(dirs.bantinDist, page) }));

  const report: BenchReport = {
    articles: options.articles,
    seed,
    warm: options.warm ?? false,
    corpus: { mdx: corpus.mdx, photos: corpus.photos, bytes: corpus.bytes, ms: corpusMs },
    bantin,
    baseline,
    pageWeights,
    machine: { node: process.version, cores: availableParallelism(), memoryBytes: totalmem(), date: new Date().toISOString() },
    repeat,
    bantinMemoryByPhase: peakPerWindow(runs[0].bantin.memory, bantinWindows(runs[0].bantin.lines)),
    cpuProfile: options.cpuProfile ? { file: (await largestFile(dirs.profile))!, windows: bantinWindows(runs[0].bantin.lines) } : undefined,
  };
  await writeFile(join(work, 'report.json'), JSON.stringify(report, null, 2));
  if (!options.keep) {
    for (const dir of [dirs.corpus, join(work, 'bantin'), join(work, 'baseline')]) await rm(dir, { recursive: true, force: true });
  }
  return report;
}

function median(values: Array<number | undefined>): number | undefined {
  if (values.some((v) => v === undefined)) return undefined;
  const sorted = (values as number[]).toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median of each figure on its own; with one run, the run itself. */
function medianRecord<T extends object>(records: T[]): T {
  const keys = new Set(records.flatMap((r) => Object.keys(r)));
  return Object.fromEntries([...keys].map((k) => [k, median(records.map((r) => (r as Record<string, number | undefined>)[k]))])) as T;
}

const medianPhases = (phases: PhaseTimes[]): PhaseTimes => medianRecord(phases);

/** The largest memory sample inside each phase: which phase to slim first. */
function peakPerWindow(memory: Array<[number, number]>, windows: PhaseWindow[]): Array<{ name: string; peakBytes: number }> {
  return windows.map((w) => ({
    name: w.name,
    peakBytes: Math.max(0, ...memory.filter(([at]) => at >= w.from && at < w.to).map(([, bytes]) => bytes)),
  }));
}

/** Node writes one profile per thread; the build's main thread is the big one. */
async function largestFile(dir: string): Promise<string | undefined> {
  const files = await Promise.all((await readdir(dir)).map(async (name) => ({ path: join(dir, name), size: (await stat(join(dir, name))).size })));
  return files.sort((a, b) => b.size - a.size)[0]?.path;
}

/** Steps buildSite times beyond check/pages/search (statistics, analytics once they exist). */
function extraTimings(run: MeasuredRun): Record<string, number> {
  const done = run.lines.find((l) => l.text.startsWith(`${MARKER_PREFIX}done `));
  const timings = JSON.parse(done!.text.slice(`${MARKER_PREFIX}done `.length)) as Record<string, number>;
  const { check: _check, pages: _pages, search: _search, total: _total, ...extra } = timings;
  // The statistics are computed inside Astro's process, which prints their time (site-statistics.ts).
  const statistics = run.lines.map((l) => STATISTICS_TIMING.exec(l.text)).find(Boolean);
  return statistics ? { ...extra, statistics: Number(statistics[1]) } : extra;
}
