import { describe, expect, it } from 'vitest';
import { formatAnalyticsReport } from './analytics-report.ts';
import type { AnalyticsReport, FileReport } from './analytics-run.ts';

const file = (over: Partial<FileReport>): FileReport => ({ path: 'access.log', outcome: 'read', lines: 0, from: 0, to: 0, truncated: false, pending: 0, ...over });
const report = (over: Partial<AnalyticsReport> = {}): AnalyticsReport => ({
  files: [], lines: 10, counted: 4, bots: 2, notPages: 3, malformed: 1, late: 0, malformedSample: [],
  counters: { online: 1, today: 4, week: 9, total: 1000 }, newState: false, output: 'dist/luot-xem', ...over,
});

describe('formatAnalyticsReport', () => {
  it('says per file what was read, then the totals, the counters and where they went', () => {
    const text = formatAnalyticsReport(report({ files: [file({ lines: 10, from: 0, to: 2048, pending: 17 })] }), 's.sqlite');
    expect(text.split('\n')).toEqual([
      '  access.log: đọc 10 dòng (byte 0 → 2048); 17 byte của dòng cuối chưa ghi xong, chờ lần sau',
      'Tổng: 10 dòng; 4 lượt xem trang được đếm; 2 của máy (bot); 3 không phải lượt xem trang; 1 dòng sai dạng; 0 thuộc ngày đã khóa sổ (không đếm).',
      'Đang online 1 · Hôm nay 4 · Trong tuần 9 · Tất cả 1000',
      'Đã ghi dist/luot-xem',
    ]);
  });

  it('names every outcome of a file', () => {
    const outcomes: [Partial<FileReport>, string][] = [
      [{ outcome: 'missing' }, 'không có tệp này'],
      [{ outcome: 'empty' }, 'tệp rỗng'],
      [{ outcome: 'shrunk' }, 'tệp ngắn hơn phần đã đọc lần trước: bỏ qua'],
      [{ outcome: 'unreadable', reason: 'incorrect header check' }, 'không đọc được (incorrect header check)'],
      [{ outcome: 'unreadable' }, 'không đọc được ()'],
      [{ outcome: 'unchanged' }, 'không có gì mới'],
      [{ lines: 3, from: 5, to: 9, truncated: true }, 'đọc 3 dòng (byte 5 → 9); tệp gzip bị cắt cụt: đã đếm các dòng trước chỗ cắt'],
    ];
    for (const [over, expected] of outcomes) expect(formatAnalyticsReport(report({ files: [file(over)] }), 's').split('\n')[0]).toBe(`  access.log: ${expected}`);
  });

  it('says when the state was new or was broken and moved aside', () => {
    expect(formatAnalyticsReport(report({ newState: true }), 's.sqlite').split('\n')[0]).toMatch(/^Tệp trạng thái s\.sqlite mới/);
    const recovered = formatAnalyticsReport(report({ newState: true, recoveredFrom: 's.sqlite.hong-1' }), 's.sqlite').split('\n');
    expect(recovered[0]).toMatch(/^Tệp trạng thái s\.sqlite hỏng, đã được chuyển sang s\.sqlite\.hong-1/);
    expect(recovered[1]).toMatch(/^Tổng/);
  });

  it('shows a sample of the malformed lines', () => {
    const text = formatAnalyticsReport(report({ malformedSample: [{ file: 'a.log', problem: 'not-combined', line: 'rác "x"' }] }), 's');
    expect(text).toContain('Ví dụ dòng sai dạng:\n  a.log [not-combined] "rác \\"x\\""\n');
  });
});
