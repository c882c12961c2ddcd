/**
 * npm run build [-- [--fresh] [--out <folder>]] — checks the content, builds every page and the
 * search index into dist/. Pages whose content and code are unchanged are copied from the previous
 * build; --fresh renders them all again.
 * On bad content it lists every problem in Vietnamese and leaves the previous dist/ untouched.
 */
import { buildSite } from '../src/build/build-site.ts';
import { ContentValidationError } from '../src/check/content-error.ts';
import { OperatorError } from '../src/build/operator-error.ts';
import { validation as v } from '../src/i18n/vi.ts';

import { parseArgs } from 'node:util';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { values: args } = parseArgs({ options: { out: { type: 'string' }, fresh: { type: 'boolean', default: false } } });
try {
  const timings = await buildSite({ root: process.cwd(), outDir: args.out, fresh: args.fresh });
  console.log(`Đã dựng xong ${args.out ?? 'dist'}/ trong ${(timings.total / 1000).toFixed(1)} giây (kiểm tra nội dung: ${(timings.check / 1000).toFixed(1)} s, trang: ${(timings.pages / 1000).toFixed(1)} s, chỉ mục tìm kiếm: ${(timings.search / 1000).toFixed(1)} s).`);
} catch (error) {
  const cause = findContentError(error);
  if (cause) {
    console.error(`\n${cause.message}\n\n${v.summaryHint}`);
  } else if (error instanceof OperatorError) {
    console.error(`\n${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}

function findContentError(error: unknown): ContentValidationError | undefined {
  for (let e = error; e; e = (e as { cause?: unknown }).cause) {
    if (e instanceof ContentValidationError || (e as Error).name === 'ContentValidationError') return e as ContentValidationError;
  }
  return undefined;
}
