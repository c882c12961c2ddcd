import { describe, expect, it } from 'vitest';
import { formatReport, type BenchReport, type SiteFigures } from './report.ts';
import type { PageWeight } from '../quality/page-weight.ts';

const part = (gzipBytes: number) => ({ files: [], bytes: gzipBytes * 3, gzipBytes });
const site = (seconds: number, extra?: Record<string, number>): SiteFigures => ({
  phases: { setup: 1000, bundle: 1000, render: 1000, images: 0, finish: 0, pages: 3000, search: 1000, other: 0, total: seconds * 1000 },
  extra,
  peakTreeBytes: 1e9,
  htmlPages: 1000,
  distBytes: 5e7,
  searchIndexBytes: 3e6,
  search: { query: 'dân vận', results: 10, files: [], total: 150_000, gzipTotal: 140_000, byKind: {} },
});
const weight: PageWeight = { html: part(5000), css: part(2000), js: part(200), images: { files: [], bytes: 40_000, gzipBytes: 40_000 }, total: { bytes: 0, gzipBytes: 0 } };
const report = (bantin: SiteFigures): BenchReport => ({
  articles: 1000,
  seed: 1,
  warm: false,
  repeat: 1,
  corpus: { mdx: 50, photos: 120, bytes: 12e6, ms: 2000 },
  bantin,
  baseline: site(10),
  pageWeights: [{ page: '/bai-viet/mot-bai/', weight }],
  machine: { node: 'v24', cores: 2, memoryBytes: 24e9, date: '2026-01-01' },
});

describe('benchmark report', () => {
  it('puts bantin beside the baseline with the ratio of the two', () => {
    const text = formatReport(report(site(20)));
    expect(text).toMatch(/total\s+20\.0 s\s+10\.0 s\s+2\.00×/);
    expect(text).toMatch(/bytes one search fetches \("dân vận"\)\s+140\.0 KB\s+140\.0 KB\s+1\.00×/);
  });

  it('shows analytics as not built, and statistics as part of the pages, until buildSite times them', () => {
    expect(formatReport(report(site(20)))).toMatch(/analytics\s+n\/a \(not built yet\)/);
    expect(formatReport(report(site(20)))).toMatch(/statistics\s+in pages \(\/thong-ke\/\)/);
    expect(formatReport(report(site(20, { statistics: 4200 })))).toMatch(/statistics\s+4\.2 s/);
  });

  it('weighs HTML, CSS and JS together and images apart', () => {
    expect(formatReport(report(site(20)))).toMatch(/\/bai-viet\/mot-bai\/\s+5\.0 KB\s+2\.0 KB\s+0\.2 KB\s+7\.2 KB\s+40\.0 KB/);
  });

  it('says the baseline was not run on a bantin-only scale check, without ratios', () => {
    const text = formatReport({ ...report(site(20)), baseline: undefined });
    expect(text).toContain('bare Astro + Pagefind (not run)');
    expect(text).toMatch(/total\s+20\.0 s\s+—\s*$/m);
    expect(text).toContain('baseline not run.');
  });
});
