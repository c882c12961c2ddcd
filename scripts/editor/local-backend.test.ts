/**
 * The editor's local backend on real files in a temporary copy of the sample catalogues: what a
 * save writes, where, and what it refuses (with the content check's Vietnamese messages).
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalBackend } from './local-backend.ts';

const repo = resolve(import.meta.dirname, '../..');
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

const article = (extra = '') =>
  `---\ntitle: "Đợt 1: Đoàn viên"\nsummary: Tóm tắt.\npublishedAt: 2024-03-05T08:00\nunit: quang-tri\nkind: tin-hoat-dong\nauthor: An\nsource: ""\n${extra}---\nNội dung.\n`;

// The first save loads the whole content check: slow on a loaded two-core machine.
describe('the local backend of the editor', { timeout: 30_000 }, () => {
  let root: string;
  let backend: ReturnType<typeof createLocalBackend>;
  const call = (action: string, params: Record<string, unknown> = {}) => backend.handle({ action, params });
  const persist = (raw: string, path = 'content/articles/2026/dot-1-doan-vien/index.md', assets: unknown[] = []) =>
    call('persistEntry', { entry: { path, slug: 'x', raw }, assets, options: { commitMessage: 'x' } });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'bantin-backend-'));
    for (const file of ['units.yaml', 'organisations.yaml', 'indicators.yaml']) await cp(join(repo, 'content', file), join(root, 'content', file));
    backend = createLocalBackend({ root, contentDir: join(root, 'content') });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('writes a new article at the contract path, whatever folder the CMS guessed, with its photo beside it', async () => {
    const answer = await persist(article('cover: anh.jpg\ncoverAlt: Ảnh\n'), undefined, [
      { path: 'content/articles/2026/dot-1-doan-vien/anh.jpg', content: jpeg.toString('base64'), encoding: 'base64' },
    ]);
    expect(answer.status).toBe(200);
    const written = join(root, 'content/articles/2024/dot-1-doan-vien');
    expect(await readFile(join(written, 'index.md'), 'utf8')).toContain('cover: ./anh.jpg');
    expect(await readFile(join(written, 'anh.jpg'))).toEqual(jpeg);
    expect(existsSync(join(root, 'content/articles/2026'))).toBe(false);
    expect(backend.lastSave()).toMatchObject({ path: 'content/articles/2024/dot-1-doan-vien/index.md' });
    // The CMS keeps asking for the entry by its guessed path: it gets the real file.
    const entry = await call('getEntry', { path: 'content/articles/2026/dot-1-doan-vien/index.md' });
    expect(entry.body).toMatchObject({ file: { path: 'content/articles/2026/dot-1-doan-vien/index.md' } });
    expect((entry.body as { data: string }).data).toContain('Đợt 1: Đoàn viên');
    const media = await call('getMedia', { mediaFolder: 'content/articles/2026/dot-1-doan-vien' });
    expect((media.body as Array<{ name: string }>).map((m) => m.name)).toEqual(['anh.jpg']);
  });

  it('refuses a cover without its description, with the check message, and writes nothing', async () => {
    const answer = await persist(article('cover: anh.jpg\n'), undefined, [
      { path: 'content/articles/2026/dot-1-doan-vien/anh.jpg', content: jpeg.toString('base64'), encoding: 'base64' },
    ]);
    expect(answer.status).toBe(422);
    const error = (answer.body as { error: string }).error;
    expect(error).toMatch(/^Chưa lưu: bài có 1 lỗi cần sửa\.\n✗ Mô tả ảnh bìa \(coverAlt\): Có ảnh bìa/);
    expect(existsSync(join(root, 'content/articles/2024'))).toBe(false);
    expect(backend.lastSave()).toBeUndefined();
  });

  it('refuses a figure key that is not in the catalogue, naming the field', async () => {
    const answer = await persist(article('indicators:\n  - key: khong-co\n    value: 5\n'));
    expect(answer.status).toBe(422);
    expect((answer.body as { error: string }).error).toContain('✗ Chỉ tiêu (indicators[0].key): ');
  });

  it('refuses a new article whose slug another article already has, in any year', async () => {
    await mkdir(join(root, 'content/articles/2019/dot-1-doan-vien'), { recursive: true });
    await writeFile(join(root, 'content/articles/2019/dot-1-doan-vien/index.md'), article());
    const answer = await persist(article());
    expect(answer.status).toBe(422);
    expect((answer.body as { error: string }).error).toBe(
      'Đã có bài cùng tiêu đề ở content/articles/2019/dot-1-doan-vien: hãy đổi tiêu đề (hoặc mở bài đó để viết tiếp).',
    );
  });

  it('saves an existing article where it is, even when its title changed', async () => {
    await mkdir(join(root, 'content/articles/2024/ten-cu'), { recursive: true });
    await writeFile(join(root, 'content/articles/2024/ten-cu/index.md'), article());
    const answer = await persist(article('tags:\n  - Tuyển quân\n'), 'content/articles/2024/ten-cu/index.md');
    expect(answer.status).toBe(200);
    expect(await readFile(join(root, 'content/articles/2024/ten-cu/index.md'), 'utf8')).toContain('Tuyển quân');
    expect(existsSync(join(root, 'content/articles/2024/dot-1-doan-vien'))).toBe(false);
  });

  it('keeps the figures-versus-text warnings of the save for the page', async () => {
    expect((await persist(article('indicators:\n  - key: qua-tan-binh\n    value: 120\n'))).status).toBe(200);
    expect(backend.lastSave()?.warnings.map((w) => w.field)).toEqual(['indicators[0].value']);
  });

  it('lists the articles of a folder to the depth the CMS asks', async () => {
    await persist(article());
    await writeFile(join(root, 'content/articles/2024/dot-1-doan-vien/ghi-chu.txt'), 'x');
    const answer = await call('entriesByFolder', { folder: 'content/articles', extension: 'md', depth: 3 });
    expect((answer.body as Array<{ file: { path: string } }>).map((e) => e.file.path)).toEqual(['content/articles/2024/dot-1-doan-vien/index.md']);
    const shallow = await call('entriesByFolder', { folder: 'content/articles', extension: 'md', depth: 2 });
    expect(shallow.body).toEqual([]);
  });

  it('reads and writes nothing outside the content folder', async () => {
    await writeFile(join(root, 'secret.txt'), 'x');
    for (const [action, params] of [
      ['getEntry', { path: 'secret.txt' }],
      ['getMediaFile', { path: 'content/../secret.txt' }],
      ['deleteFile', { path: '../outside.txt' }],
      ['persistMedia', { asset: { path: 'public/x.js', content: 'eA==', encoding: 'base64' } }],
    ] as const) {
      const answer = await call(action, params);
      expect(answer.status, action).toBe(action === 'getEntry' ? 200 : 403);
      if (action === 'getEntry') expect(answer.body).toMatchObject({ data: null });
    }
    expect(existsSync(join(root, 'public/x.js'))).toBe(false);
    expect(existsSync(join(root, 'secret.txt'))).toBe(true);
  });

  it('answers a request it does not know with a Vietnamese error', async () => {
    expect(await backend.handle({})).toEqual({ status: 400, body: { error: 'Yêu cầu không hợp lệ gửi tới máy chủ biên tập.' } });
    expect((await call('publishUnpublishedEntry')).status).toBe(422);
    expect((await call('info')).body).toMatchObject({ publish_modes: ['simple'], type: 'local_fs' });
  });
});
