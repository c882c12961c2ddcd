/**
 * The Content-Security-Policy of every page, written once: the layout puts it in a <meta>, the
 * example nginx config sends it as a header, and the tests compare the two.
 * - script-src 'self' 'wasm-unsafe-eval': our external scripts and Pagefind's WebAssembly search;
 *   no inline script runs (JSON-LD is data, not script).
 * - img-src data:: the search icon in Pagefind's stylesheet.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** frame-ancestors is ignored in a <meta> policy; only the HTTP header can carry it. */
export const HEADER_ONLY_DIRECTIVES: Record<string, string> = { 'frame-ancestors': "'self'" };

const serialise = (directives: Record<string, string>) =>
  Object.entries(directives).map(([name, value]) => `${name} ${value}`).join('; ');

export const CSP_META = serialise(CSP_DIRECTIVES);
export const CSP_HEADER = serialise({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });
