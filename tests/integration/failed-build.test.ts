/**
 * Bad content stops `npm run build` with Vietnamese messages naming file, line and field, and
 * the last good dist/ stays exactly as it was.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireBuildLock, buildLockFile } from '../../src/build/build-lock.ts';

const root = resolve(import.meta.dirname, '../..');
const broken = 'tests/fixtures/content-broken';
const run = promisify(execFile);

describe('a build with broken content', () => {
  let work: string;
  let outDir: string;
  let result: { code: number; stderr: string };
  const lastGood = '<!DOCTYPE html><title>Bản đã xuất bản</title>';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bantin-failed-build-'));
    outDir = join(work, 'dist');
    await mkdir(outDir);
    await writeFile(join(outDir, 'index.html'), lastGood);
    try {
      await run('npm', ['run', 'build', '--', '--out', outDir], {
        cwd: root,
        env: { ...process.env, BANTIN_CONTENT_DIR: broken, BANTIN_CACHE_DIR: join(work, 'cache') },
      });
      result = { code: 0, stderr: '' };
    } catch (error) {
      const failure = error as { code: number; stderr: string };
      result = { code: failure.code, stderr: failure.stderr };
    }
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('fails', () => {
    expect(result.code).not.toBe(0);
  });

  it.each([
    ['a number written as text', `${broken}/articles/2022/so-lieu-viet-bang-chu/index.md:9 › indicators[0].value: Cần một số viết liền`],
    ['a date that does not exist', `${broken}/articles/2022/ngay-khong-co/index.md:4 › publishedAt: Ngày 2022-02-30 không có trên lịch`],
    ['a unit key not in the catalogue', `${broken}/articles/2022/don-vi-sai/index.md:5 › unit: Không có khóa "ninh-bnh" trong ${broken}/units.yaml; có phải ý bạn là "ninh-binh"?`],
    ['a cover without coverAlt', `${broken}/articles/2022/anh-khong-mo-ta/index.md › coverAlt: Có ảnh bìa (cover) thì phải có coverAlt`],
    ['two articles with one slug', `${broken}/articles/2023/trung-ten/index.md: Tên bài (slug) trùng với ${broken}/articles/2022/trung-ten/index.md`],
  ])('names %s with file and field', (_, message) => {
    expect(result.stderr).toContain(message);
  });

  it('says how many problems there are and that the published site is untouched', () => {
    expect(result.stderr).toContain('Nội dung có 5 lỗi cần sửa trước khi xuất bản');
    expect(result.stderr).toContain('Bản đã xuất bản trước đó (dist/) vẫn giữ nguyên');
  });

  it('leaves the last good build as it was, with no half-written output beside it', async () => {
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe(lastGood);
    expect(existsSync(`${outDir}.next`)).toBe(false);
  });
});

describe('a build with a wrong setting', () => {
  it('stops before building, says in Vietnamese which variable and what to write, without a stack trace', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bantin-bad-setting-'));
    try {
      await mkdir(join(work, 'dist'));
      await writeFile(join(work, 'dist', 'index.html'), 'cũ');
      const failure = await run('npm', ['run', 'build', '--', '--out', join(work, 'dist')], {
        cwd: root,
        env: { ...process.env, BANTIN_BUILD_HEAP_MB: '8G', BANTIN_CACHE_DIR: join(work, 'cache') },
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure.code).not.toBe(0);
      expect(failure.stderr).toContain('BANTIN_BUILD_HEAP_MB phải là số megabyte viết liền (ví dụ: 8192); nhận được "8G"');
      expect(failure.stderr).not.toMatch(/^\s+at /m);
      expect(await readFile(join(work, 'dist', 'index.html'), 'utf8')).toBe('cũ');
      expect(existsSync(join(work, 'dist.next'))).toBe(false);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('a build started while another one runs', () => {
  it('stops before touching anything, and says in Vietnamese which build is running', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bantin-two-builds-'));
    // The other build: this test's own process, alive for as long as the test runs.
    const lock = buildLockFile(root);
    await writeFile(lock, String(process.pid));
    try {
      await mkdir(join(work, 'dist.previous'), { recursive: true });
      await writeFile(join(work, 'dist.previous', 'index.html'), 'bản để quay lại');
      const failure = await run('npm', ['run', 'build', '--', '--out', join(work, 'dist')], {
        cwd: root,
        env: { ...process.env, BANTIN_CACHE_DIR: join(work, 'cache') },
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure.code).not.toBe(0);
      expect(failure.stderr).toContain(`Một lần dựng khác của cổng đang chạy (tiến trình ${process.pid})`);
      expect(failure.stderr).not.toMatch(/^\s+at /m);
      // The other build's roll-back copy is still there.
      expect(await readFile(join(work, 'dist.previous', 'index.html'), 'utf8')).toBe('bản để quay lại');
    } finally {
      await rm(lock, { force: true });
      await rm(work, { recursive: true, force: true });
    }
  });

  it('takes over the lock a killed build left behind', async () => {
    const lock = buildLockFile(root);
    // A process id that is not running: a build killed before it could clean up.
    await writeFile(lock, '999999999');
    const release = await acquireBuildLock(root);
    expect(await readFile(lock, 'utf8')).toBe(String(process.pid));
    await release();
    expect(existsSync(lock)).toBe(false);
  });
});
