/**
 * The Content-Security-Policy in a real browser. Only the HTTP header reaches Pagefind's worker,
 * where its WebAssembly runs, so the search page is loaded with the header the static server and
 * nginx send, and a search must run with no violation; the same search under a header without
 * 'wasm-unsafe-eval' must fail, which proves the check sees a broken policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../scripts/serve/static-server.ts';
import { CSP_HEADER } from '../../src/security/csp.ts';
import { launchBrowser, loadFully, openPage } from '../helpers/browser.ts';
import { serveSite } from '../helpers/site.ts';
import { watchedPage } from '../helpers/browser-session.ts';

// A string, not a function: the test runner would rewrite import() inside a function's source.
// Opened as the search page opens it: the index lives in parts (parts.json), each a bundle of its own.
const SEARCH_IN_PAGE = `(async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  const manifest = await fetch('/pagefind/parts.json').then((r) => (r.ok ? r.json() : undefined));
  if (manifest?.parts?.length) await pagefind.options({ basePath: '/pagefind/' + manifest.parts[0].name + '/' });
  const found = await pagefind.search('dân vận');
  return found.results.length;
})()`;

// At the top, not in beforeAll: without Chromium the file fails with the reason, no test is skipped.
const browser: Browser = await launchBrowser();
let site: RunningServer;
beforeAll(async () => {
  site = await serveSite();
});
afterAll(async () => {
  await browser.close();
  await site?.close();
});

describe('the search page under the CSP header', () => {
  const view = watchedPage(() => openPage(browser, 'desktop'));

  it('arrives with CSP_HEADER', async () => {
    const response = await view.page.goto(`${site.url}/tim-kiem/`);
    expect(response?.headers()['content-security-policy']).toBe(CSP_HEADER);
  });

  it('runs a Pagefind search, WebAssembly and all, without a single violation', async () => {
    await loadFully(view.page, view.watch, `${site.url}/tim-kiem/?q=d%C3%A2n+v%E1%BA%ADn`);
    expect(await view.page.evaluate(SEARCH_IN_PAGE)).toBeGreaterThan(0);
    await view.watch.idle();
    expect(view.watch.problems()).toEqual([]);
  });
});

describe('the CSP gate under a broken policy', () => {
  const view = watchedPage(() => openPage(browser, 'desktop'), async ({ page }) => {
    // Every response keeps its body but loses 'wasm-unsafe-eval' from its policy.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers(), 'content-security-policy': CSP_HEADER.replace(" 'wasm-unsafe-eval'", '') };
      await route.fulfill({ response, headers });
    });
  });

  it('sees search fail and the violation reported when the header lacks wasm-unsafe-eval', async () => {
    await loadFully(view.page, view.watch, `${site.url}/tim-kiem/`);
    await expect(view.page.evaluate(SEARCH_IN_PAGE)).rejects.toThrow(/Content Security Policy/);
    await view.watch.idle();
    expect(view.watch.problems()).toContainEqual(expect.stringMatching(/^console error: .*WebAssembly.*Content Security Policy/s));
  });
});
