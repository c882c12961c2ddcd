/**
 * Sätteri (Astro 7's Markdown engine) plugins that shape article HTML:
 * - a photo followed by an italic line, as newsrooms write it in Markdown
 *       ![Alt text](./photo.jpg)
 *       *Caption*
 *   (one paragraph) becomes <figure><img><figcaption>, tying the caption to its photo for
 *   screen readers and print;
 * - links to other sites get rel="noopener noreferrer": the portal shares nothing about its
 *   readers with sites it links to;
 * - photos say how wide they are drawn (the reading column) and how wide they are encoded at
 *   most, so a desktop reader gets the 800 px file and no width beyond PHOTO_WIDTHS is made;
 * - before all of these, the sanitiser (src/security/sanitise-article.ts) rebuilds the tree from
 *   the allowlist, so raw HTML is parsed as a browser would and the plugins below see it too.
 *
 * articleHastPlugins() is the list astro.config.mjs gives Sätteri, for Markdown and MDX alike.
 */
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent, Root } from 'hast';
import { PHOTO_SIZES, PHOTO_WIDTHS } from '../config.ts';
import { sanitiseArticleTree } from '../security/sanitise-article.ts';

const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();
const isTag = (node: ElementContent | undefined, tag: string): node is Element =>
  node?.type === 'element' && node.tagName === tag;

/** The figure a paragraph stands for, or undefined when it is ordinary text. Pure, for tests. */
export function figureFromParagraph(paragraph: Element): Element | undefined {
  const [image, caption, ...rest] = paragraph.children.filter((child) => !isBlank(child));
  if (!isTag(image, 'img') || rest.length > 0) return undefined;
  if (caption && !isTag(caption, 'em')) return undefined;
  const children: ElementContent[] = [image];
  if (caption) children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: caption.children });
  return { type: 'element', tagName: 'figure', properties: {}, children };
}

export function isExternalLink(href: unknown, siteUrl: string): boolean {
  if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return false;
  return new URL(href).origin !== new URL(siteUrl).origin;
}

export const figuresPlugin = defineHastPlugin({
  name: 'bantin-figures',
  element: {
    filter: ['p'],
    visit(node) {
      return figureFromParagraph(node as Element);
    },
  },
});

export function externalLinksPlugin(siteUrl: string) {
  return defineHastPlugin({
    name: 'bantin-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        if (isExternalLink(node.properties?.href, siteUrl)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      },
    },
  });
}

export const photoSizesPlugin = defineHastPlugin({
  name: 'bantin-photo-sizes',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      if (node.properties?.sizes === undefined) ctx.setProperty(node, 'sizes', PHOTO_SIZES);
      // The widest file a reader needs; without it Astro adds the photo's own width as an
      // encode of its own (a 4000 px upload would be encoded at 4000 px).
      if (node.properties?.width === undefined) ctx.setProperty(node, 'width', PHOTO_WIDTHS.at(-1)!);
    },
  },
});

export const sanitiserPlugin = defineHastPlugin({
  name: 'bantin-sanitiser',
  after(root, ctx) {
    ctx.replaceNode(root, sanitiseArticleTree(root as Root));
  },
});

/** Every article goes through these, in this order (astro.config.mjs, and the tests). */
export function articleHastPlugins(siteUrl: string) {
  return [sanitiserPlugin, figuresPlugin, photoSizesPlugin, externalLinksPlugin(siteUrl)];
}
