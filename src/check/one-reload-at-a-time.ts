/**
 * In the preview, Astro's content loader handles each save of a file as it comes, concurrently:
 * when two saves of one article are close (a second save, or the check's own nudge after a fix,
 * see astro-integration.ts), the reload that read the older text can finish last and its entry
 * overwrites the newer one. The preview then shows the older text until the next save, however
 * often the reader presses F5 (seen in CI under load: an edit made right after a fix never
 * showed). So the watcher's change events for content files are handed to its listeners one at
 * a time per file, each after the previous one's listeners have finished; saves that arrive
 * meanwhile become one more round, which reads the file as it is then. Other files and other
 * events pass through as they were.
 */
import type { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

/** The events a loader reloads a file on. */
const RELOADS = new Set(['add', 'change']);

export function oneReloadAtATime(watcher: EventEmitter, isContent: (path: string) => boolean): void {
  const emit = watcher.emit.bind(watcher);
  /** Files whose listeners are running, with the event of a save that came in meanwhile. */
  const busy = new Map<string, { again?: { event: string; rest: unknown[] } }>();

  const run = async (event: string, path: string, rest: unknown[]) => {
    const state: { again?: { event: string; rest: unknown[] } } = {};
    busy.set(path, state);
    try {
      await Promise.allSettled(watcher.listeners(event).map((listener) => (listener as Listener).call(watcher, path, ...rest)));
    } finally {
      busy.delete(path);
    }
    if (state.again) void run(state.again.event, path, state.again.rest);
  };

  watcher.emit = (event: string | symbol, ...args: unknown[]): boolean => {
    const [path, ...rest] = args;
    if (typeof event !== 'string' || !RELOADS.has(event) || typeof path !== 'string' || !isContent(path)) return emit(event, ...args);
    const running = busy.get(path);
    // One round more is enough: it reads the file as the last save left it.
    if (running) running.again = { event, rest };
    else void run(event, path, rest);
    return watcher.listenerCount(event) > 0;
  };
}
