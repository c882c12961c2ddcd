/**
 * The analytics job's state, in one SQLite file (node:sqlite, no server): which log files have
 * been read how far, the secret salt and the visitor hashes of each open day, and the counts.
 * A run holds the database's write lock from its first read to its commit (BEGIN IMMEDIATE), so
 * a second run started meanwhile waits or gives up, never interleaves; a run killed at any moment
 * leaves the state of the last commit, because everything it did was in its one transaction.
 * No IP address or user agent is ever written here: visitors are hashes (visitor-id.ts).
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { newDailySalt } from './visitor-id.ts';
import type { VisitTally } from './visit-tally.ts';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value ANY) STRICT;
CREATE TABLE IF NOT EXISTS sources (
  id INTEGER PRIMARY KEY, head_len INTEGER NOT NULL, head_hash TEXT NOT NULL,
  consumed INTEGER NOT NULL, name TEXT NOT NULL, seen_at INTEGER NOT NULL) STRICT;
CREATE INDEX IF NOT EXISTS sources_head ON sources (head_len, head_hash);
CREATE TABLE IF NOT EXISTS salts (day INTEGER PRIMARY KEY, salt BLOB NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS day_visitors (
  day INTEGER NOT NULL, visitor TEXT NOT NULL, last_seen INTEGER NOT NULL,
  PRIMARY KEY (day, visitor)) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS page_visitors (
  day INTEGER NOT NULL, page TEXT NOT NULL, visitor TEXT NOT NULL,
  PRIMARY KEY (day, page, visitor)) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS daily (day INTEGER PRIMARY KEY, visitors INTEGER NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS page_totals (page TEXT PRIMARY KEY, visitors INTEGER NOT NULL) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS page_daily (
  day INTEGER NOT NULL, page TEXT NOT NULL, visitors INTEGER NOT NULL,
  PRIMARY KEY (day, page)) STRICT, WITHOUT ROWID;
`;

export interface KnownSource {
  id: number;
  headLength: number;
  consumed: number;
}

/** A synchronous pause (the store is synchronous, like node:sqlite): Atomics.wait on a cell nobody wakes. */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** The state file is held by another run for longer than we were willing to wait. */
export class StateBusyError extends Error {}

export class StateStore {
  private readonly db: DatabaseSync;
  private readonly salts = new Map<number, Buffer>();
  private statements = new Map<string, StatementSync>();
  private firstOpen: number | undefined;

  /** Opens (creating if needed) the state; throws on a file that is not a database. */
  constructor(path: string, waitMs: number) {
    this.db = new DatabaseSync(path, { timeout: waitMs });
    const deadline = Date.now() + waitMs;
    for (;;) {
      try {
        // WAL: a commit is one append, and a kill -9 mid-run leaves the last commit intact.
        this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
        return;
      } catch (error) {
        // Switching a new file to WAL needs it to itself, and SQLite answers "locked" at once,
        // without its busy wait, while a second run started at the same moment does the same:
        // wait a little and try again, as long as the run is willing to wait for the state.
        if (/locked|busy/i.test(String((error as Error).message)) && Date.now() < deadline) {
          Atomics.wait(PAUSE, 0, 0, 20);
          continue;
        }
        this.db.close();
        throw error;
      }
    }
  }

