import type { APIContext } from 'astro';
import { getSite } from '../site/site-data.ts';
import { getPortal } from '../site/portal.ts';
import { newsSitemapXml, recentNews } from '../domain/news-sitemap.ts';
import { urls } from '../urls.ts';

/** Rebuilt with every build: "the last two days" are those before the build that publishes. */
export async function GET(context: APIContext) {
  const site = await getSite();
  const items = recentNews(site.articles, new Date()).map((a) => ({
    url: new URL(urls.article(a.slug), context.site).href,
    title: a.title,
    publishedAt: a.publishedAt,
  }));
  return new Response(newsSitemapXml(items, getPortal().name), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
