/**
 * The staff editor (`npm run editor`) in real Chromium against its local backend, on a copy of
 * the sample content: an article written in the browser lands at the content contract's path
 * with its cover photo beside it, passes `npm run check`, and a rebuilt portal shows it with its
 * figures. The pickers follow the catalogues; a required field left empty is refused in
 * Vietnamese; the page raises no CSP violation under its own policy.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchPage, type PageWatch } from '../helpers/browser.ts';
import { startEditorServer, type RunningEditor } from '../../scripts/editor/editor-server.ts';

const root = resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);
const photo = join(root, 'content/articles/2019/cu-mgar-ngay-hoi-hien-mau-giot-hong-quan-dan/hien-mau.jpg');
// "Đ" and "đ" have no Unicode decomposition: the slug must still read "doan", as `npm run new` writes it.
const title = 'Đoàn Thanh niên Quảng Trị tặng quà tân binh: đợt 1';
const slug = 'doan-thanh-nien-quang-tri-tang-qua-tan-binh-dot-1';

/** The cleaned-up environment staff have: without the variables Vitest sets for itself. */
const staffEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|VITEST.*|TEST)$/.test(key)));

/** Picks an option of a react-select picker by the text it shows. */
async function pick(page: Page, fieldId: string, text: string) {
  const input = page.locator(`#${fieldId}`);
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: text, exact: false }).first().click();
}

async function fieldId(page: Page, label: string, nth = 0): Promise<string> {
  const id = await page.locator('label', { hasText: new RegExp(`^${label}`) }).nth(nth).getAttribute('for');
  if (!id) throw new Error(`No field labelled ${label}`);
  return id;
}

