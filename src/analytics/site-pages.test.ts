import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressOfIndexFile, readSitePages } from './site-pages.ts';
import { tempFolder } from '../../tests/helpers/temp-folder.ts';

describe('addressOfIndexFile', () => {
  it('turns index.html files into page addresses and nothing else', () => {
    expect(addressOfIndexFile('index.html')).toBe('/');
    expect(addressOfIndexFile('nam/2022/index.html')).toBe('/nam/2022/');
    expect(addressOfIndexFile('404.html')).toBeUndefined();
    expect(addressOfIndexFile('bai-viet/x/anhindex.html')).toBeUndefined();
  });
});

describe('readSitePages', () => {
  it('lists the built pages, never the counters’ own files, and reads titles and legacy views', async () => {
    const site = tempFolder('bantin-site-pages-');
    for (const dir of ['', 'bai-viet/a', 'bai-viet/b', 'luot-xem/x']) {
      mkdirSync(join(site, dir), { recursive: true });
      writeFileSync(join(site, dir, 'index.html'), '');
    }
    writeFileSync(join(site, '404.html'), '');
    mkdirSync(join(site, 'thong-ke-truy-cap'));
    writeFileSync(join(site, 'thong-ke-truy-cap/bai-viet.json'), JSON.stringify({ '/bai-viet/a/': { title: 'A', legacyViews: 5 }, '/bai-viet/b/': { title: 'B', legacyViews: 0 } }));
    const pages = await readSitePages(site);
    expect([...pages!.pages].sort()).toEqual(['/', '/bai-viet/a/', '/bai-viet/b/']);
    expect(pages!.titles).toEqual(new Map([['/bai-viet/a/', 'A'], ['/bai-viet/b/', 'B']]));
    expect(pages!.legacyViews).toEqual(new Map([['/bai-viet/a/', 5]]));
  });

  it('reads a site built without the facts file, and no site at all as undefined', async () => {
    const site = tempFolder('bantin-site-pages-');
    expect(await readSitePages(site)).toBeUndefined();
    writeFileSync(join(site, 'index.html'), '');
    expect(await readSitePages(site)).toEqual({ pages: new Set(['/']), titles: new Map(), legacyViews: new Map() });
  });
});
