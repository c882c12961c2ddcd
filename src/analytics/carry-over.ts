/**
 * The counters in luot-xem/ belong to the analytics job, not to the build: every build carries
 * them from the published site into the new one just before the swap, so they survive
 * `npm run build` unchanged. A job run in the moment between the copy and the swap writes into
 * the site being replaced; its next run (every few minutes) writes them again.
 */
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { COUNTERS_FOLDER } from './counter-files.ts';

export async function carryOverCounters(publishedSite: string, nextSite: string): Promise<void> {
  const from = join(publishedSite, COUNTERS_FOLDER);
  if (!existsSync(from)) return;
  // Timestamps kept: readers' caches revalidate against them.
  await cp(from, join(nextSite, COUNTERS_FOLDER), { recursive: true, preserveTimestamps: true, force: true });
}
