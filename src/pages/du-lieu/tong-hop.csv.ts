/** Open data (a contract, see src/statistics/open-data.ts and the README): tong-hop.csv. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { TOTAL_COLUMNS } from '../../statistics/open-data.ts';
import { csvResponse } from '../../statistics/open-data-response.ts';

export const GET: APIRoute = async () => {
  const { statistics } = await getSite();
  return csvResponse(statistics.totals, TOTAL_COLUMNS);
};
