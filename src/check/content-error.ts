/**
 * A problem in the content, as a value: which file, which line when known, which field, and
 * what to write instead. Produced here for the build, `npm run check` and the importer alike.
 */
import type { z } from 'astro/zod';
import { isAbsolute, relative } from 'node:path';
import { fieldText } from '../schema/field-labels.ts';
import { validation as v } from '../i18n/vi.ts';

export interface ContentError {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when the field could be located. */
  line?: number;
  /** Field path as an author reads it: "indicators[2].value"; empty for the file as a whole. */
  field: string;
  /** Vietnamese: what was expected and what was written. */
  message: string;
  /** 'warning': worth a look, never stops a build or `npm run check` (absent: an error). */
  severity?: 'warning';
}

/** ["indicators", 2, "value"] → "indicators[2].value" */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function errorsFromZod(
  file: string,
  error: z.ZodError,
  locate: (path: ReadonlyArray<PropertyKey>) => number | undefined = () => undefined,
): ContentError[] {
  return error.issues.flatMap((issue) => {
    // An unknown field is reported at the field itself, one message each, not at its parent.
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split('\n');
      return issue.keys.map((key, i) => {
        const path = [...issue.path, key];
        return { file, line: locate(path), field: formatFieldPath(path), message: messages[i] ?? issue.message };
      });
    }
    return [{ file, line: locate(issue.path), field: formatFieldPath(issue.path), message: describeIssue(issue.path, issue.message) }];
  });
}

/** A missing field is named with its label and what to write in it (src/i18n/vi.ts). */
function describeIssue(path: ReadonlyArray<PropertyKey>, message: string): string {
  const text = message === v.required ? fieldText(path) : undefined;
  return text ? v.requiredField(text.label, text.hint) : message;
}

/** One line an author can click in a terminal: "content/…/index.md:12 › indicators[0].value: …" */
export function formatContentError(error: ContentError): string {
  const where = error.line ? `${error.file}:${error.line}` : error.file;
  return error.field ? `${where} › ${error.field}: ${error.message}` : `${where}: ${error.message}`;
}

export class ContentValidationError extends Error {
  readonly errors: ContentError[];
  constructor(errors: ContentError[], heading: string) {
    super([heading, ...errors.map((e) => `  ✗ ${formatContentError(e)}`)].join('\n'));
    this.name = 'ContentValidationError';
    this.errors = errors;
  }
}

/** How a file path is shown in messages: relative to the project when inside it. */
export function displayPath(root: string, absolute: string): string {
  const rel = relative(root, absolute);
  return (rel.startsWith('..') || isAbsolute(rel) ? absolute : rel).split('\\').join('/');
}
