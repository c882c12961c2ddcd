/**
 * npm run analytics:sample (part of `npm start`): gives the sample portal live counters. Writes a
 * generated month of nginx traffic for the built site once (deterministic) and runs the
 * analytics job on it, as cron would on a real server. The tests' built site gets the same.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runAnalytics, type AnalyticsReport } from '../../src/analytics/analytics-run.ts';
import { formatAnalyticsReport } from '../../src/analytics/analytics-report.ts';
import { writeAccessLog } from './write-access-log.ts';

/** The sample log's last moment: a Thursday morning, so every counter has something to show. */
export const SAMPLE_LOG_END = Date.parse('2026-11-26T10:15:00+07:00');

export async function publishSampleCounters(site: string, folder: string): Promise<{ report: AnalyticsReport; log: string; state: string }> {
  const log = join(folder, 'access.log');
  const state = join(folder, 'luot-xem.sqlite');
  if (!existsSync(log)) await writeAccessLog(site, log, { lines: 80_000, days: 30, end: SAMPLE_LOG_END });
  const report = await runAnalytics({ site, state, files: [log], baseline: 1_250_000 });
  return { report, log, state };
}

if (import.meta.main) {
  const { report, state } = await publishSampleCounters('dist', '.bantin/sample-log');
  console.log(formatAnalyticsReport(report, state));
}
