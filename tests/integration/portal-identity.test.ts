/**
 * The portal's identity on the built sample site: who runs it in the footer of every page
 * (Nghị định 42/2022/NĐ-CP), its name, description and menu from content/site.yaml, and what
 * search engines and news aggregators read (robots.txt, the sitemaps, the publisher's logo).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltPages, type BuiltPage } from '../helpers/built-pages.ts';
import { distDir, readPage } from '../helpers/site.ts';
import { getPortal } from '../../src/site/portal.ts';
import { portalLabels } from '../../src/i18n/vi.ts';
import type { Portal } from '../../src/schema/portal.ts';

let pages: BuiltPage[];
let portal: Portal;
beforeAll(async () => {
  pages = await readBuiltPages(distDir());
  portal = getPortal();
});
const footerOf = (html: string) => html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));
const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

describe('who runs the portal', () => {
  it('is in the footer of every page: agency, person responsible, address, telephone, e-mail', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const footer = decode(footerOf(page.html));
      // The telephone number is written with no-break spaces, so that it never splits across lines.
      for (const value of [portal.agency, portal.responsible, portal.address, portal.phone.replace(/ /g, '\u00a0'), portal.email]) {
        expect(footer, `${page.urlPath} › ${value}`).toContain(value);
      }
      expect(footer, page.urlPath).toContain(`href="mailto:${portal.email}"`);
    }
  });
  it('says on every page that the sample portal’s values are sample ones', () => {
    expect(portal.sample).toBe(true);
    for (const page of pages) expect(footerOf(page.html), page.urlPath).toContain(portalLabels.sample);
  });
});

describe('the name, description and menu', () => {
  it('come from content/site.yaml', async () => {
    const home = await readPage('/');
    expect(home).toContain(`<title>${portal.name}</title>`);
    expect(decode(home)).toContain(`<meta name="description" content="${portal.description}">`);
    const menu = [...home.slice(home.indexOf('<nav class="site-nav"'), home.indexOf('</nav>')).matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)];
    expect(menu.map((m) => ({ href: m[1], label: m[2] }))).toEqual(portal.navigation);
    const article = pages.find((p) => p.urlPath.startsWith('/bai-viet/'))!;
    expect(article.html).toMatch(new RegExp(`<title>[^<]+ \\| ${portal.shortName}</title>`));
  });
});

describe('search engines and news aggregators', () => {
  it('find the sitemaps in robots.txt, each one built', async () => {
    const robots = await readFile(join(distDir(), 'robots.txt'), 'utf8');
    const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => new URL(m[1]).pathname);
    expect(sitemaps).toEqual(['/sitemap-index.xml', '/sitemap-news.xml']);
    for (const path of sitemaps) expect(existsSync(join(distDir(), path)), path).toBe(true);
    expect(robots).toMatch(/^User-agent: \*$/m);
  });
  it('read a news sitemap that lists only the last two days’ articles', async () => {
    const xml = await readFile(join(distDir(), 'sitemap-news.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset [^>]*xmlns:news="http:\/\/www.google.com\/schemas\/sitemap-news\/0.9"/);
    const twoDaysAgo = Date.now() - 2 * 24 * 3600 * 1000;
    for (const [, date] of xml.matchAll(/<news:publication_date>([^<]+)</g)) expect(Date.parse(date)).toBeGreaterThan(twoDaysAgo - 3600_000);
  });
  it('read the publisher with the agency’s logo in every article’s NewsArticle data', () => {
    const articles = pages.filter((p) => p.urlPath.startsWith('/bai-viet/'));
    expect(articles.length).toBeGreaterThan(3);
    expect(existsSync(join(distDir(), portal.logo))).toBe(true);
    for (const page of articles) {
      const data = JSON.parse(page.html.match(/<script type="application\/ld\+json">([^<]+)<\/script>/)![1].replace(/\\u003c/g, '<'));
      expect(data.publisher, page.urlPath).toEqual({ '@type': 'Organization', name: portal.name, logo: { '@type': 'ImageObject', url: expect.stringMatching(/^https:\/\/.+\/logo\.png$/) } });
    }
  });
});
