import { LINK_PROTOCOLS } from '../security/article-allowlist.ts';

/**
 * A link's scheme is one staff may use, or it has none (a path, an #anchor). A browser ignores
 * tabs and newlines inside a URL and spaces before it, so "java\tscript:" is javascript: too.
 */
export function isSafeLink(url: string): boolean {
  const normalised = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(normalised)?.[1];
  return scheme === undefined || LINK_PROTOCOLS.includes(scheme.toLowerCase());
}
