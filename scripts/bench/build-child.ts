/**
 * The bantin build as the benchmark runs it: a child process (so its whole process tree can be
 * measured) calling the real buildSite(), with Astro hooks printing phase markers that the
 * parent timestamps (phases.ts). Content and cache folders come from BANTIN_CONTENT_DIR and
 * BANTIN_CACHE_DIR, as for any build.
 *
 *   node scripts/bench/build-child.ts <project root> <output folder>
 */
import { fileURLToPath } from 'node:url';
import { buildSite } from '../../src/build/build-site.ts';
import { MARKER_PREFIX } from './phases.ts';

const [root, outDir] = process.argv.slice(2);
const mark = (name: string, detail = ''): void => void process.stdout.write(`${MARKER_PREFIX}${name}${detail ? ' ' + detail : ''}\n`);

process.env.ASTRO_TELEMETRY_DISABLED = '1';
mark('start');
const phaseMarkers = fileURLToPath(new URL('./phase-markers.ts', import.meta.url));
const timings = await buildSite({ root, outDir, logLevel: 'info', integrationsModule: phaseMarkers });
mark('done', JSON.stringify(timings));
