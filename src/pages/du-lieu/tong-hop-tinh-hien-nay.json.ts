/** Open data (a contract, see src/statistics/open-data.ts and the README): tong-hop-tinh-hien-nay.json. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { toJson } from '../../statistics/open-data.ts';

export const GET: APIRoute = async () => {
  const { statistics } = await getSite();
  return new Response(toJson(statistics.todayTotals), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
