/** Open data (a contract, see src/statistics/open-data.ts and the README): tong-hop-tinh-hien-nay.csv. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { TODAY_COLUMNS, toCsv } from '../../statistics/open-data.ts';

export const GET: APIRoute = async () => {
  const { statistics } = await getSite();
  return new Response(toCsv(statistics.todayTotals, TODAY_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
