/**
 * Reading on paper and with large text: an article prints without the site's navigation, and
 * every page type reflows at 320 CSS px and at 200 % zoom without horizontal scrolling.
 */
import { describe, expect, it } from 'vitest';
import { loadFully, openPage, saveScreenshot } from '../helpers/browser.ts';
import { measureHorizontalOverflow, setTextSize, shownInPrint } from '../helpers/layout.ts';
import { PAGE_TYPES, type PageType } from '../helpers/page-types.ts';
import { distDir } from '../helpers/site.ts';
import { browserSession, brokenSiteSession, watchedPage } from '../helpers/browser-session.ts';
import { getPortal } from '../../src/site/portal.ts';
import { SITE_URL } from '../../src/config.ts';

/** What a printed article leaves out: the site around it, sharing and the related list. */
const NOT_PRINTED = ['.skip-link', '.site-header', 'nav', '.search-box', '.actions', '.related', '.article-aside', '.site-footer'];

/** 200 % zoom of a 1280 px desktop (WCAG 1.4.4) and a 320 px wide screen (WCAG 1.4.10). */
const READING_SIZES = {
  'at 200 % zoom': { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  'at 320 px wide': { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
} as const;

const session = await browserSession();
const { browser } = session;

describe('printing an article', () => {
  const view = watchedPage(() => openPage(browser, 'desktop'), async ({ page, watch }) => {
    await loadFully(page, watch, session.site.url + session.pageTypes.article);
  });

  it('leaves out the header, navigation, footer, sharing and related articles', async () => {
    expect(await shownInPrint(view.page, NOT_PRINTED)).toEqual([]);
  });

  it('starts with the portal’s name, the article’s address and the date printed', async () => {
    expect(await shownInPrint(view.page, ['.print-source'])).toEqual(['.print-source']);
    expect(await view.page.locator('.print-source').isVisible()).toBe(false);
    await view.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const line = (await view.page.locator('.print-source').textContent())!.replace(/\s+/g, ' ');
    const today = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
    expect(line).toContain(getPortal().name);
    expect(line).toContain(new URL(session.pageTypes.article, SITE_URL).href);
    expect(line).toContain(today);
    expect(today).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it('keeps the headline, the text and the figures', async () => {
    expect(await shownInPrint(view.page, ['article h1', '.article-body', '.figures'])).toEqual(['article h1', '.article-body', '.figures']);
    await view.page.emulateMedia({ media: 'print' });
    await saveScreenshot(view.page, 'print-article');
    await view.page.emulateMedia({ media: 'screen' });
  });
});

describe.each(Object.entries(READING_SIZES))('reflow %s', (_name, size) => {
  const view = watchedPage(async () => (await browser.newContext({ ...size, locale: 'vi-VN' })).newPage());

  it.each(PAGE_TYPES)('needs no horizontal scrolling on the %s page', async (type) => {
    await loadFully(view.page, view.watch, session.site.url + session.pageTypes[type]);
    const overflow = await measureHorizontalOverflow(view.page);
    expect(overflow.scrollWidth, `${session.pageTypes[type]} is wider than the screen: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.viewportWidth);
  });
});

describe('a phone with text at 200 %', () => {
  const view = watchedPage(() => openPage(browser, 'phone'));

  it.each<PageType>(['home', 'article', 'year'])('reflows the %s page without horizontal scrolling', async (type) => {
    await loadFully(view.page, view.watch, session.site.url + session.pageTypes[type]);
    await setTextSize(view.page, 200);
    const overflow = await measureHorizontalOverflow(view.page);
    if (type === 'article') await saveScreenshot(view.page, 'phone-article-text-200');
    expect(overflow.scrollWidth, `${session.pageTypes[type]} is wider than the screen: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.viewportWidth);
  });
});

describe('the print and reflow gates on the broken site', () => {
  const broken = brokenSiteSession(async () => (await browser.newContext(READING_SIZES['at 320 px wide'])).newPage());

  it('passes the control page', async () => {
    await loadFully(broken.page, broken.watch, `${broken.site.url}/index.html`);
    expect(await shownInPrint(broken.page, NOT_PRINTED)).toEqual([]);
    const overflow = await measureHorizontalOverflow(broken.page);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.viewportWidth);
  });

  it('fails a page whose navigation still prints', async () => {
    await loadFully(broken.page, broken.watch, `${broken.site.url}/print-navigation.html`);
    expect(await shownInPrint(broken.page, NOT_PRINTED)).toEqual(['nav']);
  });

  it('fails a page wider than a phone', async () => {
    await loadFully(broken.page, broken.watch, `${broken.site.url}/too-wide.html`);
    const overflow = await measureHorizontalOverflow(broken.page);
    expect(overflow.scrollWidth).toBeGreaterThan(overflow.viewportWidth);
    expect(overflow.culprits).toEqual([expect.stringContaining('class="too-wide"')]);
  });
});
