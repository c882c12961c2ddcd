/**
 * During `npm run build`, hands every rendered article page to the search stage
 * (src/search/search-stage.ts), so the search index needs no second pass over the built site.
 * Does nothing in `astro dev` (no stage is set there) and leaves other pages' bodies unread.
 */
import { defineMiddleware } from 'astro:middleware';
import { articleSlug, STAGE_ENV, stageRenderedPage } from './search/search-stage.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const stage = process.env[STAGE_ENV];
  if (!stage || !context.isPrerendered || response.status !== 200 || !articleSlug(context.url.pathname)) return response;
  const html = await response.text();
  stageRenderedPage(context.url.pathname, html, stage);
  return new Response(html, response);
});
