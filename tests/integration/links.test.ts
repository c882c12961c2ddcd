import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/config.ts';
import { checkFeedLinks, checkSiteLinks, describeLinkProblem } from '../../scripts/quality/links.ts';
import { BROKEN_SITE } from '../helpers/built-pages.ts';
import { distDir } from '../helpers/site.ts';

describe('links of the built portal', () => {
  it('resolves every internal link, image, stylesheet and script, and opens other sites with noopener', async () => {
    const problems = await checkSiteLinks(distDir(), { siteOrigin: SITE_URL });
    expect(problems.map(describeLinkProblem)).toEqual([]);
  });

  it('lists in the sitemaps and the RSS feed only pages that exist', async () => {
    expect((await checkFeedLinks(distDir(), SITE_URL)).map(describeLinkProblem)).toEqual([]);
  });
});

describe('the link gate on the broken site', () => {
  it('reports each broken reference and the external link without noopener, and nothing else', async () => {
    const problems = await checkSiteLinks(BROKEN_SITE);
    expect(problems.map((p) => [p.page, p.url, p.problem])).toEqual([
      ['/broken-link.html', '/khong-co-trang-nay/', 'missing-file'],
      ['/broken-link.html', '/#khong-co-muc-nay', 'missing-fragment'],
      ['/broken-link.html', '/mat-anh.png', 'missing-file'],
      ['/external-link.html', 'https://example.org/', 'missing-noopener'],
    ]);
  });
});
