/**
 * An article's text as the search names (about-names.ts) read it. Markdown articles keep their
 * rendered HTML in the content store; MDX articles keep only a module, and the store drops raw
 * bodies (retainBody: false, src/content.config.ts), so their file is read again, frontmatter
 * and all: the words of imports or components cost nothing, since only names are looked for.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface TextSource {
  filePath?: string;
  rendered?: { html: string };
}

export function articleSearchText(entry: TextSource, root = process.cwd()): string {
  if (entry.rendered?.html) return entry.rendered.html;
  if (!entry.filePath) return '';
  return readFileSync(resolve(root, entry.filePath), 'utf8');
}
