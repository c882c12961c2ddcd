import { describe, expect, it } from 'vitest';
import { defineHastPlugin, markdownToHtml, mdxToJs } from 'satteri';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { articleHastPlugins } from '../markdown/article-html.ts';
import { dangersIn, MARKDOWN_CORPUS, MDX_CORPUS } from '../../tests/fixtures/bypass-corpus.ts';
import { isLocalResource } from './sanitise-article.ts';
import { scanPage } from './page-scan.ts';

const SITE = 'https://dvqs.example.gov.vn';
const plugins = articleHastPlugins(SITE);

/** The article HTML as the build renders it (Sätteri with the portal's plugins). */
// Sätteri compiles synchronously when every plugin is synchronous, as the portal's are.
const renderMarkdown = async (body: string) => markdownToHtml(body, { hastPlugins: plugins, features: { gfm: true } }).html.trim();

/** An MDX body through the build's compiler: the tree it turns into JSX, and the JavaScript. */
async function renderMdx(body: string) {
  let html = '';
  const capture = defineHastPlugin({ name: 'capture', after: (root) => void (html = toHtml(root as Root)) });
  const { code } = mdxToJs(body, { hastPlugins: [...plugins, capture], jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
  return { html, code };
}

const page = (html: string) => `<!DOCTYPE html><html lang="vi"><head><title>t</title></head><body>${html}</body></html>`;

describe('the sanitiser in the render pipeline', () => {
  it.each(MARKDOWN_CORPUS.map((c) => [c.family, c.name, c.body]))('%s: %s reaches the page as harmless HTML', async (_family, _name, body) => {
    const html = await renderMarkdown(body);
    expect(dangersIn(html)).toEqual([]);
    expect(scanPage(page(html), SITE)).toEqual([]);
  });

  it.each(MDX_CORPUS.map((c) => [c.family, c.name, c.body]))('MDX %s: %s compiles to harmless HTML and no code', async (_family, _name, body) => {
    const { html, code } = await renderMdx(body);
    expect(dangersIn(html)).toEqual([]);
    expect(scanPage(page(html), SITE)).toEqual([]);
    expect(code).not.toMatch(/node:fs|globalThis|throw new Error|alert|onClick|Foo|foo\.bar/);
  });

  it('keeps what articles are made of: headings, emphasis, links, lists, tables, code, quotes, footnotes', async () => {
    const html = await renderMarkdown(
      '## Kết quả\n\nChữ **đậm**, *nghiêng*, ~~bỏ~~, `mã`, [báo](https://baochinhphu.vn "Báo") và [trang](/nam/2022/).\n\n- một\n- hai\n\n3. ba\n\n> trích\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nlet x = 1;\n```\n\nGhi chú[^1].\n\n[^1]: Nguồn.\n',
    );
    for (const part of ['<h2>Kết quả</h2>', '<strong>đậm</strong>', '<em>nghiêng</em>', '<del>bỏ</del>', '<code>mã</code>',
      '<a href="https://baochinhphu.vn" title="Báo" rel="noopener noreferrer">báo</a>', '<a href="/nam/2022/">trang</a>', '<li>hai</li>',
      '<ol start="3">', '<blockquote>', '<td>2</td>', '<code class="language-js">', 'id="user-content-fn-1"', 'href="#user-content-fnref-1"']) {
      expect(html).toContain(part);
    }
  });

  it('keeps the captioned photo with the sizes the portal gives it', async () => {
    const html = await renderMarkdown('![Bộ đội giúp dân](./giup-dan.jpg)\n*Bộ đội giúp dân làm nhà.*');
    expect(html).toBe('<figure><img src="./giup-dan.jpg" alt="Bộ đội giúp dân" sizes="(min-width: 46rem) 44rem, 100vw" width="800"><figcaption>Bộ đội giúp dân làm nhà.</figcaption></figure>');
  });

  it('keeps harmless raw HTML that Markdown cannot write, and its text', async () => {
    expect(await renderMarkdown('H<sub>2</sub>O, 10<sup>6</sup>, <abbr title="Bộ Chỉ huy quân sự">Bộ CHQS</abbr>, <mark>mới</mark><br>dòng')).toBe(
      '<p>H<sub>2</sub>O, 10<sup>6</sup>, <abbr title="Bộ Chỉ huy quân sự">Bộ CHQS</abbr>, <mark>mới</mark><br>dòng</p>',
    );
  });

  it('keeps the text of a removed element but not a script\'s', async () => {
    expect(await renderMarkdown('<div onclick="alert(1)">Nội dung</div>\n\n<script>alert("x")</script>')).toBe('Nội dung');
  });

  it('turns the allowed JSX elements of an MDX article into plain HTML with literal attributes', async () => {
    const { html } = await renderMdx('Giá <abbr title="Việt Nam đồng">VNĐ</abbr>, m<sup>3</sup>, <a href="https://baochinhphu.vn" title="Báo">báo</a>.');
    expect(html).toBe('<p>Giá <abbr title="Việt Nam đồng">VNĐ</abbr>, m<sup>3</sup>, <a href="https://baochinhphu.vn" title="Báo" rel="noopener noreferrer">báo</a>.</p>');
  });

  it('keeps MDX fragments\' children and drops attributes the allowlist does not name', async () => {
    const { html } = await renderMdx('<>chữ <sup class="x" title="t">2</sup></>');
    expect(html).toBe('chữ <sup>2</sup>');
  });

  it('writes JSX attribute values as text, escaped', async () => {
    const { html } = await renderMdx(`<abbr title='a "b" & <c>'>x</abbr>`);
    expect(html).toBe('<abbr title="a &#x22;b&#x22; &#x26; <c>">x</abbr>');
  });

  it('drops a JSX element outside the allowlist with what is inside it', async () => {
    expect((await renderMdx('<Foo>bí mật</Foo>')).html).toBe('');
  });

  it('keeps only the attributes MDX may write, even those the sanitiser keeps for Markdown', async () => {
    expect((await renderMdx('<a href="/a/" id="user-content-fn-1">x</a>')).html).toBe('<a href="/a/">x</a>');
    expect((await renderMdx('<a href={"/a/"} title="t">x</a>')).html).toBe('<a title="t">x</a>');
  });
});

describe('isLocalResource', () => {
  it.each(['./anh.jpg', 'anh.jpg', '../anh.jpg', '/_astro/anh.webp', '#a', 'anh1.jpg', './a:b.jpg', 'a/b:c.jpg', 'a b:c.jpg'])('takes %s as a file of the portal', (url) => {
    expect(isLocalResource(url)).toBe(true);
  });
  it.each(['https://x.example/p.gif', 'HTTP://x.example/p.gif', '//x.example/p.gif', '/\\x.example/p.gif', '\\\\x.example/p.gif', '/\t/x.example/p.gif', ' //x.example/p.gif', '  //x.example/p.gif', '\u0001 //x.example/p.gif', 'web2:x', '\u0001//x.example', 'data:image/png;base64,AA', 'javascript:alert(1)'])(
    'takes %j as another host or a scheme',
    (url) => {
      expect(isLocalResource(url)).toBe(false);
    },
  );
});
