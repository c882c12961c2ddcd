/**
 * The counters in Chromium, on a copy of the built site: after an analytics run the footer and
 * the article's Lượt xem show its numbers (under the strict CSP, no console error); after a
 * second run on a grown log they show the new numbers, with no rebuild in between. Without
 * JavaScript the footer is a link to the access-statistics page.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { runAnalytics } from '../../src/analytics/analytics-run.ts';
import { serveStatic, type RunningServer } from '../../scripts/serve/static-server.ts';
import { launchBrowser, loadFully, openPage, watchPage } from '../helpers/browser.ts';
import { combinedLine } from '../helpers/analytics-site.ts';
import { distDir } from '../helpers/site.ts';

const ARTICLE = '/bai-viet/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022/';
/** The article's legacyViews in its frontmatter. */
const LEGACY = 109;

let work: string;
let site: string;
let server: RunningServer;
let browser: Browser;

const analytics = (log: string) => runAnalytics({ site, state: join(work, 'state.sqlite'), files: [log], baseline: 1_000_000 });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bantin-counters-browser-'));
  site = join(work, 'dist');
  cpSync(distDir(), site, { recursive: true });
  rmSync(join(site, 'luot-xem'), { recursive: true, force: true });
  browser = await launchBrowser();
  server = await serveStatic(site);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

async function countersOn(path: string) {
  const page = await openPage(browser, 'phone');
  const watch = await watchPage(page);
  await loadFully(page, watch, server.url + path);
  await page.locator('[data-counters]').waitFor({ state: 'visible' });
  const read = (selector: string) => page.locator(selector).first().textContent();
  const result = {
    online: await read('footer [data-counter="online"]'),
    today: await read('footer [data-counter="today"]'),
    week: await read('footer [data-counter="week"]'),
    total: await read('footer [data-counter="total"]'),
    views: (await page.locator('[data-views]').count()) ? await page.locator('[data-views]:visible strong').textContent() : undefined,
    problems: watch.problems(),
  };
  await page.context().close();
  return result;
}

describe('visitor counters in the browser', () => {
  it('shows the counters of an analytics run, then those of the next run, without a rebuild', async () => {
    const log = join(work, 'access.log');
    // Thursday 26 November 2026: three readers, one of them twice.
    writeFileSync(
      log,
      combinedLine('2026-11-26T08:00:00', '113.160.1.1', ARTICLE) +
        combinedLine('2026-11-26T08:10:00', '113.160.1.1', ARTICLE) +
        combinedLine('2026-11-26T09:00:00', '113.160.1.2', ARTICLE) +
        combinedLine('2026-11-26T09:02:00', '113.160.1.3', '/'),
    );
    await analytics(log);
    const html = readFileSync(join(site, ARTICLE, 'index.html'));
    expect(await countersOn(ARTICLE)).toEqual({ online: '2', today: '3', week: '3', total: '1.000.003', views: String(LEGACY + 2), problems: [] });

    appendFileSync(log, Array.from({ length: 5 }, (_, i) => combinedLine('2026-11-26T10:00:00', `14.160.2.${i}`, ARTICLE)).join(''));
    await analytics(log);
    expect(await countersOn(ARTICLE)).toEqual({ online: '5', today: '8', week: '8', total: '1.000.008', views: String(LEGACY + 7), problems: [] });
    // The page itself was not touched: the numbers came from /luot-xem/.
    expect(readFileSync(join(site, ARTICLE, 'index.html')).equals(html)).toBe(true);
  });

  it('shows the access-statistics page: totals, 30 days, the chart and the most-read articles', async () => {
    const page = await openPage(browser, 'desktop');
    const watch = await watchPage(page);
    await loadFully(page, watch, `${server.url}/thong-ke-truy-cap/`);
    await page.locator('[data-most-read]').waitFor({ state: 'visible' });
    expect(await page.locator('main [data-counter="today"]').textContent()).toBe('8');
    expect(await page.locator('[data-days] tbody tr').count()).toBe(30);
    expect(await page.locator('[data-days] tbody tr').first().textContent()).toBe('26/11/20268');
    expect(await page.locator('[data-most-read] li').first().textContent()).toContain(`— ${LEGACY + 7}`);
    expect(await page.locator('.visitor-chart img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, links the footer to the access-statistics page and shows no empty counters', async () => {
    const page = await openPage(browser, 'phone', { javaScriptEnabled: false });
    await page.goto(server.url + ARTICLE);
    const link = page.locator('footer .visitor-counters a');
    expect(await link.getAttribute('href')).toBe('/thong-ke-truy-cap/');
    expect(await link.isVisible()).toBe(true);
    expect(await page.locator('[data-counters]').isVisible()).toBe(false);
    expect(await page.locator('[data-views]').isVisible()).toBe(false);
    await page.context().close();
  });
});
