/** Layout gates that need a rendered page: reflow without horizontal scrolling, and print. */
import type { Page } from 'playwright-core';

export interface OverflowReport {
  viewportWidth: number;
  scrollWidth: number;
  /** A few elements reaching past the right edge, deepest first, to say what to fix. */
  culprits: string[];
}

/** How far the page is wider than the screen; scrollWidth === viewportWidth means it reflows. */
export function measureHorizontalOverflow(page: Page): Promise<OverflowReport> {
  return page.evaluate(() => {
    const viewportWidth = document.documentElement.clientWidth;
    const describe = (e: Element) => `<${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? ` class="${e.className}"` : ''}> ${Math.round(e.getBoundingClientRect().right)}px`;
    const wide = [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > viewportWidth + 1);
    const deepest = wide.filter((e) => !wide.some((other) => other !== e && e.contains(other)));
    return { viewportWidth, scrollWidth: document.documentElement.scrollWidth, culprits: deepest.slice(0, 5).map(describe) };
  });
}

/** Scales all text the way a reader's "large text" setting does (the page's rem sizes follow). */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.style.fontSize = `${value}%`;
  }, percent);
}

/** Of these selectors, the ones with an element still shown when the page is printed. */
export async function shownInPrint(page: Page, selectors: string[]): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate(
      (list) => list.filter((selector) => [...document.querySelectorAll(selector)].some((e) => e.getClientRects().length > 0)),
      selectors,
    );
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}
