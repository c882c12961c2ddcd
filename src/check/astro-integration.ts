/**
 * Runs the content check before Astro reads any article, so `astro build` and `astro dev` report
 * broken content in Vietnamese with file and field, not as a stack trace from deep in a loader.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentTree } from './read-content.ts';
import { ContentValidationError, formatContentError } from './content-error.ts';
import { validation as v } from '../i18n/vi.ts';
import { ENV } from '../config.ts';
import { mdxGuard } from './mdx-guard.ts';

export const CHECKED_FLAG = ENV.contentChecked;

export function contentCheck(): AstroIntegration {
  return {
    name: 'bantin:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        // Always, even when the check runs beside this build: MDX with code is never compiled.
        updateConfig({ vite: { plugins: [mdxGuard(fileURLToPath(config.root))] } });
        // buildSite() runs the same check itself, beside this build, and stops it if the check fails.
        if (process.env[CHECKED_FLAG] === '1') return;
        const report = await checkContentTree(fileURLToPath(config.root));
        if (report.errors.length === 0) return;
        // While previewing, keep the server up so the author can fix and reload.
        if (command === 'dev') {
          logger.error([v.summaryHeading(report.errors.length), ...report.errors.map(formatContentError)].join('\n'));
          return;
        }
        throw new ContentValidationError(report.errors, v.summaryHeading(report.errors.length));
      },
    },
  };
}
