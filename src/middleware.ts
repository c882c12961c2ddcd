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
  const slug = articleSlug(context.url.pathname);
  if (!stage || !slug || !context.isPrerendered || response.status !== 200) return response;
  const html = await response.text();
  stageRenderedPage(stage, slug, html);
  return new Response(html, response);
});
