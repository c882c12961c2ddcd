/**
 * One page of each type the portal builds, picked from the built site, for the tests that load
 * pages in a browser. SECTIONS says which type covers each top-level folder of dist/, so a new
 * kind of page (statistics…) fails the coverage test until it is added here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles, urlPathOfFile } from '../../scripts/quality/site-files.ts';

export const PAGE_TYPES = ['home', 'article', 'year', 'unit', 'tag', 'author', 'years', 'units', 'tags', 'notFound', 'search', 'statistics', 'statisticsIndicator', 'visitorStatistics'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Top-level folder of dist/ (or file) → the page types that cover it. */
export const SECTIONS: Record<string, PageType[]> = {
  'index.html': ['home'],
  '404.html': ['notFound'],
  'bai-viet': ['article'],
  nam: ['years', 'year'],
  'don-vi': ['units', 'unit'],
  'chu-de': ['tags', 'tag'],
  'tac-gia': ['author'],
  'tim-kiem': ['search'],
  'thong-ke': ['statistics', 'statisticsIndicator'],
  'thong-ke-truy-cap': ['visitorStatistics'],
};

/** The richest article (cover photo, figures, related list) shows the most that can go wrong. */
function richness(html: string): number {
  return ['<picture', 'class="figures"', 'class="related"', '<table', '<img'].filter((marker) => html.includes(marker)).length;
}

/** The page of each type: the index pages by address; for the others, the one with the most in it. */
export async function pickPageTypes(distDir: string): Promise<Record<PageType, string>> {
  const files = await listHtmlFiles(distDir);
  const pathsIn = (folder: string) => files.filter((f) => f.startsWith(`${folder}/`) && f !== `${folder}/index.html`);
  const largest = (folder: string, score = (html: string) => html.length) => {
    const candidates = pathsIn(folder);
    if (candidates.length === 0) throw new Error(`The built site has no page under /${folder}/`);
    const scored = candidates.map((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      return { file, score: score(html) * 1e7 + html.length };
    });
    return urlPathOfFile(scored.sort((a, b) => b.score - a.score)[0].file);
  };
  return {
    home: '/',
    article: largest('bai-viet', richness),
    year: largest('nam'),
    unit: largest('don-vi'),
    tag: largest('chu-de'),
    author: largest('tac-gia'),
    years: '/nam/',
    units: '/don-vi/',
    tags: '/chu-de/',
    // Served as /404.html it answers 200; an unknown address gets the same page with a 404.
    notFound: '/404.html',
    search: '/tim-kiem/',
    statistics: '/thong-ke/',
    visitorStatistics: '/thong-ke-truy-cap/',
    // The indicator with the most in it: chart, wide year × unit table, organisations, sources.
    statisticsIndicator: largest('thong-ke/chi-tieu'),
  };
}

/** Top-level sections of the built site that no page type covers. */
export async function uncoveredSections(distDir: string): Promise<string[]> {
  const files = await listHtmlFiles(distDir);
  const sections = new Set(files.map((f) => f.split('/')[0]));
  // Pagefind's own files are not pages of ours.
  sections.delete('pagefind');
  return [...sections].filter((s) => !(s in SECTIONS));
}
