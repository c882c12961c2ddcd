/**
 * The article body read by the parser the build renders it with (Sätteri, Markdown or MDX), so
 * the check sees what the build will see: MDX syntax errors and MDX code (mdx-rules.ts), links,
 * photos from other sites and dangerous raw HTML (body-resources.ts). Lines are body lines.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { findUnsafeResources } from './body-resources.ts';
import { describeMdxSyntaxError, findMdxCode, type BodyFinding } from './mdx-rules.ts';

export type { BodyFinding };

/** The Markdown features Astro compiles articles with (GFM on, as Astro's default). */
const FEATURES = { features: { gfm: true } };

export function checkArticleBody(body: string, extension: 'md' | 'mdx'): BodyFinding[] {
  if (extension === 'md') return findUnsafeResources(markdownToMdast(body, FEATURES) as never);
  let tree: unknown;
  try {
    tree = mdxToMdast(body, FEATURES);
  } catch (error) {
    return [describeMdxSyntaxError((error as Error).message)];
  }
  return [...findMdxCode(tree as never), ...findUnsafeResources(tree as never)];
}

/**
 * Only what makes an MDX file unsafe or impossible to compile: code and syntax errors. The MDX
 * guard (mdx-guard.ts) refuses these inside Astro's own process, before MDX is compiled.
 */
export function findMdxCodeOrSyntax(body: string): BodyFinding[] {
  try {
    return findMdxCode(mdxToMdast(body, FEATURES) as never);
  } catch (error) {
    return [describeMdxSyntaxError((error as Error).message)];
  }
}
