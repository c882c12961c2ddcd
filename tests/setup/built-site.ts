/**
 * Vitest global setup: builds the sample portal once for every integration and browser test,
 * through the same buildSite() as `npm run build`, into .bantin/test-site/dist.
 * BANTIN_TEST_DIST=<folder> reuses a site built earlier (fast iteration on tests alone).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/build/build-site.ts';
import { publishSampleCounters } from '../../scripts/analytics/sample-counters.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  let distDir = process.env.BANTIN_TEST_DIST ? resolve(process.env.BANTIN_TEST_DIST) : '';
  if (!distDir || !existsSync(distDir)) {
    distDir = resolve(root, '.bantin/test-site/dist');
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    // Vitest sets NODE_ENV=test and copies import.meta.env into process.env (MODE, PROD, DEV),
    // and Astro's build reads both: it would think it is not production and publish drafts.
    // Build as `npm run build` does.
    for (const key of ['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']) delete process.env[key];
    process.env.NODE_ENV = 'production';
    await buildSite({ root, outDir: distDir, logLevel: 'warn' });
    // The counters a portal's cron job publishes, so every page is tested with them live.
    await publishSampleCounters(distDir, resolve(root, '.bantin/test-site/sample-log'));
  }
  project.provide('distDir', distDir);
}
