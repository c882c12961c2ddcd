/**
 * What `npm run build` tells staff and operators: a few Vietnamese lines on what was built, how
 * long it took and what to look at. Astro's and Vite's own log (some 230 lines for the sample
 * portal) goes to a file; this reads it for what matters to a person: pages copied from the last
 * build, and warnings that are not known to be harmless.
 */
import { stripVTControlCharacters } from 'node:util';
import { buildReport as b } from '../i18n/vi.ts';

/**
 * Warnings Astro or Vite print on every build of a sound portal, with nothing to do about them:
 * Rolldown says it may drop MDX's "use astro:head-inject" directive when bundling (it does not
 * matter: Astro injects the head itself).
 */
const HARMLESS_WARNINGS = [/\[MODULE_LEVEL_DIRECTIVE\].*"use astro:head-inject"/];

/** The warning lines of a build log, without colours and times, harmless ones left out. */
export function notableWarnings(log: string): string[] {
  return stripVTControlCharacters(log)
    .split('\n')
    .filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line) && !HARMLESS_WARNINGS.some((pattern) => pattern.test(line)))
    .map((line) => line.replace(/^\d{2}:\d{2}:\d{2}\s+/, '').trim());
}

/** How many pages Astro copied from the previous build instead of rendering them again. */
export function restoredPages(log: string): number {
  return stripVTControlCharacters(log).match(/ \(restored\)/g)?.length ?? 0;
}

export interface BuildFacts {
  outDir: string;
  seconds: { total: number; check: number; pages: number; search: number };
  pages: number;
  articles: number;
  log: string;
  logFile: string;
}

/** Warnings listed in the summary; the rest are in the log file. */
const WARNINGS_SHOWN = 5;

export function buildSummary(facts: BuildFacts): string {
  const warnings = notableWarnings(facts.log);
  const restored = restoredPages(facts.log);
  const lines = [
    b.done(facts.outDir, facts.seconds.total, facts.pages, facts.articles),
    b.rendered(facts.pages - restored, restored),
    b.phases(facts.seconds.check, facts.seconds.pages, facts.seconds.search),
    b.preview,
  ];
  if (warnings.length > 0) {
    lines.push(b.warnings(warnings.length), ...warnings.slice(0, WARNINGS_SHOWN).map((w) => `  ! ${w}`));
    if (warnings.length > WARNINGS_SHOWN) lines.push(b.moreWarnings(warnings.length - WARNINGS_SHOWN));
  }
  lines.push(b.logFile(facts.logFile));
  return lines.join('\n');
}
