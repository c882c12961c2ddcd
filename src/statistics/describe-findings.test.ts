import { describe, expect, it } from 'vitest';
import { describeFinding, findingWarnings, type FindingNames } from './describe-findings.ts';
import { buildStatistics } from './statistics.ts';

const names: FindingNames = {
  indicator: (key) => (key === 'nha' ? { label: 'Nhà tình nghĩa', unit: 'nhà' } : undefined),
  unit: (key) => (key === 'hai-lang' ? 'Huyện Hải Lăng' : undefined),
  org: (key) => (key === 'hoi-ccb' ? 'Hội CCB' : undefined),
  article: (slug) => (slug === 'a' ? 'Bài A' : undefined),
};
const at = (slug: string, unit: string, period: { from: string; to: string }, entries: Array<{ key?: string; value: number; org?: string; qualifier?: 'over' }>) => ({
  slug,
  unit,
  period,
  publishedAt: new Date('2023-01-01T00:00:00Z'),
  indicators: entries.map((e) => ({ key: 'nha', qualifier: 'exact' as const, ...e })),
});
const findingsOf = (articles: ReturnType<typeof at>[]) =>
  buildStatistics({ articles, indicators: new Map([['nha', { aggregate: 'sum' as const }]]), units: [{ key: 'hai-lang', level: 'huyen' }, { key: 'x', level: 'tinh' }] }).findings;

describe('findings in words', () => {
  it('says which figure was superseded and by which', () => {
    const [finding] = findingsOf([at('a', 'hai-lang', { from: '2022-01-01', to: '2022-06-30' }, [{ value: 2, org: 'hoi-ccb' }]), at('b', 'hai-lang', { from: '2022-01-01', to: '2022-12-31' }, [{ value: 5, org: 'hoi-ccb', qualifier: 'over' }])]);
    expect(describeFinding(finding, names)).toEqual({
      kind: 'superseded',
      text: 'Nhà tình nghĩa (Huyện Hải Lăng, Hội CCB, 6 tháng đầu năm 2022) 2 nhà: không cộng, vì đã có Nhà tình nghĩa (Huyện Hải Lăng, Hội CCB, năm 2022) trên 5 nhà bao gồm kỳ này',
      articles: ['a', 'b'],
    });
  });

  it('says which spans overlap and which was kept', () => {
    const [finding] = findingsOf([at('a', 'hai-lang', { from: '2022-01-01', to: '2022-08-31' }, [{ value: 4 }]), at('b', 'hai-lang', { from: '2022-06-01', to: '2022-12-31' }, [{ value: 3 }])]);
    expect(describeFinding(finding, names)).toEqual({
      kind: 'overlap',
      text: 'Nhà tình nghĩa (Huyện Hải Lăng, 7 tháng cuối năm 2022) 3 nhà: kỳ trùng một phần với Nhà tình nghĩa (Huyện Hải Lăng, 8 tháng đầu năm 2022) 4 nhà; không cộng, giữ số liệu bao quát nhiều hơn',
      articles: ['b', 'a'],
    });
  });

  it('names the reports that disagree', () => {
    const [finding] = findingsOf([at('a', 'hai-lang', { from: '2022-01-01', to: '2022-12-31' }, [{ value: 4 }]), at('b', 'hai-lang', { from: '2022-01-01', to: '2022-12-31' }, [{ value: 3 }])]);
    expect(describeFinding(finding, names).text).toBe('Nhà tình nghĩa (Huyện Hải Lăng, năm 2022): các bài đưa số khác nhau (Bài A: 4 nhà; b: 3 nhà); dùng số của bài cập nhật gần nhất');
  });

  it('names what could not be placed, falling back to keys', () => {
    const found = findingsOf([at('a', 'khong-co', { from: '2022-01-01', to: '2022-12-31' }, [{ value: 4 }]), at('b', 'x', { from: '2022-01-01', to: '2022-12-31' }, [{ key: 'la', value: 3, org: 'doan-tn' }])]);
    expect(found.map((f) => describeFinding(f, names))).toEqual([
      { kind: 'dropped', text: 'Nhà tình nghĩa (khong-co, năm 2022) 4: đơn vị không có trong content/units.yaml, không tính', articles: ['a'] },
      { kind: 'dropped', text: 'la (x, doan-tn, năm 2022) 3: chỉ tiêu không có trong content/indicators.yaml, không tính', articles: ['b'] },
    ]);
  });

  it('says a figure after its unit\'s last day was not added, naming the day and the successor', () => {
    const [finding] = buildStatistics({
      articles: [at('a', 'hai-lang', { from: '2025-07-01', to: '2025-12-31' }, [{ value: 4 }])],
      indicators: new Map([['nha', { aggregate: 'sum' as const }]]),
      units: [{ key: 'hai-lang', level: 'huyen', lastDay: '2025-06-30', successor: 'quang-tri' }],
    }).findings;
    const withEnd: FindingNames = { ...names, unitEnd: (key) => (key === 'hai-lang' ? { lastDay: '30/06/2025', successor: 'Tỉnh Quảng Trị' } : undefined) };
    expect(describeFinding(finding, withEnd)).toEqual({
      kind: 'dropped',
      text: 'Nhà tình nghĩa (Huyện Hải Lăng, 6 tháng cuối năm 2025) 4: đơn vị đã kết thúc hoạt động ngày 30/06/2025 trước cuối kỳ này, không tính (số liệu sau ngày đó ghi cho Tỉnh Quảng Trị)',
      articles: ['a'],
    });
    expect(describeFinding(finding, { ...names, unitEnd: () => ({ lastDay: '30/06/2025' }) }).text).toMatch(/ngày 30\/06\/2025 trước cuối kỳ này, không tính$/);
    expect(describeFinding(finding, names).text).toMatch(/4: đơn vị đã kết thúc hoạt động trước cuối kỳ này, không tính$/);
  });

  it('prints one warning line per finding with the files to open, and nothing when all is well', () => {
    const found = findingsOf([at('a', 'khong-co', { from: '2022-01-01', to: '2022-12-31' }, [{ value: 4 }])]);
    expect(findingWarnings(found, names, (slug) => `content/articles/2022/${slug}/index.md`)).toEqual([
      'Thống kê: 1 số liệu không được cộng như bình thường (xem trang /thong-ke/chat-luong-du-lieu/):',
      '  ⚠ Nhà tình nghĩa (khong-co, năm 2022) 4: đơn vị không có trong content/units.yaml, không tính [content/articles/2022/a/index.md]',
    ]);
    expect(findingWarnings([], names, String)).toEqual([]);
    const many = findingsOf(['a', 'b', 'c'].map((slug) => at(slug, 'khong-co', { from: '2022-01-01', to: '2022-12-31' }, [{ value: 4 }])));
    const lines = findingWarnings(many, names, String, 2);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('  … và 1 số liệu khác: xem trang /thong-ke/chat-luong-du-lieu/ sau khi dựng.');
    expect(findingWarnings(many, names, String, 3)).toHaveLength(4);
  });
});
