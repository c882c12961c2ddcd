/**
 * A reader in real Chromium, on a phone and on a desktop: follows links from the home page to an
 * article, its year, the statistics and the search page; opens every page type without a console error, a failed
 * request or a CSP violation; and reaches every link with the Tab key, seeing where the focus is.
 * Screenshots of each page type land in test-results/screenshots/ for a person to review.
 */
import { describe, expect, it } from 'vitest';
import { notFound } from '../../src/i18n/vi.ts';
import { loadFully, openPage, saveScreenshot, type ViewportName } from '../helpers/browser.ts';
import { tabThroughPage } from '../helpers/keyboard.ts';
import { PAGE_TYPES, uncoveredSections } from '../helpers/page-types.ts';
import { distDir } from '../helpers/site.ts';
import { browserSession, brokenSiteSession, watchedPage } from '../helpers/browser-session.ts';

const session = await browserSession();
const { browser } = session;

it('has a page type, and so these gates, for every section of the built site', async () => {
  expect(await uncoveredSections(distDir())).toEqual([]);
});

describe.each<ViewportName>(['phone', 'desktop'])('on a %s', (viewport) => {
  const view = watchedPage(() => openPage(browser, viewport));

  it('walks from the home page to an article, its year, the statistics and a search, following links', async () => {
    view.watch.reset();
    await loadFully(view.page, view.watch, `${session.site.url}/`);

    const articleLink = view.page.locator('main a[href^="/bai-viet/"]:visible').first();
    const title = (await articleLink.textContent())!.trim();
    await Promise.all([view.page.waitForURL(/\/bai-viet\/[^/]+\/$/), articleLink.click()]);
    await expect.poll(() => view.page.locator('h1').textContent()).toBe(title);

    await Promise.all([view.page.waitForURL(/\/nam\/\d{4}\/$/), view.page.locator('.breadcrumbs a[href^="/nam/"]').click()]);
    expect(await view.page.locator('h1').textContent()).toMatch(/\d{4}/);

    await Promise.all([view.page.waitForURL(/\/thong-ke\/$/), view.page.locator('.site-nav a[href="/thong-ke/"]').click()]);
    expect(await view.page.locator('h1').textContent()).toBe('Thống kê số liệu');
    expect(await view.page.locator('main table').count()).toBeGreaterThan(0);

    await view.page.locator('#site-search').fill('dân vận');
    await Promise.all([view.page.waitForURL(/\/tim-kiem\/\?q=/), view.page.locator('#site-search').press('Enter')]);
    await view.watch.idle();
    expect(view.watch.problems()).toEqual([]);
  });

  it.each(PAGE_TYPES)(
    'opens the %s page cleanly, and Tab reaches every link with a visible focus',
    async (type) => {
      view.watch.reset();
      await loadFully(view.page, view.watch, session.site.url + session.pageTypes[type]);
      await saveScreenshot(view.page, `${viewport}-${type}`);
      expect(view.watch.problems(), session.pageTypes[type]).toEqual([]);

      const keyboard = await tabThroughPage(view.page);
      expect(keyboard.links.length).toBeGreaterThan(0);
      expect(keyboard.unreached, `links Tab never reached on ${session.pageTypes[type]}`).toEqual([]);
      expect(keyboard.focusNotVisible, `focus not visible on ${session.pageTypes[type]}`).toEqual([]);
    },
  );

  it('answers an unknown address with the 404 page and status 404', async () => {
    const response = await view.page.goto(`${session.site.url}/khong-co-trang-nay/`);
    expect(response?.status()).toBe(404);
    expect(await view.page.locator('h1').textContent()).toBe(notFound.title);
    view.watch.reset();
  });
});

describe('the browser gates on the broken site', () => {
  const broken = brokenSiteSession(() => openPage(browser, 'desktop'));
  const open = async (file: string) => {
    broken.watch.reset();
    await loadFully(broken.page, broken.watch, `${broken.site.url}/${file}`);
    return broken.watch.problems();
  };

  it('passes the control page', async () => {
    expect(await open('index.html')).toEqual([]);
    const keyboard = await tabThroughPage(broken.page);
    expect([keyboard.unreached, keyboard.focusNotVisible]).toEqual([[], []]);
  });

  it('fails a page whose script throws', async () => {
    expect(await open('console-error.html')).toEqual([expect.stringMatching(/^uncaught exception: Lỗi cố ý/)]);
  });

  it('fails a page with a missing image', async () => {
    expect(await open('broken-link.html')).toContainEqual(expect.stringMatching(/^HTTP 404: .*\/mat-anh\.png$/));
  });

  it('fails a page whose inline script the CSP blocks', async () => {
    expect(await open('inline-script.html')).toContainEqual(expect.stringMatching(/^CSP violation: script-src/));
  });

  it('fails a page with a link the keyboard cannot reach', async () => {
    await open('unreachable-link.html');
    expect((await tabThroughPage(broken.page)).unreached).toEqual([`${broken.site.url}/index.html`]);
  });

  it('fails a page that hides the focus outline', async () => {
    await open('hidden-focus.html');
    expect((await tabThroughPage(broken.page)).focusNotVisible).toContainEqual(expect.stringContaining('Liên kết không có viền'));
  });
});
