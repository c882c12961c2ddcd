/**
 * The security scan of one built page, run on every page of every build (src/build/
 * scan-built-pages.ts): whatever got past the check and the sanitiser, the page itself is read the
 * way a browser reads it (an HTML5 parser) and refused if it has script the portal did not write,
 * an event handler, a javascript:/vbscript:/data: URL, a frame, or anything loaded from another
 * host. The portal's own scripts are external files on its own origin; JSON-LD is data.
 */
import type { Element, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';

export type PageFindingKind = 'script' | 'handler' | 'dangerous-url' | 'frame' | 'remote-load';

export interface PageFinding {
  kind: PageFindingKind;
  /** The offending markup, short: `<img onerror="…">`. */
  detail: string;
}

const FRAMES = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'fencedframe', 'applet']);
const DATA_SCRIPTS = new Set(['application/ld+json']);
/** Attributes (hast property names, lower-cased) whose URL the browser fetches by itself. */
const FETCHED = new Set(['src', 'srcset', 'poster', 'data', 'background', 'xlinkhref', 'lowsrc', 'dynsrc', 'manifest', 'imagesrcset']);
/** Attributes whose URL runs when followed or submitted (xlink:href is fetched, so in FETCHED). */
const FOLLOWED = new Set(['href', 'action', 'formaction', 'cite', 'ping']);
/** <link rel> values that make the browser fetch the target. */
const FETCHING_LINK = /\b(?:stylesheet|preload|prefetch|modulepreload|icon|manifest|prerender|dns-prefetch|preconnect)\b/i;
/** Elements whose href is fetched (SVG). */
const FETCHING_HREF = new Set(['use', 'image', 'feImage', 'script']);
/** A photo the portal encodes itself may be inlined as a raster data: URL; never SVG (script). */
const PORTAL_DATA_IMAGE = /^data:image\/(?:png|jpeg|webp|avif|gif);base64,[a-z\d+/=]*$/i;

/** A URL as a browser reads it: tabs and newlines dropped, leading controls and spaces trimmed, \ as /. */
const stripUrl = (url: string) => url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').replace(/\\/g, '/');

/** javascript:, vbscript: or data:, however a browser would still read it. */
export function isScriptingUrl(url: string): boolean {
  return /^(?:javascript|vbscript|data):/i.test(stripUrl(url));
}

/** Whether a fetched URL leaves the portal's origin (absolute elsewhere, or "//host"). */
export function isRemoteUrl(url: string, origin: string): boolean {
  const stripped = stripUrl(url);
  if (/^data:/i.test(stripped)) return false; // reported as a dangerous URL when it is one
  try {
    return new URL(stripped, origin).origin !== origin;
  } catch {
    return true;
  }
}

const urlsOf = (name: string, value: string | string[]) =>
  Array.isArray(value) ? value : name.endsWith('srcset') ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) : [value];

const CSS_URL = /url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s*(['"])([^'"]*)\3/gi;

function cssFindings(css: string, origin: string, where: string): PageFinding[] {
  const findings: PageFinding[] = [];
  for (const match of css.matchAll(CSS_URL)) {
    const url = match[2] ?? match[4];
    if (isScriptingUrl(url)) findings.push({ kind: 'dangerous-url', detail: `${where} url(${url})` });
    else if (isRemoteUrl(url, origin)) findings.push({ kind: 'remote-load', detail: `${where} url(${url})` });
  }
  return findings;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);
/** The text of a <script> or <style>: the parser gives it as one text node. */
const textOf = (node: Element) => node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

function elementFindings(element: Element, origin: string): PageFinding[] {
  const tag = element.tagName;
  const findings: PageFinding[] = [];
  const props = element.properties;
  if (FRAMES.has(tag)) findings.push({ kind: 'frame', detail: `<${tag}>` });
  if (tag === 'script' && props.src === undefined && !DATA_SCRIPTS.has(String(props.type).toLowerCase())) {
    findings.push({ kind: 'script', detail: `<script>${short(textOf(element))}</script>` });
  }
  if (tag === 'style') findings.push(...cssFindings(textOf(element), origin, '<style>'));
  if (/refresh/i.test(String(props.httpEquiv))) {
    const target = String(props.content).replace(/^[^;]*;\s*url\s*=\s*/i, '');
    if (isScriptingUrl(target) || isRemoteUrl(target, origin)) findings.push({ kind: 'dangerous-url', detail: `<meta http-equiv="refresh" content="${short(String(props.content))}">` });
  }
  for (const [name, raw] of Object.entries(props)) {
    const key = name.toLowerCase();
    if (key.startsWith('on')) {
      findings.push({ kind: 'handler', detail: `<${tag} ${key}="${short(String(raw))}">` });
      continue;
    }
    if (key === 'style') findings.push(...cssFindings(String(raw), origin, `<${tag} style>`));
    const fetched = FETCHED.has(key) || (key === 'href' && (FETCHING_HREF.has(tag) || (tag === 'link' && FETCHING_LINK.test(String(props.rel)))));
    if (!fetched && !FOLLOWED.has(key)) continue;
    for (const url of urlsOf(key, raw as string | string[])) {
      const portalImage = tag === 'img' && key === 'src' && PORTAL_DATA_IMAGE.test(stripUrl(url));
      if (isScriptingUrl(url) && !portalImage) findings.push({ kind: 'dangerous-url', detail: `<${tag} ${name}="${short(url)}">` });
      else if (fetched && isRemoteUrl(url, origin)) findings.push({ kind: 'remote-load', detail: `<${tag} ${name}="${short(url)}">` });
    }
  }
  return findings;
}

/**
 * Everything dangerous in one built page; origin is the portal's own ("https://x.gov.vn").
 * Sätteri's HTML5 parser keeps <template> content as children, so it is walked too.
 */
export function scanPage(html: string, origin: string): PageFinding[] {
  const findings: PageFinding[] = [];
  const visit = (node: RootContent | Root) => {
    if (node.type === 'element') findings.push(...elementFindings(node, origin));
    if ('children' in node) node.children.forEach(visit);
  };
  visit(htmlToHast(html) as Root);
  return findings;
}
