import { describe, expect, it } from 'vitest';
import { checkReviewPeriod } from './review-period.ts';

const article = (extra: Record<string, unknown> = {}) => ({
  kind: 'so-ket' as const,
  title: 'Gia Viễn sơ kết công tác dân vận 6 tháng đầu năm 2025',
  publishedAt: new Date('2025-07-07T09:00:00Z'),
  period: undefined as { from: string; to: string } | undefined,
  indicators: [{ key: 'tuyen-quan-nguoi', value: 168, qualifier: 'exact' as const }],
  ...extra,
});
const check = (extra: Record<string, unknown> = {}) => checkReviewPeriod('content/articles/2025/a/index.md', article(extra) as never, () => 4);

describe('a review with figures states its period', () => {
  it('refuses a sơ kết without period, suggesting the one its title names', () => {
    expect(check()).toEqual([
      {
        file: 'content/articles/2025/a/index.md',
        line: 4,
        field: 'period',
        message:
          'Bài sơ kết, tổng kết có số liệu phải ghi kỳ báo cáo (period), nếu không số liệu sẽ bị tính vào ngày đăng bài; theo tiêu đề, hãy thêm dòng: period: { from: "2025-01-01", to: "2025-06-30" }',
      },
    ]);
  });

  it('says what to write when the title names no period', () => {
    const [error] = check({ kind: 'tong-ket', title: 'Tổng kết chương trình phối hợp' });
    expect(error.message).toMatch(/hãy thêm dòng: period: \{ from: "YYYY-MM-DD", to: "YYYY-MM-DD" \}/);
  });

  it('accepts a review with its period, or whose every figure has its own', () => {
    expect(check({ period: { from: '2025-01-01', to: '2025-06-30' } })).toEqual([]);
    expect(check({ indicators: [{ key: 'a', value: 1, qualifier: 'exact', period: { from: '2025-01-01', to: '2025-03-31' } }] })).toEqual([]);
  });

  it('accepts a review without figures, and news items that default to the day of publication', () => {
    expect(check({ indicators: [] })).toEqual([]);
    expect(check({ kind: 'tin-hoat-dong' })).toEqual([]);
    expect(check({ kind: 'hoi-nghi' })).toEqual([]);
  });
});
