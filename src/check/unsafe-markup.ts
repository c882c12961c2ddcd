/**
 * Articles are written by staff but read by the public: raw HTML that could run script, or pull
 * in another site, is refused at the content check rather than trusted to be harmless. Markdown
 * covers everything an article needs (text, headings, photos, links, tables).
 *
 * These line-by-line patterns are the first, friendliest message, not the defence: they miss a
 * tag split over two lines or a fence that closes elsewhere. The parser-based check
 * (article-body.ts), the MDX guard, the sanitiser and the page scan are (README, Content security).
 */
export interface UnsafeMarkup {
  line: number;
  what: string;
}

const RULES: Array<{ pattern: RegExp; what: string; mdxOnly?: boolean }> = [
  { pattern: /<\s*script\b/i, what: 'thẻ <script>' },
  { pattern: /<\s*(iframe|object|embed|frame|frameset)\b/i, what: 'thẻ nhúng trang khác (<iframe>, <object>, <embed>)' },
  { pattern: /<\s*(style|link|meta|base|form|input|button)\b/i, what: 'thẻ <style>, <link>, <meta>, <base> hay biểu mẫu' },
  { pattern: /<[^>]*\son[a-z]+\s*=/i, what: 'thuộc tính sự kiện (onclick, onerror…)' },
  { pattern: /\]\(\s*javascript:|(?:href|src)\s*=\s*["']?\s*javascript:/i, what: 'liên kết javascript:' },
  { pattern: /^\s*(import|export)\s/, what: 'lệnh import/export của MDX', mdxOnly: true },
  { pattern: /<\s*[A-Z][A-Za-z]*[\s/>]/, what: 'thành phần (component) MDX', mdxOnly: true },
];

export function findUnsafeMarkup(body: string, extension: 'md' | 'mdx'): UnsafeMarkup[] {
  const findings: UnsafeMarkup[] = [];
  let inFence = false;
  body.split('\n').forEach((text, index) => {
    // Code blocks show markup as text; they never run it.
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    for (const rule of RULES) {
      if (rule.mdxOnly && extension !== 'mdx') continue;
      if (rule.pattern.test(text)) findings.push({ line: index + 1, what: rule.what });
    }
  });
  return findings;
}
