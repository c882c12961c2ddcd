import { describe, expect, it } from 'vitest';
import { combineQualifiers } from './qualifiers.ts';

describe('rule 6: qualifiers of a total', () => {
  it('is exact when every part is', () => {
    expect(combineQualifiers(['exact', 'exact'])).toBe('exact');
    expect(combineQualifiers([])).toBe('exact');
  });

  it('is a lower bound ("trên") when any part is', () => {
    expect(combineQualifiers(['exact', 'over'])).toBe('over');
    expect(combineQualifiers(['over', 'exact'])).toBe('over');
  });

  it('is a near value ("gần") when any part is', () => {
    expect(combineQualifiers(['under', 'exact'])).toBe('under');
    expect(combineQualifiers(['exact', 'under'])).toBe('under');
  });

  it('is only an estimate ("khoảng") when lower bounds and near values mix, or a part is one', () => {
    expect(combineQualifiers(['over', 'under'])).toBe('approx');
    expect(combineQualifiers(['under', 'exact', 'over'])).toBe('approx');
    expect(combineQualifiers(['approx'])).toBe('approx');
    expect(combineQualifiers(['exact', 'approx'])).toBe('approx');
  });
});
