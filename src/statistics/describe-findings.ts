/** Findings in words, for the build's warnings and the data-quality page. */
import type { Finding } from './statistics.ts';
import type { ResolvedFact } from './resolve-facts.ts';
import type { Fact } from './facts.ts';
import { describeSpan } from './period-span.ts';
import { formatQuantity } from '../domain/vietnamese-number.ts';
import { findings as t } from '../i18n/vi.ts';

export interface FindingNames {
  indicator: (key: string) => { label: string; unit: string } | undefined;
  unit: (key: string) => string | undefined;
  org: (key: string) => string | undefined;
  article: (slug: string) => string | undefined;
  /** A unit that ended: its last day ("30/06/2025") and its successor's name. */
  unitEnd?: (key: string) => { lastDay: string; successor?: string } | undefined;
}

export interface DescribedFinding {
  kind: Finding['kind'];
  text: string;
  /** The articles to open to fix it. */
  articles: string[];
}

function what(names: FindingNames, fact: Pick<Fact, 'indicator' | 'unit' | 'org' | 'period'>, value?: string): string {
  const label = names.indicator(fact.indicator)?.label ?? fact.indicator;
  const org = fact.org === null ? '' : `, ${names.org(fact.org) ?? fact.org}`;
  return `${label} (${names.unit(fact.unit) ?? fact.unit}${org}, ${describeSpan(fact.period)})${value ? ` ${value}` : ''}`;
}

const valueOf = (names: FindingNames, fact: ResolvedFact | Fact) =>
  formatQuantity(fact.value, names.indicator(fact.indicator)?.unit ?? '', fact.qualifier);

const articlesOf = (...facts: ResolvedFact[]) => [...new Set(facts.flatMap((f) => f.reports.map((r) => r.article)))];

export function describeFinding(finding: Finding, names: FindingNames): DescribedFinding {
  switch (finding.kind) {
    case 'conflict': {
      const unit = names.indicator(finding.fact.indicator)?.unit ?? '';
      const reports = finding.fact.reports.map((r) => `${names.article(r.article) ?? r.article}: ${formatQuantity(r.value, unit, r.qualifier)}`);
      return { kind: finding.kind, text: t.conflict(what(names, finding.fact), reports), articles: articlesOf(finding.fact) };
    }
    case 'superseded':
      return {
        kind: finding.kind,
        text: t.superseded(what(names, finding.fact, valueOf(names, finding.fact)), what(names, finding.by, valueOf(names, finding.by))),
        articles: articlesOf(finding.fact, finding.by),
      };
    case 'overlap':
      return {
        kind: finding.kind,
        text: t.overlap(what(names, finding.fact, valueOf(names, finding.fact)), what(names, finding.kept, valueOf(names, finding.kept))),
        articles: articlesOf(finding.fact, finding.kept),
      };
    case 'dropped': {
      const text = what(names, finding.fact, String(finding.fact.value));
      const says = { 'unknown-indicator': t.droppedIndicator, 'unknown-unit': t.droppedUnit, 'unit-ended': (w: string) => t.droppedUnitEnded(w, names.unitEnd?.(finding.fact.unit)) }[finding.reason];
      return { kind: finding.kind, text: says(text), articles: [finding.fact.article] };
    }
  }
}

/** Findings printed one by one; the rest are counted (the data-quality page and du-lieu/chat-luong list them). */
export const WARNINGS_SHOWN = 30;

/** The build's warning: one line per finding, naming the articles to open. */
export function findingWarnings(found: Finding[], names: FindingNames, articlePath: (slug: string) => string, shown = WARNINGS_SHOWN): string[] {
  if (found.length === 0) return [];
  const lines = found.slice(0, shown).map((f) => {
    const d = describeFinding(f, names);
    return `  ⚠ ${d.text} [${d.articles.map(articlePath).join(', ')}]`;
  });
  return [t.warningHeading(found.length), ...lines, ...(found.length > shown ? [t.warningsMore(found.length - shown)] : [])];
}
