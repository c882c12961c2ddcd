/**
 * A built page as a flat list of elements, the shape every static quality check reads: tag,
 * attributes, text and the line it starts on (for messages that point into the file).
 */
import { parse, type DefaultTreeAdapterTypes as P } from 'parse5';

export interface PageElement {
  tag: string;
  attrs: Record<string, string>;
  /** Text content, as the DOM's textContent would give it. */
  text: string;
  line: number;
  parent?: PageElement;
}

export function parseHtml(html: string): PageElement[] {
  // scriptingEnabled: false parses <noscript> content as elements, so its links are checked too.
  const document = parse(html, { scriptingEnabled: false, sourceCodeLocationInfo: true });
  const elements: PageElement[] = [];
  const visit = (node: P.ParentNode, parent: PageElement | undefined): string => {
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') text += (child as P.TextNode).value;
      else if ('tagName' in child) {
        const element: PageElement = {
          tag: child.tagName,
          attrs: Object.fromEntries(child.attrs.map((a) => [a.name, a.value])),
          text: '',
          line: child.sourceCodeLocation?.startLine ?? 0,
          parent,
        };
        elements.push(element);
        element.text = visit(child, element);
        text += element.text;
      }
    }
    return text;
  };
  visit(document, undefined);
  return elements;
}

/** The nearest ancestor with this tag name. */
export function closest(element: PageElement, tag: string): PageElement | undefined {
  for (let e = element.parent; e; e = e.parent) if (e.tag === tag) return e;
  return undefined;
}
