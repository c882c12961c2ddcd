/** The HTML gate: html-validate's recommended rules on each built page, errors only. */
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // An SEO hint, not validity: Vietnamese public-sector headlines run long and search engines
    // shorten a long <title>, they do not reject it.
    'long-title': 'off',
  },
};

export interface HtmlProblem {
  line: number;
  column: number;
  rule: string;
  message: string;
}

const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));

export async function validateHtml(html: string, filename: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, filename);
  return report.results.flatMap((result) =>
    result.messages
      .filter((m) => m.severity === 2)
      .map((m) => ({ line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
  );
}
