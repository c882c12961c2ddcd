import { describe, expect, it } from 'vitest';
import { factId, resolveFacts } from './resolve-facts.ts';
import type { Fact } from './facts.ts';

const Y = { from: '2022-01-01', to: '2022-12-31' };
const fact = (article: string, value: number, extra: Partial<Fact> = {}): Fact => ({
  article, indicator: 'nha', value, qualifier: 'exact', unit: 'hai-lang', org: null, period: Y, updated: 0, ...extra,
});

describe('rule 3: one fact per identity', () => {
  it('names the identity by indicator, unit, organisation and period, and nothing else', () => {
    expect(factId(fact('a', 1))).toBe('nha|hai-lang||2022-01-01|2022-12-31');
    expect(factId(fact('a', 1, { org: 'hoi-ccb' }))).toBe('nha|hai-lang|hoi-ccb|2022-01-01|2022-12-31');
  });

  it('keeps facts of other identities apart', () => {
    const { resolved } = resolveFacts([fact('a', 1), fact('a', 2, { org: 'hoi-ccb' }), fact('a', 3, { unit: 'x' }), fact('a', 4, { indicator: 'qua' }), fact('a', 5, { period: { from: '2022-01-01', to: '2022-06-30' } })]);
    expect(resolved.map((r) => r.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes the most recently updated report, lists every report newest first, and flags the conflict', () => {
    const { resolved, conflicts } = resolveFacts([fact('old', 5, { updated: 1 }), fact('new', 6, { updated: 3 }), fact('mid', 6, { updated: 2 })]);
    expect(resolved).toHaveLength(1);
    expect(resolved[0]).toMatchObject({ value: 6, qualifier: 'exact', indicator: 'nha', unit: 'hai-lang', org: null, period: Y });
    expect(resolved[0].reports.map((r) => [r.article, r.value, r.updated])).toEqual([['new', 6, 3], ['mid', 6, 2], ['old', 5, 1]]);
    expect(conflicts).toEqual([{ kind: 'conflict', fact: resolved[0] }]);
  });

  it('calls reports with the same number but another qualifier a conflict too', () => {
    const { resolved, conflicts } = resolveFacts([fact('a', 5, { updated: 2, qualifier: 'over' }), fact('b', 5, { updated: 1 })]);
    expect(resolved[0].qualifier).toBe('over');
    expect(conflicts).toHaveLength(1);
  });

  it('decides between reports changed at the same moment by their slug, so every build agrees', () => {
    expect(resolveFacts([fact('b', 2), fact('a', 1)]).resolved[0].reports.map((r) => r.article)).toEqual(['a', 'b']);
    expect(resolveFacts([fact('a', 1), fact('b', 2)]).resolved[0].value).toBe(1);
    expect(resolveFacts([fact('a', 1), fact('a', 1, { article: 'a' })]).conflicts).toEqual([]);
  });

  it('adds the parts one article gives for one identity (houses built, houses repaired)', () => {
    const { resolved, conflicts } = resolveFacts([fact('a', 2), fact('a', 3, { qualifier: 'over' })]);
    expect([resolved[0].value, resolved[0].qualifier, resolved[0].reports.length, conflicts.length]).toEqual([5, 'over', 1, 0]);
  });
});
