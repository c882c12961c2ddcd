// @ts-check
/**
 * The search page (/tim-kiem/), on Pagefind's JavaScript API. The form is a plain GET form whose
 * fields are the URL parameters: a search runs as the reader types (after a pause), on submit or
 * when a filter changes, and goes into the history so it can be shared and the back button
 * returns to it (one history entry per typed search, not one per keystroke). Filter counts load only
 * when the reader opens the filters: a plain query never downloads them.
 * Strings come from the page's data-text-* attributes (src/i18n/vi.ts).
 */
import { excerptPieces } from './excerpt.js';
import {
  isBlank, pagefindOptions, readSearchState, searchParams, SEARCH_RANKING, TYPING_PAUSE_MS, worthSearchingWhileTyping,
} from './search-state.js';
import { spellForIndex, spellForReader } from './spelling.js';
import { openPartedSearch } from './parted-search.js';

const PAGE_SIZE = 10;

/** @param {string} selector @param {ParentNode} [scope] */
function find(selector, scope = document) {
  const element = scope.querySelector(selector);
  if (!element) throw new Error(`search page: ${selector} missing`);
  return /** @type {HTMLElement} */ (element);
}

const root = document.querySelector('[data-search]');
if (root instanceof HTMLElement) startSearchPage(root);

/** @param {HTMLElement} root */
function startSearchPage(root) {
  const form = /** @type {HTMLFormElement} */ (find('[data-search-form]', root));
  const queryInput = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
  const filterSelects = /** @type {HTMLSelectElement[]} */ ([...form.querySelectorAll('select[data-filter]')]);
  const sortSelect = /** @type {HTMLSelectElement} */ (find('select[data-sort]', form));
  const filtersBox = /** @type {HTMLDetailsElement} */ (find('[data-search-filters]', form));
  const filterSummary = find('[data-search-filter-summary]', form);
  const status = find('[data-search-status]', root);
  const list = find('[data-search-results]', root);
  const moreButton = /** @type {HTMLButtonElement} */ (find('[data-search-more]', root));
  const headerInput = /** @type {HTMLInputElement | null} */ (document.getElementById('site-search'));
  const facets = filterSelects.map((select) => ({ key: select.dataset.filter ?? '', param: select.name }));
  const sortKey = root.dataset.sortKey ?? 'date';

  /** A message from the page, with {slots} filled in. @param {string} name @param {Record<string, string | number>} [slots] */
  const text = (name, slots = {}) =>
    (root.dataset[`text${name}`] ?? '').replace(/\{(\w+)\}/g, (whole, key) => (key in slots ? String(slots[key]) : whole));

  /**
   * The index, opened part by part (search-parts.js): the year chosen, or the newest years
   * first; older years when the reader asks for more.
   * @type {Promise<Awaited<ReturnType<typeof openPartedSearch>>> | undefined}
   */
  let pagefindLoading;
  const pagefind = () => {
    const script = root.dataset.pagefind ?? '/pagefind/pagefind.js';
    pagefindLoading ??= import(script).then((pf) =>
      openPartedSearch(pf, script.slice(0, script.lastIndexOf('/') + 1), { ranking: SEARCH_RANKING }, formState().filters.year),
    );
    return pagefindLoading;
  };
  /** The search now shown: what showMore needs to search older years with it. */
  /** @type {{ term: string | null, options: any, year: string | undefined } | undefined} */
  let shownSearch;

  /** Every run gets a number; an answer that arrives after a newer run started is dropped. */
  let generation = 0;
  let countedGeneration = -1;
  /** @type {Array<{ data: () => Promise<any> }>} */
  let results = [];
  let shown = 0;

  const formState = () =>
    readSearchState(new URLSearchParams(/** @type {any} */ (new FormData(form))), facets, sortSelect.name);
  const locationState = () => readSearchState(new URLSearchParams(location.search), facets, sortSelect.name);

  /** @param {import('./search-state.js').SearchState} state */
  function showState(state) {
    queryInput.value = state.query;
    if (headerInput) headerInput.value = state.query;
    for (const select of filterSelects) select.value = state.filters[select.dataset.filter ?? ''] ?? '';
    sortSelect.value = state.sort;
  }

  /** @param {import('./search-state.js').SearchState} state */
  function urlOf(state) {
    const query = searchParams(state, facets, sortSelect.name).toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  }

  /** @param {'push' | 'replace'} history how the address bar follows */
  async function run(history) {
    const state = formState();
    const url = urlOf(state);
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    const active = Object.keys(state.filters).length;
    filterSummary.textContent = active ? text('ActiveFilters', { count: active }) : '';

    const current = ++generation;
    results = [];
    shownSearch = undefined;
    shown = 0;
    list.replaceChildren();
    moreButton.hidden = true;
    if (isBlank(state)) {
      status.textContent = '';
      list.removeAttribute('aria-busy');
      if (filtersBox.open) await showCounts(state, current);
      return;
    }
    status.textContent = text('Loading');
    list.setAttribute('aria-busy', 'true');
    try {
      const pf = await pagefind();
      const year = state.filters.year;
      await pf.openFirst(year);
      const term = state.query ? spellForIndex(state.query) : null;
      const options = pagefindOptions(state, sortKey);
      const search = await pf.search(term, options);
      if (current !== generation) return;
      shownSearch = { term, options, year };
      results = search.results;
      await showMore(false);
      if (current !== generation) return;
      showStatus(state, pf);
      if (filtersBox.open) await showCounts(state, current);
    } catch (error) {
      if (current === generation) status.textContent = text('Failed');
      throw error;
    } finally {
      if (current === generation) list.removeAttribute('aria-busy');
    }
  }

  /**
   * What was found, and in which years while older ones are still unsearched: a count of the
   * searched years is never passed off as the archive's.
   * @param {import('./search-state.js').SearchState} state
   * @param {Awaited<ReturnType<typeof openPartedSearch>>} pf
   */
  function showStatus(state, pf) {
    const count = results.length;
    const found = count === 0 ? text('None') : state.query ? text('Found', { count, query: state.query }) : text('FoundFiltered', { count });
    const span = pf.span();
    status.textContent = pf.coversAll(state.filters.year) || !span ? found : `${found} ${text('Partial', span)}`;
  }

  /** The next page of results, as cards like the archive's; focus moves to the first new one. */
  async function showMore(moveFocus = true) {
    const current = generation;
    const pf = await pagefind();
    // Every result of the years searched is shown: search the next older years.
    // Nothing found in the newest years: older ones are searched before "none" is said.
    while (shown >= results.length && shownSearch && !pf.coversAll(shownSearch.year)) {
      const names = await pf.openMore();
      const older = await pf.search(shownSearch.term, shownSearch.options, names);
      if (current !== generation) return;
      results = [...results, ...older.results];
      showStatus(formState(), pf);
    }
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const pages = await Promise.all(batch.map((result) => result.data()));
    if (current !== generation) return;
    const cards = pages.map(resultCard);
    list.append(...cards);
    shown += batch.length;
    moreButton.hidden = shown >= results.length && (!shownSearch || pf.coversAll(shownSearch.year));
    if (moveFocus) cards[0]?.querySelector('a')?.focus();
  }

  /** @param {any} page Pagefind's data for one result */
  function resultCard(page) {
    const card = document.createElement('li');
    card.className = 'card';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = spellForReader(page.meta.title ?? page.url);
    heading.append(link);

    const meta = document.createElement('p');
    meta.className = 'meta';
    const kind = optionLabel('kind', page.filters?.kind?.[0]);
    for (const [value, className] of [[page.meta.date, ''], [page.meta.unit, ''], [kind, 'badge']]) {
      if (!value) continue;
      const span = document.createElement('span');
      if (className) span.className = className;
      span.textContent = spellForReader(value);
      meta.append(span);
    }

    const excerpt = document.createElement('p');
    for (const piece of excerptPieces(page.excerpt ?? '')) {
      if (!piece.mark) excerpt.append(piece.text);
      else excerpt.append(Object.assign(document.createElement('mark'), { textContent: piece.text }));
    }
    card.append(heading, meta, excerpt);
    return card;
  }

  /** A filter value's label as the form shows it ("Hội nghị" for kind "hoi-nghi"). @param {string} key @param {string} [value] */
  function optionLabel(key, value) {
    const select = filterSelects.find((s) => s.dataset.filter === key);
    const option = value ? [...(select?.options ?? [])].find((o) => o.value === value) : undefined;
    return option?.dataset.label?.trim();
  }

  /**
   * How many results each filter value would give. For a filter that has a value chosen, the
   * counts of its other values are those of the same search without that filter, so switching
   * from one year to another shows what it will find.
   * @param {import('./search-state.js').SearchState} state
   * @param {number} current
   */
  async function showCounts(state, current) {
    if (countedGeneration === current) return;
    countedGeneration = current;
    filtersBox.setAttribute('aria-busy', 'true');
    try {
      await fillCounts(state, current);
    } finally {
      if (countedGeneration === current) filtersBox.removeAttribute('aria-busy');
    }
  }

  /** @param {import('./search-state.js').SearchState} state @param {number} current */
  async function fillCounts(state, current) {
    const pf = await pagefind();
    await pf.openFirst(state.filters.year);
    // Counts of some years only would pass for the archive's, and hide the values found in
    // older years: while years are unsearched, the options show their labels alone.
    if (!pf.coversAll(undefined)) {
      if (current !== generation) return;
      for (const select of filterSelects) {
        for (const option of select.options) {
          if (!option.value) continue;
          option.textContent = option.dataset.label ?? option.value;
          option.disabled = false;
        }
      }
      return;
    }
    const totals = await pf.filters();
    /** @type {Record<string, Record<string, number>>} */
    let counts = totals;
    if (!isBlank(state)) {
      const term = state.query ? spellForIndex(state.query) : null;
      counts = { ...(await pf.search(term, { filters: state.filters })).filters };
      for (const key of Object.keys(state.filters)) {
        const { filters } = pagefindOptions(state, sortKey, key);
        counts[key] = (await pf.search(term, { filters })).filters[key] ?? {};
      }
    }
    if (current !== generation) return;
    for (const select of filterSelects) {
      const values = counts[select.dataset.filter ?? ''] ?? {};
      for (const option of select.options) {
        if (!option.value) continue;
        const count = values[option.value] ?? 0;
        option.textContent = text('Option', { label: option.dataset.label ?? option.value, count });
        option.disabled = count === 0 && option.value !== select.value;
      }
    }
  }

  /** Pending search while the reader types; the first typed search of a burst is pushed, the rest replace it. */
  let typingTimer = 0;
  let typingPushed = false;
  const stopTyping = () => {
    window.clearTimeout(typingTimer);
    typingPushed = false;
  };
  queryInput.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    if (!worthSearchingWhileTyping(queryInput.value)) return;
    typingTimer = window.setTimeout(() => {
      run(typingPushed ? 'replace' : 'push');
      typingPushed = true;
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const replace = typingPushed;
    stopTyping();
    run(replace ? 'replace' : 'push');
  });
  for (const select of [...filterSelects, sortSelect]) {
    select.addEventListener('change', () => {
      stopTyping();
      run('push');
    });
  }
  find('[data-search-clear]', form).addEventListener('click', () => {
    for (const select of filterSelects) select.value = '';
    run('push');
  });
  filtersBox.addEventListener('toggle', () => {
    if (filtersBox.open) showCounts(formState(), generation);
  });
  moreButton.addEventListener('click', () => showMore());
  window.addEventListener('popstate', () => {
    stopTyping();
    showState(locationState());
    run('replace');
  });

  form.hidden = false;
  const initial = locationState();
  showState(initial);
  if (Object.keys(initial.filters).length > 0) filtersBox.open = true;
  run('replace');
}
