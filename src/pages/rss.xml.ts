import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSite } from '../site/site-data.ts';
import { site as siteText } from '../i18n/vi.ts';
import { urls } from '../urls.ts';
import { FEED_COUNT } from '../config.ts';

export async function GET(context: APIContext) {
  const site = await getSite();
  return rss({
    title: siteText.name,
    description: siteText.tagline,
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
