/**
 * The benchmark's printed report: one table comparing bantin with the bare baseline measured in
 * the same run, then the page-weight table. Pure: figures in, text out.
 */
import type { PhaseTimes, PhaseWindow } from './phases.ts';
import type { QueryDownload } from './measure-search.ts';
import type { PageWeight } from '../quality/page-weight.ts';

export interface SiteFigures {
  phases: PhaseTimes;
  /** Milliseconds of steps buildSite reports that have no row of their own yet (statistics…). */
  extra?: Record<string, number>;
  peakTreeBytes: number;
  peakProcessBytes?: number;
  /** User + system CPU time of every process of the build. */
  cpuMs?: number;
  htmlPages: number;
  distBytes: number;
  /** Pagefind's index data (meta, word chunks, filters, fragments), without its UI scripts. */
  searchIndexBytes: number;
  search: QueryDownload;
}

export interface BenchReport {
  articles: number;
  seed: number;
  warm: boolean;
  /** Builds per site; figures are medians when more than one. */
  repeat: number;
  corpus: { mdx: number; photos: number; bytes: number; ms: number };
  bantin: SiteFigures;
  /** Absent when the run was bantin only (--bantin-only, for scale checks). */
  baseline?: SiteFigures;
  pageWeights: Array<{ page: string; weight: PageWeight }>;
  machine: { node: string; cores: number; memoryBytes: number; date: string };
  /** Peak memory of the (first) bantin build within each of its phases. */
  bantinMemoryByPhase?: Array<{ name: string; peakBytes: number }>;
  /** The bantin build's CPU profile, when asked for, and its phases in time. */
  cpuProfile?: { file: string; windows: PhaseWindow[] };
}

const NOT_BUILT = 'n/a (not built yet)';
/** Phases that exist but are timed inside another one, and why there is no figure of their own. */
const TIMED_ELSEWHERE: Record<string, string> = {
  // buildStatistics runs once per build with the site data, inside Astro's process, which prints
  // its time; when that line is missing the time is inside the pages' phase.
  statistics: 'in pages (/thong-ke/)',
};
const seconds = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const megabytes = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 0)} MB`);
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '' : `${(a / b).toFixed(2)}×`);

type Row = [label: string, bantin: string, baseline: string, ratio: string];

function alignTable(rows: string[][], rightAligned: number[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (rightAligned.includes(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function timeRow(label: string, a: number | undefined, b: number | undefined): Row {
  return [label, seconds(a), seconds(b), ratio(a, b)];
}

export function formatReport(r: BenchReport): string {
  const { bantin: x, baseline: y } = r;
  const pagesPerSecond = (s?: SiteFigures) => (s ? s.htmlPages / (s.phases.total / 1000) : undefined);
  const optional = (name: string): Row => {
    const ms = x.extra?.[name];
    return ms === undefined ? [name, TIMED_ELSEWHERE[name] ?? NOT_BUILT, '', ''] : [name, seconds(ms), '—', ''];
  };
  const rows: Row[] = [
    ['', 'bantin', y ? 'bare Astro + Pagefind' : 'bare Astro + Pagefind (not run)', 'ratio'],
    ['content check (beside Astro setup)', seconds(x.phases.check), '—', ''],
    timeRow('pages (Astro build)', x.phases.pages, y?.phases.pages),
    timeRow('  setup + content layer', x.phases.setup, y?.phases.setup),
    timeRow('  bundle (Vite)', x.phases.bundle, y?.phases.bundle),
    timeRow('  render pages', x.phases.render, y?.phases.render),
    timeRow('  optimise images', x.phases.images, y?.phases.images),
    timeRow('  finish (sitemap, hooks)', x.phases.finish, y?.phases.finish),
    optional('statistics'),
    timeRow('search index (Pagefind)', x.phases.search, y?.phases.search),
    optional('analytics'),
    timeRow('other (startup, output swap, exit)', x.phases.other, y?.phases.other),
    timeRow('total', x.phases.total, y?.phases.total),
    timeRow('CPU time (user + system)', x.cpuMs, y?.cpuMs),
    ['peak memory, process tree', megabytes(x.peakTreeBytes), megabytes(y?.peakTreeBytes), ratio(x.peakTreeBytes, y?.peakTreeBytes)],
    ['peak memory, largest process', megabytes(x.peakProcessBytes), megabytes(y?.peakProcessBytes), ratio(x.peakProcessBytes, y?.peakProcessBytes)],
    ['HTML pages', String(x.htmlPages), y ? String(y.htmlPages) : '—', ratio(x.htmlPages, y?.htmlPages)],
    ['pages / second', pagesPerSecond(x)!.toFixed(0), pagesPerSecond(y)?.toFixed(0) ?? '—', ratio(pagesPerSecond(x), pagesPerSecond(y))],
    ['dist/ size', megabytes(x.distBytes), megabytes(y?.distBytes), ratio(x.distBytes, y?.distBytes)],
    ['search index size (data files)', megabytes(x.searchIndexBytes), megabytes(y?.searchIndexBytes), ratio(x.searchIndexBytes, y?.searchIndexBytes)],
    [`bytes one search fetches ("${x.search.query}")`, kilobytes(x.search.gzipTotal), y ? kilobytes(y.search.gzipTotal) : '—', ratio(x.search.gzipTotal, y?.search.gzipTotal)],
  ];
  const weights = alignTable(
    [
      ['page (gzip bytes)', 'HTML', 'CSS', 'JS', 'HTML+CSS+JS', 'images (390 px @2x)'],
      ...r.pageWeights.map(({ page, weight: w }) => [
        page,
        kilobytes(w.html.gzipBytes),
        kilobytes(w.css.gzipBytes),
        kilobytes(w.js.gzipBytes),
        kilobytes(w.html.gzipBytes + w.css.gzipBytes + w.js.gzipBytes),
        kilobytes(w.images.bytes),
      ]),
    ],
    [1, 2, 3, 4, 5],
  );
  const c = r.corpus;
  return [
    `Benchmark: ${r.articles} articles (seed ${r.seed}; ${c.mdx} MDX, ${c.photos} photos, ${megabytes(c.bytes)}, generated in ${seconds(c.ms)})` +
      `${r.warm ? ', warm caches (a rebuild after publishing one article)' : ', cold caches'}` +
      `${r.repeat > 1 ? `, median of ${r.repeat} builds each` : ''}`,
    `Node ${r.machine.node}, ${r.machine.cores} cores, ${megabytes(r.machine.memoryBytes)} RAM, ${r.machine.date}. ` +
      'Timings drift between runs on shared machines: compare the ratios, measured in this same run.',
    '',
    alignTable(rows, [1, 2, 3]),
    '',
    `One search = first visit to the search page, its filters, the query "${x.search.query}" and the excerpts of the first results ` +
      `(scripts/bench/measure-search.ts, gzip): bantin ${x.search.files.length} files, ${x.search.results} hits; ` +
      (y ? `baseline ${y.search.files.length} files, ${y.search.results} hits.` : 'baseline not run.'),
    ...(r.bantinMemoryByPhase?.length
      ? ['', `bantin memory peak by phase: ${r.bantinMemoryByPhase.map((p) => `${p.name} ${megabytes(p.peakBytes)}`).join(', ')}.`]
      : []),
    '',
    weights,
  ].join('\n');
}
