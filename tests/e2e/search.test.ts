/**
 * The search page in real Chromium, served with the real Content-Security-Policy header: a reader
 * types with or without diacritics (đ included), narrows by a filter, shares the URL, goes back.
 * What each query must find is read from the built article pages, not written down here, so the
 * tests follow the sample content as it grows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, findAxeViolations } from '../helpers/axe.ts';
import { launchBrowser, openPage, watchPage, type PageWatch } from '../helpers/browser.ts';
import { builtArticles, serveSite, type BuiltArticle } from '../helpers/site.ts';
import type { RunningServer } from '../../scripts/serve/static-server.ts';
import { search as t, site as siteText } from '../../src/i18n/vi.ts';

let browser: Browser;
let server: RunningServer;
let articles: BuiltArticle[];
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  [browser, server, articles] = await Promise.all([launchBrowser(), serveSite(), builtArticles()]);
  page = await openPage(browser, 'phone');
  watch = await watchPage(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const status = (on = page) => on.locator('[data-search-status]');
const queryBox = (on = page) => on.locator('#search-q');

/** Waits until the search that was just started has shown its results, and the filter counts if open. */
async function settled(on = page): Promise<string> {
  await on.waitForFunction(
    (loading) => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      const busy = document.querySelector('[data-search-results][aria-busy], [data-search-filters][aria-busy]');
      return text !== '' && text !== loading && !busy;
    },
    t.client.loading,
  );
  return (await status(on).textContent()) ?? '';
}

