/**
 * One way for every browser test to start Chromium: Debian's package driven by playwright-core,
 * never a downloaded browser. A missing browser fails the test with the command that installs it.
 * Also: the phone and desktop screens we test at, and a watcher that collects everything that
 * went wrong while a page loaded (console errors, failed requests, CSP violations).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
} satisfies Record<string, BrowserContextOptions>;
export type ViewportName = keyof typeof VIEWPORTS;

const INSTALL_HINT = 'Install it with `apt-get install -y chromium` (CI: .ci/run does), or set BANTIN_CHROMIUM=/path/to/chromium.';

/** BANTIN_CHROMIUM when set, else Debian's /usr/bin/chromium, else `chromium` on the PATH. */
export function chromiumPath(): string {
  const chosen = process.env.BANTIN_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`BANTIN_CHROMIUM=${chosen}: no such file. Browser tests need Chromium. ${INSTALL_HINT}`);
    return chosen;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`Browser tests need Chromium and none was found (/usr/bin/chromium, the PATH). ${INSTALL_HINT}`);
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** A page at one of our screen sizes, in a context of its own. */
export async function openPage(browser: Browser, viewport: ViewportName, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ ...VIEWPORTS[viewport], locale: 'vi-VN', ...options });
  return context.newPage();
}

export interface PageWatch {
  /** Everything that went wrong since the last reset, one readable line each. */
  problems: () => string[];
  reset: () => void;
  /** Resolves once no request has been in flight for quietMs (faster than 'networkidle'). */
  idle: (quietMs?: number) => Promise<void>;
}

/**
 * Listens to a page for the rest of its life: console errors, uncaught exceptions, requests that
 * failed or answered 4xx/5xx, and Content-Security-Policy violations (reported by the page itself,
 * so a blocked inline style or image counts even when Chromium logs nothing).
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  let problems: string[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const settled = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('request', () => {
    inFlight++;
    lastActivity = Date.now();
  });
  page.on('requestfinished', settled);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    settled();
    const reason = request.failure()?.errorText ?? '';
    // ERR_ABORTED is the browser cancelling a request it no longer needs (the page navigated
    // away); a request that really fails says why (refused, blocked, 404 above).
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.exposeBinding('__bantinCspViolation', (_source, text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __bantinCspViolation: (text: string) => void }).__bantinCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile || event.documentURI}`);
    });
  });
  return {
    problems: () => [...problems],
    reset: () => {
      problems = [];
    },
    idle: async (quietMs = 150) => {
      const deadline = Date.now() + 15_000;
      while (inFlight > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() > deadline) throw new Error(`Page still loading after 15 s (${inFlight} requests in flight)`);
        await new Promise((done) => setTimeout(done, 25));
      }
    },
  };
}

/**
 * Loads a URL with every image, lazy ones included (a reader scrolling down fetches them all, so
 * a broken one must show here), and waits until the network is quiet and the images are drawn.
 */
export async function loadFully(page: Page, watch: PageWatch, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response) throw new Error(`No response for ${url}`);
  await page.evaluate(() => {
    for (const img of document.querySelectorAll('img[loading="lazy"]')) (img as HTMLImageElement).loading = 'eager';
  });
  await watch.idle();
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
}

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

/** A full-page screenshot under test-results/screenshots/ (gitignored), for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, scale: 'css' });
  return path;
}
