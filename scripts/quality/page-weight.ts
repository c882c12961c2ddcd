/**
 * What a reader's phone downloads for one built page: the HTML, its stylesheets and scripts, and
 * for each image the one candidate a browser picks at the given screen width. Raw bytes and gzip
 * bytes (what nginx sends for text); images are counted as they are, being compressed already.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { closest, parseHtml, type PageElement } from './html-document.ts';
import { classifyReference } from './links.ts';
import { fileForUrlPath } from './site-files.ts';

export interface WeightPart {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  html: WeightPart;
  css: WeightPart;
  js: WeightPart;
  images: WeightPart;
  total: { bytes: number; gzipBytes: number };
}

export interface WeightOptions {
  /** CSS pixels across the screen; with pixelRatio, the image width a browser asks for. */
  viewportWidth?: number;
  pixelRatio?: number;
}

interface Candidate {
  url: string;
  width?: number;
  density?: number;
}

export function parseSrcset(srcset: string): Candidate[] {
  return srcset.split(',').flatMap((part) => {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) return [];
    const value = parseFloat(descriptor);
    return [descriptor.endsWith('w') ? { url, width: value } : { url, density: value }];
  });
}

/** The srcset candidate a browser would fetch: the smallest that is sharp enough, else the largest. */
export function pickCandidate(candidates: Candidate[], neededWidth: number, pixelRatio: number): string | undefined {
  const byWidth = candidates.filter((c) => c.width).sort((a, b) => a.width! - b.width!);
  if (byWidth.length) return (byWidth.find((c) => c.width! >= neededWidth) ?? byWidth.at(-1))!.url;
  const byDensity = candidates.filter((c) => c.density).sort((a, b) => a.density! - b.density!);
  return (byDensity.find((c) => c.density! >= pixelRatio) ?? byDensity.at(-1))?.url;
}

/** The image URL each <img> loads; inside <picture>, the first <source> stands for the best format. */
function imageUrls(elements: PageElement[], options: Required<WeightOptions>): string[] {
  const needed = options.viewportWidth * options.pixelRatio;
  return elements.flatMap((img) => {
    if (img.tag !== 'img') return [];
    const picture = closest(img, 'picture');
    const source = picture && elements.find((e) => e.tag === 'source' && e.parent === picture && e.attrs.srcset);
    const srcset = source?.attrs.srcset ?? img.attrs.srcset;
    const url = (srcset && pickCandidate(parseSrcset(srcset), needed, options.pixelRatio)) ?? img.attrs.src;
    return url ? [url] : [];
  });
}

function measure(root: string, pagePath: string, urls: string[], compress: boolean): WeightPart {
  const files = [...new Set(urls.flatMap((url) => {
    const target = classifyReference(url, pagePath);
    const file = target.kind === 'internal' ? fileForUrlPath(root, target.path) : undefined;
    return file ? [file] : [];
  }))];
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(file);
    bytes += content.length;
    gzipBytes += compress ? gzipSync(content).length : content.length;
  }
  return { files, bytes, gzipBytes };
}

export function measurePageWeight(root: string, urlPath: string, options: WeightOptions = {}): PageWeight {
  const settings = { viewportWidth: options.viewportWidth ?? 390, pixelRatio: options.pixelRatio ?? 2 };
  const htmlFile = fileForUrlPath(root, urlPath);
  if (!htmlFile) throw new Error(`No page at ${urlPath} in ${root}`);
  const elements = parseHtml(readFileSync(htmlFile, 'utf8'));
  const stylesheets = elements.filter((e) => e.tag === 'link' && /\bstylesheet\b/i.test(e.attrs.rel ?? '') && e.attrs.href);
  const scripts = elements.filter((e) => e.tag === 'script' && e.attrs.src);
  const parts = {
    html: measure(root, urlPath, [urlPath], true),
    css: measure(root, urlPath, stylesheets.map((e) => e.attrs.href), true),
    js: measure(root, urlPath, scripts.map((e) => e.attrs.src), true),
    images: measure(root, urlPath, imageUrls(elements, settings), false),
  };
  const all = Object.values(parts);
  return {
    ...parts,
    total: { bytes: all.reduce((sum, p) => sum + p.bytes, 0), gzipBytes: all.reduce((sum, p) => sum + p.gzipBytes, 0) },
  };
}
