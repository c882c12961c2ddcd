import { describe, expect, it } from 'vitest';
import { formatScores, onlyFiles, scoreByFile } from './mutation-scores.ts';

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

  it('shows a module whose mutants did not run without a score, and never flags it', () => {
    const scores = scoreByFile({ files: { 'src/d.ts': mutants('CompileError') } });
    expect(scores[0].score).toBeUndefined();
    expect(formatScores(scores).split('\n')).toEqual(['src/d.ts     —       0 caught     0 missed', 'all modules  —  0 caught, 0 missed']);
  });

  it('lists the modules in path order, whatever the report\'s order', () => {
    const scores = scoreByFile({ files: { 'src/z.ts': mutants('Killed'), 'src/a.ts': mutants('Killed') } });
    expect(scores.map((s) => s.file)).toEqual(['src/a.ts', 'src/z.ts']);
  });

  it('scores only the modules named on the command line, by path or glob, not the others remembered from earlier runs', () => {
    const scores = scoreByFile({ files: { 'src/domain/slug.ts': mutants('Killed'), 'src/domain/units.ts': mutants('Survived'), 'src/urls.ts': mutants('Killed') } });
    expect(onlyFiles(scores, ['src/urls.ts']).map((s) => s.file)).toEqual(['src/urls.ts']);
    expect(onlyFiles(scores, ['./src/domain/slug.ts']).map((s) => s.file)).toEqual(['src/domain/slug.ts']);
    expect(onlyFiles(scores, ['src/domain/*.ts']).map((s) => s.file)).toEqual(['src/domain/slug.ts', 'src/domain/units.ts']);
    expect(onlyFiles(scores, ['src/urls.ts', 'src/domain/slug.ts']).map((s) => s.file)).toEqual(['src/domain/slug.ts', 'src/urls.ts']);
    expect(onlyFiles(scores, ['a/src/urls.ts'])).toEqual([]);
    expect(onlyFiles(scores, [])).toEqual(scores);
  });
});
