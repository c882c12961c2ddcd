/**
 * In `astro dev`, every save made Astro write its whole content store to disk and the preview
 * then read it all back: at 10 000 articles a 45 MB file serialised with devalue (4.8 s, the
 * server blocked), then a 45 MB JavaScript module re-imported and parsed (5.0 s) before the
 * edited page could render (README › Preview while writing). Astro's content layer and the
 * preview's module runner share one process, so the preview can read the store Astro already
 * holds in memory instead:
 *
 * - the store's virtual module exports Astro's live in-memory store (`liveStoreModule`), with
 *   the file's contents as the fallback when there is none;
 * - once a store has been written at start-up, its later saves stay in memory: the pages are told
 *   to read the store again (`changed`), and the file is written when the preview stops
 *   (`flush`). If the preview is killed before that, Astro's next start compares each file's
 *   digest with the older store on disk and reloads what changed, as after any stop.
 *
 * Whenever the module does not read the live store (its code is not the shape this knows, or it
 * has not been loaded yet), saves take Astro's own way, unchanged. `BANTIN_PREVIEW_STORE=file`
 * turns this off (src/config.ts).
 */

/** Where the live store is handed from Astro's content layer to the module runner. */
export const LIVE_STORE_KEY = 'bantin.preview.liveStore';
/** Where the runner's store module leaves what it exported: the live store, or nothing. */
export const READ_STORE_KEY = 'bantin.preview.readStore';
/** Astro's resolved id of its content store's virtual module (astro/dist/content/consts.js). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

const EXPORT = 'export default ';

/**
 * The store module's code, exporting the live store when there is one and else what the file
 * held; null when `code` is not the single-file store module this knows (chunked storage, or a
 * future Astro), which is then left as it is. `isLive`: the live store is there already (it is
 * never taken away once there), so the file's contents, 45 MB of source at 10 000 articles, can
 * be left out of the module.
 */
export function liveStoreModule(code: string, isLive: boolean): string | null {
  if (!code.startsWith(EXPORT)) return null;
  const value = code.slice(EXPORT.length).trim().replace(/;$/, '');
  if (!value.startsWith('JSON.parse(') && value !== 'new Map()') return null;
  return [
    `const live = globalThis[Symbol.for(${JSON.stringify(LIVE_STORE_KEY)})];`,
    `globalThis[Symbol.for(${JSON.stringify(READ_STORE_KEY)})] = live;`,
    `${EXPORT}live ?? (${isLive ? 'new Map()' : value});`,
  ].join('\n');
}

/** The part of Astro's MutableDataStore this reads: its collections, kept in one Map for its life. */
export interface StoreLike {
  _collections: Map<string, unknown>;
  /** Astro calls the listener after writing a file of the store: its photo imports, for one. */
  onFileWritten?: (listener: (path: string) => void) => unknown;
}

export interface LiveStoreHooks {
  /** A change is in the live store and not on disk: pages must read the store again. */
  changed: () => void;
}

export interface LiveStore {
  /** Replaces MutableDataStore.prototype.writeToDisk. */
  writeToDisk: (this: StoreLike) => Promise<void>;
  /**
   * Writes every store whose saves were kept in memory, Astro's own way. While one flush runs,
   * another call waits for the same (a stop signal and the server's close both flush).
   */
  flush: () => Promise<void>;
}

type Global = Record<symbol, unknown>;

/**
 * Astro's debounced save of its store (writeToDisk) made live. `original` is Astro's own: it
 * writes the file and announces the new store, and the runner then evaluates the store module
 * again. It is called for a store's first save (the start-up sync: the file is then right) and
 * for every save while the store module last evaluated did not export this very store.
 */
export function liveWriteToDisk(original: (this: StoreLike) => Promise<void>, hooks: LiveStoreHooks, global: Global = globalThis as Global): LiveStore {
  const key = Symbol.for(LIVE_STORE_KEY);
  const read = Symbol.for(READ_STORE_KEY);
  const written = new WeakSet<StoreLike>();
  const unsaved = new Set<StoreLike>();
  let flushing: Promise<void> | undefined;
  const flushNow = async () => {
    while (unsaved.size > 0) {
      const [store] = unsaved;
      unsaved.delete(store);
      await original.call(store);
    }
  };
  return {
    async writeToDisk(this: StoreLike) {
      global[key] = this._collections;
      const live = () => global[read] === this._collections;
      if (!written.has(this) || !live()) {
        if (!written.has(this)) {
          // A photo new to the store is only found once Astro has written its list of photo
          // imports, which it does on a timer of its own: pages read the store again then.
          this.onFileWritten?.(() => live() && hooks.changed());
        }
        written.add(this);
        unsaved.delete(this);
        return original.call(this);
      }
      unsaved.add(this);
      hooks.changed();
    },
    flush() {
      return (flushing ??= flushNow().finally(() => (flushing = undefined)));
    },
  };
}

/** The Vite plugin that makes the runner's store module read the live store (`liveStoreModule`). */
export function liveStorePlugin() {
  return {
    name: 'bantin:live-store-in-preview',
    apply: 'serve' as const,
    transform(code: string, id: string) {
      if (id !== STORE_MODULE_ID) return undefined;
      const live = liveStoreModule(code, (globalThis as Global)[Symbol.for(LIVE_STORE_KEY)] instanceof Map);
      return live === null ? undefined : { code: live, map: null };
    },
  };
}
