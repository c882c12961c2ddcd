/** Open data (a contract, see src/statistics/open-data.ts and the README): chat-luong.csv. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { FINDING_COLUMNS } from '../../statistics/open-data.ts';
import { csvResponse } from '../../statistics/open-data-response.ts';

export const GET: APIRoute = async () => {
  const { statistics } = await getSite();
  return csvResponse(statistics.findings, FINDING_COLUMNS);
};
