import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measurePageWeight, parseSrcset, pickCandidate } from './page-weight.ts';

describe('pickCandidate', () => {
  const candidates = parseSrcset('a-480.avif 480w, a-800.avif 800w, a-1200.avif 1200w');
  it('takes the smallest image at least as wide as the screen needs', () => {
    expect(pickCandidate(candidates, 780, 2)).toBe('a-800.avif');
    expect(pickCandidate(candidates, 320, 1)).toBe('a-480.avif');
  });
  it('takes the largest when none is wide enough', () => {
    expect(pickCandidate(candidates, 2560, 2)).toBe('a-1200.avif');
  });
  it('matches density descriptors to the pixel ratio', () => {
    expect(pickCandidate(parseSrcset('a.jpg, b.jpg 2x, c.jpg 3x'), 780, 2)).toBe('b.jpg');
  });
});

describe('measurePageWeight', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'bantin-weight-'));
    mkdirSync(join(root, '_astro'));
    writeFileSync(join(root, '_astro/site.css'), 'body { color: black; }\n'.repeat(50));
    writeFileSync(join(root, 'site.js'), 'x'.repeat(300));
    for (const [name, size] of [['p-480.avif', 1000], ['p-800.avif', 2000], ['p.jpg', 9000], ['logo.svg', 500]] as const) {
      writeFileSync(join(root, '_astro', name), Buffer.alloc(size));
    }
    writeFileSync(join(root, 'index.html'), `<!DOCTYPE html><html><head>
      <link rel="stylesheet" href="/_astro/site.css"><script src="/site.js" defer></script>
      <script type="application/ld+json">{}</script></head><body>
      <picture><source srcset="/_astro/p-480.avif 480w, /_astro/p-800.avif 800w" type="image/avif"><img src="/_astro/p.jpg" alt=""></picture>
      <img src="/_astro/logo.svg" alt="Logo"></body></html>`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('adds up the page, its stylesheet and script, and the image each <img> loads on a phone', () => {
    const weight = measurePageWeight(root, '/');
    expect(weight.css.bytes).toBe(1150);
    expect(weight.css.gzipBytes).toBeLessThan(100);
    expect(weight.js.bytes).toBe(300);
    expect(weight.images.bytes).toBe(2500);
    expect(weight.images.files.map((f) => f.split('/').pop())).toEqual(['p-800.avif', 'logo.svg']);
    expect(weight.total.bytes).toBe(weight.html.bytes + 1150 + 300 + 2500);
  });

  it('picks smaller images for a smaller screen', () => {
    expect(measurePageWeight(root, '/', { viewportWidth: 320, pixelRatio: 1 }).images.bytes).toBe(1500);
  });
});