  /** Takes the write lock for this run and makes sure the tables exist. */
  begin(): void {
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      if (/locked|busy/i.test(String((error as Error).message))) throw new StateBusyError(String((error as Error).message));
      throw error;
    }
    this.db.exec(SCHEMA);
    const version = this.meta('schema');
    if (version === undefined) this.setMeta('schema', SCHEMA_VERSION);
    else if (version !== SCHEMA_VERSION) throw new Error(`state schema ${version}, this bantin reads ${SCHEMA_VERSION}`);
    this.firstOpen = this.meta('first_open_day') as number | undefined;
  }

  commit(): void {
    this.db.exec('COMMIT');
  }

  rollback(): void {
    if (this.db.isTransaction) this.db.exec('ROLLBACK');
  }

  close(): void {
    this.db.close();
  }

  /** True when nothing was ever committed to this state (a new or lost state file). */
  isEmpty(): boolean {
    return this.meta('newest') === undefined && (this.get('SELECT count(*) AS n FROM sources') as { n: number }).n === 0;
  }

  private run(sql: string, ...params: (string | number | Buffer | null)[]) {
    return this.prepared(sql).run(...params);
  }

  private get(sql: string, ...params: (string | number | Buffer | null)[]) {
    return this.prepared(sql).get(...params);
  }

  private prepared(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  private meta(key: string): string | number | undefined {
    return (this.get('SELECT value FROM meta WHERE key = ?', key) as { value: string | number } | undefined)?.value;
  }

  private setMeta(key: string, value: string | number): void {
    this.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', key, value);
  }

  /** The newest log entry ever counted (UTC ms), the counters' "now". */
  newest(): number | undefined {
    return this.meta('newest') as number | undefined;
  }

  setNewest(time: number): void {
    if (this.newest() !== time) this.setMeta('newest', time);
  }

  /** The head lengths known sources were recorded with, longest first. */
  headLengths(): number[] {
    return (this.prepared('SELECT DISTINCT head_len AS n FROM sources ORDER BY n DESC').all() as { n: number }[]).map((row) => row.n);
  }

  findSource(headLength: number, headHash: string): KnownSource | undefined {
    const row = this.get(
      'SELECT id, head_len AS headLength, consumed FROM sources WHERE head_len = ? AND head_hash = ? ORDER BY consumed DESC LIMIT 1',
      headLength,
      headHash,
    ) as KnownSource | undefined;
    return row && { ...row };
  }

  /** Records how far a file has been read; `id` updates the source it was recognised as. */
  saveSource(id: number | undefined, headLength: number, headHash: string, consumed: number, name: string, now: number): void {
    if (id === undefined) this.run('INSERT INTO sources (head_len, head_hash, consumed, name, seen_at) VALUES (?, ?, ?, ?, ?)', headLength, headHash, consumed, name, now);
    // Only when something changed: a run that finds nothing new then writes nothing, so its
    // commit and the WAL checkpoint at close have nothing to sync to disk.
    else
      this.run(
        'UPDATE sources SET head_len = ?, head_hash = ?, consumed = ?, name = ?, seen_at = ? WHERE id = ? AND NOT (head_len = ? AND head_hash = ? AND consumed = ? AND name = ?)',
        headLength, headHash, consumed, name, now, id, headLength, headHash, consumed, name,
      );
  }

  /** The secret salt of a day still open (made on first use), undefined for a closed day. */
  saltOf(day: number): Buffer | undefined {
    if (this.firstOpen !== undefined && day < this.firstOpen) return undefined;
    let salt = this.salts.get(day);
    if (salt) return salt;
    const row = this.get('SELECT salt FROM salts WHERE day = ?', day) as { salt: Uint8Array } | undefined;
    salt = row ? Buffer.from(row.salt) : newDailySalt();
    if (!row) this.run('INSERT INTO salts (day, salt) VALUES (?, ?)', day, salt);
    this.salts.set(day, salt);
    return salt;
  }

  /** Adds a run's page views: only (day, visitor) and (day, page, visitor) pairs not held yet count. */
  addTally(tally: VisitTally): void {
    const newPages = new Map<string, number>();
    for (const [day, { lastSeen, pages }] of tally.days) {
      let newVisitors = 0;
      for (const [visitor, seen] of lastSeen) {
        if (this.run('INSERT OR IGNORE INTO day_visitors (day, visitor, last_seen) VALUES (?, ?, ?)', day, visitor, seen).changes) newVisitors++;
        else this.run('UPDATE day_visitors SET last_seen = max(last_seen, ?) WHERE day = ? AND visitor = ?', seen, day, visitor);
      }
      if (newVisitors) this.run('INSERT INTO daily (day, visitors) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET visitors = visitors + excluded.visitors', day, newVisitors);
      for (const [page, visitors] of pages) {
        let added = 0;
        for (const visitor of visitors) if (this.run('INSERT OR IGNORE INTO page_visitors (day, page, visitor) VALUES (?, ?, ?)', day, page, visitor).changes) added++;
        if (added) {
          newPages.set(page, (newPages.get(page) ?? 0) + added);
          this.run('INSERT INTO page_daily (day, page, visitors) VALUES (?, ?, ?) ON CONFLICT (day, page) DO UPDATE SET visitors = visitors + excluded.visitors', day, page, added);
        }
      }
    }
    for (const [page, added] of newPages) {
      this.run('INSERT INTO page_totals (page, visitors) VALUES (?, ?) ON CONFLICT (page) DO UPDATE SET visitors = visitors + excluded.visitors', page, added);
    }
  }

  /** Forgets the salts and visitor hashes of every day before `day`; their counts stay. */
  closeDaysBefore(day: number): void {
    if (this.firstOpen !== undefined && day <= this.firstOpen) return;
    this.run('DELETE FROM salts WHERE day < ?', day);
    this.run('DELETE FROM day_visitors WHERE day < ?', day);
    this.run('DELETE FROM page_visitors WHERE day < ?', day);
    this.setMeta('first_open_day', day);
    this.firstOpen = day;
    for (const known of this.salts.keys()) if (known < day) this.salts.delete(known);
  }

  daily(): Map<number, number> {
    return new Map((this.prepared('SELECT day, visitors FROM daily').all() as { day: number; visitors: number }[]).map((r) => [r.day, r.visitors]));
  }

  pageVisitors(): Map<string, number> {
    return new Map((this.prepared('SELECT page, visitors FROM page_totals').all() as { page: string; visitors: number }[]).map((r) => [r.page, r.visitors]));
  }

  /**
   * Per page, its daily distinct visitors summed from `firstDay` on (the most-read column's last
   * 30 days). Counts only days since this table exists: a state file from before it starts empty.
   */
  pageVisitorsSince(firstDay: number): Map<string, number> {
    const rows = this.prepared('SELECT page, sum(visitors) AS visitors FROM page_daily WHERE day >= ? GROUP BY page').all(firstDay) as { page: string; visitors: number }[];
    return new Map(rows.map((r) => [r.page, r.visitors]));
  }

  /** Forgets the per-day page counts before `day`: only the last weeks are ever asked for. */
  forgetPageDaysBefore(day: number): void {
    this.run('DELETE FROM page_daily WHERE day < ?', day);
  }

  /** Distinct visitors last seen between two moments (UTC ms, both included). */
  visitorsSeenBetween(from: number, to: number): number {
    return (this.get('SELECT count(*) AS n FROM day_visitors WHERE last_seen BETWEEN ? AND ?', from, to) as { n: number }).n;
  }
}
