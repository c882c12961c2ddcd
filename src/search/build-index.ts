/**
 * Builds the Pagefind index of a built site, in process, through Pagefind's Node API.
 * Only article pages carry data-pagefind-body, so only they are read, and only their article
 * text is indexed. Pagefind reads a copy of each page with đ respelled (public/js/search/
 * spelling.js) so that "doan" finds "Đoàn"; the pages served to readers are not touched.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { spellForIndex } from '../../public/js/search/spelling.js';

/**
 * Pagefind also writes its ready-made search interfaces; the search page uses its own
 * (public/js/search/), so these would only be dead weight in every deployment.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Read in batches: enough to keep the disk and Pagefind busy, few enough for the fd limit. */
const BATCH = 64;

async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** "bai-viet/x/index.html" → "/bai-viet/x/", as the site's links write it. */
function urlOf(siteDir: string, file: string): string {
  return `/${relative(siteDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const bundleDir = join(siteDir, 'pagefind');
  // Pagefind adds files beside old ones; a stale chunk must not outlive the build that made it.
  await rm(bundleDir, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    let pages = 0;
    const files = await htmlFiles(siteDir);
    for (let i = 0; i < files.length; i += BATCH) {
      await Promise.all(
        files.slice(i, i + BATCH).map(async (file) => {
          const html = await readFile(file, 'utf8');
          if (!html.includes('data-pagefind-body')) return;
          const added = await index.addHTMLFile({ url: urlOf(siteDir, file), content: spellForIndex(html) });
          if (added.errors.length) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
          pages++;
        }),
      );
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(bundleDir, file), { force: true })));
    return { pages };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
