/**
 * The content check of the portal's settings (content/site.yaml, src/schema/portal.ts): errors
 * as values with the file and the field, like the catalogues'. Pure: the text comes in.
 */
import { parse as parseYaml } from 'yaml';
import { portalSchema, type Portal } from '../schema/portal.ts';
import { validation as v } from '../i18n/vi.ts';
import { errorsFromZod, type ContentError } from './content-error.ts';
import type { SourceFile } from './validate-content.ts';

export type PortalResult = { portal: Portal; errors: [] } | { portal?: undefined; errors: ContentError[] };

/** The settings, or why they cannot be used. `path` names the file when it is missing. */
export function validatePortal(file: SourceFile | undefined, path: string): PortalResult {
  if (!file) return { errors: [{ file: path, field: '', message: v.portalMissing(path) }] };
  let data: unknown;
  try {
    data = parseYaml(file.text);
  } catch (error) {
    return { errors: [{ file: file.path, field: '', message: v.portalYamlSyntax((error as Error).message.split('\n')[0]) }] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { errors: [{ file: file.path, field: '', message: v.portalNotObject }] };
  }
  const result = portalSchema.safeParse(data);
  return result.success ? { portal: result.data, errors: [] } : { errors: errorsFromZod(file.path, result.error) };
}
