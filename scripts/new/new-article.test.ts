/** `npm run new` as staff run it: a real process on a content folder of its own. */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);

describe('npm run new', () => {
  let content: string;
  const run = (...args: string[]) =>
    exec('node', ['scripts/new/new-article.ts', ...args], { cwd: root, env: { ...process.env, BANTIN_CONTENT_DIR: content } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  beforeAll(async () => {
    content = await mkdtemp(join(tmpdir(), 'bantin-new-'));
    await writeFile(join(content, 'units.yaml'), '- { key: gia-vien, name: Huyện Gia Viễn, level: huyen }\n');
  });
  afterAll(() => rm(content, { recursive: true, force: true }));

  it('prints its Vietnamese usage for --help, without a stack trace', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Cách dùng: npm run new -- "Tiêu đề bài viết" --unit <khóa đơn vị>/);
    expect(result.stdout).toContain('--copy');
  });

  it('refuses an unknown option in Vietnamese, without a stack trace', async () => {
    const result = await run('Tiêu đề', '--unti', 'gia-vien');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Không có tùy chọn "--unti"; có phải ý bạn là "--unit"\?\n\nCách dùng/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('says an article with this title exists and where, and makes a copy only when asked', async () => {
    const first = await run('Hội nghị sơ kết', '--unit', 'gia-vien');
    expect(first.code).toBe(0);
    const [year] = await readdir(join(content, 'articles'));
    const path = join(content, 'articles', year, 'hoi-nghi-so-ket', 'index.md');
    expect(first.stdout).toContain(`Đã tạo bài nháp: ${path}`);

    const again = await run('Hội nghị sơ kết', '--unit', 'gia-vien');
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`Đã có bài cùng tiêu đề: ${path}\nMở bài đó để viết tiếp; nếu thật sự cần một bài mới cùng tiêu đề, chạy lại lệnh với --copy.\n`);
    expect(await readdir(join(content, 'articles', year))).toEqual(['hoi-nghi-so-ket']);

    const copy = await run('Hội nghị sơ kết', '--unit', 'gia-vien', '--copy');
    expect(copy.code).toBe(0);
    expect(await readdir(join(content, 'articles', year))).toEqual(['hoi-nghi-so-ket', 'hoi-nghi-so-ket-2']);
  });
});
