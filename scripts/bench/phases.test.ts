import { describe, expect, it } from 'vitest';
import { astroPhases, bantinPhases } from './phases.ts';
import type { LogLine } from './run-measured.ts';

const lines = (entries: Array<[number, string]>): LogLine[] => entries.map(([at, text]) => ({ at, text }));

describe('build phases from log arrival times', () => {
  it('splits a bare astro build at its own phase lines', () => {
    const phases = astroPhases(
      lines([
        [900, '10:00:01 [content] Syncing content'],
        [2000, '10:00:02 [build] Building static entrypoints...'],
        [5000, ' generating static routes '],
        [9000, ' generating optimized images '],
        [12000, '10:00:12 [build] 1000 page(s) built in 11.9s'],
      ]),
      12500,
    );
    expect(phases).toMatchObject({ setup: 2000, bundle: 3000, render: 4000, images: 3000, finish: 500, pages: 12500, total: 12500 });
  });

  it('counts no image time when a site has no images', () => {
    const phases = astroPhases(
      lines([
        [2000, 'Building static entrypoints...'],
        [5000, ' generating static routes '],
        [8000, '[build] 10 page(s) built in 8s'],
      ]),
      8000,
    );
    expect(phases).toMatchObject({ render: 3000, images: 0 });
  });

  it('takes check and search from buildSite and the rest from the hook markers; the check runs beside Astro', () => {
    const timings = { check: 1000, pages: 11000, search: 3000, total: 14100 };
    const phases = bantinPhases(
      lines([
        [500, '[bench] start'],
        [3000, 'Building static entrypoints...'],
        [6000, ' generating static routes '],
        [9000, ' generating optimized images '],
        [11000, '[bench] generated'],
        [11500, '[bench] astro-done'],
        [14600, `[bench] done ${JSON.stringify(timings)}`],
      ]),
      15000,
    );
    expect(phases).toMatchObject({ check: 1000, setup: 2500, bundle: 3000, render: 3000, images: 2000, finish: 500, search: 3000 });
    expect(phases.pages).toBe(11000);
    // The check overlaps the setup: the total is pages + search + startup and exit.
    expect(phases.pages + phases.search! + phases.other).toBe(15000);
    expect(phases.other).toBe(1000);
  });

  it('says so when the build was too quiet to split', () => {
    expect(() => astroPhases(lines([[10, 'nothing']]), 100)).toThrow(/logLevel/);
  });
});
