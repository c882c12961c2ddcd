/**
 * What readers of Vietnamese portals expect, in Chromium at phone and desktop sizes: Zalo
 * beside Facebook and e-mail with no third-party script, the desktop article page's right
 * column, units lists that never lead to an empty page, and a cover caption only when written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, findAxeViolations } from '../helpers/axe.ts';
import { launchBrowser, openPage, watchPage, type PageWatch } from '../helpers/browser.ts';
import { builtArticles, readPage, serveSite, type BuiltArticle } from '../helpers/site.ts';
import type { RunningServer } from '../../scripts/serve/static-server.ts';
import { article as t, archive } from '../../src/i18n/vi.ts';
import { SIDEBAR_COUNT } from '../../src/config.ts';

let browser: Browser;
let server: RunningServer;
let articles: BuiltArticle[];
beforeAll(async () => {
  [browser, server, articles] = await Promise.all([launchBrowser(), serveSite(), builtArticles()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(size: 'phone' | 'desktop', path: string): Promise<{ page: Page; watch: PageWatch; requests: string[] }> {
  const page = await openPage(browser, size);
  const watch = await watchPage(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url + path);
  await watch.idle();
  return { page, watch, requests };
}

/** An article of a district with several articles, so its unit has others to list. */
const busyArticle = () => {
  const byUnit = (a: BuiltArticle) => a.units.at(-1)!;
  return articles.find((a) => articles.filter((b) => byUnit(b) === byUnit(a)).length >= 2)!;
};

describe('sharing', () => {
  it.each(['phone', 'desktop'] as const)('offers Zalo beside Facebook and e-mail, with no script from elsewhere (%s)', async (size) => {
    const { page, watch, requests } = await open(size, busyArticle().url);
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const actions = page.locator('.actions');
      expect(await actions.getByRole('link', { name: /Facebook/ }).count()).toBe(1);
      expect(await actions.getByRole('link', { name: t.shareEmail }).count()).toBe(1);
      const zalo = actions.getByRole('button', { name: /Zalo/ });
      expect(await zalo.isVisible()).toBe(true);
      // Headless Chromium has no share sheet: the link is copied to paste into Zalo.
      expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
      await zalo.click();
      await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe(t.shareCopied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${busyArticle().url}$`));
      expect(requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'))).toEqual([]);
      expect(watch.problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the article page’s side column', () => {
  it('sits beside the article on a desktop with the latest articles and the unit’s others', async () => {
    const current = busyArticle();
    const { page, watch } = await open('desktop', current.url);
    try {
      const article = (await page.locator('article.article').boundingBox())!;
      const aside = (await page.locator('.article-aside').boundingBox())!;
      expect(aside.x).toBeGreaterThanOrEqual(article.x + article.width);
      expect(aside.y).toBeLessThan(article.y + 200);

      const latest = page.locator('[data-latest]');
      await latest.waitFor({ state: 'visible' });
      const latestLinks = await latest.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(latestLinks).toHaveLength(Math.min(SIDEBAR_COUNT, articles.length - 1));
      expect(latestLinks).not.toContain(current.url);

      const unitLinks = await page.locator('[data-unit-others] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(unitLinks.length).toBeGreaterThanOrEqual(1);
      expect(unitLinks).not.toContain(current.url);
      for (const url of unitLinks) expect(articles.find((a) => a.url === url)!.units).toContain(current.units.at(-1));

      expect(describeViolations(await findAxeViolations(page))).toEqual([]);
      expect(watch.problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('comes after the article on a phone, without downloading the latest list', async () => {
    const { page, watch, requests } = await open('phone', busyArticle().url);
    try {
      const article = (await page.locator('article.article').boundingBox())!;
      const aside = (await page.locator('.article-aside').boundingBox())!;
      expect(aside.y).toBeGreaterThan(article.y + article.height);
      expect(requests.some((url) => url.endsWith('/tin-moi.json'))).toBe(false);
      expect(await page.locator('[data-latest]').isHidden()).toBe(true);
      expect(await page.locator('[data-unit-others] a').count()).toBeGreaterThanOrEqual(1);
      expect(watch.problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('units lists', () => {
  it.each(['phone', 'desktop'] as const)('list with their articles only units that have some, and the others apart (%s)', async (size) => {
    const { page, watch } = await open(size, '/don-vi/');
    try {
      const listed = await page.locator('[data-units-with-articles] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(listed.length).toBeGreaterThan(3);
      for (const path of listed) {
        const key = path.split('/')[2];
        expect(articles.some((a) => a.units.includes(key)), path).toBe(true);
      }
      const apart = page.locator('[data-units-without-articles]');
      expect(await apart.getByRole('heading', { name: archive.unitsWithout }).count()).toBe(1);
      expect(await apart.locator('a').count()).toBe(0);
      expect((await apart.textContent())!.length).toBeGreaterThan(archive.unitsWithout.length);
      expect(describeViolations(await findAxeViolations(page))).toEqual([]);
      expect(watch.problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('cover photos', () => {
  it('carry a caption only when one is written, and never the alt text as one', async () => {
    let withCaption = 0;
    let withCover = 0;
    for (const article of articles) {
      const html = await readPage(article.url);
      const cover = html.match(/<figure class="cover">([\s\S]*?)<\/figure>/)?.[1];
      if (!cover) continue;
      withCover++;
      const alt = cover.match(/alt="([^"]*)"/)![1];
      const caption = cover.match(/<figcaption>([\s\S]*?)<\/figcaption>/)?.[1];
      if (caption !== undefined) withCaption++;
      expect(caption, article.url).not.toBe(alt);
    }
    expect(withCover).toBeGreaterThan(3);
    expect(withCaption).toBeGreaterThanOrEqual(1);
    expect(withCaption).toBeLessThan(withCover);
  });
});
