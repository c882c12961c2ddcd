/**
 * npm run build [-- [--fresh] [--out <folder>] [--verbose]] — checks the content, builds every
 * page and the search index into dist/. Pages whose content and code are unchanged are copied
 * from the previous build; --fresh renders them all again.
 * Prints a short Vietnamese account; Astro's full log goes to .bantin/build.log, and to the
 * terminal as well with --verbose or when the build fails.
 * On bad content it lists every problem in Vietnamese and leaves the previous dist/ untouched.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { StringDecoder } from 'node:string_decoder';
import { buildSite } from '../src/build/build-site.ts';
import { buildSummary } from '../src/build/build-summary.ts';
import { ContentValidationError, displayPath } from '../src/check/content-error.ts';
import { OperatorError } from '../src/build/operator-error.ts';
import { buildReport as b, validation as v } from '../src/i18n/vi.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
let args;
try {
  ({ values: args } = parseArgs({
    options: {
      out: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  // Node's parseArgs names the option in quotes: "Unknown option '--bogus'", "Option '--out <value>' argument missing".
  const option = /'(-[^' ]*)/.exec((error as Error).message)?.[1] ?? '';
  console.error(`${b.unknownOption(option)}\n\n${b.usage}`);
  process.exit(1);
}
if (args.help) {
  console.log(b.usage);
  process.exit(0);
}

const root = process.cwd();
const logPath = join(root, '.bantin', 'build.log');
const logShown = displayPath(root, logPath);
await mkdir(dirname(logPath), { recursive: true });
// Every child writes here; the file gets all of it, the terminal only with --verbose. The file is
// opened at the first line a child writes: a build refused by the lock of a running one (before
// any child starts) must not empty that build's log.
const output = new PassThrough();
let logFile: WriteStream | undefined;
// The file is for reading later, in an editor or a mail: no terminal colours. Whole lines only, so
// a colour code or a character split between two chunks is never cut in half.
const decoder = new StringDecoder('utf8');
let pending = '';
const writeLog = (text: string) => (logFile ??= createWriteStream(logPath)).write(stripVTControlCharacters(text));
output.on('data', (chunk: Buffer) => {
  const text = pending + decoder.write(chunk);
  const cut = text.lastIndexOf('\n') + 1;
  pending = text.slice(cut);
  if (cut > 0) writeLog(text.slice(0, cut));
  if (args.verbose) process.stdout.write(chunk);
});
console.log(b.started(logShown));

try {
  const outDir = resolve(root, args.out ?? 'dist');
  const timings = await buildSite({ root, outDir, fresh: args.fresh, output });
  await closeLog();
  const log = logFile ? await readFile(logPath, 'utf8') : '';
  const pages = (await readdir(outDir, { recursive: true })).filter((f) => String(f).endsWith('.html')).length;
  const s = (ms: number) => ms / 1000;
  console.log(
    buildSummary({
      outDir: displayPath(root, outDir),
      seconds: { total: s(timings.total), check: s(timings.check), pages: s(timings.pages), search: s(timings.search) },
      pages,
      articles: timings.articles,
      log,
      logFile: logShown,
    }),
  );
} catch (error) {
  await closeLog();
  const cause = findContentError(error);
  if (cause) {
    // Astro was stopped: its log says nothing the content check has not said better.
    console.error(`\n${cause.message}\n\n${v.summaryHint}`);
  } else if (error instanceof OperatorError) {
    console.error(`\n${error.message}`);
  } else {
    if (!args.verbose && logFile) process.stderr.write(await readFile(logPath, 'utf8'));
    console.error(`\n${b.failed(logShown)}\n${b.failedDetail((error as Error).message ?? String(error))}`);
  }
  process.exit(1);
}

async function closeLog(): Promise<void> {
  output.end();
  await finished(output);
  pending += decoder.end();
  if (pending) writeLog(pending);
  pending = '';
  if (!logFile) return;
  logFile.end();
  await finished(logFile);
}

function findContentError(error: unknown): ContentValidationError | undefined {
  for (let e = error; e; e = (e as { cause?: unknown }).cause) {
    if (e instanceof ContentValidationError || (e as Error).name === 'ContentValidationError') return e as ContentValidationError;
  }
  return undefined;
}
