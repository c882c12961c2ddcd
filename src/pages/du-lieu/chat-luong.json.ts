/** Open data (a contract, see src/statistics/open-data.ts and the README): chat-luong.json. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { toJson } from '../../statistics/open-data.ts';

export const GET: APIRoute = async () => {
  const { statistics } = await getSite();
  return new Response(toJson(statistics.findings), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
