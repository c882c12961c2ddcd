import { describe, expect, it } from 'vitest';
import { formatScores, scoreByFile } from './mutation-scores.ts';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('mutation scores', () => {
  it('counts killed and timed-out mutants as caught, survivors and uncovered ones as missed', () => {
    const [score] = scoreByFile({ files: { 'src/a.ts': mutants('Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'Ignored') } });
    expect(score).toEqual({ file: 'src/a.ts', caught: 2, missed: 2, score: 50 });
  });

  it('flags a module under 80 % and not one exactly at it', () => {
    const text = formatScores(
      scoreByFile({ files: { 'src/b.ts': mutants('Killed', 'Killed', 'Killed', 'Killed', 'Survived'), 'src/c.ts': mutants('Killed', 'Killed', 'Killed', 'Survived', 'Survived') } }),
    );
    const [b, c, all] = text.split('\n');
    expect(b).toMatch(/^src\/b\.ts +80\.0 % +4 caught +1 missed$/);
    expect(c).toMatch(/60\.0 %.*under 80 %$/);
    expect(all).toMatch(/all modules +70\.0 % +7 caught, 3 missed/);
  });

  it('shows a module whose mutants did not run without a score', () => {
    expect(scoreByFile({ files: { 'src/d.ts': mutants('CompileError') } })[0].score).toBeUndefined();
  });
});
