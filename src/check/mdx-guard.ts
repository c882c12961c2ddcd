/**
 * The last gate before an MDX file is compiled, inside Astro's own process: a Vite plugin that
 * runs before @astrojs/mdx and refuses a file with code or a syntax error. The content check runs
 * beside Astro (src/build/build-site.ts) and may finish after Astro has begun rendering; this
 * gate does not race it. MDX code would run on the build machine, so it must never be compiled.
 */
import type { Plugin } from 'vite';
import { displayPath, ContentValidationError, type ContentError } from './content-error.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { findMdxCodeOrSyntax } from './article-body.ts';
import { validation as v } from '../i18n/vi.ts';

/** The refusals for one MDX file's whole text (frontmatter and body), with file lines. */
export function mdxGuardErrors(file: string, text: string): ContentError[] {
  const parsed = parseFrontmatter(text);
  const body = parsed.ok ? parsed.frontmatter.body : text;
  const bodyStartLine = text.slice(0, text.length - body.length).split('\n').length;
  return findMdxCodeOrSyntax(body).map((finding) => ({ file, line: bodyStartLine + finding.line - 1, field: '', message: finding.message }));
}

export function mdxGuard(root: string): Plugin {
  return {
    name: 'bantin:mdx-guard',
    enforce: 'pre',
    transform(code, id) {
      // The file itself, as @astrojs/mdx matches it; "?astroPropagatedAssets" and the like are
      // Astro's wrappers that import it.
      if (!id.endsWith('.mdx')) return;
      const errors = mdxGuardErrors(displayPath(root, id), code);
      if (errors.length > 0) throw new ContentValidationError(errors, v.summaryHeading(errors.length));
    },
  };
}
