/** Open data (a contract, see src/statistics/open-data.ts and the README): tong-hop-tinh-hien-nay.json. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { jsonResponse } from '../../statistics/open-data-response.ts';

export const GET: APIRoute = async () => {
  const { statistics } = await getSite();
  return jsonResponse(statistics.todayTotals);
};
