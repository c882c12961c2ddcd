/**
 * The defence behind the content check: every article's HTML tree is rebuilt from the allowlist
 * (article-allowlist.ts) before it reaches a page, for Markdown and MDX alike.
 *
 * Raw HTML in Markdown arrives as opaque `raw` strings, split tag by tag (`<b>`, text, `</b>`),
 * and a browser reads them differently from a regular expression (`<!-->` ends a comment, an
 * entity spells `javascript:`). So the tree is serialised and parsed back with an HTML5 parser,
 * the way a browser will read the page, and only then does hast-util-sanitize keep what the
 * allowlist names. MDX's own nodes never get that far: an expression or an import is dropped
 * (the check has refused it already), and a JSX element becomes plain HTML only when it is one
 * the allowlist names, with literal attribute values.
 */
import type { Element, Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { ARTICLE_SCHEMA, MDX_ATTRIBUTES, MDX_ELEMENTS, RESOURCE_ATTRIBUTES } from './article-allowlist.ts';

interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: RootContent[];
}

type AnyNode = RootContent | MdxJsxNode | { type: string; value?: string; children?: AnyNode[] };

/** An MDX JSX element as the HTML it stands for, or nothing when the allowlist does not name it. */
function jsxAsHtml(node: MdxJsxNode): AnyNode[] {
  const children = node.children.flatMap(toSerialisable);
  if (node.name === null) return children; // a fragment <>…</> only groups its children
  if (!MDX_ELEMENTS.has(node.name)) return [];
  const allowed = MDX_ATTRIBUTES[node.name] ?? [];
  const properties = Object.fromEntries(
    node.attributes.filter((a) => allowed.includes(a.name!) && typeof a.value === 'string').map((a) => [a.name!, a.value as string]),
  );
  return [{ type: 'element', tagName: node.name, properties, children } as Element];
}

/** The tree with MDX's nodes turned into HTML or dropped, ready to be serialised. */
function toSerialisable(node: AnyNode): AnyNode[] {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxAsHtml(node as MdxJsxNode);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'mdxjsEsm':
      return [];
    default:
      if ('children' in node) return [{ ...node, children: node.children!.flatMap(toSerialisable) } as AnyNode];
      return [node];
  }
}

/**
 * Whether a URL points inside the portal (a relative path or one from the site root). A browser
 * strips tabs and newlines from a URL and reads a backslash as a slash, so "/\t/host" and "\\host"
 * are other hosts too.
 */
export function isLocalResource(url: string): boolean {
  const normalised = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').replace(/\\/g, '/');
  return !/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(normalised);
}

/** Drops every element that would load something from another host (a tracking pixel). */
function dropRemoteResources<T extends Root | Element>(parent: T): T {
  parent.children = parent.children.filter((child) => {
    if (child.type !== 'element') return true;
    for (const attribute of RESOURCE_ATTRIBUTES) {
      const value = child.properties[attribute];
      if (typeof value === 'string' && !isLocalResource(value)) return false;
    }
    dropRemoteResources(child);
    return true;
  }) as T['children'];
  return parent;
}

/** The safe tree for an article body: only what ARTICLE_SCHEMA allows, loading nothing remote. */
export function sanitiseArticleTree(tree: Root): Root {
  const serialisable = { type: 'root', children: tree.children.flatMap(toSerialisable) } as Root;
  const html = toHtml(serialisable, { allowDangerousHtml: true });
  const reparsed = htmlToHast(html, { fragment: true }) as Root;
  return dropRemoteResources(sanitize(reparsed, ARTICLE_SCHEMA) as Root);
}
