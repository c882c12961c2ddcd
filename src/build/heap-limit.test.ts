import { describe, expect, it } from 'vitest';
import { astroHeapLimitMb } from './heap-limit.ts';

describe("Astro's heap limit", () => {
  it("is Node's own unless the operator sets BANTIN_BUILD_HEAP_MB", () => {
    expect(astroHeapLimitMb(undefined)).toBeUndefined();
    expect(astroHeapLimitMb('6000')).toBe(6000);
  });
  it('ignores a value that is not a number of megabytes', () => {
    expect(astroHeapLimitMb('lots')).toBeUndefined();
    expect(astroHeapLimitMb('')).toBeUndefined();
  });
});
