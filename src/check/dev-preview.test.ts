import { describe, expect, it } from 'vitest';
import { CHECK_STATUS_PATH, errorPageHtml, errorsForPage } from './dev-preview.ts';
import type { ContentError } from './content-error.ts';

const broken: ContentError = { file: 'content/articles/2022/hoi-nghi/index.md', line: 3, field: 'summary', message: 'Sai <b>"cú pháp"</b> & \'nháy\'' };
const other: ContentError = { file: 'content/articles/2023/khac/index.mdx', field: '', message: 'Lỗi khác' };
const catalogue: ContentError = { file: 'content/units.yaml', line: 2, field: '[0].name', message: 'Danh mục sai' };
const misplaced: ContentError = { file: 'content/articles/lac-cho.md', field: '', message: 'Sai chỗ' };

describe('the preview of broken content', () => {
  it('shows an article its own errors only', () => {
    expect(errorsForPage([broken, other, misplaced], '/bai-viet/hoi-nghi/')).toEqual([broken]);
    expect(errorsForPage([broken, other], '/bai-viet/khac/')).toEqual([other]);
  });

  it('leaves other pages and other articles alone', () => {
    expect(errorsForPage([broken, misplaced], '/')).toEqual([]);
    expect(errorsForPage([broken], '/bai-viet/bai-khac/')).toEqual([]);
    expect(errorsForPage([broken], '/nam/2022/')).toEqual([]);
    expect(errorsForPage([broken], '/_astro/x.css')).toEqual([]);
  });

  it('shows a broken catalogue on every page, since every page reads it', () => {
    expect(errorsForPage([broken, catalogue], '/')).toEqual([catalogue]);
    expect(errorsForPage([catalogue], '/bai-viet/hoi-nghi/')).toEqual([catalogue]);
    expect(errorsForPage([{ ...catalogue, file: '/srv/noi-dung/indicators.yaml' }], '/thong-ke/')).toHaveLength(1);
    expect(errorsForPage([{ ...catalogue, file: 'content/other-units.yaml' }], '/')).toEqual([]);
    // BANTIN_CONTENT_DIR=. : the catalogue is at the top of the project.
    expect(errorsForPage([{ ...catalogue, file: 'units.yaml' }], '/')).toHaveLength(1);
  });

  it('reads an address with a query or a malformed escape without failing', () => {
    expect(errorsForPage([broken], '/bai-viet/hoi-nghi/?x=1')).toEqual([broken]);
    expect(errorsForPage([broken], '/bai-viet/hoi-nghi%E0/')).toEqual([]);
  });

  it('lists the errors as npm run check does, escaped, in a Vietnamese page that reloads on a new check', () => {
    const html = errorPageHtml([broken, other], 7);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<h1>Bài viết chưa xem trước được: có 2 lỗi cần sửa</h1>');
    expect(html).toContain(
      '<li><code>content/articles/2022/hoi-nghi/index.md:3 › summary: Sai &lt;b&gt;&quot;cú pháp&quot;&lt;/b&gt; &amp; &#39;nháy&#39;</code></li>\n<li><code>content/articles/2023/khac/index.mdx: Lỗi khác</code></li>',
    );
    expect(html).toContain('trang này tự tải lại');
    expect(html).toContain(`const seen = 7;`);
    expect(html).toContain(`fetch(${JSON.stringify(CHECK_STATUS_PATH)}`);
    expect(html).toContain('if (status.version !== seen) location.reload();');
  });
});
