/**
 * Each article's title and the views it carries over from the old portal, by address: the
 * analytics job reads this file from the built site (src/analytics/site-pages.ts), so it needs
 * neither the content folder nor Astro.
 */
import { getSite } from '../../site/site-data.ts';
import { urls } from '../../urls.ts';
import type { ArticleFacts } from '../../analytics/site-pages.ts';

export async function GET() {
  const site = await getSite();
  const facts: Record<string, ArticleFacts> = {};
  for (const article of site.articles) facts[urls.article(article.slug)] = { title: article.title, legacyViews: article.legacyViews ?? 0 };
  return new Response(JSON.stringify(facts), { headers: { 'Content-Type': 'application/json' } });
}
