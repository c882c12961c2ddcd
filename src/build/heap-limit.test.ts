import { describe, expect, it } from 'vitest';
import { astroHeapLimitMb } from './heap-limit.ts';

describe("Astro's heap limit", () => {
  it("is Node's own unless the operator sets BANTIN_BUILD_HEAP_MB", () => {
    expect(astroHeapLimitMb(undefined)).toBeUndefined();
    expect(astroHeapLimitMb('6000')).toBe(6000);
  });
  it('refuses a value that is not a number of megabytes, in Vietnamese, naming the variable', () => {
    expect(() => astroHeapLimitMb('8G')).toThrow(/BANTIN_BUILD_HEAP_MB phải là số megabyte.*"8G"/);
    expect(astroHeapLimitMb('')).toBeUndefined();
  });
});
