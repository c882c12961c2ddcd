/**
 * "Đọc nhiều" in the article page's side column, in Chromium at phone and desktop sizes, on a
 * copy of the built site: after an analytics run on a small log the column lists the articles
 * most read in the last 30 days (never the page's own), and after a second run the new order,
 * with no rebuild. A phone fetches the list only when the reader nears the end of the article.
 * Without the job's file, or without JavaScript, no empty heading shows.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runAnalytics } from '../../src/analytics/analytics-run.ts';
import { serveStatic, type RunningServer } from '../../scripts/serve/static-server.ts';
import { launchBrowser, openPage, watchPage, type PageWatch, type ViewportName } from '../helpers/browser.ts';
import { combinedLine } from '../helpers/analytics-site.ts';
import { describeViolations, findAxeViolations } from '../helpers/axe.ts';
import { builtArticles, distDir, type BuiltArticle } from '../helpers/site.ts';
import { article as t } from '../../src/i18n/vi.ts';

let work: string;
let site: string;
let server: RunningServer;
let browser: Browser;
let articles: BuiltArticle[];
let log: string;

const analytics = () => runAnalytics({ site, state: join(work, 'state.sqlite'), files: [log] });
/** `readers` distinct readers of `path` on one morning of November 2026. */
const reads = (path: string, readers: number, day = '2026-11-26', from = 0) =>
  Array.from({ length: readers }, (_, i) => combinedLine(`${day}T08:${String(i % 60).padStart(2, '0')}:00`, `113.161.${from + (i >> 8)}.${i & 255}`, path)).join('');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bantin-most-read-'));
  site = join(work, 'dist');
  cpSync(distDir(), site, { recursive: true });
  rmSync(join(site, 'luot-xem'), { recursive: true, force: true });
  log = join(work, 'access.log');
  [browser, server, articles] = await Promise.all([launchBrowser(), serveStatic(site), builtArticles()]);
  titles = JSON.parse(readFileSync(join(site, 'thong-ke-truy-cap/bai-viet.json'), 'utf8'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

async function open(size: ViewportName, path: string, options = {}): Promise<{ page: Page; watch: PageWatch; requests: string[] }> {
  const page = await openPage(browser, size, options);
  const watch = await watchPage(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(server.url + path);
  await watch.idle();
  return { page, watch, requests };
}

const listed = (page: Page) => page.locator('[data-most-read-aside] a').evaluateAll((as) => as.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent]));
/** The titles the site publishes for the analytics job (the column shows them as they are). */
let titles: Record<string, { title: string }>;
const titled = (a: BuiltArticle) => [a.url, titles[a.url].title];

describe('the most-read column', () => {
  it('shows nothing, and no empty heading, before the analytics job has written its file', async () => {
    const { page, watch } = await open('desktop', articles[0].url);
    try {
      expect(await page.locator('[data-most-read-aside]').isHidden()).toBe(true);
      expect(await page.getByRole('heading', { name: t.mostRead }).count()).toBe(0);
      // The counters' files are not there yet either: those 404s are expected, nothing else.
      expect(watch.problems().filter((p) => !/HTTP 404: .*\/luot-xem\//.test(p) && !/status of 404/.test(p))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('lists the articles most read after an analytics run, then the new order after the next run, without a rebuild (desktop)', async () => {
    const [a, b, c, d, current] = articles;
    writeFileSync(log, reads(a.url, 9) + reads(b.url, 7, '2026-11-26', 10) + reads(c.url, 5, '2026-11-26', 20) + reads(current.url, 40, '2026-11-26', 30));
    await analytics();
    const html = readFileSync(join(site, current.url, 'index.html'));
    let { page, watch } = await open('desktop', current.url);
    try {
      const box = page.locator('[data-most-read-aside]');
      await box.waitFor({ state: 'visible' });
      expect(await page.getByRole('heading', { name: t.mostRead }).count()).toBe(1);
      // The page's own article (the most read) is left out.
      expect(await listed(page)).toEqual([a, b, c].map(titled));
      const aside = (await page.locator('.article-aside').boundingBox())!;
      const article = (await page.locator('article.article').boundingBox())!;
      expect(aside.x).toBeGreaterThanOrEqual(article.x + article.width);
      expect(describeViolations(await findAxeViolations(page))).toEqual([]);
      expect(watch.problems()).toEqual([]);
    } finally {
      await page.context().close();
    }

    appendFileSync(log, reads(d.url, 12, '2026-11-27', 100));
    await analytics();
    ({ page, watch } = await open('desktop', current.url));
    try {
      await page.locator('[data-most-read-aside]').waitFor({ state: 'visible' });
      expect(await listed(page)).toEqual([d, a, b, c].map(titled));
      expect(watch.problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
    expect(readFileSync(join(site, current.url, 'index.html')).equals(html)).toBe(true);
  });

  it('comes after the article on a phone and is fetched only when the reader gets near it', async () => {
    const longest = articles.reduce((x, y) => (y.text.length > x.text.length ? y : x));
    const { page, watch, requests } = await open('phone', longest.url);
    try {
      expect(requests).not.toContain('/luot-xem/doc-nhieu.json');
      expect(await page.locator('[data-most-read-aside]').isHidden()).toBe(true);
      await page.locator('.article-aside').scrollIntoViewIfNeeded();
      const box = page.locator('[data-most-read-aside]');
      await box.waitFor({ state: 'visible' });
      expect(requests).toContain('/luot-xem/doc-nhieu.json');
      const article = (await page.locator('article.article').boundingBox())!;
      expect((await box.boundingBox())!.y).toBeGreaterThan(article.y + article.height);
      const links = await listed(page);
      expect(links.length).toBeGreaterThan(0);
      expect(links.map(([url]) => url)).not.toContain(longest.url);
      expect(watch.problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('shows no heading without JavaScript', async () => {
    const { page } = await open('phone', articles[1].url, { javaScriptEnabled: false });
    try {
      expect(await page.getByRole('heading', { name: t.mostRead }).count()).toBe(0);
      expect(await page.locator('[data-most-read-aside]').isHidden()).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
