/**
 * MDX without code. An MDX file is a program: `{…}` and `import`/`export` are JavaScript the build
 * runs on the build machine, where no Content-Security-Policy applies, and a component is code
 * too. So an article may use MDX only for what Markdown cannot say: the few HTML elements of the
 * allowlist (src/security/article-allowlist.ts) with literal attribute values, and the portal's
 * own components. Everything else is refused here, before any compiler sees it, with a message
 * in Vietnamese; the parser is Sätteri's, the one the build compiles MDX with.
 */
import { bodySafety as v } from '../i18n/vi.ts';
import { MDX_ATTRIBUTES, MDX_COMPONENTS, MDX_ELEMENTS } from '../security/article-allowlist.ts';
import { isSafeLink } from './safe-link.ts';

export interface BodyFinding {
  /** 1-based line within the body. */
  line: number;
  message: string;
}

interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdxNode[];
  position?: { start: { line: number } };
}

const CODE_PREVIEW = 40;
const preview = (code: string) => {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > CODE_PREVIEW ? `${flat.slice(0, CODE_PREVIEW)}…` : flat;
};

function elementFindings(node: MdxNode, line: number): BodyFinding[] {
  const name = node.name as string | null;
  if (name === null || MDX_COMPONENTS.has(name)) return [];
  if (!MDX_ELEMENTS.has(name)) {
    if (name === 'img') return [{ line, message: v.mdxImageTag }];
    // A component starts with a capital letter or is a member (Foo.Bar) or namespaced (svg:use).
    return [{ line, message: /^[a-z][a-z\d]*$/.test(name) ? v.mdxElement(name) : v.mdxComponent(name) }];
  }
  const allowed = MDX_ATTRIBUTES[name] ?? [];
  return (node.attributes ?? []).map((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute') return { line, message: v.mdxSpread(name) };
    const attributeName = attribute.name!;
    if (!allowed.includes(attributeName)) return { line, message: v.mdxAttribute(name, attributeName, allowed) };
    if (attribute.value !== null && typeof attribute.value === 'object') {
      return { line, message: v.mdxComputedAttribute(name, attributeName) };
    }
    if (attributeName === 'href' && typeof attribute.value === 'string' && !isSafeLink(attribute.value)) {
      return { line, message: v.unsafeLink(attribute.value) };
    }
    return undefined;
  }).filter((finding): finding is BodyFinding => finding !== undefined);
}

/** Everything in an MDX tree (from Sätteri's mdxToMdast) that is code or outside the allowlist. */
export function findMdxCode(root: MdxNode): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const visit = (node: MdxNode) => {
    const line = node.position!.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        findings.push({ line, message: v.mdxEsm });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        findings.push({ line, message: v.mdxExpression(preview(String(node.value))) });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        findings.push(...elementFindings(node, line));
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return findings;
}

/** What each of the parser's errors means for staff, by the words of its message. */
const SYNTAX_ERRORS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/to create a comment in MDX/, () => v.mdxHtmlComment],
  [/Unexpected character after `<`/, () => v.mdxLessThan],
  [/Expected a closing tag for `<([^>`]*)>`/, (m) => v.mdxUnclosedTag(m[1])],
  [/Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/, (m) => v.mdxStrayClosingTag(m[1])],
  [/Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>`/, (m) => v.mdxMismatchedTag(m[1], m[2])],
  [/expression|brace/i, () => v.mdxBrace],
];

/**
 * The MDX parser's error ("1:7: Unexpected character after `<`… (mdx-jsx:…)") as what to write
 * instead, in Vietnamese, at its line.
 */
export function describeMdxSyntaxError(message: string): BodyFinding {
  const place = /^(\d+):(\d+)/.exec(message);
  const line = place ? Number(place[1]) : 1;
  for (const [pattern, describe] of SYNTAX_ERRORS) {
    const match = pattern.exec(message);
    if (match) return { line, message: describe(match) };
  }
  return { line, message: v.mdxSyntax(place ? Number(place[2]) : 1) };
}
