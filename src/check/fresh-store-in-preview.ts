/**
 * In `astro dev`, after Astro's content layer has written a new store it tells the server-side
 * module runner so ('astro:content-changed'), and the next getCollection() is meant to read the
 * new store. But getCollection() reads it through a module-level singleton that is only made
 * again when the runner evaluates Astro's content runtime again; when the runner had evaluated
 * it a moment before the store was written (a save of an article whose Markdown renders as a
 * module, as in the preview), the singleton kept the old store until some later save. The
 * preview then showed the previous version of an article however often the reader pressed F5
 * (tests/e2e/dev-preview.test.ts caught it in CI, under load). So each time Astro announces a new
 * store, the runner is also told to reload its modules, which makes the singleton again from the
 * store just written. Reloading costs what a save already costs most of the time.
 */

/** The part of a Vite dev environment this needs: its channel to the module runner. */
export interface HotChannel {
  send: (...args: any[]) => void;
}

export const STORE_CHANGED = 'astro:content-changed';

/**
 * Makes `channel` follow every new-store announcement with a module reload. Returns the channel's
 * own send, for an announcement that needs no reload (the live store: src/content/live-store.ts).
 */
export function reloadModulesWithEachNewStore(channel: HotChannel): HotChannel['send'] {
  const send = channel.send.bind(channel);
  channel.send = (...args: any[]) => {
    send(...args);
    if (args[0] === STORE_CHANGED) send({ type: 'full-reload' });
  };
  return send;
}
