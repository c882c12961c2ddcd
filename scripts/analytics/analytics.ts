/**
 * npm run analytics -- [--site dist] [--state <file>] [--baseline <n>] [--wait <s>] <log files…>
 * Counts the page views in nginx/Apache access logs into the visitor counters of the built site
 * (src/analytics/). Meant to run every few minutes from cron or a systemd timer (README).
 */
import { parseArgs } from 'node:util';
import { AnalyticsInputError, runAnalytics } from '../../src/analytics/analytics-run.ts';
import { StateBusyError } from '../../src/analytics/state-store.ts';
import { formatAnalyticsReport } from '../../src/analytics/analytics-report.ts';
import { analyticsBaseline } from '../../src/config.ts';
import { visitors } from '../../src/i18n/vi.ts';

const t = visitors.report;
let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      site: { type: 'string', default: 'dist' },
      state: { type: 'string', default: '.bantin/luot-xem.sqlite' },
      baseline: { type: 'string' },
      wait: { type: 'string', default: '60' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${t.usage}`);
  process.exit(2);
}
const { values, positionals } = args;
if (positionals.length === 0) {
  console.error(t.usage);
  process.exit(2);
}
const baselineText = values.baseline ?? analyticsBaseline();
if (baselineText !== undefined && !/^\d+$/.test(baselineText)) {
  console.error(t.badBaseline(baselineText));
  process.exit(2);
}
try {
  const report = await runAnalytics({
    site: values.site,
    state: values.state,
    files: positionals,
    baseline: baselineText === undefined ? 0 : Number(baselineText),
    waitMs: Number(values.wait) * 1000,
  });
  console.log(formatAnalyticsReport(report, values.state));
} catch (error) {
  if (error instanceof StateBusyError) {
    console.error(t.busy(values.state));
    process.exit(75);
  }
  if (error instanceof AnalyticsInputError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
