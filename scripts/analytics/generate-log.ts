/**
 * Writes a generated access log (access-log-generator.ts) for a built site:
 *   node scripts/analytics/generate-log.ts --site dist --out access.log [--lines 80000] [--days 30] [--end 2026-11-26T10:15:00+07:00]
 */
import { parseArgs } from 'node:util';
import { writeAccessLog } from './write-access-log.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    out: { type: 'string', default: '.bantin/sample-log/access.log' },
    lines: { type: 'string', default: '80000' },
    days: { type: 'string', default: '30' },
    end: { type: 'string', default: '2026-11-26T10:15:00+07:00' },
  },
});
const written = await writeAccessLog(values.site, values.out, { lines: Number(values.lines), days: Number(values.days), end: Date.parse(values.end) });
console.log(`${values.out}: ${written} dòng`);
