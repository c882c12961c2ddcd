import { describe, expect, it } from 'vitest';
import { isSafeLink } from './safe-link.ts';

describe('which links staff may write', () => {
  it.each(['https://baochinhphu.vn', 'HTTP://x.vn', 'mailto:a@b.vn', 'tel:0123', 'Tel:0123', '/nam/2022/', '#muc', 'tai-lieu.pdf', '/tim-kiem/?q=a:b', 'java script:x'])(
    '%j is a web page, a mail address, a phone number or a path',
    (url) => {
      expect(isSafeLink(url)).toBe(true);
    },
  );

  it.each(['javascript:alert(1)', 'JavaScript:x', ' javascript:x', '  javascript:x', '\u0001javascript:x', 'java\tscript:x', 'java\nscript:x', 'vbscript:x', 'data:text/html,x', 'x2:alert(1)', 'file:///etc/passwd'])(
    '%j is refused',
    (url) => {
      expect(isSafeLink(url)).toBe(false);
    },
  );
});
