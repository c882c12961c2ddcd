import { describe, expect, it } from 'vitest';
import { buildSummary, notableWarnings, restoredPages } from './build-summary.ts';

const log = [
  '09:23:40 [build] output: "static"',
  '09:23:42 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive "use astro:head-inject" in "content/articles/2024/a/index.mdx" may not be preserved when bundling.',
  '09:23:43 [WARN] [content] Duplicate id "a" found in content/articles/2024/a/index.md',
  '09:23:44   ├─ /bai-viet/a/index.html (restored)',
  '09:23:44   ├─ /bai-viet/b/index.html (+12ms)',
  '09:23:44   ├─ /nam/2024/index.html (restored)',
].join('\n');

describe('the build summary', () => {
  it('keeps warnings a person should read, without colours and times, and leaves out known harmless ones', () => {
    expect(notableWarnings(log)).toEqual(['[WARN] [content] Duplicate id "a" found in content/articles/2024/a/index.md']);
    expect(notableWarnings('09:23:43   pagefind warn: two pages share a URL at 09:23:44  \n(!) Some chunks are larger than 500 kB')).toEqual([
      'pagefind warn: two pages share a URL at 09:23:44',
    ]);
  });

  it('counts the pages copied from the previous build', () => {
    expect(restoredPages(log)).toBe(2);
    expect(restoredPages('')).toBe(0);
  });

  it('says what was built, how long it took, what to look at and where the log is', () => {
    const summary = buildSummary({
      outDir: 'dist',
      seconds: { total: 19.04, check: 4.46, pages: 18.7, search: 0.25 },
      pages: 98,
      articles: 21,
      log,
      logFile: '.bantin/build.log',
    });
    expect(summary).toBe(
      [
        '✓ Đã dựng xong dist/ trong 19,0 giây: 98 trang, 21 bài viết, kèm chỉ mục tìm kiếm.',
        '  96 trang dựng mới, 2 trang không đổi chép lại từ lần dựng trước.',
        '  Thời gian: kiểm tra nội dung 4,5 giây, dựng trang 18,7 giây, chỉ mục tìm kiếm 0,3 giây.',
        '  Xem trước bản vừa dựng: npm run serve rồi mở http://localhost:4321/',
        'Có 1 cảnh báo cần xem (trang vẫn được dựng):',
        '  ! [WARN] [content] Duplicate id "a" found in content/articles/2024/a/index.md',
        'Nhật ký đầy đủ của Astro: .bantin/build.log (hoặc chạy npm run build -- --verbose để xem ngay khi dựng).',
      ].join('\n'),
    );
  });

  it('says nothing of warnings when there are none, and lists exactly five without a rest', () => {
    const facts = { outDir: 'dist', seconds: { total: 1, check: 1, pages: 1, search: 1 }, pages: 3, articles: 1, logFile: 'x.log' };
    expect(buildSummary({ ...facts, log: '' })).not.toContain('cảnh báo');
    const five = buildSummary({ ...facts, log: Array.from({ length: 5 }, (_, i) => `[WARN] w${i}`).join('\n') });
    expect(five).toContain('  ! [WARN] w4\nNhật ký đầy đủ');
  });

  it('lists five warnings and counts the rest', () => {
    const many = Array.from({ length: 7 }, (_, i) => `[WARN] cảnh báo ${i}`).join('\n');
    const summary = buildSummary({ outDir: 'dist', seconds: { total: 1, check: 1, pages: 1, search: 1 }, pages: 3, articles: 1, log: many, logFile: 'x.log' });
    expect(summary).toContain('Có 7 cảnh báo cần xem');
    expect(summary).toContain('  ! [WARN] cảnh báo 4\n  … và 2 cảnh báo nữa trong nhật ký.');
    expect(summary).not.toContain('cảnh báo 5');
    expect(summary).toContain('  Dựng mới cả 3 trang.');
  });
});
