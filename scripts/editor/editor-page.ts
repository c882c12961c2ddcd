/**
 * The editor's one HTML page and its Content-Security-Policy. The page is served only by
 * `npm run editor` on localhost, never built into dist/: the public portal has no editing page.
 */
import { editor as t } from '../../src/i18n/vi.ts';

/**
 * As tight as Decap CMS 3 allows (each source measured in tests/e2e/editor.test.ts, which fails on
 * any CSP violation):
 * - script-src 'unsafe-eval': the bundle compiles the validator of its own configuration with
 *   `new Function` (ajv); without it the CMS stops at "Error compiling schema" and never shows
 *   the login button (measured). No inline script: the page loads files only.
 * - style-src 'unsafe-inline': its components are styled by emotion, which writes <style> tags.
 * - img-src data: blob:: icons are data: URLs; a photo being uploaded is shown from a blob: URL.
 * - connect-src 'self' blob:: the local backend (/api/v1) and the save report; a photo chosen for
 *   upload is read back from its blob: URL when the article is saved. Nothing leaves the machine.
 * - frame-src 'self': the preview pane is an iframe of this page.
 */
export const EDITOR_CSP = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob:",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function editorPageHtml(): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.pageTitle}</title>
<link href="/config.yml" type="text/yaml" rel="cms-config-url">
<link rel="stylesheet" href="/editor.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<noscript>${t.noJavaScript}</noscript>
<script src="/decap-cms.js"></script>
<script src="/editor.js"></script>
</body>
</html>
`;
}
