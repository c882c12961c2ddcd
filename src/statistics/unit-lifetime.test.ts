import { describe, expect, it } from 'vitest';
import { afterUnitEnd } from './unit-lifetime.ts';

const district = { lastDay: '2025-06-30' };

describe('a figure belongs to a unit only while it existed', () => {
  it('is after the end when the whole period follows the last day', () => {
    expect(afterUnitEnd({ from: '2025-07-01', to: '2025-12-31' }, district)).toBe('after');
  });

  it('is partly after when the period runs across the last day', () => {
    expect(afterUnitEnd({ from: '2025-01-01', to: '2025-12-31' }, district)).toBe('partly');
    expect(afterUnitEnd({ from: '2025-06-30', to: '2025-07-01' }, district)).toBe('partly');
  });

  it('is the unit’s own up to and including the last day, and for a unit that still exists', () => {
    expect(afterUnitEnd({ from: '2025-01-01', to: '2025-06-30' }, district)).toBeUndefined();
    expect(afterUnitEnd({ from: '2024-01-01', to: '2024-12-31' }, district)).toBeUndefined();
    expect(afterUnitEnd({ from: '2025-07-01', to: '2025-12-31' }, {})).toBeUndefined();
    expect(afterUnitEnd({ from: '2025-07-01', to: '2025-12-31' }, undefined)).toBeUndefined();
  });
});
