import { describe, expect, it } from 'vitest';
import { escapeXml, NEWS_SITEMAP_LIMIT, newsSitemapXml, recentNews, robotsTxt } from './news-sitemap.ts';

const now = new Date('2026-12-01T10:00:00Z');
const at = (iso: string) => ({ publishedAt: new Date(iso), title: iso });

describe('the news sitemap', () => {
  it('lists the articles of the last two days before the build, newest first', () => {
    const articles = [at('2026-11-29T10:00:00Z'), at('2026-11-29T10:00:01Z'), at('2026-12-01T09:59:00Z'), at('2026-11-30T00:00:00Z')];
    expect(recentNews(articles, now).map((a) => a.title)).toEqual(['2026-12-01T09:59:00Z', '2026-11-30T00:00:00Z', '2026-11-29T10:00:01Z']);
  });
  it('leaves out what is published later than the build, and keeps what is published at that instant', () => {
    expect(recentNews([at('2026-12-01T10:00:01Z'), at('2026-12-01T10:00:00Z')], now).map((a) => a.title)).toEqual(['2026-12-01T10:00:00Z']);
  });
  it('lists at most the 1 000 newest', () => {
    const many = Array.from({ length: NEWS_SITEMAP_LIMIT + 5 }, (_, i) => at(new Date(now.getTime() - (i + 1) * 60_000).toISOString()));
    const listed = recentNews(many, now);
    expect(listed).toHaveLength(1000);
    expect(listed[0]).toBe(many[0]);
  });
  it('writes each article with its publication, language, date in Vietnam time and title, escaped', () => {
    const xml = newsSitemapXml([{ url: 'https://x.vn/bai-viet/a/?b=1&c=2', title: 'Hội "CCB" <tỉnh>', publishedAt: new Date('2026-11-30T01:30:00Z') }], 'Cổng & tin');
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
        '<url><loc>https://x.vn/bai-viet/a/?b=1&amp;c=2</loc><news:news><news:publication><news:name>Cổng &amp; tin</news:name>' +
        '<news:language>vi</news:language></news:publication><news:publication_date>2026-11-30T08:30:00+07:00</news:publication_date>' +
        '<news:title>Hội &quot;CCB&quot; &lt;tỉnh&gt;</news:title></news:news></url>\n</urlset>\n',
    );
  });
  it('is still a valid, empty sitemap when nothing is that recent', () => {
    expect(newsSitemapXml([], 'Cổng')).toMatch(/<urlset [^>]+>\n<\/urlset>\n$/);
  });
  it('escapes every character XML reserves', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });
});

describe('robots.txt', () => {
  it('lets every crawler in and names each sitemap', () => {
    expect(robotsTxt(['https://x.vn/sitemap-index.xml', 'https://x.vn/sitemap-news.xml'])).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.vn/sitemap-index.xml\nSitemap: https://x.vn/sitemap-news.xml\n',
    );
  });
});
