/**
 * The keyboard gate: pressing Tab from the top of a page reaches every link a reader can see, and
 * each focused element shows where the focus is.
 */
import type { Page } from 'playwright-core';

export interface KeyboardReport {
  /** Every distinct link target a reader can see on the page. */
  links: string[];
  /** Link targets Tab reached. */
  reached: string[];
  unreached: string[];
  /** Focused elements with no visible focus indicator, or focused out of sight. */
  focusNotVisible: string[];
}

interface FocusStop {
  description: string;
  href: string | null;
  indicatorVisible: boolean;
  inViewport: boolean;
}

const countFocusable = () => document.querySelectorAll('a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]').length;

export async function tabThroughPage(page: Page): Promise<KeyboardReport> {
  const { links, focusableCount } = await page.evaluate(() => {
    const rendered = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const anchors = [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')].filter(rendered);
    const focusable = document.querySelectorAll('a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]');
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    // Each element the focus lands on, described at that moment; Tab itself must be a real key press.
    const stops: unknown[] = [];
    const seen = new WeakSet<Element>();
    (window as unknown as { __bantinFocusStops: unknown[] }).__bantinFocusStops = stops;
    document.addEventListener('focusin', (event) => {
      const element = event.target as HTMLElement;
      if (seen.has(element)) return;
      seen.add(element);
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const rect = element.getBoundingClientRect();
      stops.push({
        description: `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 50)}"`,
        href: element instanceof HTMLAnchorElement || element instanceof HTMLAreaElement ? element.href : null,
        indicatorVisible: outlined || style.boxShadow !== 'none',
        inViewport: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
      });
    });
    return { links: [...new Set(anchors.map((a) => a.href))], focusableCount: focusable.length };
  });

  // One press per focusable element and one more: enough to walk the whole tab order once.
  // Counted again afterwards: a list a page fills as the reader nears it (the article's
  // "Đọc nhiều") adds links while the focus walks down, and the walk must still reach the end.
  let presses = 0;
  for (let total = focusableCount; presses <= total; total = await page.evaluate(countFocusable)) {
    while (presses <= total) {
      await page.keyboard.press('Tab');
      presses++;
    }
  }
  const stops = await page.evaluate(() => (window as unknown as { __bantinFocusStops: FocusStop[] }).__bantinFocusStops);

  const reached = [...new Set(stops.flatMap((s) => (s.href ? [s.href] : [])))];
  return {
    links,
    reached,
    unreached: links.filter((href) => !reached.includes(href)),
    focusNotVisible: stops.filter((s) => !s.indicatorVisible || !s.inViewport).map((s) => `${s.description}${s.inViewport ? '' : ' (out of sight)'}`),
  };
}
