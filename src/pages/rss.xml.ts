import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSite } from '../site/site-data.ts';
import { getPortal } from '../site/portal.ts';
import { urls } from '../urls.ts';
import { FEED_COUNT } from '../config.ts';

export async function GET(context: APIContext) {
  const site = await getSite();
  return rss({
    title: getPortal().name,
    description: getPortal().description,
    site: context.site!,
    customData: '<language>vi</language>',
    items: site.articles.slice(0, FEED_COUNT).map((a) => ({
      title: a.title,
      description: a.summary,
      pubDate: a.publishedAt,
      link: urls.article(a.slug),
      author: a.author,
      categories: a.tags,
    })),
  });
}
