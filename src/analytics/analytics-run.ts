/**
 * One run of the analytics job: read what is new in the given logs, count it into the state in
 * one transaction, write the counters into the served site. Safe to run every few minutes and
 * to run again on the same files: a file is recognised by its head and read on from where the
 * last committed run stopped, so a line is counted once whatever happens to the run.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isbot } from 'isbot';
import { visitors as text } from '../i18n/vi.ts';
import { firstOpenDay, onlineWindow, summariseCounters, type Counters } from './counters.ts';
import { COUNTERS_FOLDER, SIDE_MOST_READ_DAYS, counterFiles } from './counter-files.ts';
import { localDay, localIsoTime } from './local-day.ts';
import { parseLogLine, type LineProblem } from './log-line.ts';
import { headHash, readLogFile, type FileHead } from './log-reader.ts';
import { viewedPage } from './page-path.ts';
import { readSitePages } from './site-pages.ts';
import { StateStore } from './state-store.ts';
import { VisitTally } from './visit-tally.ts';

export interface AnalyticsOptions {
  /** The built, served site: its pages are what counts, luot-xem/ is written into it. */
  site: string;
  state: string;
  files: readonly string[];
  /** Added to Tất cả: the old portal's total. */
  baseline?: number;
  /** How long to wait for another run holding the state (ms). */
  waitMs?: number;
  /** The clock, only to refuse entries dated in the future (a clock or a junk line gone wrong). */
  clock?: () => number;
  /** Page views gathered in memory before they go into the transaction. */
  flushEvery?: number;
}

export type FileOutcome = 'read' | 'unchanged' | 'missing' | 'empty' | 'unreadable' | 'shrunk';

export interface FileReport {
  path: string;
  outcome: FileOutcome;
  lines: number;
  from: number;
  to: number;
  truncated: boolean;
  pending: number;
  reason?: string;
}

export interface AnalyticsReport {
  files: FileReport[];
  lines: number;
  counted: number;
  bots: number;
  notPages: number;
  malformed: number;
  late: number;
  /** Up to five malformed lines, cut to 200 characters, with what was wrong. */
  malformedSample: { file: string; problem: LineProblem | 'future'; line: string }[];
  counters: Counters;
  /** The state file was new (first run, or lost): everything given was counted from its start. */
  newState: boolean;
  /** A state file that could not be read, moved aside to this path. */
  recoveredFrom?: string;
  output: string;
}

const SAMPLE_SIZE = 5;
const FUTURE_SLACK_MS = 86_400_000;
const BOT_CACHE_LIMIT = 100_000;
// Small batches keep the peak low (1 M lines: 50 000 → 89 MB, 10 000 → 85 MB, 2 000 → 82 MB) and
// cost no CPU: a visitor repeated within a batch is one insert either way, and small maps are
// faster to build.
const TALLY_FLUSH_VIEWS = 2_000;

