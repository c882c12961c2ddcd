import { describe, expect, it } from 'vitest';
import { newDailySalt, visitorId } from './visitor-id.ts';

describe('visitorId', () => {
  it('is the same for the same pair and salt, different with another salt', () => {
    const salt = Buffer.alloc(32, 7);
    expect(visitorId(salt, '1.2.3.4', 'UA')).toBe(visitorId(Buffer.alloc(32, 7), '1.2.3.4', 'UA'));
    expect(visitorId(salt, '1.2.3.4', 'UA')).not.toBe(visitorId(Buffer.alloc(32, 8), '1.2.3.4', 'UA'));
    expect(visitorId(salt, '1.2.3.4', 'UA')).not.toBe(visitorId(salt, '1.2.3.4', 'UB'));
    expect(visitorId(salt, '1.2.3.4', 'UA')).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('makes a new random 32-byte salt each day', () => {
    const a = newDailySalt();
    expect(a.length).toBe(32);
    expect(a.equals(newDailySalt())).toBe(false);
  });
});
