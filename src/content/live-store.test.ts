import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LIVE_STORE_KEY,
  NO_STORE_IN_MEMORY,
  READ_STORE_KEY,
  STORE_MODULE_ID,
  builtStoreModule,
  liveStoreModule,
  liveWriteToDisk,
  publishStore,
  publishingWriteToDisk,
  storeInMemoryPlugin,
  type StoreLike,
} from './live-store.ts';

const live = Symbol.for(LIVE_STORE_KEY);
const read = Symbol.for(READ_STORE_KEY);
const global = globalThis as unknown as Record<symbol, unknown>;

let evaluated = 0;
/** Evaluates module code as the runner would, and returns its default export (never a cached one). */
async function evaluate(code: string): Promise<unknown> {
  return (await import(`data:text/javascript,${encodeURIComponent(`${code}\n// ${evaluated++}`)}`)).default;
}

/** Astro's store module for a file holding `value` (vite-plugin-content-virtual-mod.js). */
const storeModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

afterEach(() => {
  delete global[live];
  delete global[read];
});

describe('liveStoreModule', () => {
  it('exports the store in memory, and says it did', async () => {
    const shown = publishStore(fakeStore(), global);
    expect(await evaluate(liveStoreModule())).toBe(shown);
    expect(global[read]).toBe(shown);
  });

  it('says so too when there is none (then nothing is kept in memory)', async () => {
    global[read] = 'stale';
    expect(await evaluate(liveStoreModule())).toBeUndefined();
    expect(global[read]).toBeUndefined();
  });
});

function fakeStore(): StoreLike {
  return { _collections: new Map([['articles', new Map()]]) };
}

function setUp() {
  const original = vi.fn(async function (this: StoreLike) {});
  const changed = vi.fn();
  const store = liveWriteToDisk(original, { changed }, global);
  return { original, changed, store };
}

/** A store saved once Astro's way, whose module has read the store since: its saves now stay in memory. */
async function savedOnceAndRead() {
  const set = setUp();
  const astro = fakeStore();
  await set.store.writeToDisk.call(astro);
  global[read] = global[live];
  return { ...set, astro };
}

describe('liveWriteToDisk', () => {
  it("writes a store's first save Astro's way and hands the store over", async () => {
    const { original, changed, store } = setUp();
    const astro = fakeStore();
    await store.writeToDisk.call(astro);
    expect(original).toHaveBeenCalledTimes(1);
    expect(original.mock.contexts[0]).toBe(astro);
    expect(global[live]).toEqual(astro._collections);
    expect(changed).not.toHaveBeenCalled();
  });

  it('keeps later saves in memory once the store module exports this store, and announces each', async () => {
    const { original, changed, store, astro } = await savedOnceAndRead();
    await store.writeToDisk.call(astro);
    await store.writeToDisk.call(astro);
    expect(original).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it("saves Astro's way while the store module has not read the live store", async () => {
    const { original, changed, store } = setUp();
    const astro = fakeStore();
    await store.writeToDisk.call(astro);
    await store.writeToDisk.call(astro);
    global[read] = new Map();
    await store.writeToDisk.call(astro);
    expect(original).toHaveBeenCalledTimes(3);
    expect(changed).not.toHaveBeenCalled();
  });

  it('writes a new store (Astro restarted) its own first time, whatever the module read before', async () => {
    const { original, store } = setUp();
    const before = fakeStore();
    await store.writeToDisk.call(before);
    global[read] = global[live];
    const after: StoreLike = { _collections: new Map([['units', new Map([['dak-lak', { id: 'dak-lak' }]])]]) };
    await store.writeToDisk.call(after);
    expect(original).toHaveBeenCalledTimes(2);
    expect(original.mock.contexts[1]).toBe(after);
    expect(global[live]).toEqual(after._collections);
  });

  it('writes the saves kept in memory when flushed, once', async () => {
    const { original, store, astro } = await savedOnceAndRead();
    await store.writeToDisk.call(astro);
    await store.writeToDisk.call(astro);
    await store.flush();
    expect(original).toHaveBeenCalledTimes(2);
    expect(original.mock.contexts[1]).toBe(astro);
    await store.flush();
    expect(original).toHaveBeenCalledTimes(2);
  });

  it('makes a second flush, asked while one writes, wait for that write instead of ending first', async () => {
    let finish = () => {};
    const writes: string[] = [];
    const original = vi.fn(function (this: StoreLike) {
      writes.push('started');
      return new Promise<void>((done) => (finish = () => (writes.push('written'), done())));
    });
    const store = liveWriteToDisk(original, { changed: () => {} }, global);
    const astro = fakeStore();
    const firstSave = store.writeToDisk.call(astro);
    finish();
    await firstSave;
    global[read] = global[live];
    await store.writeToDisk.call(astro);
    const first = store.flush();
    const second = store.flush().then(() => writes.push('second flush ended'));
    await Promise.resolve();
    finish();
    await Promise.all([first, second]);
    expect(writes).toEqual(['started', 'written', 'started', 'written', 'second flush ended']);
    expect(original).toHaveBeenCalledTimes(2);
  });

  it('announces the store again when Astro has written its photo imports, once the module reads the live store', async () => {
    const { changed, store } = setUp();
    const listeners: Array<(path: string) => void> = [];
    const astro: StoreLike = { ...fakeStore(), onFileWritten: (listener) => listeners.push(listener) };
    await store.writeToDisk.call(astro);
    expect(listeners).toHaveLength(1);
    await store.writeToDisk.call(astro);
    expect(listeners).toHaveLength(1);
    listeners[0]('/site/.astro/content-assets.mjs');
    expect(changed).not.toHaveBeenCalled();
    global[read] = global[live];
    listeners[0]('/site/.astro/content-assets.mjs');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('writes saves kept after a flush at the next flush', async () => {
    const { original, store, astro } = await savedOnceAndRead();
    await store.writeToDisk.call(astro);
    await store.flush();
    await store.writeToDisk.call(astro);
    await store.flush();
    expect(original).toHaveBeenCalledTimes(3);
  });

  it('has nothing to flush after a save written the usual way', async () => {
    const { original, store, astro } = await savedOnceAndRead();
    await store.writeToDisk.call(astro);
    global[read] = undefined;
    await store.writeToDisk.call(astro);
    await store.flush();
    expect(original).toHaveBeenCalledTimes(2);
  });
});

describe('publishStore', () => {
  const entry = (id: string) => ({ id, data: { title: id } });
  const store = (): { _collections: Map<string, Map<string, unknown>> } => ({
    _collections: new Map([
      ['units', new Map([['lang-son', entry('lang-son')], ['dak-lak', entry('dak-lak')]])],
      ['articles', new Map([['b', entry('b')], ['a', entry('a')], ['c', entry('c')]])],
    ]),
  });

  it("shows collections and entries in the order of Astro's file, by key", () => {
    const shown = publishStore(store(), global);
    expect([...shown.keys()]).toEqual(['articles', 'units']);
    expect([...shown.get('articles')!.keys()]).toEqual(['a', 'b', 'c']);
    expect([...shown.get('units')!.keys()]).toEqual(['dak-lak', 'lang-son']);
  });

  it('orders as Astro does, with localeCompare: Vietnamese letters beside their base letter', () => {
    const astro: StoreLike = { _collections: new Map([['articles', new Map([['z', 1], ['đ', 2], ['e', 3], ['d', 4]])]]) };
    expect([...publishStore(astro, global).get('articles')!.keys()]).toEqual(['d', 'đ', 'e', 'z']);
  });

  it('hands over the entries themselves, not copies', () => {
    const astro = store();
    expect(publishStore(astro, global).get('units')!.get('dak-lak')).toBe(astro._collections.get('units')!.get('dak-lak'));
  });

  it('fills the same Map every time, so a page that holds it sees the next save; and nothing of a store before', () => {
    const first = publishStore(store(), global);
    const next: StoreLike = { _collections: new Map([['articles', new Map([['d', entry('d')]])]]) };
    expect(publishStore(next, global)).toBe(first);
    expect([...first.keys()]).toEqual(['articles']);
    expect([...first.get('articles')!.keys()]).toEqual(['d']);
    expect(global[live]).toBe(first);
  });

  it("leaves Astro's store as it was", () => {
    const astro = store();
    publishStore(astro, global);
    expect([...astro._collections.keys()]).toEqual(['units', 'articles']);
    expect([...astro._collections.get('articles')!.keys()]).toEqual(['b', 'a', 'c']);
  });
});

describe('builtStoreModule', () => {
  it('exports the store in memory', async () => {
    const shown = publishStore(fakeStore(), global);
    expect(await evaluate(builtStoreModule())).toBe(shown);
  });

  it('stops the build, saying so, when the store is not in memory', async () => {
    await expect(evaluate(builtStoreModule())).rejects.toThrow(NO_STORE_IN_MEMORY);
    global[live] = 'not a store';
    await expect(evaluate(builtStoreModule())).rejects.toThrow(NO_STORE_IN_MEMORY);
  });

  it('names the way out in the message', () => {
    expect(NO_STORE_IN_MEMORY).toContain('BANTIN_CONTENT_STORE=file');
  });
});

describe('publishingWriteToDisk', () => {
  it("saves Astro's way every time, and hands the store over first", async () => {
    const seen: unknown[] = [];
    const original = vi.fn(async function (this: StoreLike) {
      seen.push(global[live] instanceof Map ? [...(global[live] as Map<string, unknown>).keys()] : undefined);
    });
    const writeToDisk = publishingWriteToDisk(original, global);
    const astro: StoreLike = { _collections: new Map([['units', new Map()], ['articles', new Map()]]) };
    await writeToDisk.call(astro);
    await writeToDisk.call(astro);
    expect(original).toHaveBeenCalledTimes(2);
    expect(original.mock.contexts[0]).toBe(astro);
    expect(seen).toEqual([['articles', 'units'], ['articles', 'units']]);
  });
});

describe('storeInMemoryPlugin', () => {
  const load = (plugin: ReturnType<typeof storeInMemoryPlugin>, id: string, environment: object) =>
    plugin.load.handler.call({ environment }, id);
  const runner = { name: 'ssr', runner: {} };
  const prerender = { name: 'prerender' };

  it('loads the store module before Astro does, and only that module', () => {
    publishStore(fakeStore(), global);
    const plugin = storeInMemoryPlugin('dev', global);
    expect(plugin.load.order).toBe('pre');
    // Astro's resolved id of its store module (astro/dist/content/consts.js).
    expect(STORE_MODULE_ID).toBe('\0astro:data-layer-content');
    expect(plugin.load.filter.id.test(STORE_MODULE_ID)).toBe(true);
    expect(plugin.load.filter.id.test(`${STORE_MODULE_ID}-chunk:0.mjs`)).toBe(false);
    expect(plugin.load.filter.id.test('/src/pages/index.astro')).toBe(false);
    expect(load(plugin, '/src/pages/index.astro', runner)).toBeUndefined();
    // Kept out of Astro's page code hashes, as Astro's own store module is.
    expect(load(plugin, STORE_MODULE_ID, runner)).toEqual({ code: liveStoreModule(), map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } });
  });

  it("leaves the module to Astro until a store has been handed over", () => {
    expect(load(storeInMemoryPlugin('dev', global), STORE_MODULE_ID, runner)).toBeUndefined();
    expect(load(storeInMemoryPlugin('build', global), STORE_MODULE_ID, prerender)).toBeUndefined();
  });

  it('in the preview, serves module runners only (pages rendered in this process)', () => {
    publishStore(fakeStore(), global);
    const plugin = storeInMemoryPlugin('dev', global);
    expect(plugin.apply).toBe('serve');
    expect(load(plugin, STORE_MODULE_ID, { name: 'ssr' })).toBeUndefined();
    expect(load(plugin, STORE_MODULE_ID, { name: 'prerender', runner: {} })?.code).toBe(liveStoreModule());
  });

  it('in a build, serves the prerender environment only (a server bundle runs elsewhere)', () => {
    publishStore(fakeStore(), global);
    const plugin = storeInMemoryPlugin('build', global);
    expect(plugin.apply).toBe('build');
    expect(load(plugin, STORE_MODULE_ID, prerender)?.code).toBe(builtStoreModule());
    expect(load(plugin, STORE_MODULE_ID, { name: 'ssr' })).toBeUndefined();
    expect(load(plugin, STORE_MODULE_ID, { name: 'client' })).toBeUndefined();
  });
});
