/**
 * Which requests are page views: a GET answered 200 or 304 for an HTML page of the built site.
 * The requested path is reduced to the page's one address first (query dropped, %-escapes
 * decoded, "/a/b", "/a/b/" and "/a/b/index.html" alike), so a page has one count.
 */
import type { LogEntry } from './log-line.ts';

/**
 * The page address a request target names ("/bai-viet/x/"), or undefined for a target that
 * cannot be a page (no path, bad %-escapes, a file other than index.html).
 */
export function pageAddress(target: string | undefined): string | undefined {
  if (target === undefined) return undefined;
  // An absolute-form target (a request through a proxy) names the path after the host.
  const path = target.replace(/^https?:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  if (!path.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const folder = decoded.endsWith('/index.html') ? decoded.slice(0, -'index.html'.length) : decoded;
  const last = folder.slice(folder.lastIndexOf('/') + 1);
  // "/_astro/x.css", "/rss.xml": a dot in the last segment is a file, not a page folder.
  if (last.includes('.')) return undefined;
  const address = folder.endsWith('/') ? folder : `${folder}/`;
  return address.includes('//') ? undefined : address;
}

/** The page a log entry viewed, or undefined when the request was not a page view. */
export function viewedPage(entry: LogEntry, pages: ReadonlySet<string>): string | undefined {
  if (entry.method !== 'GET' || (entry.status !== 200 && entry.status !== 304)) return undefined;
  const address = pageAddress(entry.target);
  return address !== undefined && pages.has(address) ? address : undefined;
}
