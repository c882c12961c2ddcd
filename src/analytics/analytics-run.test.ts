/**
 * The analytics job on real files: a small built site, logs written here, the SQLite state in
 * a temporary folder. Idempotency and recovery: the same file twice, a grown file, rotation,
 * copytruncate, cut gzip files, bad input, a lost or broken state file.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { combinedLine, READER_AGENT as READER } from '../../tests/helpers/analytics-site.ts';
import { runAnalytics, type AnalyticsOptions } from './analytics-run.ts';

const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

let work: string;
let site: string;
let state: string;
const logPath = (name: string) => join(work, name);

function makeSite(root: string) {
  for (const page of ['', 'bai-viet/a/', 'bai-viet/b/', 'nam/2024/']) {
    mkdirSync(join(root, page), { recursive: true });
    writeFileSync(join(root, page, 'index.html'), '<!DOCTYPE html><title>x</title>');
  }
  mkdirSync(join(root, 'thong-ke-truy-cap'), { recursive: true });
  writeFileSync(join(root, 'thong-ke-truy-cap/bai-viet.json'), JSON.stringify({ '/bai-viet/a/': { title: 'Bài A', legacyViews: 100 }, '/bai-viet/b/': { title: 'Bài B', legacyViews: 0 } }));
}

const hit = (local: string, ip: string, path = '/bai-viet/a/', options: Parameters<typeof combinedLine>[3] = {}) => combinedLine(local, ip, path, options);

const run = (files: string[], options: Partial<AnalyticsOptions> = {}) => runAnalytics({ site, state, files, ...options });
const overview = () => JSON.parse(readFileSync(join(site, 'luot-xem/tong-quan.json'), 'utf8'));
const csv = () => readFileSync(join(site, 'luot-xem/tat-ca.csv'), 'utf8');

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'bantin-analytics-'));
  site = join(work, 'dist');
  state = join(work, 'state', 'luot-xem.sqlite');
  makeSite(site);
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

const day1 = [hit('2024-06-27T08:00:00', '1.1.1.1'), hit('2024-06-27T08:05:00', '1.1.1.1'), hit('2024-06-27T09:00:00', '2.2.2.2', '/bai-viet/b/'), hit('2024-06-27T09:01:00', '2.2.2.2', '/')].join('');

describe('the counting rules, end to end', () => {
  it('counts page views, leaves out bots, assets, 404s, other methods, and writes the counters', async () => {
    writeFileSync(
      logPath('access.log'),
      day1 +
        hit('2024-06-27T09:02:00', '3.3.3.3', '/bai-viet/a/', { ua: GOOGLEBOT }) +
        hit('2024-06-27T09:03:00', '4.4.4.4', '/_astro/site.css') +
        hit('2024-06-27T09:04:00', '4.4.4.4', '/bai-viet/khong-co/', { status: 404 }) +
        hit('2024-06-27T09:05:00', '4.4.4.4', '/bai-viet/a/', { method: 'POST' }) +
        'not a log line\n',
    );
    const report = await run([logPath('access.log')]);
    expect(report).toMatchObject({ lines: 9, counted: 4, bots: 1, notPages: 3, malformed: 1, late: 0, newState: true });
    expect(report.malformedSample).toEqual([{ file: logPath('access.log'), problem: 'not-combined', line: 'not a log line' }]);
    // "Now" is the POST at 09:05: only 2.2.2.2 (09:01) was seen in the five minutes before it.
    expect(report.counters).toEqual({ online: 1, today: 2, week: 2, total: 2 });
    expect(overview()).toEqual({ online: 1, today: 2, week: 2, total: 2, updatedAt: '2024-06-27T09:05:00+07:00', shards: 1 });
    expect(csv()).toBe('path,views\n/bai-viet/a/,101\n/,1\n/bai-viet/b/,1\n');
  });

  it('counts a visitor once a day, again the next day, and sums the week from Monday', async () => {
    writeFileSync(
      logPath('access.log'),
      // Sunday 23 June, then Monday to Thursday.
      hit('2024-06-23T10:00:00', '9.9.9.9') + day1 + hit('2024-06-24T10:00:00', '1.1.1.1') + hit('2024-06-26T10:00:00', '1.1.1.1') + hit('2024-06-27T10:00:00', '1.1.1.1'),
    );
    const report = await run([logPath('access.log')], { baseline: 1000 });
    expect(report.counters).toEqual({ online: 1, today: 2, week: 4, total: 1005 });
    expect(csv()).toContain('/bai-viet/a/,104\n');
    const { days, top } = JSON.parse(readFileSync(join(site, 'luot-xem/thong-ke.json'), 'utf8'));
    expect(days.at(-1)).toEqual({ date: '2024-06-27', visitors: 2 });
    expect(days.at(-5)).toEqual({ date: '2024-06-23', visitors: 1 });
    expect(top[0]).toEqual({ path: '/bai-viet/a/', title: 'Bài A', views: 104 });
  });

  it('ranks the side column’s most-read articles by the last 30 days, across runs, without legacy views', async () => {
    // Bài A: one reader 40 days before and 100 legacy views; Bài B: two readers this month.
    writeFileSync(logPath('old.log'), hit('2024-05-18T10:00:00', '1.1.1.1') + hit('2024-05-29T10:00:00', '2.2.2.2', '/bai-viet/b/'));
    await run([logPath('old.log')]);
    writeFileSync(logPath('access.log'), hit('2024-06-27T08:00:00', '3.3.3.3', '/bai-viet/b/') + hit('2024-06-27T08:01:00', '3.3.3.3', '/bai-viet/b/') + hit('2024-06-27T09:00:00', '4.4.4.4', '/'));
    await run([logPath('old.log'), logPath('access.log')]);
    const mostRead = () => JSON.parse(readFileSync(join(site, 'luot-xem/doc-nhieu.json'), 'utf8'));
    // 29 May is the first of the 30 days ending 27 June; 18 May is not among them.
    expect(mostRead()).toEqual({ days: 30, top: [{ path: '/bai-viet/b/', title: 'Bài B', views: 2 }] });
    expect(csv()).toContain('/bai-viet/a/,101\n');
    writeFileSync(logPath('later.log'), hit('2024-06-28T10:00:00', '5.5.5.5'));
    await run([logPath('later.log')]);
    // 28 June: 29 May has left the window.
    expect(mostRead().top).toEqual([{ path: '/bai-viet/a/', title: 'Bài A', views: 1 }, { path: '/bai-viet/b/', title: 'Bài B', views: 1 }]);
  });

  it('counts online the visitors of the five minutes ending at the newest entry', async () => {
    writeFileSync(logPath('access.log'), hit('2024-06-27T08:54:59', '1.1.1.1') + hit('2024-06-27T08:55:01', '2.2.2.2') + hit('2024-06-27T09:00:00', '3.3.3.3'));
    expect((await run([logPath('access.log')])).counters.online).toBe(2);
  });

  it('gives the same numbers for lines in any order, within and across files', async () => {
    const lines = (day1 + hit('2024-06-26T10:00:00', '5.5.5.5') + hit('2024-06-27T10:00:00', '5.5.5.5', '/nam/2024/')).split(/(?<=\n)/);
    writeFileSync(logPath('a.log'), lines.join(''));
    const inOrder = await run([logPath('a.log')]);
    const ordered = csv();
    rmSync(join(work, 'state'), { recursive: true });
    writeFileSync(logPath('b.log'), [...lines].reverse().slice(0, 3).join(''));
    writeFileSync(logPath('c.log'), [...lines].reverse().slice(3).join(''));
    const shuffled = await run([logPath('c.log'), logPath('b.log')]);
    expect(shuffled.counters).toEqual(inOrder.counters);
    expect(csv()).toBe(ordered);
    expect(overview().updatedAt).toBe('2024-06-27T10:00:00+07:00');
  });
});

describe('incremental and idempotent', () => {
  it('adds nothing when the same file is read again', async () => {
    writeFileSync(logPath('access.log'), day1);
    const first = await run([logPath('access.log')]);
    const again = await run([logPath('access.log')]);
    expect(again).toMatchObject({ lines: 0, counted: 0, newState: false });
    expect(again.files[0].outcome).toBe('unchanged');
    expect(again.counters).toEqual(first.counters);
    // Under another name (a copy) in the same run: recognised by its content.
    copyFileSync(logPath('access.log'), logPath('copy.log'));
    expect((await run([logPath('access.log'), logPath('copy.log')])).counted).toBe(0);
  });

  it('reads a grown file from where it stopped, and a half-written line once it is finished', async () => {
    writeFileSync(logPath('access.log'), day1);
    await run([logPath('access.log')]);
    const next = hit('2024-06-27T10:00:00', '6.6.6.6');
    appendFileSync(logPath('access.log'), next.slice(0, 30));
    const half = await run([logPath('access.log')]);
    expect(half).toMatchObject({ lines: 0, counted: 0 });
    expect(half.files[0].pending).toBe(30);
    appendFileSync(logPath('access.log'), next.slice(30));
    const done = await run([logPath('access.log')]);
    expect(done).toMatchObject({ lines: 1, counted: 1 });
    expect(done.files[0].from).toBe(Buffer.byteLength(day1));
    expect(done.counters.today).toBe(3);
  });

  it('follows a rotation: access.log becomes access.log.1, then access.log.2.gz', async () => {
    writeFileSync(logPath('access.log'), day1);
    await run([logPath('access.log')]);
    // Written after the last run, before the rotation: only in access.log.1 now.
    appendFileSync(logPath('access.log'), hit('2024-06-27T10:00:00', '7.7.7.7'));
    renameSync(logPath('access.log'), logPath('access.log.1'));
    writeFileSync(logPath('access.log'), hit('2024-06-27T11:00:00', '8.8.8.8'));
    const rotated = await run([logPath('access.log'), logPath('access.log.1')]);
    expect(rotated).toMatchObject({ lines: 2, counted: 2 });
    writeFileSync(logPath('access.log.2.gz'), gzipSync(readFileSync(logPath('access.log.1'))));
    rmSync(logPath('access.log.1'));
    renameSync(logPath('access.log'), logPath('access.log.1'));
    writeFileSync(logPath('access.log'), '');
    const again = await run([logPath('access.log'), logPath('access.log.1'), logPath('access.log.2.gz')]);
    expect(again).toMatchObject({ lines: 0, counted: 0 });
    expect(again.files.map((f) => f.outcome)).toEqual(['empty', 'unchanged', 'unchanged']);
    expect(again.counters.today).toBe(4);
  });

  it('follows copytruncate: the copy is read on, the emptied file from its start', async () => {
    writeFileSync(logPath('access.log'), day1);
    await run([logPath('access.log')]);
    appendFileSync(logPath('access.log'), hit('2024-06-27T10:00:00', '7.7.7.7'));
    copyFileSync(logPath('access.log'), logPath('access.log.1'));
    truncateSync(logPath('access.log'), 0);
    appendFileSync(logPath('access.log'), hit('2024-06-27T11:00:00', '8.8.8.8'));
    const report = await run([logPath('access.log'), logPath('access.log.1')]);
    expect(report).toMatchObject({ lines: 2, counted: 2 });
    expect(report.counters.today).toBe(4);
    expect((await run([logPath('access.log'), logPath('access.log.1')])).counted).toBe(0);
  });

  it('reads a cut gzip file up to the cut, then the rest once the whole file is there', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => hit('2024-06-27T08:00:00', `10.0.${i >> 8}.${i & 255}`)).join('');
    const zipped = gzipSync(many);
    writeFileSync(logPath('old.gz'), zipped.subarray(0, Math.floor(zipped.length * 0.6)));
    const cut = await run([logPath('old.gz')]);
    expect(cut.files[0].truncated).toBe(true);
    expect(cut.counted).toBeGreaterThan(0);
    expect(cut.counted).toBeLessThan(3000);
    writeFileSync(logPath('old.gz'), zipped);
    const whole = await run([logPath('old.gz')]);
    expect(cut.counted + whole.counted).toBe(3000);
    expect(whole.counters.today).toBe(3000);
  });

  it('counts again from the logs when the state is lost, never more than they hold', async () => {
    writeFileSync(logPath('access.log'), day1);
    const first = await run([logPath('access.log')]);
    rmSync(join(work, 'state'), { recursive: true });
    const rebuilt = await run([logPath('access.log')]);
    expect(rebuilt.newState).toBe(true);
    expect(rebuilt.counters).toEqual(first.counters);
  });

  it('moves a state file that is not a database aside and starts again', async () => {
    writeFileSync(logPath('access.log'), day1);
    mkdirSync(join(work, 'state'));
    writeFileSync(state, 'this is not SQLite '.repeat(100));
    writeFileSync(`${state}-wal`, 'junk '.repeat(100));
    const report = await run([logPath('access.log')]);
    expect(report.recoveredFrom).toMatch(/luot-xem\.sqlite\.hong-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
    expect(existsSync(`${state}-wal`) ? readFileSync(`${state}-wal`, 'utf8') : '').not.toContain('junk');
    expect(existsSync(report.recoveredFrom!)).toBe(true);
    expect(report.counters.today).toBe(2);
  });

  it('closes a day after midnight: its salt and hashes go, its counts stay, late lines are not counted', async () => {
    writeFileSync(logPath('access.log'), day1);
    await run([logPath('access.log')]);
    writeFileSync(logPath('next.log'), hit('2024-06-28T01:00:00', '1.1.1.1'));
    const next = await run([logPath('next.log')]);
    expect(next.counters).toEqual({ online: 1, today: 1, week: 3, total: 3 });
    writeFileSync(logPath('late.log'), hit('2024-06-27T23:00:00', '9.9.9.9'));
    const late = await run([logPath('late.log')]);
    expect(late).toMatchObject({ counted: 0, late: 1 });
    expect(late.counters.total).toBe(3);
  });
});

describe('the job’s own bookkeeping', () => {
  it('gives the same counts when views go into the state every few views', async () => {
    writeFileSync(logPath('access.log'), day1 + hit('2024-06-26T10:00:00', '5.5.5.5') + hit('2024-06-27T09:00:30', '2.2.2.2', '/bai-viet/b/'));
    const whole = await run([logPath('access.log')]);
    const wholeCsv = csv();
    rmSync(join(work, 'state'), { recursive: true });
    const flushed = await run([logPath('access.log')], { flushEvery: 2 });
    expect(flushed.counters).toEqual(whole.counters);
    expect(csv()).toBe(wholeCsv);
  });

  it('publishes zeros and the baseline before any page view was logged', async () => {
    writeFileSync(logPath('access.log'), '');
    const report = await run([logPath('access.log')], { baseline: 77 });
    expect(report.counters).toEqual({ online: 0, today: 0, week: 0, total: 77 });
    expect(overview()).toEqual({ online: 0, today: 0, week: 0, total: 77, updatedAt: '', shards: 1 });
    expect((await run([logPath('access.log')])).counters.total).toBe(0);
  });

  it('rewrites only the files that changed and removes shards left from a larger split', async () => {
    mkdirSync(join(site, 'luot-xem/trang'), { recursive: true });
    writeFileSync(join(site, 'luot-xem/trang/1.json'), '{}');
    writeFileSync(join(site, 'luot-xem/trang/2.json'), '{}');
    writeFileSync(logPath('access.log'), day1);
    await run([logPath('access.log')]);
    expect(readdirSync(join(site, 'luot-xem/trang'))).toEqual(['0.json']);
    const times = () => readdirSync(join(site, 'luot-xem')).map((name) => statSync(join(site, 'luot-xem', name)).mtimeMs);
    const before = times();
    await new Promise((r) => setTimeout(r, 50));
    await run([logPath('access.log')]);
    expect(times()).toEqual(before);
    expect(readdirSync(join(site, 'luot-xem')).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('keeps five malformed lines as a sample, each cut to 200 characters', async () => {
    writeFileSync(logPath('access.log'), Array.from({ length: 7 }, (_, i) => `${i}${'x'.repeat(300)}\n`).join(''));
    const report = await run([logPath('access.log')]);
    expect(report.malformed).toBe(7);
    expect(report.malformedSample).toHaveLength(5);
    expect(report.malformedSample[4].line).toBe(`4${'x'.repeat(199)}`);
  });

  it('recognises a small file grown past 4 KB among files known by longer heads', async () => {
    const big = Array.from({ length: 100 }, (_, i) => hit('2024-06-27T08:00:00', `10.1.0.${i}`)).join('');
    writeFileSync(logPath('big.log'), big);
    writeFileSync(logPath('small.log'), hit('2024-06-27T09:00:00', '10.2.0.1'));
    await run([logPath('big.log'), logPath('small.log')]);
    appendFileSync(logPath('small.log'), Array.from({ length: 60 }, (_, i) => hit('2024-06-27T09:30:00', `10.3.0.${i}`)).join(''));
    const grown = await run([logPath('big.log'), logPath('small.log')]);
    expect(grown).toMatchObject({ lines: 60, counted: 60 });
    expect(grown.counters.today).toBe(161);
  });

  it('skips a file that is now shorter than what was read of it, counting nothing twice', async () => {
    writeFileSync(logPath('access.log'), Array.from({ length: 200 }, (_, i) => hit('2024-06-27T08:00:00', `10.4.0.${i}`)).join(''));
    await run([logPath('access.log')]);
    truncateSync(logPath('access.log'), 10_000);
    const report = await run([logPath('access.log')]);
    expect(report.files[0].outcome).toBe('shrunk');
    expect(report.counted).toBe(0);
    expect(report.counters.today).toBe(200);
  });

  it('counts nothing twice when a log is cut by hand below 4 KB and read again as a new file', async () => {
    // Its head no longer matches the 4 KB one on record, so its lines are read again from the
    // start; they add nothing, because counts are sets of (day, visitor) and (day, page,
    // visitor) pairs while the day is open, and a closed day takes no lines at all.
    const yesterday = Array.from({ length: 100 }, (_, i) => hit('2024-06-26T08:00:00', `10.5.0.${i}`)).join('');
    const today = Array.from({ length: 100 }, (_, i) => hit('2024-06-27T08:00:00', `10.6.0.${i}`, '/bai-viet/b/')).join('');
    writeFileSync(logPath('access.log'), yesterday + today);
    const first = await run([logPath('access.log')]);
    const counts = csv();
    writeFileSync(logPath('access.log'), yesterday.slice(0, 2000) + '\n' + today.slice(0, 1500));
    const cut = await run([logPath('access.log')]);
    expect(cut.files[0]).toMatchObject({ outcome: 'read', from: 0 });
    expect(cut.lines).toBeGreaterThan(10);
    // Both kinds were read again: yesterday's (closed: left out) and today's (already held).
    expect(cut.late).toBeGreaterThan(0);
    expect(cut.counted).toBeGreaterThan(0);
    expect(cut.counters).toEqual(first.counters);
    expect(csv()).toBe(counts);
  });

  it('stops on a state path it cannot open, without moving anything aside', async () => {
    mkdirSync(state, { recursive: true });
    writeFileSync(logPath('access.log'), day1);
    await expect(run([logPath('access.log')])).rejects.toThrow();
    expect(readdirSync(join(work, 'state'))).toEqual(['luot-xem.sqlite']);
  });
});

describe('bad input', () => {
  it('counts and reports junk, huge fields, IPv6, other offsets, CRLF, empty and missing files', async () => {
    const ipv6 = hit('2024-06-27T08:00:00', '2001:db8::1');
    const otherOffset = '5.5.5.5 - - [27/Jun/2024:01:10:00 +0000] "GET /bai-viet/b/ HTTP/1.1" 200 10 "-" "Mozilla/5.0 (Windows NT 10.0; rv:121.0) Gecko/20100101 Firefox/121.0"\n';
    const crlf = hit('2024-06-27T08:20:00', '6.6.6.6').replace('\n', '\r\n');
    const tenKb = hit('2024-06-27T08:30:00', '7.7.7.7', '/bai-viet/a/', { ua: `${READER} ${'x'.repeat(10 * 1024)}` });
    const megabyte = hit('2024-06-27T08:40:00', '8.8.8.8', `/bai-viet/a/?${'q'.repeat(1024 * 1024)}`);
    const binary = Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0xfe, 0x0a, 0x00, 0x00, 0x0a]);
    const future = hit('2099-01-01T00:00:00', '9.9.9.9');
    writeFileSync(logPath('bad.log'), Buffer.concat([Buffer.from(ipv6 + otherOffset + crlf + tenKb + megabyte), binary, Buffer.from(future)]));
    writeFileSync(logPath('empty.log'), '');
    writeFileSync(logPath('junk.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8]));
    const report = await run([logPath('bad.log'), logPath('empty.log'), logPath('missing.log'), logPath('junk.gz')], { clock: () => Date.parse('2024-06-28T00:00:00Z') });
    expect(report).toMatchObject({ lines: 8, counted: 4, malformed: 4 });
    expect(report.malformedSample.map((s) => s.problem)).toEqual(['too-long', 'not-combined', 'not-combined', 'future']);
    expect(report.files.map((f) => f.outcome)).toEqual(['read', 'empty', 'missing', 'unreadable']);
    expect(report.files[2]).toEqual({ path: logPath('missing.log'), outcome: 'missing', lines: 0, from: 0, to: 0, truncated: false, pending: 0 });
    expect(report.counters.today).toBe(4);
    expect(report.counters.online).toBe(1);
  });

  it('counts an entry dated up to one day after the clock, and refuses one a second later as dated in the future', async () => {
    writeFileSync(logPath('access.log'), hit('2024-06-27T08:00:00', '1.1.1.1') + hit('2024-06-27T08:00:01', '2.2.2.2'));
    // 08:00 in Vietnam is 01:00 UTC: a clock one day before it allows 08:00:00 exactly.
    const report = await run([logPath('access.log')], { clock: () => Date.parse('2024-06-26T01:00:00Z') });
    expect(report).toMatchObject({ counted: 1, malformed: 1 });
    expect(report.malformedSample).toEqual([{ file: logPath('access.log'), problem: 'future', line: hit('2024-06-27T08:00:01', '2.2.2.2').trimEnd() }]);
  });

  it('refuses a folder that holds no built site, before touching the state', async () => {
    await expect(runAnalytics({ site: join(work, 'nothing'), state, files: [] })).rejects.toThrow(/npm run build/);
    expect(existsSync(state)).toBe(false);
  });
});

describe('privacy', () => {
  it('never writes an IP address or a user agent into the state', async () => {
    const ips = ['203.113.10.77', '2001:db8:abcd::42'];
    const agents = ['Mozilla/5.0 (Linux; Android 13; SM-A536E) UniqueAgentForTest/1.0', 'Zalo-Rare-Agent/9.9'];
    writeFileSync(logPath('access.log'), ips.flatMap((ip) => agents.map((ua) => hit('2024-06-27T08:00:00', ip, '/bai-viet/a/', { ua }))).join(''));
    await run([logPath('access.log')]);
    const files = readdirSync(join(work, 'state')).map((name) => readFileSync(join(work, 'state', name)));
    for (const needle of [...ips, ...agents, 'UniqueAgentForTest', '203.113']) {
      for (const bytes of files) {
        expect(bytes.includes(Buffer.from(needle)), needle).toBe(false);
        expect(bytes.includes(Buffer.from(needle, 'utf16le')), needle).toBe(false);
      }
    }
    for (const name of readdirSync(join(site, 'luot-xem'), { recursive: true }) as string[]) {
      if (name.includes('.')) expect(readFileSync(join(site, 'luot-xem', name), 'utf8')).not.toMatch(/203\.113|UniqueAgent/);
    }
  });
});
