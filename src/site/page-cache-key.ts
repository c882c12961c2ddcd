/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild, astro.config.mjs).
 * Astro skips a page and copies its previous output when its code is unchanged (Astro hashes
 * the page's modules) and the cacheKey returned from getStaticPaths() is the same as last time.
 * The key must therefore change whenever anything the page shows changes, or readers get a
 * stale page: the rule here is that a page renders only its props and the site-wide catalogue,
 * and its key is a hash of exactly those.
 *
 * Articles inside props are reduced to their fingerprint (their data, rendered text and photos),
 * so a listing page's key costs a few hundred bytes of hashing, not the articles' whole text.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { withLazyValues } from './lazy-props.ts';

/** What fingerprinting needs from a content entry (an Astro glob-loader entry). */
export interface FingerprintSource {
  /** The article's slug: pages link to it. */
  id: string;
  data: unknown;
  /** The article file, relative to the project folder (the build's working folder). */
  filePath?: string;
  rendered?: { html: string; metadata?: { imagePaths?: string[] } };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * Everything an article brings to the pages that show it: its slug, its frontmatter as the
 * schema parsed it (the cover's built address carries a hash of its bytes), its rendered
 * Markdown, and the size and time of the photos in that text. Those photos are only resolved
 * when the page renders, and Astro's own checks (the Markdown file's digest, the page's code)
 * do not see a photo replaced under the same name. MDX bodies are modules Astro hashes itself.
 */
export function articleFingerprint(entry: FingerprintSource, root = process.cwd()): string {
  const folder = entry.filePath ? dirname(resolve(root, entry.filePath)) : root;
  const photos = (entry.rendered?.metadata?.imagePaths ?? []).map((path) => {
    try {
      const { size, mtimeMs } = statSync(resolve(folder, path));
      return `${path}:${size}:${mtimeMs}`;
    } catch {
      // A missing photo fails the page's render; the key need not say more.
      return `${path}:missing`;
    }
  });
  return sha256(JSON.stringify([entry.id, entry.data, entry.rendered?.html ?? null, photos]));
}

/** A site-wide key: the catalogue every page may read (units, organisations, indicators). */
export function catalogueKey(catalogue: unknown): string {
  return sha256(JSON.stringify(catalogue));
}

/**
 * The key of one page: the catalogue's key and the page's params and props, with every article
 * in them (anything carrying a `fingerprint`) replaced by that fingerprint.
 */
export function pageCacheKey(siteKey: string, ...parts: unknown[]): string {
  const json = JSON.stringify(parts, function replacer(_key, value: unknown) {
    if (value && typeof value === 'object' && 'fingerprint' in value && typeof value.fingerprint === 'string') {
      return `article:${value.fingerprint}`;
    }
    if (value instanceof Map) return [...value.entries()];
    if (value instanceof Set) return [...value.values()];
    return value;
  });
  return sha256(`${siteKey}\n${json}`);
}

/**
 * getStaticPaths() results with their cache key added: params and props are what the page shows.
 * The key is worked out when read: the build reads it for every page, the preview never does.
 */
export function withCacheKeys<P extends { params: unknown; props?: unknown }>(siteKey: string, paths: P[]): Array<P & { cacheKey: string }> {
  return paths.map((path) => withLazyValues({ ...path }, { cacheKey: () => pageCacheKey(siteKey, path.params, path.props) }));
}
