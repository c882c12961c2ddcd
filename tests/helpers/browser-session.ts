/**
 * What every browser test file needs: one Chromium, the built site served on loopback, and the
 * page of each type to open. Launched at the file's top level, not in beforeAll, so that without
 * Chromium the file fails with the reason and no test is silently skipped.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../src/server/static-server.ts';
import { launchBrowser } from './browser.ts';
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
