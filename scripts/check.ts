/**
 * npm run check — checks every article and catalogue without building, and lists what to fix.
 * Exit code 1 when anything is wrong, so it can guard a commit or a publish button. Warnings on
 * figures versus text are listed apart, after the errors, and alone leave the exit code 0.
 */
import { checkContentTree } from '../src/check/read-content.ts';
import { formatContentError } from '../src/check/content-error.ts';
import { figureWarnings as fw, validation as v } from '../src/i18n/vi.ts';

const root = process.argv[2] ?? process.cwd();
const report = await checkContentTree(root, { figureWarnings: true });
const warnings = report.warnings ?? [];
if (report.errors.length > 0) {
  console.error(v.summaryHeading(report.errors.length));
  for (const error of report.errors) console.error(`  ✗ ${formatContentError(error)}`);
}
if (warnings.length > 0) {
  console.warn(fw.heading(warnings.length));
  for (const warning of warnings) console.warn(`  ⚠ ${formatContentError(warning)}`);
}
if (report.errors.length > 0) process.exit(1);
console.log(v.ok(report.articleCount));
