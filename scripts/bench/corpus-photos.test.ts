import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderCorpusPhoto, withComment } from './corpus-photos.ts';

describe('benchmark photos', () => {
  it('renders the same JPEG for the same seed', async () => {
    expect((await renderCorpusPhoto(7)).equals(await renderCorpusPhoto(7))).toBe(true);
  });

  it('gives every article its own file bytes, still a readable 1200×800 JPEG', async () => {
    const base = await renderCorpusPhoto(7);
    const a = withComment(base, 'articles/2020/a/hoi-nghi.jpg');
    const b = withComment(base, 'articles/2020/b/hoi-nghi.jpg');
    expect(a.equals(b)).toBe(false);
    expect(await sharp(a).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 800 });
  });
});