/** Every result's address, pressing "more" until all are shown. */
async function allResults(on = page): Promise<string[]> {
  const more = on.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await on.locator('[data-search-results] > li').count();
    await more.click();
    await on.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
  }
  return on.locator('[data-search-results] > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Types a query into the search page's own box and submits it with Enter, as a reader would. */
async function searchFor(query: string): Promise<string[]> {
  await queryBox().fill(query);
  await queryBox().press('Enter');
  await settled();
  return allResults();
}

const sorted = (urls: string[]) => [...urls].sort();
const urlsWhere = (test: (a: BuiltArticle) => boolean) => articles.filter(test).map((a) => a.url);

describe('the search page', () => {
  beforeAll(async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    await queryBox().waitFor();
  });

  it('finds the same articles for "dân vận" and "dan van"', async () => {
    const withMarks = await searchFor('dân vận');
    expect(withMarks.length).toBeGreaterThanOrEqual(3);
    expect(sorted(await searchFor('dan van'))).toEqual(sorted(withMarks));
    expect(withMarks).toEqual(expect.arrayContaining(urlsWhere((a) => /dân vận/i.test(a.title))));
  });

  it('finds the youth-union articles for "doan thanh nien", đ typed as d', async () => {
    const expected = urlsWhere((a) => /đoàn thanh niên/i.test(a.title));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const folded = await searchFor('doan thanh nien');
    expect(folded).toEqual(expect.arrayContaining(expected));
    expect(sorted(folded)).toEqual(sorted(await searchFor('đoàn thanh niên')));
  });

  it('finds "Đảng ủy" for "dang uy" and shows the match in the excerpt, spelled as written', async () => {
    const expected = urlsWhere((a) => a.text.includes('Đảng ủy'));
    expect(expected.length).toBeGreaterThanOrEqual(1);
    expect(await searchFor('dang uy')).toEqual(expect.arrayContaining(expected));
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks).toContain('Đảng');
    expect((await page.locator('[data-search-results]').textContent()) ?? '').not.toMatch(/[ďĎ]/);
  });

  it('shows each result with its title, date, unit and an excerpt with the match marked', async () => {
    await searchFor('dân vận');
    const first = page.locator('[data-search-results] > li').first();
    const href = await first.locator('h2 a').getAttribute('href');
    const article = articles.find((a) => a.url === href);
    expect(await first.locator('h2 a').textContent()).toBe(article?.title);
    expect(await first.locator('.meta').textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}.*(Tỉnh|Huyện|Xã)/);
    expect((await first.locator('mark').allTextContents()).map((m) => m.toLowerCase())).toContain('dân');
  });

  it('narrows by a filter, to exactly the number the filter showed', async () => {
    const all = await searchFor('dân vận');
    await page.locator('[data-search-filters] summary').click();
    await page.waitForFunction(() => /\(\d+\)$/.test(document.querySelector('select[name="nam"] option[value]:not([value=""])')?.textContent ?? ''));
    await settled();
    const years = page.locator('select[name="nam"] option:not([value=""]):not([disabled])');
    const choices = await years.evaluateAll((options) =>
      options.map((o) => ({ value: (o as HTMLOptionElement).value, count: Number(o.textContent?.match(/\((\d+)\)$/)?.[1]) })),
    );
    const choice = choices.filter((c) => c.count > 0 && c.count < all.length).sort((a, b) => b.count - a.count)[0];
    expect(choice, `a year with some but not all of the ${all.length} results`).toBeDefined();

    await page.locator('select[name="nam"]').selectOption(choice.value);
    expect(await settled()).toContain(String(choice.count));
    const narrowed = await allResults();
    expect(narrowed).toHaveLength(choice.count);
    expect(all).toEqual(expect.arrayContaining(narrowed));
    for (const date of await page.locator('[data-search-results] .meta span:first-child').allTextContents()) {
      expect(date).toMatch(new RegExp(`/${choice.value}$`));
    }
    expect(new URL(page.url()).searchParams.get('nam')).toBe(choice.value);
  });

  it('restores the same search from its URL, as a shared link', async () => {
    const shared = page.url();
    const expected = await allResults();
    const other = await openPage(browser, 'desktop');
    try {
      await other.goto(shared);
      await settled(other);
      expect(await allResults(other)).toEqual(expected);
      expect(await queryBox(other).inputValue()).toBe('dân vận');
      expect(await other.locator('select[name="nam"]').inputValue()).toBe(new URL(shared).searchParams.get('nam'));
      expect(await other.locator('[data-search-filters]').getAttribute('open')).not.toBeNull();
    } finally {
      await other.context().close();
    }
  });

  it('goes back to the previous search with the back button, and forward again', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    const first = await searchFor('dan van');
    const second = await searchFor('doan thanh nien');
    expect(sorted(second)).not.toEqual(sorted(first));

    await page.goBack();
    await expect.poll(() => queryBox().inputValue()).toBe('dan van');
    await settled();
    expect(await allResults()).toEqual(first);

    await page.goForward();
    await expect.poll(() => queryBox().inputValue()).toBe('doan thanh nien');
    await settled();
    expect(await allResults()).toEqual(second);
  });

  it('puts the best match first, and newest first one choice away, kept in the URL', async () => {
    const relevant = await searchFor('nhap ngu');
    expect(articles.find((a) => a.url === relevant[0])?.title).toMatch(/nhập ngũ/i);
    expect(await page.locator('select[name="sap-xep"] option:checked').textContent()).toBe(t.sortRelevance);
    await page.locator('select[name="sap-xep"]').selectOption({ label: t.sortNewest });
    await settled();
    const newest = await allResults();
    expect(sorted(newest)).toEqual(sorted(relevant));
    const dates = await page.locator('[data-search-results] .meta span:first-child').allTextContents();
    const isoDates = dates.map((d) => d.split('/').reverse().join('-'));
    expect(isoDates).toEqual([...isoDates].sort().reverse());
    expect(new URL(page.url()).searchParams.get('sap-xep')).toBe('moi-nhat');
  });

  it('finds every article about Hội Cựu chiến binh for "CCB"', async () => {
    const aboutVeterans = urlsWhere((a) => /cựu chiến binh|\bCCB\b/i.test(a.text));
    expect(aboutVeterans.length).toBeGreaterThanOrEqual(3);
    expect(sorted(await searchFor('CCB'))).toEqual(sorted(aboutVeterans));
  });

  it('lists a province’s articles, its districts’ included, with no words typed', async () => {
    const district = articles.find((a) => a.units.length > 1)!;
    const province = district.units[0];
    await page.goto(`${server.url}/tim-kiem/?don-vi=${province}`);
    expect(await settled()).toContain(String(urlsWhere((a) => a.units.includes(province)).length));
    expect(sorted(await allResults())).toEqual(sorted(urlsWhere((a) => a.units.includes(province))));
    expect(await allResults()).toContain(district.url);
  });

  it('does not index the header, the navigation or the footer', async () => {
    // "cookie" is written only in the footer. Pagefind answers a word it does not know with
    // words that start it ("có"), so the check is that nothing found contains the word itself.
    expect(siteText.footer).toContain('cookie');
    expect(articles.some((a) => a.text.includes('cookie'))).toBe(false);
    await searchFor('cookie');
    expect((await page.locator('[data-search-results]').textContent()) ?? '').not.toMatch(/cookie/i);
  });

  it('passes the WCAG 2.2 AA checks with results and filter counts shown', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=dan+van&nam=2022`);
    await settled();
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
    expect(describeViolations(await findAxeViolations(page))).toEqual([]);
  });

  it('runs without a console error, a failed request or a CSP violation', () => {
    expect(watch.problems()).toEqual([]);
  });
});

describe('searching as the reader types', () => {
  it.each(['phone', 'desktop'] as const)('shows results without Enter, one history entry per search (%s)', async (size) => {
    const typing = await openPage(browser, size);
    const typingWatch = await watchPage(typing);
    try {
      await typing.goto(`${server.url}/tim-kiem/`);
      await queryBox(typing).waitFor();
      const historyBefore = await typing.evaluate(() => history.length);
      await queryBox(typing).pressSequentially('nhap ngu', { delay: 40 });
      await typing.waitForURL(/\?q=nhap\+ngu$/);
      await settled(typing);
      const first = await typing.locator('[data-search-results] > li h2 a').first().getAttribute('href');
      expect(articles.find((a) => a.url === first)?.title).toMatch(/nhập ngũ/i);
      expect(await typing.evaluate(() => history.length)).toBe(historyBefore + 1);
      // One letter is not searched: the results of the words before it stay.
      await queryBox(typing).fill('n');
      await typing.waitForTimeout(600);
      expect(new URL(typing.url()).searchParams.get('q')).toBe('nhap ngu');
      expect(typingWatch.problems()).toEqual([]);
    } finally {
      await typing.context().close();
    }
  });
});

describe('the header search box', () => {
  it('opens the search page with the query filled in and its results shown', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('#site-search').fill('dang uy');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=dang\+uy$/);
    await settled();
    expect(await queryBox().inputValue()).toBe('dang uy');
    expect(await page.locator('#site-search').inputValue()).toBe('dang uy');
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
  });
});

describe('with the keyboard only', () => {
  it('searches with Enter, announces the count and reaches the first result with Tab', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    await queryBox().focus();
    await page.keyboard.type('dân vận');
    await page.keyboard.press('Enter');
    const announced = await settled();
    expect(await status().getAttribute('aria-live')).toBe('polite');
    expect(announced).toMatch(/\d+/);
    const firstResult = await page.locator('[data-search-results] > li h2 a').first().getAttribute('href');
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, firstResult);
    }
    expect(reached).toBe(true);
  });
});

describe('without JavaScript', () => {
  it('says search needs JavaScript and links to the year archive', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const noScript = await context.newPage();
      await noScript.goto(`${server.url}/tim-kiem/`);
      const message = noScript.locator('main p', { hasText: t.noScript });
      expect(await message.isVisible()).toBe(true);
      expect(await message.getByRole('link', { name: t.noScriptLink }).getAttribute('href')).toBe('/nam/');
      expect(await noScript.locator('[data-search-form]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
