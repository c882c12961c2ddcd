/**
 * The link gate over a built site: every internal link, image, stylesheet and script names a file
 * that exists (and a #fragment names an id on that page); every link to another site carries
 * rel="noopener", so the page it opens cannot reach back into ours.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseHtml, type PageElement } from './html-document.ts';
import { fileForUrlPath, listHtmlFiles, urlPathOfFile } from './site-files.ts';

export interface Reference {
  url: string;
  tag: string;
  attr: string;
  line: number;
}

export interface LinkProblem {
  /** The page, as a URL path ("/nam/2022/"). */
  page: string;
  line: number;
  url: string;
  problem: 'missing-file' | 'missing-fragment' | 'missing-noopener';
}

export interface LinkCheckOptions {
  /** The site's public origin ("https://dvqs.example.gov.vn"): absolute URLs there are internal. */
  siteOrigin?: string;
}

/** Candidates of a srcset: "a.avif 480w, b.avif 800w" → ["a.avif", "b.avif"]. */
export function srcsetUrls(srcset: string): string[] {
  return srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]).filter(Boolean);
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
};
/** Open Graph values are URLs crawlers fetch: a wrong og:image is a broken link too. */
const URL_META = new Set(['og:image', 'og:url', 'twitter:image']);

/** Every URL a page refers to, in document order. */
export function referencesOf(elements: PageElement[]): Reference[] {
  const references: Reference[] = [];
  for (const element of elements) {
    for (const attr of URL_ATTRIBUTES[element.tag] ?? []) {
      const value = element.attrs[attr];
      if (value === undefined) continue;
      const urls = attr === 'srcset' ? srcsetUrls(value) : [value.trim()];
      for (const url of urls) references.push({ url, tag: element.tag, attr, line: element.line });
    }
    const property = element.tag === 'meta' ? (element.attrs.property ?? element.attrs.name) : undefined;
    if (property && URL_META.has(property) && element.attrs.content) {
      references.push({ url: element.attrs.content, tag: 'meta', attr: property, line: element.line });
    }
  }
  return references;
}

const LOCAL_ORIGIN = 'http://site.invalid';

/**
 * Where a reference points: an internal path (with its fragment) or an external URL. Schemes
 * that name no file (mailto:, tel:, data:) are neither; javascript: is the security gate's business.
 */
export function classifyReference(url: string, pageUrlPath: string, siteOrigin?: string):
  | { kind: 'internal'; path: string; fragment: string }
  | { kind: 'external'; url: URL }
  | { kind: 'other' } {
  let resolved: URL;
  try {
    resolved = new URL(url, LOCAL_ORIGIN + pageUrlPath);
  } catch {
    return { kind: 'internal', path: url, fragment: '' };
  }
  const internal = resolved.origin === LOCAL_ORIGIN || (siteOrigin !== undefined && resolved.origin === new URL(siteOrigin).origin);
  if (internal) return { kind: 'internal', path: resolved.pathname, fragment: decodeFragment(resolved.hash.slice(1)) };
  if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return { kind: 'external', url: resolved };
  return { kind: 'other' };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

export function relTokens(element: PageElement): string[] {
  return (element.attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Checks every .html file under root; an empty list means every reference resolves. */
export async function checkSiteLinks(root: string, options: LinkCheckOptions = {}): Promise<LinkProblem[]> {
  const pages = new Map<string, PageElement[]>();
  for (const file of await listHtmlFiles(root)) {
    pages.set(file, parseHtml(await readFile(join(root, file), 'utf8')));
  }
  const idsOf = (file: string) => new Set(pages.get(file)?.flatMap((e) => [e.attrs.id, e.tag === 'a' ? e.attrs.name : undefined]).filter(Boolean));
  const problems: LinkProblem[] = [];
  for (const [file, elements] of pages) {
    problems.push(...checkPageLinks(root, urlPathOfFile(file), elements, idsOf, options));
  }
  return problems;
}

/** The link gate for one page; idsOf gives the ids of a page by its file under root. */
function checkPageLinks(
  root: string,
  page: string,
  elements: PageElement[],
  idsOf: (file: string) => Set<string | undefined>,
  options: LinkCheckOptions = {},
): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const reference of referencesOf(elements)) {
    const target = classifyReference(reference.url, page, options.siteOrigin);
    if (target.kind !== 'internal') continue;
    const file = fileForUrlPath(root, target.path);
    if (!file) {
      problems.push({ page, line: reference.line, url: reference.url, problem: 'missing-file' });
    } else if (target.fragment && file.endsWith('.html') && !idsOf(relative(root, file).split(sep).join('/')).has(target.fragment)) {
      problems.push({ page, line: reference.line, url: reference.url, problem: 'missing-fragment' });
    }
  }
  for (const element of elements) {
    if ((element.tag !== 'a' && element.tag !== 'area') || !element.attrs.href) continue;
    const target = classifyReference(element.attrs.href, page, options.siteOrigin);
    if (target.kind === 'external' && !relTokens(element).includes('noopener')) {
      problems.push({ page, line: element.line, url: element.attrs.href, problem: 'missing-noopener' });
    }
  }
  return problems;
}

/**
 * The addresses the sitemaps and feeds at the top of the site give crawlers and feed readers
 * (<loc>, <link>): each must name a page that exists.
 */
export async function checkFeedLinks(root: string, siteOrigin: string): Promise<LinkProblem[]> {
  const feeds = (await readdir(root)).filter((name) => name.endsWith('.xml'));
  const problems: LinkProblem[] = [];
  for (const feed of feeds) {
    const xml = await readFile(join(root, feed), 'utf8');
    for (const match of xml.matchAll(/<(loc|link)>([^<]+)<\/\1>/g)) {
      const target = classifyReference(match[2].trim(), '/', siteOrigin);
      if (target.kind === 'internal' && !fileForUrlPath(root, target.path)) {
        const line = xml.slice(0, match.index).split('\n').length;
        problems.push({ page: `/${feed}`, line, url: match[2].trim(), problem: 'missing-file' });
      }
    }
  }
  return problems;
}

export function describeLinkProblem(p: LinkProblem): string {
  const what = { 'missing-file': 'no such file', 'missing-fragment': 'no element with that id', 'missing-noopener': 'external link without rel="noopener"' }[p.problem];
  return `${p.page} (line ${p.line}): ${p.url} — ${what}`;
}
