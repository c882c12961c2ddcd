/**
 * The preview benchmark's figures and its printed table (npm run bench -- --preview): the loop
 * staff live in while writing, `npm run dev`, measured for bantin and for bare Astro's dev
 * server on the same corpus in the same run. Pure: figures in, text out.
 */

/** One dev server, measured from outside (scripts/bench/measure-preview.ts). */
export interface PreviewFigures {
  /** From starting the server to the first article page served in full. */
  startMs: number;
  /** Requests of other articles once the server runs, in order (the median is printed). */
  articleMs: number[];
  /** The first request of the home page; absent where the site has none (the baseline). */
  homeMs?: number;
  /** From an edit saved in an article's file to the edited text in that article's page. */
  editMs: number;
  /** From a changed catalogue (units.yaml) to the change in a page; absent where not measured. */
  catalogueMs?: number;
  /** Largest resident memory of the server's process tree. */
  peakTreeBytes: number;
  /** When each measured step ran, in ms since the server started (to read a CPU profile by). */
  windows?: Array<{ name: string; from: number; to: number }>;
}

export interface PreviewReport {
  articles: number;
  seed: number;
  bantin: PreviewFigures;
  /** Absent with --bantin-only. */
  baseline?: PreviewFigures;
  machine: { node: string; cores: number; date: string; load: number[] };
  /** The largest CPU profile of bantin's dev server (its main thread), when asked for. */
  cpuProfile?: string;
}

/** The goal of issue 20: an edit shows in the preview within this time. */
export const PREVIEW_GOAL_MS = 2000;

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const seconds = (ms: number | undefined) => (ms === undefined ? '—' : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
const megabytes = (bytes: number | undefined) => (bytes === undefined ? '—' : `${Math.round(bytes / 1e6)} MB`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '' : `${(a / b).toFixed(2)}×`);

function alignTable(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function formatPreviewReport(r: PreviewReport): string {
  const { bantin: x, baseline: y } = r;
  const row = (label: string, a: number | undefined, b: number | undefined) => [label, seconds(a), seconds(b), ratio(a, b)];
  const rows = [
    ['', 'bantin', y ? 'bare Astro' : 'bare Astro (not run)', 'ratio'],
    row('start to first article page', x.startMs, y?.startMs),
    row(`one article page (median of ${x.articleMs.length})`, median(x.articleMs), y && median(y.articleMs)),
    row('home page (first request)', x.homeMs, y?.homeMs),
    row('edit saved to visible in the article', x.editMs, y?.editMs),
    row('catalogue changed to visible (units.yaml)', x.catalogueMs, y?.catalogueMs),
    ['peak memory, process tree', megabytes(x.peakTreeBytes), megabytes(y?.peakTreeBytes), ratio(x.peakTreeBytes, y?.peakTreeBytes)],
  ];
  const verdict =
    x.editMs <= PREVIEW_GOAL_MS
      ? `An edit shows in ${seconds(x.editMs)}: within the ${seconds(PREVIEW_GOAL_MS)} goal.`
      : `An edit shows in ${seconds(x.editMs)}: ${seconds(x.editMs - PREVIEW_GOAL_MS)} over the ${seconds(PREVIEW_GOAL_MS)} goal.`;
  return [
    `Preview benchmark (npm run dev): ${r.articles} articles (seed ${r.seed}), ` +
      `Node ${r.machine.node}, ${r.machine.cores} cores, load ${r.machine.load.map((l) => l.toFixed(1)).join(' ')}, ${r.machine.date}.`,
    'Both dev servers start with an empty content store, one after the other, on the same corpus.',
    '',
    alignTable(rows),
    '',
    verdict,
  ].join('\n');
}
