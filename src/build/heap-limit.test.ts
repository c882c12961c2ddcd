import { describe, expect, it } from 'vitest';
import { astroExitAdvice, astroHeapLimitMb } from './heap-limit.ts';

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

describe("when Astro's process runs out of memory", () => {
  it('says the heap was full and how to raise it, naming the limit in force', () => {
    expect(astroExitAdvice(null, 'SIGABRT', undefined)).toMatch(/hết bộ nhớ dành cho JavaScript \(giới hạn hiện tại: mặc định của Node, khoảng 4 GB\).*BANTIN_BUILD_HEAP_MB=12000.*dist\/ vẫn như trước/);
    expect(astroExitAdvice(134, null, 6000)).toMatch(/giới hạn hiện tại: 6000 MB/);
  });

  it('says the machine ran out of memory when the system killed it', () => {
    expect(astroExitAdvice(null, 'SIGKILL', 12000)).toMatch(/SIGKILL.*máy 16 GB/);
    expect(astroExitAdvice(137, null, undefined)).toMatch(/SIGKILL/);
  });

  it("leaves Astro's other failures to Astro's own log", () => {
    expect(astroExitAdvice(1, null, undefined)).toBeUndefined();
    expect(astroExitAdvice(null, 'SIGTERM', undefined)).toBeUndefined();
  });
});
