/**
 * What `npm run new` was asked to do, read from its command line: Node's parseArgs in strict
 * mode, with its English errors ("Unknown option '--foo'") said again in Vietnamese with the usage.
 */
import { parseArgs } from 'node:util';
import { authoring as t } from '../../src/i18n/vi.ts';
import { closestMatch } from '../../src/domain/closest-match.ts';

export interface NewArticleRequest {
  title: string;
  unit?: string;
  kind: string;
  author: string;
  /** Make a copy (slug -2, -3…) when an article with this title exists. */
  copy: boolean;
}

export type ParsedArgs = { ok: true; request: NewArticleRequest } | { ok: false; help: boolean; message: string };

const OPTIONS = {
  unit: { type: 'string' },
  kind: { type: 'string', default: 'tin-hoat-dong' },
  author: { type: 'string', default: 'Ban biên tập' },
  copy: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function parseNewArticleArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    return { ok: false, help: false, message: `${argumentProblem(error as Error & { code?: string })}\n\n${t.usage}` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: false, help: true, message: t.usage };
  const title = positionals.join(' ').trim();
  if (!title) return { ok: false, help: false, message: `${t.missingTitle}\n\n${t.usage}` };
  return { ok: true, request: { title, unit: values.unit, kind: values.kind, author: values.author, copy: values.copy } };
}

function argumentProblem(error: Error & { code?: string }): string {
  const quoted = /'(-[^']*)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = quoted.replace(/^-+/, '').split('=')[0];
    return t.unknownOption(quoted, closestMatch(name, Object.keys(OPTIONS)));
  }
  // "Option '-h, --help' does not take an argument", "Option '--unit <value>' argument missing"
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  if (/does not take an argument/.test(error.message)) return t.optionTakesNoValue(option);
  return t.optionNeedsValue(option);
}
