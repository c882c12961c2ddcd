/**
 * What a reader sees on the built sample portal (content/): figures formatted the Vietnamese
 * way, archives that list the right articles, drafts kept out, feeds that parse.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { distDir, readPage } from '../helpers/site.ts';

const REPORT_A = '/bai-viet/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022/';
const REPORT_C = '/bai-viet/ninh-binh-so-ket-6-thang-cong-tac-dan-van-va-3-nam-phoi-hop-voi-bo-chqs-tinh/';
const DRAFT_SLUG = 'ban-nhap-ke-hoach-phoi-hop-cong-tac-dan-van-nam-2025';

/** Text of the page with tags removed and white space folded, as a reader would scan it. */
const visibleText = (html: string) =>
  html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');

const figuresOf = (html: string) => visibleText(html.match(/<section class="figures"[\s\S]*?<\/section>/)?.[0] ?? '');
const articleLinks = (html: string) => [...html.matchAll(/href="\/bai-viet\/([^/"]+)\/"/g)].map((m) => m[1]);

describe('article page', () => {
  it('shows the figures box with Vietnamese number formats, qualifiers and organisations', async () => {
    const figures = figuresOf(await readPage(REPORT_A));
    expect(figures).toContain('Số liệu trong bài (6 tháng đầu năm 2022)');
    expect(figures).toContain('trên 239 triệu đồng');
    expect(figures).toContain('12,6 triệu đồng');
    expect(figures).toContain('120,5 triệu đồng');
    expect(figures).toContain('trên 200 suất');
    expect(figures).toContain('100%');
    expect(figures).toContain('Hội Cựu chiến binh');
    const c = figuresOf(await readPage(REPORT_C));
    expect(c).toContain('1.600 người');
    expect(c).toContain('trên 7 tỷ đồng');
    expect(c).toContain('gần 45.000 lượt');
  });

  it('gives the date in Vietnamese style with weekday and time', async () => {
    expect(visibleText(await readPage(REPORT_A))).toContain('Thứ Sáu, 29/07/2022 16:05');
  });

  it('serves cover and body photos as WebP srcsets sized to the reading column, with alt text and captions', async () => {
    const html = await readPage(REPORT_A);
    const cover = html.match(/<img[^>]+alt="Toàn cảnh hội trường[^>]*>/)?.[0] ?? '';
    expect(cover).toMatch(/srcset="[^"]*\.webp 480w, [^"]*\.webp 800w"/);
    expect(cover).toContain('sizes="(min-width: 46rem) 44rem, 100vw"');
    const body = html.match(/<figure><img[^>]+alt="Chính trị viên Ban CHQS huyện[^>]*><figcaption>Đồng chí Chính trị viên/)?.[0] ?? '';
    expect(body).toMatch(/srcset="[^"]*\.webp 480w, [^"]*\.webp 800w"/);
    // Without it a desktop browser would pick by the photo's full width, not the 44rem column.
    expect(body).toContain('sizes="(min-width: 46rem) 44rem, 100vw"');
  });

  it('links breadcrumbs, unit hierarchy, author and related articles', async () => {
    const html = await readPage(REPORT_A);
    expect(html).toContain('href="/nam/2022/"');
    expect(html).toContain('href="/don-vi/quang-tri/"');
    expect(html).toContain('href="/don-vi/hai-lang/"');
    expect(html).toMatch(/href="\/tac-gia\/[a-z-]+\/"/);
    expect(html).toMatch(/<section class="related"[\s\S]*href="\/bai-viet\//);
  });

  it('describes itself to search engines and social networks', async () => {
    const html = await readPage(REPORT_A);
    expect(html).toContain(`<link rel="canonical" href="https://dvqs.example.gov.vn${REPORT_A}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]);
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'vi', datePublished: '2022-07-29T16:05:00+07:00' });
  });
});

describe('archives', () => {
  it('lists every article of a year on its year page, and only those', async () => {
    const links = articleLinks(await readPage('/nam/2022/'));
    expect(new Set(links)).toEqual(new Set([
      'ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022',
      'ea-kar-ky-ket-chuong-trinh-phoi-hop-giai-doan-2022-2027',
      'hoi-cuu-chien-binh-xa-hai-chanh-ban-giao-nha-tinh-nghia',
    ]));
  });

  it('lists a district\'s articles on its province page', async () => {
    const links = articleLinks(await readPage('/don-vi/quang-tri/'));
    expect(links).toContain('ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022');
    expect(links).toContain('quang-tri-tong-ket-phoi-hop-giua-bo-chqs-tinh-va-cac-doan-the-nam-2017');
  });

  it('gathers a tag written with and without capitals on one page', async () => {
    const html = await readPage('/chu-de/doan-thanh-nien/');
    expect(articleLinks(html).length).toBeGreaterThan(3);
  });

  it('has a year index, a 404 page and a search page', () => {
    for (const file of ['nam/index.html', '404.html', 'tim-kiem/index.html', 'don-vi/index.html', 'chu-de/index.html']) {
      expect(existsSync(join(distDir(), file)), file).toBe(true);
    }
  });
});

describe('drafts', () => {
  it('leaves draft articles out of the production build everywhere', async () => {
    expect(existsSync(join(distDir(), 'bai-viet', DRAFT_SLUG))).toBe(false);
    for (const page of ['/', '/nam/2024/', '/rss.xml', '/sitemap-0.xml']) {
      expect(await readPage(page), page).not.toContain(DRAFT_SLUG);
    }
  });
});

describe('feeds', () => {
  const xml = new XMLParser({ ignoreAttributes: false });

  it('publishes a valid RSS 2.0 feed of the newest articles', async () => {
    const feed = xml.parse(await readPage('/rss.xml'));
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss.channel.language).toBe('vi');
    const items = feed.rss.channel.item;
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(/^https:\/\/dvqs\.example\.gov\.vn\/bai-viet\/[a-z0-9-]+\/$/);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
  });

  it('lists in the sitemap only pages that exist', async () => {
    const index = xml.parse(await readPage('/sitemap-index.xml'));
    const sitemaps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
    const urls: string[] = [];
    for (const path of sitemaps) {
      urls.push(...[xml.parse(await readPage(path)).urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname));
    }
    expect(urls).toContain(REPORT_A);
    for (const path of urls) expect(existsSync(join(distDir(), path, 'index.html')), path).toBe(true);
  });
});
