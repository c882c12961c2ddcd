/** Open data (a contract, see src/statistics/open-data.ts and the README): chi-so.csv. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { FACT_COLUMNS, csvPieces } from '../../statistics/open-data.ts';
import { CSV_TYPE, openDataResponse } from '../../statistics/open-data-response.ts';

export const GET: APIRoute = async () => {
  const { statistics } = await getSite();
  return openDataResponse(csvPieces(statistics.facts, FACT_COLUMNS), CSV_TYPE);
};
