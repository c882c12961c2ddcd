import { describe, expect, it } from 'vitest';
import { photoCacheKey } from './photo-cache.ts';

const source = new Uint8Array([1, 2, 3]);
const plain = { width: 800, height: 533, format: 'webp' };
const ENCODER = { webp: { effort: 2, quality: 75 } };

describe('photo cache keys', () => {
  it('name a plain resize by source and size; sharp defaults spelt out or not are the same file', () => {
    const key = photoCacheKey(source, plain, ENCODER);
    expect(key).toMatch(/^[0-9a-f]{32}-800x533\.webp$/);
    expect(photoCacheKey(source, { ...plain, fit: 'cover', position: 'center' }, ENCODER)).toBe(key);
  });

  it('differ for another source, another size, other encoder settings', () => {
    const key = photoCacheKey(source, plain, ENCODER);
    expect(photoCacheKey(source, plain, { webp: { effort: 2, quality: 60 } })).not.toBe(key);
    expect(photoCacheKey(new Uint8Array([1, 2, 4]), plain, ENCODER)).not.toBe(key);
    expect(photoCacheKey(source, { ...plain, width: 480, height: 320 }, ENCODER)).not.toBe(key);
  });

  it('leave anything but a plain resize to Astro', () => {
    expect(photoCacheKey(source, { ...plain, format: 'avif' }, ENCODER)).toBeUndefined();
    expect(photoCacheKey(source, { ...plain, quality: 50 }, ENCODER)).toBeUndefined();
    expect(photoCacheKey(source, { ...plain, fit: 'contain' }, ENCODER)).toBeUndefined();
    expect(photoCacheKey(source, { ...plain, position: 'top' }, ENCODER)).toBeUndefined();
    expect(photoCacheKey(source, { ...plain, background: '#fff' }, ENCODER)).toBeUndefined();
    expect(photoCacheKey(source, { width: 800, format: 'webp' }, ENCODER)).toBeUndefined();
  });
});
