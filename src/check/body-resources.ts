/**
 * What an article body links to and loads, read from the parsed Markdown (every form of a link:
 * inline, `<autolink>`, reference definitions) and from its raw HTML parsed the way a browser
 * parses it (a tag over two lines, `<!-->`, character references). The sanitiser removes all of
 * this anyway; these findings tell staff why, in Vietnamese, at the line — above all that a photo
 * from another site must be put beside the article.
 */
import type { Element, Root as HastRoot, RootContent } from 'hast';
import { htmlToHast } from 'satteri';
import { bodySafety as v } from '../i18n/vi.ts';
import { ALLOWED_ELEMENTS } from '../security/article-allowlist.ts';
import { isLocalResource } from '../security/sanitise-article.ts';
import type { BodyFinding } from './mdx-rules.ts';
import { isSafeLink } from './safe-link.ts';

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  identifier?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** hast properties that make the browser fetch a file (xLinkHref: SVG <use>, <image>). */
const FETCHING = ['src', 'srcSet', 'poster', 'data', 'background', 'xLinkHref', 'lowsrc', 'dynsrc', 'manifest'];
const LINKING = ['href', 'action', 'formAction', 'cite'];
/** Elements whose href is fetched, not followed. */
const FETCHING_HREF = new Set(['use', 'image', 'link', 'feImage', 'base']);

function rawHtmlFindings(html: string, line: number): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const visit = (node: RootContent) => {
    if (node.type !== 'element') return;
    const element = node as Element;
    const tag = element.tagName;
    if (!(tag in ALLOWED_ELEMENTS)) findings.push({ line, message: v.rawHtmlElement(tag) });
    for (const [name, value] of Object.entries(element.properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on/i.test(name)) findings.push({ line, message: v.rawHtmlAttribute(tag, name.toLowerCase()) });
      else if (name === 'style') {
        if (/url\s*\(|@import|expression\s*\(/i.test(text)) findings.push({ line, message: v.remoteResource(tag, text) });
        else findings.push({ line, message: v.rawHtmlAttribute(tag, 'style') });
      } else if (FETCHING.includes(name) || (name === 'href' && FETCHING_HREF.has(tag))) {
        const urls = name === 'srcSet' ? text.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) : [text];
        for (const url of urls) if (!isLocalResource(url)) findings.push({ line, message: v.remoteResource(tag, url) });
      } else if (LINKING.includes(name) && !isSafeLink(text)) findings.push({ line, message: v.unsafeLink(text) });
    }
    element.children.forEach(visit);
  };
  (htmlToHast(html, { fragment: true }) as HastRoot).children.forEach(visit);
  return findings;
}

/** Unsafe links, photos from other sites and dangerous raw HTML in a parsed body (mdast). */
export function findUnsafeResources(root: MdNode): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const remoteDefinitions = new Set<string>();
  const imageReferences: Array<{ identifier: string; line: number }> = [];
  const visit = (node: MdNode) => {
    const line = node.position?.start.line ?? 1;
    const url = node.url ?? '';
    if (node.type === 'image' && !isLocalResource(url)) findings.push({ line, message: v.remoteImage(url) });
    if ((node.type === 'link' || node.type === 'definition') && !isSafeLink(url)) findings.push({ line, message: v.unsafeLink(url) });
    if (node.type === 'definition' && !isLocalResource(url)) remoteDefinitions.add(node.identifier ?? '');
    if (node.type === 'imageReference') imageReferences.push({ identifier: node.identifier ?? '', line });
    if (node.type === 'html') findings.push(...rawHtmlFindings(node.value ?? '', line));
    node.children?.forEach(visit);
  };
  visit(root);
  for (const reference of imageReferences) {
    if (remoteDefinitions.has(reference.identifier)) findings.push({ line: reference.line, message: v.remoteImage(reference.identifier) });
  }
  return findings;
}
