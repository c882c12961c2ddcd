/**
 * A built site's Pagefind search, run in Node as a browser would run it: the site is served on
 * loopback and its own pagefind.js is imported, so tests and measurements exercise the very
 * files readers download. Queries go through the same respelling as the search page.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../serve/static-server.ts';
import { spellForIndex, spellForReader } from '../../public/js/search/spelling.js';
import { SEARCH_RANKING } from '../../public/js/search/search-state.js';
import { openPartedSearch } from '../../public/js/search/parted-search.js';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: PagefindOptions): Promise<PagefindSearch>;
  destroy(): Promise<void>;
}

export interface NodePagefind {
  /** The query as a reader types it; respelled for the index here. null: filters only. */
  search(query: string | null, options?: PagefindOptions): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Result data as the page shows it: its path, and title, excerpt and metadata respelled for readers. */
  data(result: PagefindResult): Promise<PagefindResultData>;
  /** The parts of the index open so far (public/js/search/search-parts.js). */
  parts: Awaited<ReturnType<typeof openPartedSearch>>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * 'all' (default): every part of the index, as tests of what search finds need; 'first': the
   * parts the search page opens for a first search without a year filter, as a reader's
   * download is measured.
   */
  parts?: 'all' | 'first';
  /** With parts 'first': the year filter of that first search. */
  year?: string;
}

export async function openPagefind(siteDir: string, options: OpenOptions = {}): Promise<NodePagefind> {
  const server = await serveStatic(siteDir);
  // Pagefind runs on this process's main thread, beside the server. On a large index one step
  // (gunzip of a chunk, a search in WebAssembly) blocks the event loop for longer than the
  // server's keep-alive timeout (5 s + 1 s): the server's timer then closes an idle connection
  // just as the client reuses it, and the fetch fails with ECONNRESET (the bench at 50 000
  // articles; reproduced by blocking the loop 6.2-7.7 s between two fetches: 1 failure in 6).
  // Only the client closes idle connections here; close() still ends them all.
  server.server.keepAliveTimeout = 0;
  // A fresh copy each time: a module imported twice is one module, with its chunks cached.
  const scratch = await mkdtemp(join(tmpdir(), 'bantin-pagefind-'));
  try {
    const entry = join(scratch, 'pagefind.mjs');
    await copyFile(join(siteDir, 'pagefind', 'pagefind.js'), entry);
    const pagefind = (await import(entry)) as PagefindModule;
    const parts = await openPartedSearch(pagefind, `${server.url}/pagefind/`, { ranking: SEARCH_RANKING }, options.year);
    if (options.parts === 'first') await parts.openFirst(options.year);
    else await parts.openAll();
    return {
      parts,
      search: (query, searchOptions) => parts.search(query === null ? null : spellForIndex(query), searchOptions) as Promise<PagefindSearch>,
      filters: () => parts.filters(),
      data: async (result) => {
        const data = await result.data();
        const meta = Object.fromEntries(Object.entries(data.meta).map(([k, v]) => [k, spellForReader(v)]));
        // Pagefind prefixes the server's origin (it served the bundle); pages link by path.
        const url = new URL(data.url, server.url).pathname;
        return { ...data, url, excerpt: spellForReader(data.excerpt), content: spellForReader(data.content), meta };
      },
      close: async () => {
        await pagefind.destroy().catch(() => undefined);
        await server.close();
        await rm(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.close();
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
}
