import { describe, expect, it } from 'vitest';
import { mdxGuard, mdxGuardErrors } from './mdx-guard.ts';
import { bodySafety as v } from '../i18n/vi.ts';
import { ContentValidationError } from './content-error.ts';

const file = 'content/articles/2024/bai/index.mdx';
const text = '---\ntitle: Bài\nsummary: Tóm tắt\n---\n\nĐoạn một.\n\nXin chào {process.env.HOME}\n';

describe('the MDX guard inside Astro', () => {
  it('counts lines from the top of the file, frontmatter included', () => {
    expect(mdxGuardErrors(file, text)).toEqual([{ file, line: 8, field: '', message: v.mdxExpression('process.env.HOME') }]);
  });

  it('reads a file without frontmatter from its first line', () => {
    expect(mdxGuardErrors(file, 'a\n\nTỷ lệ <5%')).toEqual([{ file, line: 3, field: '', message: v.mdxLessThan }]);
  });

  it('lets a clean MDX file through to the compiler', () => {
    expect(mdxGuardErrors(file, '---\ntitle: Bài\n---\n\nChữ <sup>2</sup>.\n')).toEqual([]);
  });

  it('stops the transform of a refused .mdx file with the Vietnamese messages, and leaves other modules alone', () => {
    const plugin = mdxGuard('/du-an');
    const transform = plugin.transform as (code: string, id: string) => void;
    expect(() => transform(text, `/du-an/${file}`)).toThrow(ContentValidationError);
    expect(() => transform(text, `/du-an/${file}`)).toThrow(`${file}:8: ${v.mdxExpression('process.env.HOME')}`);
    expect(() => transform(text, `/du-an/${file}?astroPropagatedAssets`)).not.toThrow();
    expect(() => transform('{x}', '/du-an/src/pages/index.astro')).not.toThrow();
    expect(() => transform('---\ntitle: Bài\n---\n\nChữ.\n', `/du-an/${file}`)).not.toThrow();
    expect(plugin.enforce).toBe('pre');
    expect(plugin.name).toBe('bantin:mdx-guard');
  });
});
