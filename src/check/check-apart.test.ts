import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkApart } from './check-apart.ts';
import { checkContentTree } from './read-content.ts';

// Checking in this process is the fallback: here it answers something no real check would, so a
// result that equals the real check's can only have come from the child process.
vi.mock('./read-content.ts', () => ({ checkContentTree: vi.fn(async () => ({ errors: [{ file: 'checked in this process', message: '' }] })) }));

const broken = resolve('tests/fixtures/content-broken');
const before = process.env.BANTIN_CONTENT_DIR;
const options = process.env.NODE_OPTIONS;
afterEach(() => {
  if (before === undefined) delete process.env.BANTIN_CONTENT_DIR;
  else process.env.BANTIN_CONTENT_DIR = before;
  if (options !== undefined) process.env.NODE_OPTIONS = options;
});

describe('the content check in a process of its own', () => {
  it('reports exactly what the check reports, file, line and message, without checking in this process', async () => {
    // The child reads the content folder from the environment it inherits, as the preview's does.
    process.env.BANTIN_CONTENT_DIR = broken;
    const real = await vi.importActual<typeof import('./read-content.ts')>('./read-content.ts');
    const expected = (await real.checkContentTree(process.cwd())).errors;
    expect(expected.length).toBeGreaterThan(1);
    expect(await checkApart(process.cwd())).toEqual(expected);
    expect(checkContentTree).not.toHaveBeenCalled();
  }, 30_000);

  it('checks in this process when the child ends without a report', async () => {
    // Node refuses to start with an option it does not know: the child exits at once.
    process.env.NODE_OPTIONS = '--no-such-option-for-bantin';
    try {
      expect(await checkApart(process.cwd())).toEqual([{ file: 'checked in this process', message: '' }]);
    } finally {
      delete process.env.NODE_OPTIONS;
    }
    expect(checkContentTree).toHaveBeenCalledWith(process.cwd());
  }, 30_000);
});
