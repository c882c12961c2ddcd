/**
 * The preview benchmark (npm run bench -- --articles N --preview): generates the bench's
 * deterministic corpus, then runs bantin's dev server and bare Astro's (scripts/bench/
 * baseline-astro) on it one after the other, each from an empty content store, and measures
 * both the same way (measure-preview.ts). Nothing is built.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { writeCorpus } from './write-corpus.ts';
import { measurePreview } from './measure-preview.ts';
import { articleUnit, renameUnit } from './preview-edits.ts';
import type { PreviewReport } from './preview-report.ts';
import { urls } from '../../src/urls.ts';
import { CATALOGUE_FILES } from '../../src/schema/catalogues.ts';

export interface PreviewBenchOptions {
  root: string;
  articles: number;
  seed?: number;
  workDir?: string;
  bantinOnly?: boolean;
  /** Articles requested after the first page (their median is reported). */
  requests?: number;
  /** Write a V8 CPU profile of bantin's dev server into <workDir>/profile. */
  cpuProfile?: boolean;
  log?: (message: string) => void;
}

/** Astro's dev store lives in <project>/.astro/ (not in cacheDir): emptied so both start alike. */
async function emptyDevStore(project: string): Promise<void> {
  for (const name of ['data-store.json', 'data-store']) await rm(join(project, '.astro', name), { recursive: true, force: true });
}

/** Markdown articles of the newest year, in name order: the ones an author is likely editing. */
async function pickArticles(corpus: string, count: number): Promise<Array<{ year: string; slug: string; file: string }>> {
  const years = (await readdir(join(corpus, 'articles'))).sort();
  const picked: Array<{ year: string; slug: string; file: string }> = [];
  for (const year of years.toReversed()) {
    for (const slug of (await readdir(join(corpus, 'articles', year))).sort()) {
      const file = join(corpus, 'articles', year, slug, 'index.md');
      if (await readFile(file).then(() => true, () => false)) picked.push({ year, slug, file });
      if (picked.length === count) return picked;
    }
  }
  return picked;
}

export async function runPreviewBench(options: PreviewBenchOptions): Promise<PreviewReport> {
  const root = resolve(options.root);
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const work = resolve(options.workDir ?? join(root, '.bantin', `preview-${options.articles}`));
  const corpus = join(work, 'corpus');
  await rm(work, { recursive: true, force: true });
  await mkdir(join(work, 'logs'), { recursive: true });
  log(`Generating ${options.articles} articles in ${corpus}…`);
  await writeCorpus({ dir: corpus, articles: options.articles, seed, catalogueDir: join(root, 'content') });
  const articles = await pickArticles(corpus, 1 + (options.requests ?? 5));
  const edited = articles[0];
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const env = (cache: string): NodeJS.ProcessEnv => ({
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    BANTIN_CONTENT_DIR: corpus,
    BANTIN_CACHE_DIR: join(work, cache),
  });

  log('  bantin dev server…');
  await emptyDevStore(root);
  const unitsFile = join(corpus, CATALOGUE_FILES.units);
  const unit = articleUnit(await readFile(edited.file, 'utf8'))!;
  const renamed = `Đơn vị đổi tên thử ${seed}`;
  const bantin = await measurePreview({
    args: [...(options.cpuProfile ? ['--cpu-prof', `--cpu-prof-dir=${join(work, 'profile')}`] : []), astro, 'dev', '--port', '4391'],
    env: env('bantin-cache'),
    cwd: root,
    port: 4391,
    logFile: join(work, 'logs', 'bantin-dev.log'),
    articlePaths: articles.map((a) => urls.article(a.slug)),
    articleFile: edited.file,
    homePath: urls.home(),
    catalogue: { file: unitsFile, change: (text) => renameUnit(text, unit, renamed), expect: renamed },
  });

  let baseline;
  if (!options.bantinOnly) {
    log('  bare Astro dev server…');
    const project = join(root, 'scripts/bench/baseline-astro');
    await emptyDevStore(project);
    baseline = await measurePreview({
      args: [astro, 'dev', '--root', project, '--port', '4392'],
      env: env('baseline-cache'),
      cwd: root,
      port: 4392,
      logFile: join(work, 'logs', 'baseline-dev.log'),
      articlePaths: articles.map((a) => `/${a.year}/${a.slug}/`),
      articleFile: edited.file,
    });
  }
  await rm(corpus, { recursive: true, force: true });
  const profiles = options.cpuProfile ? await readdir(join(work, 'profile')).catch(() => []) : [];
  const sized = await Promise.all(profiles.map(async (name) => ({ path: join(work, 'profile', name), size: (await stat(join(work, 'profile', name))).size })));
  return {
    cpuProfile: sized.sort((a, b) => b.size - a.size)[0]?.path,
    articles: options.articles,
    seed,
    bantin,
    baseline,
    machine: { node: process.version, cores: availableParallelism(), date: new Date().toISOString(), load: loadavg() },
  };
}
