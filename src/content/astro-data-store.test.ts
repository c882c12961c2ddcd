import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroDataStorePrototype } from './astro-data-store.ts';
import { tempFolder } from '../../tests/helpers/temp-folder.ts';

// Fails when an Astro upgrade moves or renames the store the preview reads in memory: the preview
// would still work, but each save would cost what it cost before (live-store.ts).
describe('astroDataStorePrototype', () => {
  it("finds the installed Astro's content store and the save the preview replaces", async () => {
    const prototype = await astroDataStorePrototype();
    expect(prototype).toBeDefined();
    expect(typeof prototype!.writeToDisk).toBe('function');
    // The methods the preview relies on around it.
    const methods = prototype as unknown as Record<string, unknown>;
    expect(typeof methods.onFileWritten).toBe('function');
    expect(typeof methods.set).toBe('function');
  });

  it('is undefined, not an error, when the file is not there or holds no such store', async () => {
    await expect(astroDataStorePrototype('dist/content/no-such-store.js')).resolves.toBeUndefined();
    // Astro's read-only store: no MutableDataStore in it.
    await expect(astroDataStorePrototype('dist/content/data-store.js')).resolves.toBeUndefined();
  });

  it('is undefined when the store has no save to replace (an Astro that renamed it)', async () => {
    const file = join(tempFolder('bantin-astro-store-'), 'mutable-data-store.mjs');
    await writeFile(file, 'export class MutableDataStore { save() {} }\n');
    await expect(astroDataStorePrototype(file)).resolves.toBeUndefined();
  });
});
