/** Open data (a contract, see src/statistics/open-data.ts and the README): chi-so.csv. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { FACT_COLUMNS } from '../../statistics/open-data.ts';
import { csvResponse } from '../../statistics/open-data-response.ts';

export const GET: APIRoute = async () => {
  const { statistics } = await getSite();
  return csvResponse(statistics.facts, FACT_COLUMNS);
};
