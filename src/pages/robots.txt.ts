import type { APIContext } from 'astro';
import { robotsTxt } from '../domain/news-sitemap.ts';
import { urls } from '../urls.ts';

export function GET(context: APIContext) {
  const sitemaps = [urls.sitemap(), urls.newsSitemap()].map((path) => new URL(path, context.site).href);
  return new Response(robotsTxt(sitemaps), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
