/**
 * Settings for the memory Astro's process holds outside the JavaScript heap.
 *
 * Vite's bundler (Rolldown) and Astro's compiler are native modules built with the mimalloc
 * allocator. mimalloc hands freed memory back to the system only after a delay, and only when
 * the same allocator runs again; once the bundle is written Rolldown's threads go idle, so what
 * they freed stayed resident through the whole render, the build's longest phase. Measured with
 * `npm run bench` (bantin only, cold), in Astro's process after the bundle step: at 10 000
 * articles mimalloc's regions held 594 MB by default and 299 MB with the delay at 0; at 50 000
 * with the delay at 0, 1 134 MB in use during the bundle and 394 MB left in the render, and the
 * build's peak fell from 8 168 to 7 470 MB. The bundle step took as long either way (within the
 * drift between runs).
 */

/** mimalloc's own variable: milliseconds before freed memory goes back to the system. */
export const PURGE_DELAY_VARIABLE = 'MIMALLOC_PURGE_DELAY';

/** The environment for Astro's process: mimalloc returns memory at once, unless the operator said otherwise. */
export function withPromptNativeRelease(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (env[PURGE_DELAY_VARIABLE] !== undefined) return env;
  return { ...env, [PURGE_DELAY_VARIABLE]: '0' };
}
