/**
 * Keeps out of Astro's content store what the site never reads back from it.
 *
 * Astro's glob loader stores, beside each article's HTML, the Markdown renderer's metadata:
 * `frontmatter` (the article's raw frontmatter a second time, next to the validated `data`) and
 * `headings` (for a table of contents). No page calls for either: the pages read `data`, and
 * `render()` is only asked for its `Content`. The store is held in memory two and three times
 * over in a build (the content layer's copy, the bundle's source string, the parsed copy the
 * pages read) and bundled by Vite as one string, so its size is memory: on the sample the two
 * fields are a fifth of it (0.9 of 4.3 MB at 1 000 articles). The image paths stay: Astro's
 * render needs them to put the photos in the HTML, and the page cache keys read them.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** The entry as stored, without the renderer's frontmatter and headings. */
export function leanEntry(entry: StoredEntry): StoredEntry {
  const metadata = entry.rendered?.metadata;
  if (!entry.rendered || !metadata) return entry;
  const { frontmatter: _frontmatter, headings: _headings, ...kept } = metadata;
  return { ...entry, rendered: { ...entry.rendered, metadata: kept } };
}

/** The loader, storing every entry through leanEntry (in builds and in every reload of `astro dev`). */
export function withLeanEntries(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const { store } = context;
      // Only set changes; every other method is the store's own, called on the store itself.
      const lean = new Proxy(store, {
        get: (target, key) => {
          if (key === 'set') return (entry: StoredEntry) => target.set(leanEntry(entry));
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, store: lean });
    },
  };
}
