import { describe, expect, it } from 'vitest';
import { astroHeapLimitMb } from './heap-limit.ts';

const GB = 1024 ** 3;

describe("Astro's heap limit", () => {
  it('is three quarters of the machine, so a 24 GB server builds archives Node alone would not', () => {
    expect(astroHeapLimitMb(24 * GB, undefined)).toBe(18432);
  });
  it("never goes below Node's own default on a small machine", () => {
    expect(astroHeapLimitMb(2 * GB, undefined)).toBe(4096);
  });
  it('follows BANTIN_BUILD_HEAP_MB when the operator sets it, and ignores nonsense', () => {
    expect(astroHeapLimitMb(24 * GB, '6000')).toBe(6000);
    expect(astroHeapLimitMb(24 * GB, 'lots')).toBe(18432);
  });
});
