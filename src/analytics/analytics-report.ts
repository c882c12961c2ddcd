/** What `npm run analytics` prints: per file what was read, then the totals and the counters. */
import { visitors } from '../i18n/vi.ts';
import type { AnalyticsReport, FileReport } from './analytics-run.ts';

const t = visitors.report;

function describeFile(file: FileReport): string {
  const parts: string[] = [];
  if (file.outcome === 'missing') parts.push(t.fileMissing);
  else if (file.outcome === 'empty') parts.push(t.fileEmpty);
  else if (file.outcome === 'shrunk') parts.push(t.fileShrunk);
  else if (file.outcome === 'unreadable') parts.push(t.fileUnreadable(file.reason ?? ''));
  else if (file.outcome === 'unchanged') parts.push(t.fileUnchanged);
  else parts.push(t.fileRead(file.lines, file.from, file.to));
  if (file.truncated) parts.push(t.fileTruncated);
  if (file.pending > 0) parts.push(t.filePending(file.pending));
  return t.file(file.path, parts.join('; '));
}

export function formatAnalyticsReport(report: AnalyticsReport, state: string): string {
  const lines: string[] = [];
  if (report.recoveredFrom) lines.push(t.recovered(state, report.recoveredFrom));
  else if (report.newState) lines.push(t.newState(state));
  lines.push(...report.files.map(describeFile), t.summary(report));
  if (report.malformedSample.length > 0) {
    lines.push(t.malformedSample, ...report.malformedSample.map((s) => `  ${s.file} [${s.problem}] ${JSON.stringify(s.line)}`));
  }
  lines.push(t.counters(report.counters), t.written(report.output));
  return lines.join('\n');
}
