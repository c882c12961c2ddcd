/**
 * Astro's MutableDataStore class, the content layer's in-memory store, which the astro package
 * does not export. Imported from the file Astro's own dev server imports, so it is the same
 * class; undefined when the file or the method the preview replaces is not there (another
 * Astro), and the preview then keeps Astro's own saves (src/content/live-store.ts).
 */
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface DataStorePrototype {
  writeToDisk: (this: any) => Promise<void>;
  [original: symbol]: unknown;
}

/** `file`: where the class is, in the astro package or at an absolute path (tests only). */
export async function astroDataStorePrototype(file = 'dist/content/mutable-data-store.js'): Promise<DataStorePrototype | undefined> {
  const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  try {
    const prototype = (await import(pathToFileURL(resolve(astro, file)).href)).MutableDataStore.prototype;
    if (typeof prototype.writeToDisk === 'function') return prototype;
  } catch {
    // Not there: undefined.
  }
  return undefined;
}
