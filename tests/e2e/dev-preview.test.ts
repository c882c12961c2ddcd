/**
 * The preview staff write with (`npm run dev`), in real Chromium: an article broken by a save
 * shows its Vietnamese errors in the browser instead of its last good version, and the fix shows
 * as soon as it is saved, without pressing F5; later edits keep showing, the last of quick saves too.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../helpers/browser.ts';

const slug = 'ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022';
const articleFile = `articles/2022/${slug}/index.md`;

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${log()}`);
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) return;
    if (status >= 500) throw new Error(`astro dev answered ${status}:\n${log()}`);
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`astro dev did not answer within 120 s:\n${log()}`);
}

describe('the preview while an article is broken', () => {
  let server: DevServer;
  let content: string;
  let base: string;
  let browser: Browser;
  let page: Page;
  let original: string;
  const h1 = () => page.locator('h1').first().textContent({ timeout: 1000 }).catch(() => '');

  beforeAll(async () => {
    server = await startDevServer('bantin-preview-');
    ({ content, base } = server);
    original = await readFile(join(content, articleFile), 'utf8');
    await waitForServer(`${base}/`, server.child, server.output);
    browser = await launchBrowser();
    page = await openPage(browser, 'desktop');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the Vietnamese error in place of the article once the mistake is saved, with status 500', async () => {
    await page.goto(`${base}/bai-viet/${slug}/`);
    expect(await h1()).toBe('Ban CHQS huyện Hải Lăng sơ kết 6 tháng chương trình phối hợp năm 2022');

    await writeFile(join(content, articleFile), original.replace('summary: Sáng 29/7,', 'summary: Sáng 29/7: hội nghị,'));
    await expect.poll(h1, { timeout: 30_000, interval: 250 }).toBe('Bài viết chưa xem trước được: có 1 lỗi cần sửa');
    const shown = await page.locator('main li').first().textContent();
    expect(shown).toBe(
      `${content}/${articleFile}:3 › summary: Phần đầu bài (frontmatter) viết sai cú pháp YAML: giá trị của summary có dấu hai chấm nên YAML hiểu nhầm là một trường mới; hãy đặt cả giá trị trong dấu nháy kép thẳng: ` +
        `summary: "${original.match(/^summary: (.*)$/m)![1].replace('Sáng 29/7,', 'Sáng 29/7: hội nghị,')}"`,
    );
    const response = await page.reload();
    expect(response!.status()).toBe(500);
  });

  it('shows the fixed article as soon as the fix is saved, without a reload by hand', async () => {
    await writeFile(join(content, articleFile), original.replace(/^title: .*$/m, 'title: Hải Lăng sơ kết, tiêu đề đã sửa'));
    await expect.poll(h1, { timeout: 30_000, interval: 250 }).toBe('Hải Lăng sơ kết, tiêu đề đã sửa');
  });

  it('keeps showing later edits', async () => {
    await writeFile(join(content, articleFile), original.replace(/^title: .*$/m, 'title: Hải Lăng sơ kết, sửa lần hai'));
    // Astro reloads an open page when its content changes; a reader pressing F5 sees the same.
    await expect
      .poll(async () => ((await h1()) === 'Hải Lăng sơ kết, sửa lần hai' ? 'shown' : (await page.reload(), await h1())), { timeout: 30_000, interval: 1000 })
      .toBe('shown');
  });

  it('shows the last of two saves made in quick succession', async () => {
    await writeFile(join(content, articleFile), original.replace(/^title: .*$/m, 'title: Hải Lăng sơ kết, lần ba'));
    await new Promise((done) => setTimeout(done, 150));
    await writeFile(join(content, articleFile), original.replace(/^title: .*$/m, 'title: Hải Lăng sơ kết, lần bốn'));
    await expect
      .poll(async () => ((await h1()) === 'Hải Lăng sơ kết, lần bốn' ? 'shown' : (await page.reload(), await h1())), { timeout: 30_000, interval: 1000 })
      .toBe('shown');
  });

  it('shows the errors of a new article that was never valid, instead of “page not found”', async () => {
    const folder = join(content, 'articles/2022/bai-moi-co-loi');
    await mkdir(folder);
    await writeFile(join(folder, 'index.md'), original.replace('kind: so-ket', 'kind: sơ kết'));
    await expect
      .poll(async () => (await page.goto(`${base}/bai-viet/bai-moi-co-loi/`))!.status(), { timeout: 30_000, interval: 500 })
      .toBe(500);
    expect(await page.locator('main li').first().textContent()).toBe(
      `${content}/articles/2022/bai-moi-co-loi/index.md:6 › kind: Chỉ nhận một trong các giá trị: so-ket, tong-ket, hoi-nghi, tin-hoat-dong; nhận được chữ "sơ kết"; hãy viết so-ket`,
    );
  });

  it('leaves the other articles browsable while one is broken', async () => {
    const response = await page.goto(`${base}/`);
    expect(response!.status()).toBe(200);
    expect(await h1()).not.toContain('lỗi');
  });
});
