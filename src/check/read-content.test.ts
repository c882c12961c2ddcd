import { describe, expect, it } from 'vitest';
import { READ_BATCH, readAll } from './read-content.ts';

describe('reading a large archive', () => {
  it('never has more than a batch of files open at once, and keeps the order', async () => {
    let open = 0;
    let most = 0;
    const paths = Array.from({ length: 3 * READ_BATCH + 7 }, (_, i) => `a${i}`);
    const texts = await readAll(paths, async (path) => {
      most = Math.max(most, ++open);
      await new Promise((resolve) => setTimeout(resolve, 1));
      open--;
      return path.toUpperCase();
    });
    expect(most).toBe(READ_BATCH);
    expect(texts).toEqual(paths.map((p) => p.toUpperCase()));
  });
});
