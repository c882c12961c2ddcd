/**
 * Astro's build in a process of its own, started by buildSite(): when it exits, its heap (over
 * 2 GB at 10 000 articles) is returned to the system before Pagefind builds the search index,
 * instead of sitting beside Pagefind's own memory until the end of the build.
 *
 *   node src/build/astro-child.ts <root> <outDir> <logLevel> <fresh|reuse> [module exporting extra integrations]
 */
import { build } from 'astro';
import type { AstroIntegration } from 'astro';
import { pathToFileURL } from 'node:url';
import { flushStagedPages } from '../search/search-stage.ts';

const [root, outDir, logLevel, reuse, integrationsModule] = process.argv.slice(2);
// Content entries name their files relative to the project folder; the pages' cache keys read
// the photos in them (src/site/page-cache-key.ts).
process.chdir(root);
const integrations: AstroIntegration[] = integrationsModule
  ? (await import(pathToFileURL(integrationsModule).href)).default
  : [];
// force: Astro's own switch for a build from scratch: it clears the content store and ignores
// the pages kept from the previous build (experimental.incrementalBuild).
await build({ root, outDir, logLevel: logLevel as 'info', integrations, force: reuse === 'fresh' });
// The article pages src/middleware.ts staged for search while Astro rendered them.
await flushStagedPages();
