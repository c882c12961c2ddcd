import { describe, expect, it } from 'vitest';
import { formatPreviewReport, median, type PreviewFigures, type PreviewReport } from './preview-report.ts';

const bantin: PreviewFigures = { startMs: 28_000, articleMs: [40, 500, 60], homeMs: 10_900, editMs: 13_300, catalogueMs: 14_000, peakTreeBytes: 2.5e9 };
const baseline: PreviewFigures = { startMs: 14_000, articleMs: [10, 12], editMs: 13_300, peakTreeBytes: 1.25e9 };
const report = (x: PreviewFigures, y?: PreviewFigures): PreviewReport => ({
  articles: 10_000,
  seed: 1,
  bantin: x,
  baseline: y,
  machine: { node: 'v24', cores: 2, date: '2026-12-01', load: [3.25, 2, 1] },
});
const rowOf = (text: string, label: string) => text.split('\n').find((line) => line.startsWith(label))!.split(/\s{2,}/);

describe('preview benchmark report', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('puts each figure of bantin beside bare Astro’s with the ratio', () => {
    const text = formatPreviewReport(report(bantin, baseline));
    expect(rowOf(text, 'start to first article page')).toEqual(['start to first article page', '28.0 s', '14.0 s', '2.00×']);
    expect(rowOf(text, 'one article page (median of 3)')).toEqual(['one article page (median of 3)', '60 ms', '11 ms', '5.45×']);
    expect(rowOf(text, 'edit saved to visible')).toEqual(['edit saved to visible in the article', '13.3 s', '13.3 s', '1.00×']);
    expect(rowOf(text, 'peak memory')).toEqual(['peak memory, process tree', '2500 MB', '1250 MB', '2.00×']);
  });

  it('shows a dash and no ratio where bare Astro has no such page', () => {
    const text = formatPreviewReport(report(bantin, baseline));
    expect(rowOf(text, 'home page')).toEqual(['home page (first request)', '10.9 s', '—']);
    expect(rowOf(text, 'catalogue changed')).toEqual(['catalogue changed to visible (units.yaml)', '14.0 s', '—']);
  });

  it('says when bare Astro was not run', () => {
    const text = formatPreviewReport(report(bantin));
    expect(text).toContain('bare Astro (not run)');
    expect(rowOf(text, 'start to first article page')).toEqual(['start to first article page', '28.0 s', '—']);
  });

  it('says by how much the edit misses the 2 s goal, or that it meets it', () => {
    expect(formatPreviewReport(report(bantin, baseline))).toContain('An edit shows in 13.3 s: 11.3 s over the 2.0 s goal.');
    expect(formatPreviewReport(report({ ...bantin, editMs: 2000 }))).toContain('An edit shows in 2.0 s: within the 2.0 s goal.');
    expect(formatPreviewReport(report({ ...bantin, editMs: 850 }))).toContain('An edit shows in 850 ms: within');
  });

  it('names the corpus, the machine and its load', () => {
    expect(formatPreviewReport(report(bantin))).toMatch(/^Preview benchmark \(npm run dev\): 10000 articles \(seed 1\), Node v24, 2 cores, load 3\.3 2\.0 1\.0, 2026-12-01\./);
  });

  it('lines the columns up under their heads', () => {
    const lines = formatPreviewReport(report(bantin, baseline)).split('\n');
    const head = lines.find((l) => l.includes('bare Astro'))!;
    const rule = lines[lines.indexOf(head) + 1];
    expect(rule).toMatch(/^─+( {2}─+){3}$/);
    const start = lines.find((l) => l.startsWith('start'))!;
    expect(start.length).toBe(head.length);
  });
});
