/** Open data (a contract, see src/statistics/open-data.ts and the README): chat-luong.csv. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { FINDING_COLUMNS, toCsv } from '../../statistics/open-data.ts';

export const GET: APIRoute = async () => {
  const { statistics } = await getSite();
  return new Response(toCsv(statistics.findings, FINDING_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
