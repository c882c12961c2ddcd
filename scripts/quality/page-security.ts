/**
 * The security gate for one built page: the Content-Security-Policy <meta> is there, equal to the
 * policy we ship, and comes before anything it must govern; and nothing in the page is script the
 * policy does not allow by name (inline <script> without its hash, on… handlers, javascript: URLs)
 * or inline style it would silently drop. JSON-LD is data, not script, and stays allowed. The
 * content-security scan of every built page (frames, remote loads, every URL attribute) is
 * src/security/page-scan.ts, run by each build; this gate reuses its reading of URLs.
 */
import { createHash } from 'node:crypto';
import type { PageElement } from './html-document.ts';
import { isScriptingUrl } from '../../src/security/page-scan.ts';

export interface SecurityProblem {
  line: number;
  problem: 'missing-csp' | 'csp-mismatch' | 'csp-too-late' | 'inline-script' | 'event-handler' | 'javascript-url' | 'inline-style';
  detail: string;
}

const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);

/** The source list of one directive of a serialised policy ("script-src"), as tokens. */
export function directiveSources(policy: string, directive: string): string[] {
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === directive) return sources;
  }
  return directive === 'default-src' ? [] : directiveSources(policy, 'default-src');
}

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export function checkPageSecurity(elements: PageElement[], expectedPolicy: string): SecurityProblem[] {
  const problems: SecurityProblem[] = [];
  const cspMetas = elements.filter((e) => e.tag === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (cspMetas.length === 0) problems.push({ line: 0, problem: 'missing-csp', detail: 'no <meta http-equiv="Content-Security-Policy">' });
  for (const meta of cspMetas) {
    if (meta.attrs.content !== expectedPolicy) {
      problems.push({ line: meta.line, problem: 'csp-mismatch', detail: `policy is "${meta.attrs.content}", expected "${expectedPolicy}"` });
    }
  }
  // A <meta> policy governs only what comes after it in the document.
  const fetches = (e: PageElement) => e.tag === 'script' || e.tag === 'style' || (e.tag === 'link' && !/^(canonical|alternate)$/i.test(e.attrs.rel ?? ''));
  const firstGoverned = elements.find(fetches);
  if (cspMetas[0] && firstGoverned && elements.indexOf(firstGoverned) < elements.indexOf(cspMetas[0])) {
    problems.push({ line: firstGoverned.line, problem: 'csp-too-late', detail: `<${firstGoverned.tag}> comes before the policy` });
  }

  const policy = cspMetas[0]?.attrs.content ?? expectedPolicy;
  const allowedScripts = directiveSources(policy, 'script-src');
  const allowedStyles = directiveSources(policy, 'style-src');
  for (const element of elements) {
    if (element.tag === 'script' && element.attrs.src === undefined) {
      const type = (element.attrs.type ?? '').toLowerCase();
      if (!DATA_SCRIPT_TYPES.has(type) && !allowedScripts.includes(scriptHash(element.text))) {
        problems.push({ line: element.line, problem: 'inline-script', detail: `inline <script> whose hash ${scriptHash(element.text)} the policy does not list` });
      }
    }
    if (element.tag === 'style' && !allowedStyles.includes("'unsafe-inline'") && !allowedStyles.includes(scriptHash(element.text))) {
      problems.push({ line: element.line, problem: 'inline-style', detail: '<style> element the policy blocks' });
    }
    for (const [name, value] of Object.entries(element.attrs)) {
      if (/^on[a-z]+$/.test(name)) {
        problems.push({ line: element.line, problem: 'event-handler', detail: `${name}="${value}" on <${element.tag}>` });
      } else if (name === 'style' && !allowedStyles.includes("'unsafe-inline'")) {
        problems.push({ line: element.line, problem: 'inline-style', detail: `style="${value}" on <${element.tag}>, which the policy blocks` });
      } else if (['href', 'src', 'action', 'formaction'].includes(name) && isScriptingUrl(value)) {
        // javascript:, vbscript: and data:, spelt any way a browser still reads (src/security/page-scan.ts).
        problems.push({ line: element.line, problem: 'javascript-url', detail: `${name}="${value}" on <${element.tag}>` });
      }
    }
  }
  return problems;
}
