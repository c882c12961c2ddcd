/**
 * What an article body links to and loads, read from the parsed Markdown (every form of a link:
 * inline, `<autolink>`, reference definitions) and from its raw HTML parsed the way a browser
 * parses it (a tag over two lines, `<!-->`, character references). The sanitiser removes all of
 * this anyway; these findings tell staff why, in Vietnamese, at the line — above all that a photo
 * from another site must be put beside the article.
 */
import type { Root as HastRoot, RootContent } from 'hast';
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

/** Attributes (hast property names, lower-cased) that make the browser fetch a file. */
const FETCHING = new Set(['src', 'srcset', 'poster', 'data', 'background', 'xlinkhref', 'lowsrc', 'dynsrc', 'imagesrcset']);
const LINKING = new Set(['href', 'action', 'formaction', 'cite', 'ping']);
/** Elements whose href is fetched, not followed. */
const FETCHING_HREF = new Set(['use', 'image', 'link', 'feImage', 'base']);

function rawHtmlFindings(html: string, line: number): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const visit = (node: RootContent) => {
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (!(tag in ALLOWED_ELEMENTS)) findings.push({ line, message: v.rawHtmlElement(tag) });
    for (const [name, raw] of Object.entries(node.properties)) {
      const key = name.toLowerCase();
      const text = String(raw);
      if (key.startsWith('on')) findings.push({ line, message: v.rawHtmlAttribute(tag, key) });
      else if (key === 'style') findings.push({ line, message: /url\(|@import/i.test(text) ? v.remoteResource(tag, text) : v.rawHtmlAttribute(tag, 'style') });
      else if (FETCHING.has(key) || (key === 'href' && FETCHING_HREF.has(tag))) {
        const urls = key.endsWith('srcset') ? text.split(',').map((candidate) => candidate.trim().split(' ')[0]) : [text];
        for (const url of urls) if (!isLocalResource(url)) findings.push({ line, message: v.remoteResource(tag, url) });
      } else if (LINKING.has(key) && !isSafeLink(text)) findings.push({ line, message: v.unsafeLink(text) });
    }
    node.children.forEach(visit);
  };
  (htmlToHast(html, { fragment: true }) as HastRoot).children.forEach(visit);
  return findings;
}

/** Unsafe links, photos from other sites and dangerous raw HTML in a parsed body (mdast). */
export function findUnsafeResources(root: MdNode): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const remoteDefinitions = new Set<string>();
  const imageReferences: MdNode[] = [];
  const visit = (node: MdNode) => {
    const line = node.position!.start.line;
    switch (node.type) {
      case 'image':
        if (!isLocalResource(node.url!)) findings.push({ line, message: v.remoteImage(node.url!) });
        break;
      case 'definition':
        if (!isLocalResource(node.url!)) remoteDefinitions.add(node.identifier!);
      // falls through: a definition is a link destination too
      case 'link':
        if (!isSafeLink(node.url!)) findings.push({ line, message: v.unsafeLink(node.url!) });
        break;
      case 'imageReference':
        imageReferences.push(node);
        break;
      case 'html':
        findings.push(...rawHtmlFindings(node.value!, line));
        break;
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        // Inline HTML comes tag by tag (`<svg>`, `<feImage …/>`, `</svg>`); read alone, a tag
        // loses its context (SVG), so the tags of one paragraph are read together.
        const tags = node.children!.filter((child) => child.type === 'html');
        if (tags.length > 0) findings.push(...rawHtmlFindings(tags.map((tag) => tag.value).join(''), tags[0].position!.start.line));
        node.children!.filter((child) => child.type !== 'html').forEach(visit);
        return;
      }
    }
    node.children?.forEach(visit);
  };
  visit(root);
  for (const reference of imageReferences) {
    if (remoteDefinitions.has(reference.identifier!)) findings.push({ line: reference.position!.start.line, message: v.remoteImage(reference.identifier!) });
  }
  return findings;
}
