/**
 * What search costs a reader, measured on a built site: the size of the Pagefind bundle on disk,
 * and the bytes a browser downloads to run one query and show its first page of results. The
 * query runs through the site's own pagefind.js in Node, served over loopback, and every file
 * it fetches is counted; the worker script, which only a browser loads, is added by name.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openPagefind } from '../quality/pagefind-node.ts';

export type SearchFileKind = 'script' | 'wasm' | 'meta' | 'index' | 'filter' | 'fragment' | 'unused';

export interface SearchFile {
  /** Relative to the pagefind/ folder. */
  path: string;
  kind: SearchFileKind;
  bytes: number;
  /** Bytes on the wire with gzip: Pagefind's data files are compressed already, scripts are not. */
  gzipBytes: number;
}

export interface BytesByKind {
  total: number;
  gzipTotal: number;
  byKind: Partial<Record<SearchFileKind, number>>;
}

export interface SearchIndexSize extends BytesByKind {
  files: number;
  /** Only the index data (meta, word chunks, filters, fragments): what grows with the archive. */
  dataBytes: number;
}

export interface QueryDownload extends BytesByKind {
  query: string;
  results: number;
  files: SearchFile[];
}

export interface QueryOptions {
  /** Results whose excerpt is loaded, as the first page of the search page shows them. */
  shownResults?: number;
  /**
   * Also load every filter's counts, as the search page does once the reader opens the filters.
   * Default false: a plain query, which does not.
   */
  withFilters?: boolean;
}

/** The scripts a browser runs: pagefind.js, then pagefind-worker.js, which fetches the rest. */
const BROWSER_SCRIPTS = ['pagefind.js', 'pagefind-worker.js'];

function kindOf(path: string): SearchFileKind {
  if (BROWSER_SCRIPTS.includes(basename(path))) return 'script';
  if (basename(path).startsWith('wasm.')) return 'wasm';
  if (path.endsWith('pagefind-entry.json') || path.endsWith('parts.json') || path.endsWith('.pf_meta')) return 'meta';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_filter')) return 'filter';
  if (path.endsWith('.pf_fragment')) return 'fragment';
  return 'unused';
}

async function describeFile(bundleDir: string, path: string): Promise<SearchFile> {
  const kind = kindOf(path);
  const file = join(bundleDir, path);
  const textual = ['.js', '.json', '.css'].includes(extname(path));
  const bytes = (await stat(file)).size;
  return { path, kind, bytes, gzipBytes: textual ? gzipSync(await readFile(file), { level: 6 }).length : bytes };
}

function sum(files: SearchFile[]): BytesByKind {
  const byKind: Partial<Record<SearchFileKind, number>> = {};
  for (const f of files) byKind[f.kind] = (byKind[f.kind] ?? 0) + f.bytes;
  return {
    total: files.reduce((n, f) => n + f.bytes, 0),
    gzipTotal: files.reduce((n, f) => n + f.gzipBytes, 0),
    byKind,
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** The Pagefind bundle of a built site (dist/pagefind), by kind of file. */
export async function measureSearchIndex(siteDir: string): Promise<SearchIndexSize> {
  const bundleDir = join(siteDir, 'pagefind');
  const files = await Promise.all((await listFiles(bundleDir)).map((p) => describeFile(bundleDir, p)));
  const totals = sum(files);
  const { meta = 0, index = 0, filter = 0, fragment = 0 } = totals.byKind;
  return { ...totals, files: files.length, dataBytes: meta + index + filter + fragment };
}

/**
 * Bytes a first-time visitor downloads for `query`: scripts, WebAssembly, metadata, the word
 * chunks the query touches, the filter files (withFilters) and the excerpts of the results shown.
 */
export async function measureQueryDownload(siteDir: string, query: string, options: QueryOptions = {}): Promise<QueryDownload> {
  const { shownResults = 10, withFilters = false } = options;
  const bundleDir = join(siteDir, 'pagefind');
  // pagefind.js, and the worker of the part opened first (the primary index's folder).
  const fetched = new Set<string>(['pagefind.js']);
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const prefix = '/pagefind/';
    const response = realFetch(input, init);
    // Only what the server had: a site in one bundle answers parts.json with a 404.
    return response.then((r) => {
      if (r.ok && url.pathname.startsWith(prefix)) fetched.add(decodeURIComponent(url.pathname.slice(prefix.length)));
      return r;
    });
  };
  try {
    // The parts of the index the search page opens for a first search (search-parts.js).
    const pagefind = await openPagefind(siteDir, { parts: 'first' });
    try {
      if (withFilters) await pagefind.filters();
      // The best match first, as the search page orders a search with words (newest first
      // downloads the same files: the sort order is in the metadata already loaded).
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, shownResults).map((r) => r.data()));
      const primary = [...fetched].find((p) => p.endsWith('pagefind-entry.json'))!.replace('pagefind-entry.json', '');
      fetched.add(`${primary}pagefind-worker.js`);
      const files = await Promise.all([...fetched].map((p) => describeFile(bundleDir, p)));
      files.sort((a, b) => a.kind.localeCompare(b.kind) || b.bytes - a.bytes);
      return { query, results: search.results.length, files, ...sum(files) };
    } finally {
      await pagefind.close();
    }
  } finally {
    globalThis.fetch = realFetch;
  }
}
