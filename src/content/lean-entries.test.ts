import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { leanEntry, withLeanEntries } from './lean-entries.ts';

const rendered = {
  html: '<p>Bài viết</p><img __ASTRO_IMAGE_="x">',
  metadata: {
    frontmatter: { title: 'Bài viết', indicators: [{ key: 'nha', value: 3 }] },
    headings: [{ depth: 2, slug: 'muc-mot', text: 'Mục một' }],
    imagePaths: ['./anh.jpg'],
    localImagePaths: ['./anh.jpg'],
    remoteImagePaths: [],
  },
};
const entry = { id: 'bai', data: { title: 'Bài viết' }, filePath: 'content/articles/2024/bai/index.md', digest: 'd1', rendered, assetImports: ['./anh.jpg'] };

describe('leanEntry', () => {
  it('drops the renderer frontmatter and headings and keeps the HTML, image paths and everything else', () => {
    expect(leanEntry(entry)).toEqual({
      ...entry,
      rendered: { html: rendered.html, metadata: { imagePaths: ['./anh.jpg'], localImagePaths: ['./anh.jpg'], remoteImagePaths: [] } },
    });
  });

  it('leaves the entry it was given as it was', () => {
    leanEntry(entry);
    expect(entry.rendered.metadata.frontmatter.title).toBe('Bài viết');
    expect(entry.rendered.metadata.headings).toHaveLength(1);
  });

  it('keeps entries without rendered HTML (MDX, catalogues) or without metadata unchanged', () => {
    const mdx = { id: 'mdx', data: { title: 'MDX' }, deferredRender: true };
    expect(leanEntry(mdx)).toBe(mdx);
    const bare = { id: 'bare', data: {}, rendered: { html: '<p>x</p>' } };
    expect(leanEntry(bare)).toBe(bare);
  });
});

describe('withLeanEntries', () => {
  it('stores through leanEntry and passes every other store call and the context through', async () => {
    const saved: unknown[] = [];
    const store = {
      calls: 0,
      set(value: unknown) { saved.push(value); return true; },
      get(id: string) { this.calls += 1; return id === 'bai' ? entry : undefined; },
    };
    let seen: LoaderContext | undefined;
    const inner: Loader = {
      name: 'glob-loader',
      load: async (context) => {
        seen = context;
        expect(context.store.get('bai')).toBe(entry);
        context.store.set(entry);
      },
    };
    const wrapped = withLeanEntries(inner);
    expect(wrapped.name).toBe('glob-loader');
    const context = { collection: 'articles', store, meta: {} } as unknown as LoaderContext;
    await wrapped.load(context);
    expect(saved).toEqual([leanEntry(entry)]);
    expect(store.calls).toBe(1);
    expect(seen?.collection).toBe('articles');
    expect(seen?.meta).toBe(context.meta);
  });

  it("calls the store's methods on the store itself, so a store with private fields still works, and reads its plain properties", async () => {
    class PrivateStore {
      #ids = ['bai'];
      readonly collection = 'articles';
      keys() { return this.#ids; }
      set() { return true; }
    }
    const store = new PrivateStore();
    let keys: unknown;
    let collection: unknown;
    await withLeanEntries({
      name: 'x',
      load: async (context) => {
        keys = context.store.keys();
        collection = (context.store as unknown as PrivateStore).collection;
      },
    }).load({ store } as unknown as LoaderContext);
    expect(keys).toEqual(['bai']);
    expect(collection).toBe('articles');
  });

  it('answers what the inner loader answers', async () => {
    const inner: Loader = { name: 'x', load: () => Promise.reject(new Error('không đọc được')) };
    await expect(withLeanEntries(inner).load({ store: {} } as unknown as LoaderContext)).rejects.toThrow('không đọc được');
  });
});
