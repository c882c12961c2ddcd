import { getSite } from '../site/site-data.ts';
import { latestArticles } from '../domain/article-sidebar.ts';
import { urls } from '../urls.ts';
import { SIDEBAR_COUNT } from '../config.ts';

/** The latest articles for every article page's side column, in one small file built each time. */
export async function GET() {
  const site = await getSite();
  return new Response(JSON.stringify(latestArticles(site.articles, SIDEBAR_COUNT, urls.article)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
