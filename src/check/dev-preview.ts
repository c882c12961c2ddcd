/**
 * The preview (`npm run dev`) while content is broken. Astro keeps serving an article's last good
 * version with HTTP 200 and puts the error in the terminal only; staff look at the browser. So
 * the page of a broken article (every page, when a catalogue is broken) is replaced by the
 * content check's Vietnamese errors, with status 500, and reloads itself as soon as a save
 * changes the check's result: the fix shows without pressing F5.
 */
import type { ContentError } from './content-error.ts';
import { formatContentError } from './content-error.ts';
import { parseArticlePath } from '../domain/article-path.ts';
import { CATALOGUE_FILES } from '../schema/catalogues.ts';
import { parsePagePath } from '../urls.ts';
import { preview as p } from '../i18n/vi.ts';

/** Where the error page asks whether the check's result has changed. */
export const CHECK_STATUS_PATH = '/__bantin/content-check';

const CATALOGUE_NAMES = Object.values(CATALOGUE_FILES) as string[];
const isCatalogue = (file: string) => CATALOGUE_NAMES.some((name) => file === name || file.endsWith(`/${name}`));

/**
 * The errors a page must show instead of its content: its article's, or a catalogue's (every page
 * reads the catalogues). None for other files' errors: the rest of the site stays browsable.
 */
export function errorsForPage(errors: readonly ContentError[], pathname: string): ContentError[] {
  const catalogue = errors.filter((e) => isCatalogue(e.file));
  if (catalogue.length > 0) return catalogue;
  const page = parsePagePath(safeDecode(pathname));
  if (page?.type !== 'article') return [];
  return errors.filter((e) => parseArticlePath(e.file)?.slug === page.slug);
}

/** An address as typed: a malformed escape ("%E0") is kept, not thrown at the preview server. */
function safeDecode(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The error page: the errors as `npm run check` lists them, and a watcher that reloads on a change. */
export function errorPageHtml(errors: readonly ContentError[], version: number): string {
  const items = errors.map((e) => `<li><code>${escapeHtml(formatContentError(e))}</code></li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<style>
body { font-family: "DejaVu Sans", "Noto Sans", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
h1 { color: #a10000; font-size: 1.5rem; }
li { margin: 0.75rem 0; }
code { white-space: pre-wrap; word-break: break-word; font-size: 0.95rem; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(p.heading(errors.length))}</h1>
<ul>
${items}
</ul>
<p>${escapeHtml(p.howToFix)}</p>
</main>
<script type="module">
const seen = ${version};
setInterval(async () => {
  try {
    const status = await (await fetch(${JSON.stringify(CHECK_STATUS_PATH)}, { cache: 'no-store' })).json();
    if (status.version !== seen) location.reload();
  } catch {}
}, 500);
</script>
</body>
</html>
`;
}
