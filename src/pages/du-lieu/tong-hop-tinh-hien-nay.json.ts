/** Open data (a contract, see src/statistics/open-data.ts and the README): tong-hop-tinh-hien-nay.json. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { jsonPieces } from '../../statistics/open-data.ts';
import { JSON_TYPE, openDataResponse } from '../../statistics/open-data-response.ts';

export const GET: APIRoute = async () => {
  const { statistics } = await getSite();
  return openDataResponse(jsonPieces(statistics.todayTotals), JSON_TYPE);
};
