/**
 * The statistics pages in Chromium on a 360 px phone and on a desktop: no figure wraps onto a
 * second line, the page itself never scrolls sideways (a wide table scrolls inside its own
 * region, named by its caption and reachable from the keyboard), and "Đến năm" takes the reader
 * to a year's column, clear of the row names that stay in view. axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, watchPage, type PageWatch } from '../helpers/browser.ts';
import { describeViolations, findAxeViolations } from '../helpers/axe.ts';
import { readPage, serveSite } from '../helpers/site.ts';
import type { RunningServer } from '../../scripts/serve/static-server.ts';
import { statistics as t } from '../../src/i18n/vi.ts';

let browser: Browser;
let server: RunningServer;
/** The indicator page with the most years: the widest table. */
let widest: string;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite()]);
  const overview = await readPage('/thong-ke/');
  const pages = [...new Set([...overview.matchAll(/href="(\/thong-ke\/chi-tieu\/[^/"#]+\/)"/g)].map((m) => m[1]))];
  const years = async (path: string) => ((await readPage(path)).match(/<th scope="col" id="nam-\d{4}"/g) ?? []).length;
  const counted = await Promise.all(pages.map(async (path) => [path, await years(path)] as const));
  widest = counted.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SIZES = {
  phone: { viewport: { width: 360, height: 740 } },
  desktop: {},
} as const;

async function open(size: keyof typeof SIZES, path: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await openPage(browser, size, SIZES[size]);
  const watch = await watchPage(page);
  await page.goto(server.url + path);
  await watch.idle();
  return { page, watch };
}

/** Every figure cell whose number is laid out on more than one line, by its text. */
const wrappedFigures = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.statistics-table td.value:not(.none)')].flatMap((cell) => {
      const figure = cell.firstChild;
      if (!figure) return [];
      const range = document.createRange();
      range.selectNodeContents(figure);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      return lines.size > 1 ? [figure.textContent ?? ''] : [];
    }),
  );

const PAGES = ['/thong-ke/', 'widest', '/thong-ke/chat-luong-du-lieu/', '/thong-ke/cach-tinh/', '/nam/2024/', '/don-vi/huu-lung/'];

describe.each(Object.keys(SIZES) as Array<keyof typeof SIZES>)('statistics pages (%s)', (size) => {
  it.each(PAGES)('keep every figure on one line and the page within the screen: %s', async (which) => {
    const { page, watch } = await open(size, which === 'widest' ? widest : which);
    try {
      expect(await wrappedFigures(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      // Each table sits in a region named by its caption, which a keyboard reader can focus.
      const regions = await page.locator('table.statistics-table').evaluateAll((tables) =>
        tables.map((table) => {
          const region = table.closest('.table-scroll');
          const label = region?.getAttribute('aria-labelledby');
          return { named: Boolean(label) && document.getElementById(label!)?.textContent === table.querySelector('caption')?.textContent, focusable: region?.getAttribute('tabindex') === '0' };
        }),
      );
      for (const region of regions) expect(region).toEqual({ named: true, focusable: true });
      expect(describeViolations(await findAxeViolations(page))).toEqual([]);
      expect(watch.problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it.each(['/thong-ke/', 'widest'])('jump to a year’s column, clear of the row names: %s', async (which) => {
    const { page, watch } = await open(size, which === 'widest' ? widest : which);
    try {
      const jump = page.getByRole('navigation', { name: t.yearJump });
      const links = jump.getByRole('link');
      expect(await links.count()).toBeGreaterThan(1);
      for (const index of [(await links.count()) - 1, 0]) {
        const link = links.nth(index);
        const year = (await link.textContent())!;
        await link.click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#nam-${year}`);
        const header = page.locator(`#nam-${year}`);
        const box = (await header.boundingBox())!;
        const viewport = page.viewportSize()!;
        const table = header.locator('xpath=ancestor::table[1]');
        const rowNames = (await table.locator('thead th').first().boundingBox())!;
        // In view, not hidden under the sticky row names, at the top of the screen.
        expect(box.x, year).toBeGreaterThanOrEqual(rowNames.x + rowNames.width - 1);
        expect(box.x + box.width, year).toBeLessThanOrEqual(viewport.width + 1);
        expect(box.y, year).toBeGreaterThanOrEqual(0);
        expect(box.y, year).toBeLessThan(viewport.height / 2);
      }
      expect(watch.problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('a wide table on a phone', () => {
  it('scrolls inside its region with the arrow keys once focused, the row names staying in view', async () => {
    const { page } = await open('phone', widest);
    try {
      const region = page.locator('.table-scroll').filter({ has: page.locator('table.year-grid') }).first();
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      const firstName = region.locator('tbody th[scope="row"]').first();
      const before = (await firstName.boundingBox())!;
      await region.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect((await firstName.boundingBox())!.x).toBeCloseTo(before.x, 0);
    } finally {
      await page.context().close();
    }
  });
});
