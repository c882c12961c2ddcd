import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from './unsafe-markup.ts';

const whatIn = (body: string, extension: 'md' | 'mdx' = 'md') => findUnsafeMarkup(body, extension).map((f) => f.what);

describe('raw HTML an article may not carry', () => {
  it('refuses a <script> tag, in any case and spacing', () => {
    expect(whatIn('Đoạn văn.\n\n<script>alert(1)</script>')).toEqual(['thẻ <script>']);
    expect(whatIn('< SCRIPT src="https://x.example/a.js">')).toEqual(['thẻ <script>']);
  });

  it('refuses event handlers such as onerror= on any tag', () => {
    expect(whatIn('<img src="x.jpg" onerror="alert(1)">')).toEqual(['thuộc tính sự kiện (onclick, onerror…)']);
    expect(whatIn('<a href="/" onClick = "steal()">bấm</a>')).toEqual(['thuộc tính sự kiện (onclick, onerror…)']);
  });

  it('refuses javascript: links, in Markdown and in HTML', () => {
    expect(whatIn('[Bấm vào đây](javascript:alert(1))')).toEqual(['liên kết javascript:']);
    expect(whatIn('<a href="javascript:alert(1)">bấm</a>')).toEqual(['liên kết javascript:']);
  });

  it('refuses an iframe, object or embed pulling in another site', () => {
    for (const tag of ['<iframe src="https://x.example/">', '<object data="a.swf">', '<embed src="a.swf">']) {
      expect(whatIn(tag)).toEqual(['thẻ nhúng trang khác (<iframe>, <object>, <embed>)']);
    }
  });

  it('refuses style, link, meta, base and form tags', () => {
    expect(whatIn('<style>body{display:none}</style>')).toHaveLength(1);
    expect(whatIn('<base href="https://x.example/">')).toHaveLength(1);
    expect(whatIn('<form action="https://x.example/"><input name="p"></form>')).toHaveLength(1);
  });

  it('refuses MDX imports, exports and components in .mdx files', () => {
    expect(whatIn('import Chart from "../../components/Chart.astro";', 'mdx')).toEqual(['lệnh import/export của MDX']);
    expect(whatIn('export const x = 1;', 'mdx')).toEqual(['lệnh import/export của MDX']);
    expect(whatIn('<Chart data={x} />', 'mdx')).toEqual(['thành phần (component) MDX']);
  });

  it('lets the same words through as plain Markdown text', () => {
    expect(whatIn('import khẩu hàng hóa tăng 5%', 'md')).toEqual([]);
    expect(whatIn('Hội nghị bàn về an ninh mạng và phòng chống lừa đảo trên mạng xã hội.', 'mdx')).toEqual([]);
  });

  it('gives the line of each finding, counted from the start of the body', () => {
    expect(findUnsafeMarkup('Dòng một.\n\n<iframe src="x"></iframe>', 'md')).toEqual([{ line: 3, what: expect.any(String) }]);
  });

  it('ignores markup shown inside a fenced code block', () => {
    expect(whatIn('```html\n<script>alert(1)</script>\n```\n\nVăn bản.')).toEqual([]);
  });
});
