/** How much memory Astro's build process may use. */
import { totalmem } from 'node:os';

/**
 * Astro keeps every page's data in its heap, about 250 MB per 1 000 articles. Node caps a heap at
 * about 4 GB whatever the machine has, which a provincial archive passes near 15 000 articles;
 * the build may use three quarters of the machine's memory instead (the check and Pagefind run
 * in processes of their own). BANTIN_BUILD_HEAP_MB overrides it.
 */
export function astroHeapLimitMb(totalMemoryBytes = totalmem(), override = process.env.BANTIN_BUILD_HEAP_MB): number {
  if (override && /^\d+$/.test(override)) return Number(override);
  return Math.max(4096, Math.floor((totalMemoryBytes / 1024 / 1024) * 0.75));
}
