/**
 * Accessibility at WCAG 2.2 AA: axe-core on every page type at phone and desktop size (contrast,
 * names, landmarks, ARIA), and on every built page the rules the markup alone decides: lang="vi",
 * headings that never skip a level, a text alternative for every image and chart.
 */
import { describe, expect, it } from 'vitest';
import { checkPageStructure } from '../../scripts/quality/page-structure.ts';
import { describeViolations, findAxeViolations } from '../helpers/axe.ts';
import { loadFully, openPage, type ViewportName } from '../helpers/browser.ts';
import { byPage, readBrokenPage, readBuiltPages } from '../helpers/built-pages.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';
import { distDir } from '../helpers/site.ts';
import { browserSession, brokenSiteSession, watchedPage } from '../helpers/browser-session.ts';

const describeStructure = (problems: ReturnType<typeof checkPageStructure>) => problems.map((p) => `line ${p.line}: ${p.detail}`);

describe('every built page', () => {
  it('is in Vietnamese, with headings in order and a text alternative for every image', async () => {
    const pages = await readBuiltPages(distDir());
    expect(byPage(pages, (page) => describeStructure(checkPageStructure(page.elements, 'vi')))).toEqual({});
  });
});

const session = await browserSession();
const { browser } = session;

describe.each<ViewportName>(['phone', 'desktop'])('axe-core on a %s', (viewport) => {
  const view = watchedPage(() => openPage(browser, viewport));

  it.each(PAGE_TYPES)(
    'finds no WCAG 2.2 AA violation on the %s page',
    async (type) => {
      await loadFully(view.page, view.watch, session.site.url + session.pageTypes[type]);
      expect(describeViolations(await findAxeViolations(view.page)), session.pageTypes[type]).toEqual([]);
    },
  );
});

describe('the accessibility gates on the broken site', () => {
  const broken = brokenSiteSession(() => openPage(browser, 'desktop'));
  const axeRulesOn = async (file: string) => {
    await loadFully(broken.page, broken.watch, `${broken.site.url}/${file}`);
    return (await findAxeViolations(broken.page)).map((v) => v.id);
  };
  const structureOn = async (file: string) => checkPageStructure((await readBrokenPage(file)).elements, 'vi').map((p) => p.problem);

  it('passes the control page', async () => {
    expect(await axeRulesOn('index.html')).toEqual([]);
    expect(await structureOn('index.html')).toEqual([]);
  });

  it('fails an image without alt', async () => {
    expect(await axeRulesOn('missing-alt.html')).toEqual(['image-alt']);
    expect(await structureOn('missing-alt.html')).toEqual(['image-alt']);
  });

  it('fails a page without lang', async () => {
    expect(await axeRulesOn('missing-lang.html')).toEqual(['html-has-lang']);
    expect(await structureOn('missing-lang.html')).toEqual(['language']);
  });

  it('fails text with too little contrast', async () => {
    expect(await axeRulesOn('low-contrast.html')).toEqual(['color-contrast']);
  });

  it('fails headings that skip a level', async () => {
    expect(await structureOn('skipped-heading.html')).toEqual(['heading-order']);
  });
});
