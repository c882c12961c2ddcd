/** How much memory Astro's build process may use. */

/**
 * Node's own heap limit (about 4 GB here) unless BANTIN_BUILD_HEAP_MB says otherwise. Measured:
 * a 50 000-article build finishes within it (npm run bench -- --articles 50000 --bantin-only
 * with BANTIN_BUILD_HEAP_MB=4096; Astro's process peaked at 6.0 GB resident, most of it outside
 * the JavaScript heap), so the default is left alone; an operator with a larger archive raises it.
 * Undefined means "pass no flag".
 */
export function astroHeapLimitMb(override = process.env.BANTIN_BUILD_HEAP_MB): number | undefined {
  return override && /^\d+$/.test(override) ? Number(override) : undefined;
}
