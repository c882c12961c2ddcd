/**
 * Astro hooks that print the build's phase markers (phases.ts) on stdout. Loaded by path in
 * the Astro build process (buildSite's integrationsModule), so it stays free of other imports.
 */
import type { AstroIntegration } from 'astro';
import { MARKER_PREFIX } from './phases.ts';

const mark = (name: string): void => void process.stdout.write(`${MARKER_PREFIX}${name}\n`);

const phaseMarkers: AstroIntegration = {
  name: 'bantin:bench-phases',
  hooks: {
    'astro:config:setup': () => mark('astro-config'),
    'astro:build:start': () => mark('build-start'),
    'astro:build:generated': () => mark('generated'),
    'astro:build:done': () => mark('astro-done'),
  },
};

export default [phaseMarkers];
