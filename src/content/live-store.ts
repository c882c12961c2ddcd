/**
 * Astro's content store, read where Astro holds it in memory instead of through its file.
 *
 * Astro keeps its content store in memory (its MutableDataStore) and in one file, and hands it to
 * the code that renders pages as a virtual module, `export default JSON.parse("<the file>")`.
 * At 10 000 articles that file is 45 MB; at 100 000, 505.6 MB, and as one JavaScript string
 * 454.7 million UTF-16 units, near V8's limit of 536.9 million (README › Speed and scale). But
 * Astro's content layer and the code that renders pages run in one process, in `astro dev` (the
 * module runner) and in `astro build` (Astro imports its prerender bundle), so the module can
 * export the store itself.
 *
 * In `astro dev` (`liveStoreModule`, `liveWriteToDisk`): every save made Astro write the whole
 * file (devalue, 4.8 s at 10 000 articles, the server blocked) and the preview then import it
 * again (5.0 s) before the edited page could render. Now the module exports the live store, with
 * the file's contents as the fallback when there is none; once a store has been written at
 * start-up, its later saves stay in memory, the pages are told to read the store again
 * (`changed`), and the file is written when the preview stops (`flush`). If the preview is killed
 * before that, Astro's next start compares each file's digest with the older store on disk and
 * reloads what changed, as after any stop. Whenever the module does not read the live store (its
 * code is not the shape this knows, or it has not been loaded yet), saves take Astro's own way.
 *
 * In `astro build` (`builtStoreModule`, `publishingWriteToDisk`): the file is written as before
 * (the next build compares digests with it), and the bundle carries no copy of it: the module
 * exports the store the build's own content sync made, and a build where it is not there stops.
 *
 * Either way pages now hold Astro's own entry objects, not a parsed copy: they must not change
 * them (nothing in src/ does; a change would reach the store and, in the preview, its file).
 *
 * `BANTIN_CONTENT_STORE=file` turns both off (src/config.ts).
 */

/** Where the live store is handed from Astro's content layer to the module runner. */
export const LIVE_STORE_KEY = 'bantin.contentStore';
/** Where the runner's store module leaves what it exported: the live store, or nothing. */
export const READ_STORE_KEY = 'bantin.contentStore.read';
/** Astro's resolved id of its content store's virtual module (astro/dist/content/consts.js). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

/** Astro marks its store module so that its incremental build leaves it out of page code hashes. */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** The store handed over by publishStore, once there is one (never taken away after). */
function shownStore(global: Global): Collections | undefined {
  const shown = global[Symbol.for(LIVE_STORE_KEY)];
  return shown instanceof Map ? (shown as Collections) : undefined;
}

/**
 * The store module's code in the preview: the store in memory, and a mark of what it exported
 * (liveWriteToDisk keeps saves in memory only while the module last evaluated exported it).
 */
export function liveStoreModule(): string {
  return [
    `const live = globalThis[Symbol.for(${JSON.stringify(LIVE_STORE_KEY)})];`,
    `globalThis[Symbol.for(${JSON.stringify(READ_STORE_KEY)})] = live;`,
    'export default live;',
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
type Collections = Map<string, Map<string, unknown>>;

/** Astro's own order of a store's file (sortCollections in astro/dist/content/data-store-writer.js). */
const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => a.localeCompare(b);

/**
 * Hands `store` over to the pages: its collections and entries copied, in the order of Astro's
 * file, into the one Map the store module exports (made on first use, the same Map ever after).
 * Pages then see what they saw through the file: the same entries in the same order (a fresh
 * sync adds entries in the order files are found, a later one adds new ones at the end; some
 * pages list entries in store order, and a rebuild must stay byte for byte a fresh build), and
 * only once a save is complete (Astro reloads units.yaml by emptying the collection first).
 */
export function publishStore(store: StoreLike, global: Global = globalThis as Global): Collections {
  const key = Symbol.for(LIVE_STORE_KEY);
  const shown = (global[key] ??= new Map()) as Collections;
  shown.clear();
  for (const [name, entries] of [...(store._collections as Collections)].sort(byKey)) {
    shown.set(name, new Map([...entries].sort(byKey)));
  }
  return shown;
}

/**
 * Astro's debounced save of its store (writeToDisk) made live. `original` is Astro's own: it
 * writes the file and announces the new store, and the runner then evaluates the store module
 * again. It is called for a store's first save (the start-up sync: the file is then right) and
 * for every save while the store module last evaluated did not export this very store.
 */
export function liveWriteToDisk(original: (this: StoreLike) => Promise<void>, hooks: LiveStoreHooks, global: Global = globalThis as Global): LiveStore {
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
      const shown = publishStore(this, global);
      const live = () => global[read] === shown;
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

/** Said when a built page would read a store that is not in memory (the build then stops). */
export const NO_STORE_IN_MEMORY =
  'bantin: kho nội dung của Astro không có trong bộ nhớ khi dựng trang (src/content/live-store.ts). Chạy lại với BANTIN_CONTENT_STORE=file để dựng theo cách của Astro, và báo lỗi này cho người phát triển.';

/** The store module of a build: the store the build's content sync left in memory, or a stop. */
export function builtStoreModule(): string {
  return [
    `const live = globalThis[Symbol.for(${JSON.stringify(LIVE_STORE_KEY)})];`,
    `if (!(live instanceof Map)) throw new Error(${JSON.stringify(NO_STORE_IN_MEMORY)});`,
    'export default live;',
  ].join('\n');
}

/** Astro's save of its store in a build: written as always, and handed over to the pages. */
export function publishingWriteToDisk(original: (this: StoreLike) => Promise<void>, global: Global = globalThis as Global) {
  return function writeToDisk(this: StoreLike): Promise<void> {
    publishStore(this, global);
    return original.call(this);
  };
}

/** The part of a Vite environment the plugins look at. */
interface Environment {
  name?: string;
  runner?: unknown;
}

/**
 * The Vite plugin that loads Astro's store module as the store in memory, before Astro's own
 * load reads the file (at 100 000 articles Astro's load also made the file one 505.6 MB string
 * of JavaScript, near V8's longest). Only once a store has been handed over (else Astro loads
 * it from its file, as always), and only where pages run in this process: in the preview the
 * module runners, in a build the prerender environment (a server bundle, built for pages
 * rendered on request, runs elsewhere and keeps Astro's way).
 */
export function storeInMemoryPlugin(command: 'dev' | 'build', global: Global = globalThis as Global) {
  return {
    name: 'bantin:content-store-in-memory',
    apply: command === 'dev' ? ('serve' as const) : ('build' as const),
    load: {
      order: 'pre' as const,
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(this: { environment?: Environment }, id: string) {
        if (id !== STORE_MODULE_ID || shownStore(global) === undefined) return undefined;
        const environment = this.environment ?? {};
        const here = command === 'dev' ? environment.runner !== undefined : environment.name === 'prerender';
        if (!here) return undefined;
        return { code: command === 'dev' ? liveStoreModule() : builtStoreModule(), map: { mappings: '' }, meta: CONTENT_DATA_META };
      },
    },
  };
}