describe('the staff editor on its local backend', () => {
  let work: string;
  let content: string;
  let editor: RunningEditor;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bantin-editor-'));
    content = join(work, 'content');
    await cp(join(root, 'content'), content, { recursive: true });
    editor = await startEditorServer({ root: work, contentDir: content, port: 0, previewUrl: 'http://127.0.0.1:9/' });
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    watch = await watchPage(page);
    // Leaving an unsaved article asks "leave?": yes, each test starts its own.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(editor.url);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Bộ sưu tập').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await editor?.close();
    await rm(work, { recursive: true, force: true });
  });

  const openNewArticle = async (reload = false) => {
    await page.goto(`${editor.url}#/collections/articles/new`);
    if (reload) await page.reload();
    await page.locator('#' + (await fieldId(page, 'Tiêu đề'))).waitFor();
  };

  it('refuses to save an article whose required title is empty, saying so in Vietnamese', async () => {
    await openNewArticle();
    await page.getByRole('button', { name: 'Công bố' }).first().click();
    await page.getByText('Công bố ngay').click();
    await expect.poll(() => page.getByText('Tiêu đề bắt buộc nhập.').count()).toBeGreaterThan(0);
    expect(await page.getByText('Bạn còn thiếu vài thông tin bắt buộc. Hãy hoàn thành trước khi lưu.').count()).toBeGreaterThan(0);
  });

  it('saves an article with a cover photo and two figures at the contract path, and the check passes on it', async () => {
    await openNewArticle();
    watch.reset();
    await page.locator('#' + (await fieldId(page, 'Tiêu đề'))).fill(title);
    await page.locator('#' + (await fieldId(page, 'Tóm tắt'))).fill('Đoàn Thanh niên tỉnh trao quà cho tân binh trước ngày nhập ngũ.');
    await page.locator('#' + (await fieldId(page, 'Ngày đăng'))).fill('2025-02-10T08:30');
    await pick(page, await fieldId(page, 'Đơn vị'), 'Tỉnh Quảng Trị');
    await pick(page, await fieldId(page, 'Loại tin'), 'Tin hoạt động');

    await page.getByRole('button', { name: /số liệu/ }).filter({ hasText: 'Add' }).click();
    await pick(page, await fieldId(page, 'Chỉ tiêu'), 'Quà tặng tân binh');
    await page.locator('#' + (await fieldId(page, 'Giá trị'))).fill('120');
    await page.getByRole('button', { name: /số liệu/ }).filter({ hasText: 'Add' }).click();
    await pick(page, await fieldId(page, 'Chỉ tiêu', 1), 'Giá trị quà tặng tân binh');
    await page.locator('#' + (await fieldId(page, 'Giá trị', 1))).fill('60000000');
    await pick(page, await fieldId(page, 'Mức chính xác', 1), 'trên/hơn');

    await page.getByRole('button', { name: 'Chọn một hình' }).click();
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.locator('#' + (await fieldId(page, 'Tác giả'))).fill('Nguyễn Văn An');
    // The content check runs on save: a cover without its description is refused, in Vietnamese.
    await page.getByRole('button', { name: 'Công bố' }).first().click();
    await page.getByText('Công bố ngay').click();
    const refusal = page.getByText(/Chưa lưu: bài có \d+ lỗi cần sửa/).first();
    await refusal.waitFor({ timeout: 20_000 });
    expect(await refusal.textContent()).toMatch(/✗ Mô tả ảnh bìa \(coverAlt\): Có ảnh bìa \(cover\) thì phải có coverAlt/);
    expect(existsSync(join(content, 'articles/2025', slug))).toBe(false);
    watch.reset(); // the refusal was a 422 answer, on purpose
    await page.locator('#' + (await fieldId(page, 'Mô tả ảnh bìa'))).fill('Đoàn viên trao quà cho tân binh');
    await page.locator('#' + (await fieldId(page, 'Bản nháp'))).click();
    await page.locator('[contenteditable=true]').first().click();
    await page.keyboard.type('Đoàn Thanh niên tỉnh trao 120 suất quà tặng tân binh, tổng giá trị trên 60 triệu đồng.');

    await page.getByRole('button', { name: 'Công bố' }).first().click();
    await page.getByText('Công bố ngay').click();
    await page.locator('#bantin-report').waitFor({ timeout: 30_000 });

    const file = join(content, 'articles/2025', slug, 'index.md');
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(content, 'articles/2025', slug, 'hien-mau.jpg'))).toBe(true);
    const text = await readFile(file, 'utf8');
    expect(text).toContain(title);
    const data = parseYaml(text.split('---\n')[1]);
    expect(data).toMatchObject({ title, publishedAt: '2025-02-10T08:30', unit: 'quang-tri', kind: 'tin-hoat-dong', cover: './hien-mau.jpg', coverAlt: 'Đoàn viên trao quà cho tân binh', draft: false });
    expect(data.indicators).toEqual([
      { key: 'qua-tan-binh', value: 120, qualifier: 'exact' },
      { key: 'qua-tan-binh-gia-tri', value: 60000000, qualifier: 'over' },
    ]);
    expect(text).toContain('Đoàn Thanh niên tỉnh trao 120 suất quà tặng tân binh');
    // Nowhere else: the CMS's own guess of the folder was not written.
    const years = await readdir(join(content, 'articles'));
    const elsewhere = years.filter((year) => year !== '2025' && existsSync(join(content, 'articles', year, slug)));
    expect(elsewhere).toEqual([]);

    const check = await exec('npm', ['run', 'check'], { cwd: root, env: { ...staffEnv(), BANTIN_CONTENT_DIR: content } }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    expect(check.out).not.toContain(slug);
    expect(check.code).toBe(0);
    expect(watch.problems()).toEqual([]);
  });

  it('shows the saved article and its figures on a rebuilt portal', async () => {
    const out = join(work, 'dist');
    await exec('npm', ['run', 'build', '--', '--out', out], {
      cwd: root,
      env: { ...staffEnv(), BANTIN_CONTENT_DIR: content, BANTIN_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const html = await readFile(join(out, 'bai-viet', slug, 'index.html'), 'utf8');
    expect(html).toContain(title);
    expect(html).toMatch(/data-indicator="qua-tan-binh"[\s\S]*?120/);
    expect(html).toMatch(/data-indicator="qua-tan-binh-gia-tri"[\s\S]*?trên 60 triệu đồng/);
  }, 600_000);

  it('offers an indicator added to indicators.yaml at the next page load, with no other change', async () => {
    await appendFile(
      join(content, 'indicators.yaml'),
      '\n- key: cay-xanh-trong-moi\n  label: Cây xanh trồng mới\n  unit: cây\n  aggregate: sum\n  group: Môi trường\n',
    );
    await openNewArticle(true);
    await page.getByRole('button', { name: /số liệu/ }).filter({ hasText: 'Add' }).click();
    const input = page.locator('#' + (await fieldId(page, 'Chỉ tiêu')));
    await input.click();
    await input.fill('Cây xanh');
    await expect.poll(() => page.getByRole('option').allTextContents()).toContain('Cây xanh trồng mới (cây)');
  });

  it('offers only units that still exist for a new article', async () => {
    await openNewArticle();
    const input = page.locator('#' + (await fieldId(page, 'Đơn vị')));
    await input.click();
    const options = await page.getByRole('option').allTextContents();
    expect(options).toContain('Tỉnh Quảng Trị (quang-tri)');
    expect(options.some((o) => o.includes('Huyện Hải Lăng'))).toBe(false);
    await page.keyboard.press('Escape');
  });
});
