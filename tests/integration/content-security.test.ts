/**
 * Content security end to end: hostile articles stop `npm run build` with Vietnamese messages and
 * leave dist/ as it was; MDX code is never compiled, not even by Astro running without the check;
 * and a page that somehow carries script is caught by the scan of the built pages.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodySafety as v } from '../../src/i18n/vi.ts';
import { ENV } from '../../src/config.ts';
import { buildSite } from '../../src/build/build-site.ts';
import type { ContentValidationError } from '../../src/check/content-error.ts';

const root = resolve(import.meta.dirname, '../..');
const hostile = 'tests/fixtures/content-hostile';
const run = promisify(execFile);
const failure = (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr });

describe('a build with hostile content', () => {
  let work: string;
  let outDir: string;
  let canary: string;
  let result: { code: number; output: string };
  const lastGood = '<!DOCTYPE html><title>Bản đã xuất bản</title>';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bantin-hostile-build-'));
    outDir = join(work, 'dist');
    canary = join(work, 'mdx-ran');
    await mkdir(outDir);
    await writeFile(join(outDir, 'index.html'), lastGood);
    result = await run('npm', ['run', 'build', '--', '--out', outDir], {
      cwd: root,
      env: { ...process.env, BANTIN_CONTENT_DIR: hostile, BANTIN_CACHE_DIR: join(work, 'cache'), BANTIN_TEST_CANARY: canary },
    }).then(() => ({ code: 0, output: '' }), failure);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('fails', () => {
    expect(result.code).not.toBe(0);
  });

  it.each([
    ['MDX export', `${hostile}/articles/2024/ma-trong-mdx/index.mdx:10: Bài viết không được chứa lệnh import/export của MDX`],
    ['an MDX expression', `${hostile}/articles/2024/ma-trong-mdx/index.mdx:12: Bài MDX không được có biểu thức trong ngoặc nhọn {(await import('node:fs'))`],
    ['a bare < in MDX', `${hostile}/articles/2024/ty-le-duoi/index.mdx:10: ${v.mdxLessThan}`],
    ['a photo from another site', `${hostile}/articles/2024/anh-trang-khac/index.md:12: ${v.remoteImage('https://tracker.example/p.gif')}`],
    ['a handler on the next line of a tag', `${hostile}/articles/2024/the-tach-dong/index.md:10: ${v.rawHtmlAttribute('img', 'onerror')}`],
    ['a handler behind <!-->', `${hostile}/articles/2024/the-tach-dong/index.md:13: ${v.rawHtmlAttribute('img', 'onerror')}`],
    ['a script behind a code fence that closes elsewhere', `${hostile}/articles/2024/script-sau-rao-ma/index.md:13: ${v.rawHtmlElement('script')}`],
  ])('names %s with file, line and a Vietnamese message', (_, message) => {
    expect(result.output).toContain(message);
  });

  it('does not show the MDX compiler\'s English', () => {
    expect(result.output).not.toMatch(/Unexpected character|expected a valid JSX tag|MDXError/);
  });

  it('never runs the code in an MDX file', () => {
    expect(existsSync(canary)).toBe(false);
  });

  it('leaves the last good build as it was, with no half-written output beside it', async () => {
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe(lastGood);
    expect(existsSync(`${outDir}.next`)).toBe(false);
  });
});

describe('Astro building MDX without the content check', () => {
  it('stops at the MDX guard with the Vietnamese message, before the code is compiled or run', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bantin-mdx-guard-'));
    const canary = join(work, 'mdx-ran');
    try {
      const outcome = await run('npx', ['astro', 'build', '--outDir', join(work, 'dist')], {
        cwd: root,
        // As inside buildSite(): the check runs in a process of its own and Astro skips it.
        env: { ...process.env, [ENV.contentChecked]: '1', BANTIN_CONTENT_DIR: hostile, BANTIN_CACHE_DIR: join(work, 'cache'), BANTIN_TEST_CANARY: canary, ASTRO_TELEMETRY_DISABLED: '1' },
        maxBuffer: 16 * 1024 * 1024,
      }).then(() => ({ code: 0, output: '' }), failure);
      expect(outcome.code).not.toBe(0);
      expect(outcome.output).toMatch(/index\.mdx:(10|12): Bài MDX không được có|index\.mdx:10: Dấu < ở đây/);
      expect(existsSync(canary)).toBe(false);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('the scan of the built pages', () => {
  // The fixture's title and summary hold "</script><script>…" and an <img onerror>: Astro must
  // print them as text everywhere (title, meta, JSON-LD, listings), or the scan would find more.
  it('stops the build naming the article whose page carries a handler, and keeps dist/', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bantin-page-scan-'));
    const saved = { content: process.env[ENV.contentDir], cache: process.env[ENV.cacheDir] };
    process.env[ENV.contentDir] = 'tests/fixtures/content-one-article';
    process.env[ENV.cacheDir] = join(work, 'cache');
    const outDir = join(work, 'dist');
    try {
      await mkdir(outDir);
      await writeFile(join(outDir, 'index.html'), 'cũ');
      const error = await buildSite({ root, outDir, logLevel: 'error', integrationsModule: resolve(root, 'tests/fixtures/tamper-built-page.ts') }).then(
        () => undefined,
        (e: ContentValidationError) => e,
      );
      expect(error?.errors).toEqual([
        {
          file: 'tests/fixtures/content-one-article/articles/2024/bai-sach/index.md',
          field: '',
          message: v.pageUnsafe('/bai-viet/bai-sach/index.html', `${v.pageFinding.handler} (<img onerror="alert(1)">)`),
        },
      ]);
      expect(error?.message).toContain(v.pageHeading(1));
      expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('cũ');
      expect(existsSync(`${outDir}.next`)).toBe(false);
    } finally {
      process.env[ENV.contentDir] = saved.content;
      process.env[ENV.cacheDir] = saved.cache;
      if (saved.content === undefined) delete process.env[ENV.contentDir];
      if (saved.cache === undefined) delete process.env[ENV.cacheDir];
      await rm(work, { recursive: true, force: true });
    }
  });
});
