/**
 * The article body read by the parser the build renders it with (Sätteri, Markdown or MDX), so
 * the check sees what the build will see: MDX syntax errors and MDX code (mdx-rules.ts), links,
 * photos from other sites and dangerous raw HTML (body-resources.ts). Lines are body lines.
 *
 * MDX is parsed, not compiled: every syntax error of the compiler comes from this parser (its
 * front end), and compiling a file that parses found no error of its own in any case tried
 * (attribute names, namespaces, members, nesting), while costing a second compile per file.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { findUnsafeResources } from './body-resources.ts';
import { describeMdxSyntaxError, findMdxCode, type BodyFinding } from './mdx-rules.ts';

export type { BodyFinding };

/** The Markdown features Astro compiles articles with (GFM on, as Astro's default). */
const OPTIONS = { features: { gfm: true } };

function parseMdx(body: string): { tree: unknown } | { error: BodyFinding } {
  try {
    return { tree: mdxToMdast(body, OPTIONS) };
  } catch (error) {
    return { error: describeMdxSyntaxError((error as Error).message) };
  }
}

export function checkArticleBody(body: string, extension: 'md' | 'mdx'): BodyFinding[] {
  if (extension === 'md') return findUnsafeResources(markdownToMdast(body, OPTIONS) as never);
  const parsed = parseMdx(body);
  if ('error' in parsed) return [parsed.error];
  return [...findMdxCode(parsed.tree as never), ...findUnsafeResources(parsed.tree as never)];
}

/**
 * Only what makes an MDX file unsafe or impossible to compile: code and syntax errors. The MDX
 * guard (mdx-guard.ts) refuses these inside Astro's own process, before MDX is compiled.
 */
export function findMdxCodeOrSyntax(body: string): BodyFinding[] {
  const parsed = parseMdx(body);
  return 'error' in parsed ? [parsed.error] : findMdxCode(parsed.tree as never);
}
