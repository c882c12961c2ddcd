/**
 * Per-module scores from Stryker's JSON report (mutation-testing-report-schema): killed and
 * timed-out mutants count as caught; survived and no-coverage as missed; compile errors and
 * ignored mutants do not count.
 */
import { matchesGlob } from 'node:path';

export const MUTATION_TARGET = 80;

export interface ModuleScore {
  file: string;
  caught: number;
  missed: number;
  /** Percentage caught; undefined when no mutant of the file ran. */
  score: number | undefined;
}

interface Report {
  files: Record<string, { mutants: Array<{ status: string }> }>;
}

const CAUGHT = new Set(['Killed', 'Timeout']);
const MISSED = new Set(['Survived', 'NoCoverage']);

export function scoreByFile(report: Report): ModuleScore[] {
  return Object.entries(report.files)
    .map(([file, { mutants }]) => {
      const caught = mutants.filter((m) => CAUGHT.has(m.status)).length;
      const missed = mutants.filter((m) => MISSED.has(m.status)).length;
      const total = caught + missed;
      return { file, caught, missed, score: total === 0 ? undefined : (caught / total) * 100 };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * The modules a run was asked about (paths or globs, as given to `npm run mutation --`). With
 * incremental mode Stryker's report also carries the last results of every other module it
 * remembers; those were not tested in this run and must not decide its outcome.
 */
export function onlyFiles(scores: ModuleScore[], patterns: string[]): ModuleScore[] {
  if (patterns.length === 0) return scores;
  const wanted = patterns.map((p) => p.replace(/^\.\//, ''));
  return scores.filter((s) => wanted.some((pattern) => matchesGlob(s.file, pattern)));
}

export function formatScores(scores: ModuleScore[]): string {
  const width = Math.max(6, ...scores.map((s) => s.file.length));
  const lines = scores.map((s) => {
    const score = s.score === undefined ? '   —  ' : `${s.score.toFixed(1).padStart(5)} %`;
    const flag = s.score !== undefined && s.score < MUTATION_TARGET ? `  under ${MUTATION_TARGET} %` : '';
    return `${s.file.padEnd(width)}  ${score}  ${String(s.caught).padStart(4)} caught  ${String(s.missed).padStart(4)} missed${flag}`;
  });
  const caught = scores.reduce((n, s) => n + s.caught, 0);
  const missed = scores.reduce((n, s) => n + s.missed, 0);
  const all = caught + missed === 0 ? '—' : `${((caught / (caught + missed)) * 100).toFixed(1)} %`;
  return [...lines, `${'all modules'.padEnd(width)}  ${all}  ${caught} caught, ${missed} missed`].join('\n');
}
