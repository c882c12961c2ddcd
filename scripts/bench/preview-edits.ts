/**
 * The saves the preview benchmark makes, as an author or an operator would: one more paragraph
 * in an article, a unit renamed in units.yaml. Pure text in, text out; the file is written by
 * scripts/bench/measure-preview.ts.
 */

/** The article with one more paragraph at the end of its body; the frontmatter stays as it was. */
export function appendParagraph(text: string, paragraph: string): string {
  return `${text.replace(/\s*$/, '')}\n\n${paragraph}\n`;
}

/**
 * units.yaml with the unit `key` renamed, comments and every other line kept; the same text when
 * the unit is not there (the caller then waits for a change that never comes, and says so).
 */
export function renameUnit(yaml: string, key: string, name: string): string {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return yaml.replace(new RegExp(`^(- key: ${escaped}\\n(?:[ \\t]+.*\\n)*?[ \\t]+name: ).*$`, 'm'), `$1${name}`);
}

/** The unit key in an article's frontmatter. */
export function articleUnit(text: string): string | undefined {
  return /^unit: "?([^"\n]+?)"?\s*$/m.exec(text)?.[1];
}
