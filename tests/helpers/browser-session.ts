/**
 * What every browser test file needs: one Chromium, the built site served on loopback, and the
 * page of each type to open. Launched at the file's top level, not in beforeAll, so that without
 * Chromium the file fails with the reason and no test is silently skipped.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type RunningServer } from '../../scripts/serve/static-server.ts';
import { launchBrowser, watchPage, type PageWatch } from './browser.ts';
import { BROKEN_SITE } from './built-pages.ts';
import { pickPageTypes, type PageType } from './page-types.ts';
import { distDir, serveSite } from './site.ts';

export interface BrowserSession {
  browser: Browser;
  /** Set before the first test runs. */
  site: RunningServer;
  pageTypes: Record<PageType, string>;
}

export async function browserSession(): Promise<BrowserSession> {
  const session = { browser: await launchBrowser() } as BrowserSession;
  beforeAll(async () => {
    session.site = await serveSite();
    session.pageTypes = await pickPageTypes(distDir());
  });
  afterAll(async () => {
    await session.browser.close();
    await session.site?.close();
  });
  return session;
}

/** One page in a browser context of its own, watched for problems (browser.ts). */
export interface WatchedPage {
  /** Set before the first test runs. */
  page: Page;
  watch: PageWatch;
}

/**
 * For a describe block: opens the page before its tests (then runs `prepare`, if given) and
 * closes its context after them.
 */
export function watchedPage(newPage: () => Promise<Page>, prepare?: (view: WatchedPage) => Promise<void>): WatchedPage {
  const view = {} as WatchedPage;
  beforeAll(async () => {
    view.page = await newPage();
    view.watch = await watchPage(view.page);
    await prepare?.(view);
  });
  afterAll(() => view.page?.context().close());
  return view;
}

/** The broken-fixture site (tests/fixtures/broken-site) served, with one page watched in Chromium. */
export interface BrokenSiteSession extends WatchedPage {
  /** Set before the first test runs. */
  site: RunningServer;
}

/** For a describe block that shows a gate failing: serves the broken site and opens one page. */
export function brokenSiteSession(newPage: () => Promise<Page>): BrokenSiteSession {
  const session = watchedPage(newPage) as BrokenSiteSession;
  beforeAll(async () => {
    session.site = await serveStatic(BROKEN_SITE);
  });
  afterAll(() => session.site?.close());
  return session;
}
