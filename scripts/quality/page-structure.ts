/**
 * Accessibility rules a page's markup alone decides, checked on every built page without a
 * browser (axe-core checks the rendered page types): the language of the page, headings that
 * never skip a level, and a text alternative for every image and chart.
 */
import type { PageElement } from './html-document.ts';

export interface StructureProblem {
  line: number;
  problem: 'language' | 'heading-order' | 'image-alt' | 'chart-alt';
  detail: string;
}

export function checkLanguage(elements: PageElement[], expected: string): StructureProblem[] {
  const html = elements.find((e) => e.tag === 'html');
  const lang = html?.attrs.lang;
  return lang === expected ? [] : [{ line: html?.line ?? 0, problem: 'language', detail: `<html lang="${lang ?? ''}">, expected "${expected}"` }];
}

const headingLevel = (e: PageElement): number | undefined => {
  const match = /^h([1-6])$/.exec(e.tag);
  if (match) return Number(match[1]);
  if (e.attrs.role === 'heading') return Number(e.attrs['aria-level'] ?? 2);
  return undefined;
};

/** One h1, first; after it each heading at most one level deeper than the one before. */
export function checkHeadingOrder(elements: PageElement[]): StructureProblem[] {
  const headings = elements.flatMap((e) => {
    const level = headingLevel(e);
    return level ? [{ level, element: e }] : [];
  });
  const problems: StructureProblem[] = [];
  const label = (h: { level: number; element: PageElement }) => `h${h.level} "${h.element.text.trim().slice(0, 60)}"`;
  if (headings[0]?.level !== 1) {
    problems.push({ line: headings[0]?.element.line ?? 0, problem: 'heading-order', detail: headings[0] ? `first heading is ${label(headings[0])}, not an h1` : 'no heading' });
  }
  const h1s = headings.filter((h) => h.level === 1);
  if (h1s.length > 1) problems.push({ line: h1s[1].element.line, problem: 'heading-order', detail: `${h1s.length} h1 headings` });
  headings.forEach((h, i) => {
    const previous = headings[i - 1];
    if (previous && h.level > previous.level + 1) {
      problems.push({ line: h.element.line, problem: 'heading-order', detail: `${label(h)} follows ${label(previous)}: skips a level` });
    }
  });
  return problems;
}

const hasAccessibleName = (e: PageElement) =>
  Boolean(e.attrs['aria-label']?.trim() || e.attrs['aria-labelledby']?.trim() || e.attrs.title?.trim());

/** alt on every <img> (empty for decoration); a name on every image-role <svg> (charts). */
export function checkImageAlternatives(elements: PageElement[]): StructureProblem[] {
  const problems: StructureProblem[] = [];
  for (const e of elements) {
    if ((e.tag === 'img' || (e.tag === 'input' && e.attrs.type === 'image')) && e.attrs.alt === undefined && !hasAccessibleName(e)) {
      problems.push({ line: e.line, problem: 'image-alt', detail: `<${e.tag} src="${e.attrs.src ?? ''}"> has no alt` });
    }
    if (e.tag === 'svg' && e.attrs.role === 'img' && !hasAccessibleName(e) && !elements.some((t) => t.tag === 'title' && t.parent === e && t.text.trim())) {
      problems.push({ line: e.line, problem: 'chart-alt', detail: '<svg role="img"> without aria-label, aria-labelledby or <title>' });
    }
  }
  return problems;
}

export function checkPageStructure(elements: PageElement[], lang: string): StructureProblem[] {
  return [...checkLanguage(elements, lang), ...checkHeadingOrder(elements), ...checkImageAlternatives(elements)];
}
