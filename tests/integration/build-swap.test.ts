/**
 * A successful `npm run build` replaces dist/ whole and keeps the site it replaced in
 * dist.previous/ until the next build, for a roll-back.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe('a successful build', () => {
  let work: string;
  const published = '<!DOCTYPE html><title>Bản đang xuất bản</title>';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bantin-swap-'));
    await mkdir(join(work, 'dist'));
    await writeFile(join(work, 'dist', 'index.html'), published);
    // A stale roll-back copy from an older build: it must go, not pile up.
    await mkdir(join(work, 'dist.previous'));
    await writeFile(join(work, 'dist.previous', 'old.html'), 'old');
    await run('npm', ['run', 'build', '--', '--out', join(work, 'dist')], {
      cwd: root,
      env: { ...process.env, BANTIN_CACHE_DIR: join(work, 'cache') },
    });
  }, 120_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('publishes the new site in dist/, search index included', async () => {
    expect(await readFile(join(work, 'dist', 'index.html'), 'utf8')).toContain('<html lang="vi"');
    expect(existsSync(join(work, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('keeps the site it replaced, and only that, in dist.previous/', async () => {
    expect(await readdir(join(work, 'dist.previous'))).toEqual(['index.html']);
    expect(await readFile(join(work, 'dist.previous', 'index.html'), 'utf8')).toBe(published);
    expect(existsSync(join(work, 'dist.next'))).toBe(false);
  });
});
