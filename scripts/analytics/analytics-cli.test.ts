/**
 * `npm run analytics` as cron runs it, as separate processes: killed with SIGKILL at any moment
 * it loses nothing and counts nothing twice; two runs at once on one state do not corrupt it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAnalyticsSite } from '../../tests/helpers/analytics-site.ts';
import { writeAccessLog } from './write-access-log.ts';

const root = resolve(import.meta.dirname, '../..');
let work: string;
let site: string;
let log: string;

function analytics(state: string, ...extra: string[]) {
  const child = spawn(process.execPath, [join(root, 'scripts/analytics/analytics.ts'), '--site', site, '--state', state, ...extra, log], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((done) => child.on('close', (code, signal) => done({ code, signal, output })));
  return { child, done };
}

const published = () => ({
  overview: readFileSync(join(site, 'luot-xem/tong-quan.json'), 'utf8'),
  pages: readFileSync(join(site, 'luot-xem/tat-ca.csv'), 'utf8'),
});

let reference: ReturnType<typeof published>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bantin-analytics-cli-'));
  site = join(work, 'dist');
  log = join(work, 'access.log');
  makeAnalyticsSite(site);
  // Large enough that a run takes a good part of a second: there is time to kill it midway.
  await writeAccessLog(site, log, { lines: 150_000, days: 10, end: Date.parse('2024-06-27T10:00:00+07:00') });
  const clean = await analytics(join(work, 'clean.sqlite')).done;
  expect(clean.code, clean.output).toBe(0);
  reference = published();
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run analytics as separate processes', () => {
  it('loses nothing and counts nothing twice when killed with SIGKILL at any moment', async () => {
    const state = join(work, 'killed.sqlite');
    let killedMidway = 0;
    for (const delay of [150, 400, 700, 1000, 1500]) {
      const run = analytics(state);
      const timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
      const result = await run.done;
      clearTimeout(timer);
      if (result.signal === 'SIGKILL') killedMidway++;
    }
    expect(killedMidway).toBeGreaterThan(0);
    const finish = await analytics(state).done;
    expect(finish.code, finish.output).toBe(0);
    expect(published()).toEqual(reference);
    // And a run after that adds nothing.
    await analytics(state).done;
    expect(published()).toEqual(reference);
  }, 120_000);

  it('lets two runs started at once on one state count each line once', async () => {
    const state = join(work, 'twice.sqlite');
    const [a, b] = await Promise.all([analytics(state).done, analytics(state).done]);
    expect([a.code, b.code], a.output + b.output).toEqual([0, 0]);
    expect(published()).toEqual(reference);
    // With no wait allowed, the second run stops at once and says why, changing nothing.
    const first = analytics(join(work, 'busy.sqlite'));
    await new Promise((r) => setTimeout(r, 250));
    const second = await analytics(join(work, 'busy.sqlite'), '--wait', '0').done;
    const firstDone = await first.done;
    expect(firstDone.code).toBe(0);
    if (second.code !== 0) {
      expect(second.code).toBe(75);
      expect(second.output).toMatch(/Một lần chạy khác đang dùng tệp trạng thái/);
    }
    expect(published()).toEqual(reference);
  }, 120_000);
});
