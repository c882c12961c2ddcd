import { describe, expect, it } from 'vitest';
import { PURGE_DELAY_VARIABLE, withPromptNativeRelease } from './native-memory.ts';

describe('withPromptNativeRelease', () => {
  it('asks mimalloc to return freed memory at once and keeps every other variable', () => {
    const env = { PATH: '/usr/bin', BANTIN_BUILD_HEAP_MB: '6000' };
    expect(withPromptNativeRelease(env)).toEqual({ PATH: '/usr/bin', BANTIN_BUILD_HEAP_MB: '6000', MIMALLOC_PURGE_DELAY: '0' });
    expect(env).not.toHaveProperty(PURGE_DELAY_VARIABLE);
  });

  it("leaves an operator's own setting alone, even an empty one", () => {
    expect(withPromptNativeRelease({ MIMALLOC_PURGE_DELAY: '10' }).MIMALLOC_PURGE_DELAY).toBe('10');
    expect(withPromptNativeRelease({ MIMALLOC_PURGE_DELAY: '' }).MIMALLOC_PURGE_DELAY).toBe('');
  });

  it('names the variable mimalloc reads', () => {
    expect(PURGE_DELAY_VARIABLE).toBe('MIMALLOC_PURGE_DELAY');
  });
});