export async function runAnalytics(options: AnalyticsOptions): Promise<AnalyticsReport> {
  const site = await readSitePages(options.site);
  if (!site) throw new AnalyticsInputError(text.report.noSite(options.site));
  await mkdir(dirname(options.state), { recursive: true });
  const { store, recoveredFrom } = openState(options.state, options.waitMs ?? 60_000);
  try {
    store.begin();
    const newState = store.isEmpty();
    const report: AnalyticsReport = {
      files: [], lines: 0, counted: 0, bots: 0, notPages: 0, malformed: 0, late: 0, malformedSample: [],
      counters: { online: 0, today: 0, week: 0, total: 0 }, newState, recoveredFrom, output: join(options.site, COUNTERS_FOLDER),
    };
    const latestAllowed = (options.clock ?? Date.now)() + FUTURE_SLACK_MS;
    let tally = new VisitTally((day) => store.saltOf(day));
    const botCache = new Map<string, boolean>();
    const isBot = (ua: string) => {
      let bot = botCache.get(ua);
      if (bot === undefined) {
        if (botCache.size >= BOT_CACHE_LIMIT) botCache.clear();
        // A copy as the key: the user agent is a slice of a whole chunk of the log, which the
        // cache would otherwise keep alive.
        botCache.set(Buffer.from(ua).toString(), (bot = isbot(ua)));
      }
      return bot;
    };
    let newest = store.newest() ?? -Infinity;

    for (const path of options.files) {
      const file: FileReport = { path, outcome: 'read', lines: 0, from: 0, to: 0, truncated: false, pending: 0 };
      report.files.push(file);
      if (!existsSync(path)) {
        file.outcome = 'missing';
        continue;
      }
      let known: { id: number; consumed: number } | undefined;
      let head: Buffer = Buffer.alloc(0);
      const decide = (found: FileHead): number | undefined => {
        head = found.bytes;
        if (head.length === 0) {
          file.outcome = 'empty';
          return undefined;
        }
        for (const length of store.headLengths()) {
          if (length > head.length) continue;
          known = store.findSource(length, headHash(head, length));
          if (known) break;
        }
        if (known && found.size !== undefined && found.size < known.consumed) {
          file.outcome = 'shrunk';
          return undefined;
        }
        return known?.consumed ?? 0;
      };
      const onLine = (line: string | undefined) => {
        report.lines++;
        const parsed = line === undefined ? ({ problem: 'too-long' } as const) : parseLogLine(line);
        if ('problem' in parsed || parsed.entry.time > latestAllowed) {
          report.malformed++;
          if (report.malformedSample.length < SAMPLE_SIZE) {
            report.malformedSample.push({ file: path, problem: 'problem' in parsed ? parsed.problem : 'future', line: (line ?? '').slice(0, 200) });
          }
          return;
        }
        const { entry } = parsed;
        if (entry.time > newest) newest = entry.time;
        const page = viewedPage(entry, site.pages);
        if (page === undefined) report.notPages++;
        else if (isBot(entry.userAgent)) report.bots++;
        else if (tally.add(entry.time, entry.ip, entry.userAgent, page)) {
          report.counted++;
          // Into the state (still inside this run's transaction) every so many views, so memory
          // stays flat however much log a run is given.
          if (tally.views >= (options.flushEvery ?? TALLY_FLUSH_VIEWS)) {
            store.addTally(tally);
            tally = new VisitTally((day) => store.saltOf(day));
          }
        } else report.late++;
      };
      try {
        const result = await readLogFile(path, decide, onLine);
        if (!result) continue;
        Object.assign(file, { lines: result.lines, from: result.start, to: result.end, truncated: result.truncated, pending: result.pending });
        if (result.end === result.start && result.lines === 0) file.outcome = 'unchanged';
        // Recorded in this transaction, so a second name for the same file later in this run
        // (a copy, a link) is recognised too.
        store.saveSource(known?.id, head.length, headHash(head, head.length), result.end, path, Date.now());
      } catch (error) {
        file.outcome = 'unreadable';
        file.reason = (error as Error).message;
      }
    }

    store.addTally(tally);
    if (Number.isFinite(newest)) {
      store.setNewest(newest);
      store.closeDaysBefore(firstOpenDay(newest));
    }
    const now = Number.isFinite(newest) ? newest : undefined;
    const daily = store.daily();
    const window = now === undefined ? undefined : onlineWindow(now);
    const online = window ? store.visitorsSeenBetween(window.from, window.to) : 0;
    report.counters = now === undefined ? { online: 0, today: 0, week: 0, total: options.baseline ?? 0 } : summariseCounters(daily, now, online, options.baseline ?? 0);
    const today = now === undefined ? localDay(Date.now()) : localDay(now);
    const recentFrom = today - SIDE_MOST_READ_DAYS + 1;
    store.forgetPageDaysBefore(recentFrom);
    const files = counterFiles({
      counters: report.counters,
      updatedAt: now === undefined ? '' : localIsoTime(now),
      today,
      daily,
      pageVisitors: store.pageVisitors(),
      recentPageVisitors: store.pageVisitorsSince(recentFrom),
      legacyViews: site.legacyViews,
      titles: site.titles,
      chartTitle: text.chartHeading,
      chartDescription: text.chartDescription,
    });
    // Written while the state is still locked, so two runs can never publish out of order; a run
    // killed after this and before its commit published what the next run will count again.
    await publishFiles(report.output, files);
    store.commit();
    return report;
  } catch (error) {
    store.rollback();
    throw error;
  } finally {
    store.close();
  }
}

/** A problem with what the operator gave (no site, bad option): shown as the message alone. */
export class AnalyticsInputError extends Error {}

function openState(path: string, waitMs: number): { store: StateStore; recoveredFrom?: string } {
  try {
    return { store: new StateStore(path, waitMs) };
  } catch (error) {
    // Not a database at all (overwritten, a partial copy): keep it for a person to look at and
    // start over from the logs; counting again from them is the recovery.
    if (!/not a database|malformed/i.test((error as Error).message)) throw error;
    const aside = `${path}.hong-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSyncSafe(path, aside);
    return { store: new StateStore(path, waitMs), recoveredFrom: aside };
  }
}

function renameSyncSafe(from: string, to: string) {
  renameSync(from, to);
  for (const suffix of ['-wal', '-shm']) rmSync(from + suffix, { force: true });
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes every counter file that changed (write a temporary file, then rename: a reader sees
 * the old file or the new, never half of one). The overview goes last, because it says how
 * many shards there are; shards left over from a larger split are removed after it.
 */
async function publishFiles(folder: string, files: Map<string, string>): Promise<void> {
  const ordered = [...files].sort(([a], [b]) => Number(a === 'tong-quan.json') - Number(b === 'tong-quan.json'));
  for (const [name, content] of ordered) {
    const target = join(folder, name);
    // Read synchronously, like the site's page list: one small file each, and no thread-pool
    // round trips to wait for on a loaded machine when nothing changed.
    if (readIfExists(target) === content) continue;
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, target);
  }
  const shards = [...files.keys()].filter((name) => name.startsWith('trang/')).length;
  for (let i = shards; existsSync(join(folder, `trang/${i}.json`)); i++) await rm(join(folder, `trang/${i}.json`));
}
