/**
 * The portal's settings for the pages (content/site.yaml), read once per build. The content
 * check has already reported what is wrong with the file in Vietnamese (validate-portal.ts);
 * reaching this with a bad file means the check was skipped (astro dev), so it stops with the
 * same messages rather than render a page without the agency's name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../config.ts';
import { PORTAL_FILE, type Portal } from '../schema/portal.ts';
import { validatePortal } from '../check/validate-portal.ts';

let cached: { dir: string; portal: Portal } | undefined;

export function getPortal(): Portal {
  const dir = contentDir();
  if (cached?.dir === dir && !import.meta.env?.DEV) return cached.portal;
  const absolute = join(dir, PORTAL_FILE);
  const path = relative(process.cwd(), absolute).split('\\').join('/');
  const result = validatePortal(existsSync(absolute) ? { path, text: readFileSync(absolute, 'utf8') } : undefined, path);
  if (!result.portal) throw new Error(result.errors.map((e) => `${e.file}${e.field ? ` › ${e.field}` : ''}: ${e.message}`).join('\n'));
  cached = { dir, portal: result.portal };
  return result.portal;
}
