/**
 * Where a build's time went, read from the arrival times of its log lines: Astro's own phase
 * lines ("Building static entrypoints…", "generating static routes", "generating optimized
 * images") and, in the bantin build, markers printed by build-child.ts from Astro's hooks.
 */
import type { LogLine } from './run-measured.ts';

export const MARKER_PREFIX = '[bench] ';

/** Milliseconds per phase. Sub-phases of the Astro build add up to `pages`. */
export interface PhaseTimes {
  /** The content check (bantin only: the baseline has none). It runs beside Astro's setup, so it is not added to the total. */
  check?: number;
  /** Process start, config, routes, content layer sync and types. */
  setup: number;
  /** Vite/Rolldown bundling of pages and client assets. */
  bundle: number;
  /** Rendering every page to HTML. */
  render: number;
  /** Optimising images (astro:assets). */
  images: number;
  /** After the images: integrations' build:done (sitemap), stats. */
  finish: number;
  /** Everything Astro: setup + bundle + render + images + finish. */
  pages: number;
  search?: number;
  /** Whatever the phases above do not cover: output swap, process exit. */
  other: number;
  total: number;
}

interface BuildSiteTimings {
  check: number;
  pages: number;
  search: number;
  total: number;
}

const firstAt = (lines: LogLine[], pattern: RegExp) => lines.find((l) => pattern.test(l.text))?.at;
const marker = (name: string) => new RegExp(`^\\[bench\\] ${name}\\b`);

const ENTRYPOINTS = /Building static entrypoints/;
const ROUTES = /generating static routes/;
const IMAGES = /generating optimized images/;
const BUILT = /\d+ page\(s\) built in/;

function astroSegments(lines: LogLine[], setupFrom: number, imagesEnd: number | undefined, astroEnd: number) {
  const entry = firstAt(lines, ENTRYPOINTS);
  const routes = firstAt(lines, ROUTES);
  if (entry === undefined || routes === undefined || imagesEnd === undefined) {
    throw new Error('Astro log lacks its phase lines; was it built with logLevel "info"?');
  }
  const images = firstAt(lines, IMAGES);
  return {
    setup: entry - setupFrom,
    bundle: routes - entry,
    render: (images ?? imagesEnd) - routes,
    images: images === undefined ? 0 : imagesEnd - images,
    finish: astroEnd - imagesEnd,
  };
}

/** Phases of `node scripts/bench/build-child.ts`: buildSite's own timings plus the markers. */
export function bantinPhases(lines: LogLine[], wallMs: number): PhaseTimes {
  const done = lines.find((l) => marker('done').test(l.text));
  if (!done) throw new Error('The bantin build ended without its "done" marker.');
  const timings = JSON.parse(done.text.slice(`${MARKER_PREFIX}done `.length)) as BuildSiteTimings;
  const astroEnd = firstAt(lines, marker('astro-done'))!;
  // Astro starts with the build; the content check runs beside it in another process.
  const segments = astroSegments(lines, firstAt(lines, marker('start')) ?? 0, firstAt(lines, marker('generated')), astroEnd);
  const pages = Object.values(segments).reduce((a, b) => a + b, 0);
  return { check: timings.check, ...segments, pages, search: timings.search, other: wallMs - pages - timings.search, total: wallMs };
}

/** Phases of a plain `astro build` process (the baseline). */
export function astroPhases(lines: LogLine[], wallMs: number): PhaseTimes {
  const built = firstAt(lines, BUILT);
  const segments = astroSegments(lines, 0, built, wallMs);
  return { ...segments, pages: wallMs, other: 0, total: wallMs };
}

export interface PhaseWindow {
  name: string;
  /** Milliseconds since the process started. */
  from: number;
  to: number;
}

/** The bantin build's phases as consecutive time windows, for slicing a CPU profile. */
export function bantinWindows(lines: LogLine[]): PhaseWindow[] {
  const done = lines.find((l) => marker('done').test(l.text));
  const start = firstAt(lines, marker('start'));
  if (!done || start === undefined) return [];
  const points: Array<[string, number | undefined]> = [
    ['startup (imports)', 0],
    ['astro config, routes, vite (content check beside)', start],
    ['content layer sync', firstAt(lines, /\[content\] Syncing content/)],
    ['bundle (Vite)', firstAt(lines, ENTRYPOINTS)],
    ['render pages', firstAt(lines, ROUTES)],
    ['optimise images', firstAt(lines, IMAGES)],
    ['finish (sitemap, hooks)', firstAt(lines, marker('generated'))],
    ['search index', firstAt(lines, marker('astro-done'))],
    ['end', done.at],
  ];
  const known = points.filter((p): p is [string, number] => p[1] !== undefined);
  return known.slice(0, -1).map(([name, from], i) => ({ name, from, to: known[i + 1][1] }));
}
