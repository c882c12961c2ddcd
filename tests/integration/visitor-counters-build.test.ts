/**
 * The counters belong to the analytics job: `npm run build` replaces dist/ but carries
 * luot-xem/ over unchanged, and an analytics run in between makes the next build render no
 * page again (the counters are in no page and in no cache key).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalytics } from '../../src/analytics/analytics-run.ts';
import { combinedLine } from '../helpers/analytics-site.ts';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

// --verbose: the build's short account hides Astro's log, which says which pages were restored.
async function build(work: string): Promise<string> {
  const { stdout } = await run('npm', ['run', 'build', '--', '--out', join(work, 'dist'), '--verbose'], {
    cwd: root,
    env: { ...process.env, BANTIN_CACHE_DIR: join(work, 'cache') },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stripVTControlCharacters(stdout);
}

async function counterFiles(site: string) {
  const folder = join(site, 'luot-xem');
  const names = (await readdir(folder, { recursive: true })).filter((n) => n.includes('.')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(folder, name), 'utf8'), mtime: Math.round((await stat(join(folder, name))).mtimeMs / 1000) })));
}

describe('a build after an analytics run', () => {
  let work: string;
  let before: Awaited<ReturnType<typeof counterFiles>>;
  let rebuildLog: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bantin-counters-build-'));
    await build(work);
    const log = join(work, 'access.log');
    await writeFile(log, ['/', '/nam/', '/thong-ke/'].map((path, i) => combinedLine('2026-11-26T08:00:00', `113.160.0.${i}`, path)).join(''));
    await runAnalytics({ site: join(work, 'dist'), state: join(work, 'state.sqlite'), files: [log] });
    before = await counterFiles(join(work, 'dist'));
    rebuildLog = await build(work);
  }, 300_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  // Times to the second: a copy keeps them within a millisecond, readers’ caches see seconds.
  it('keeps the counters’ files, byte for byte and with their times', async () => {
    expect(before.map((f) => f.name)).toContain('tong-quan.json');
    expect(JSON.parse(before.find((f) => f.name === 'tong-quan.json')!.text).today).toBe(3);
    expect(await counterFiles(join(work, 'dist'))).toEqual(before);
  });

  it('renders no article page again: the counters are in no cache key', async () => {
    const articles = (await readdir(join(work, 'dist', 'bai-viet'))).length;
    const restored = rebuildLog.match(/\/bai-viet\/\S+ \(restored\)/g)?.length ?? 0;
    expect(articles).toBeGreaterThan(10);
    expect(restored).toBe(articles);
  });
});
