/**
 * What every browser test file needs: one Chromium, the built site served on loopback, and the
 * page of each type to open. Launched at the file's top level, not in beforeAll, so that without
 * Chromium the file fails with the reason and no test is silently skipped.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type RunningServer } from '../../src/server/static-server.ts';
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

/** The broken-fixture site (tests/fixtures/broken-site) served, with one page watched in Chromium. */
export interface BrokenSiteSession {
  /** Set before the first test runs. */
  site: RunningServer;
  page: Page;
  watch: PageWatch;
}

/** For a describe block that shows a gate failing: serves the broken site and opens one page. */
export function brokenSiteSession(newPage: () => Promise<Page>): BrokenSiteSession {
  const session = {} as BrokenSiteSession;
  beforeAll(async () => {
    session.site = await serveStatic(BROKEN_SITE);
    session.page = await newPage();
    session.watch = await watchPage(session.page);
  });
  afterAll(async () => {
    await session.page?.context().close();
    await session.site?.close();
  });
  return session;
}
