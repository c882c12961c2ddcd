/**
 * `npm run analytics` runs the job from a bundle (run-bundled.mjs): it must count exactly what
 * the TypeScript sources count, and never run a bundle older than its sources.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAnalyticsSite } from '../../tests/helpers/analytics-site.ts';
import { writeAccessLog } from './write-access-log.ts';
import { BUNDLE, bundleIsCurrent, ensureAnalyticsBundle } from './run-bundled.mjs';

const root = resolve(import.meta.dirname, '../..');
const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.analytics as string;
let work: string;
let log: string;

const run = (entry: string, name: string) => {
  const site = join(work, name);
  makeAnalyticsSite(site);
  const result = spawnSync(process.execPath, [join(root, entry), '--site', site, '--state', join(work, `${name}.sqlite`), log], { cwd: root, encoding: 'utf8' });
  return { ...result, counters: () => readFileSync(join(site, 'luot-xem/tat-ca.csv'), 'utf8') + readFileSync(join(site, 'luot-xem/tong-quan.json'), 'utf8') };
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bantin-analytics-bundle-'));
  const site = join(work, 'model');
  makeAnalyticsSite(site);
  log = join(work, 'access.log');
  await writeAccessLog(site, log, { lines: 5_000, days: 3, end: Date.parse('2024-06-27T10:00:00+07:00') });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run analytics from its bundle', { timeout: 60_000 }, () => {
  it('is what the npm script runs', () => {
    expect(script).toMatch(/ scripts\/analytics\/run-bundled\.mjs$/);
  });
  it('counts exactly what the TypeScript sources count, and again nothing twice', () => {
    const bundled = run('scripts/analytics/run-bundled.mjs', 'bundled');
    const sources = run('scripts/analytics/analytics.ts', 'sources');
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(sources.status, sources.stderr).toBe(0);
    expect(bundled.counters()).toBe(sources.counters());
    expect(bundled.stdout).toBe(sources.stdout.replaceAll(join(work, 'sources'), join(work, 'bundled')));
    const first = bundled.counters();
    const again = spawnSync(process.execPath, [join(root, 'scripts/analytics/run-bundled.mjs'), '--site', join(work, 'bundled'), '--state', join(work, 'bundled.sqlite'), log], { cwd: root, encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(bundled.counters()).toBe(first);
  });
  it('is current after a build, with every source file it was made from on record', async () => {
    expect(await ensureAnalyticsBundle()).toBe(BUNDLE);
    expect(await bundleIsCurrent()).toBe(true);
    const { inputs } = JSON.parse(readFileSync(join(root, '.bantin/analytics-job/inputs.json'), 'utf8'));
    expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['scripts/analytics/analytics.ts', 'src/analytics/analytics-run.ts', 'src/analytics/state-store.ts', 'src/i18n/vi.ts']));
    expect(Object.keys(inputs).some((file) => file.includes('node_modules/isbot/'))).toBe(true);
  });
  it('is stale as soon as one of its sources changes, and is rebuilt before it runs', async () => {
    await ensureAnalyticsBundle();
    const source = join(root, 'src/analytics/log-line.ts');
    const { atime, mtime } = statSync(source);
    try {
      utimesSync(source, atime, new Date(mtime.getTime() + 5_000));
      expect(await bundleIsCurrent()).toBe(false);
      const built = statSync(BUNDLE).mtimeMs;
      await ensureAnalyticsBundle();
      expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(built);
      expect(await bundleIsCurrent()).toBe(true);
    } finally {
      utimesSync(source, atime, mtime);
    }
  });
});
