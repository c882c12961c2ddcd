/**
 * Runs the content check before Astro reads any article, so `astro build` and `astro dev` report
 * broken content in Vietnamese with file and field, not as a stack trace from deep in a loader.
 * In the preview it also runs again on every save, and shows a broken article's errors in the
 * browser in place of its page (src/check/dev-preview.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentTree } from './read-content.ts';
import { ContentValidationError, formatContentError, type ContentError } from './content-error.ts';
import { CHECK_STATUS_PATH, errorPageHtml, errorsForPage } from './dev-preview.ts';
import { validation as v } from '../i18n/vi.ts';
import { contentDir, ENV } from '../config.ts';
import { mdxGuard } from './mdx-guard.ts';
import { checkApart } from './check-apart.ts';
import { oneReloadAtATime } from './one-reload-at-a-time.ts';
import { reloadModulesWithEachNewStore, STORE_CHANGED, type HotChannel } from './fresh-store-in-preview.ts';
import { keepStoreInMemory, writeStoreOnStop } from '../content/store-in-memory.ts';

export const CHECKED_FLAG = ENV.contentChecked;

/** Content files whose change can change the check's result. */
const CONTENT_FILE = /\.(mdx?|ya?ml)$/;
/** A save often writes a file in several steps (editors, git checkouts): check once they are done. */
const SETTLE_MS = 100;
/** Time Astro's content loader takes to reload a fixed file before the open pages reload. */
const LOADER_MS = 400;

export function contentCheck(): AstroIntegration {
  let root = '';
  let errors: ContentError[] = [];
  // Bumped whenever the errors change; the error page reloads when it sees a new one.
  let version = 0;
  const report = (logger: AstroIntegrationLogger, found: ContentError[]) => {
    if (found.length > 0) logger.error([v.summaryHeading(found.length), ...found.map(formatContentError)].join('\n'));
  };
  return {
    name: 'bantin:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        // Always, even when the check runs beside this build: MDX with code is never compiled.
        updateConfig({ vite: { plugins: [mdxGuard(root)] } });
        // The pages read Astro's content store where Astro holds it, in memory (src/content/live-store.ts).
        await keepStoreInMemory({ command, config, logger, updateConfig });
        // buildSite() runs the same check itself, beside this build, and stops it if the check fails.
        if (process.env[CHECKED_FLAG] === '1') return;
        const result = await checkContentTree(root);
        if (result.errors.length === 0) return;
        // While previewing, keep the server up so the author can fix and reload.
        if (command === 'dev') {
          errors = result.errors;
          report(logger, errors);
          return;
        }
        throw new ContentValidationError(result.errors, v.summaryHeading(result.errors.length));
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir(root);
        oneReloadAtATime(server.watcher, (path) => path.startsWith(dir) && CONTENT_FILE.test(path));
        // The environments Astro announces a new store to (its invalidateDataStore).
        const quietSends: Array<HotChannel['send']> = [];
        for (const name of ['ssr', 'prerender']) {
          const environment = server.environments[name];
          if (environment) quietSends.push(reloadModulesWithEachNewStore(environment.hot));
        }
        // A save kept in the store in memory: Astro drops its page routes, the site data is
        // dropped (site-data.ts), open pages in the browser reload. No module reload: the store
        // module already exports the store the save changed.
        writeStoreOnStop(server, () => {
          for (const send of quietSends) send(STORE_CHANGED, {});
          server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
        });
        let running: Promise<void> | undefined;
        let again = false;
        let timer: NodeJS.Timeout | undefined;
        const recheck = async () => {
          do {
            again = false;
            // Beside the preview, not in it: the saved article is shown without waiting for the check.
            const found = await checkApart(root);
            if (JSON.stringify(found) === JSON.stringify(errors)) continue;
            // Astro's loader can miss the save that fixes a file it failed to reload (the preview
            // then kept the last good version): tell it again about each file that is now right,
            // and let it reload before the pages do.
            const stillBroken = new Set(found.map((e) => e.file));
            const fixed = [...new Set(errors.map((e) => e.file))].filter((file) => !stillBroken.has(file));
            for (const file of fixed) server.watcher.emit('change', resolve(root, file));
            if (fixed.length > 0) await new Promise((done) => setTimeout(done, LOADER_MS));
            errors = found;
            version++;
            report(logger, errors);
            if (errors.length === 0) logger.info(v.fixed);
            // Open pages reload: a good page shows its errors, an error page its fixed article.
            server.hot.send({ type: 'full-reload' });
          } while (again);
        };
        server.watcher.add(dir);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(dir) || !CONTENT_FILE.test(path)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (running) again = true;
            else running = recheck().finally(() => (running = undefined));
          }, SETTLE_MS);
        });
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://preview');
          if (url.pathname === CHECK_STATUS_PATH) {
            res.setHeader('content-type', 'application/json');
            res.setHeader('cache-control', 'no-store');
            res.end(JSON.stringify({ version }));
            return;
          }
          const shown = req.method === 'GET' ? errorsForPage(errors, url.pathname) : [];
          if (shown.length === 0) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.end(errorPageHtml(shown, version));
        });
      },
    },
  };
}
