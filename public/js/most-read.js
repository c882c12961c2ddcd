// "Đọc nhiều" in the article page's side column (src/components/ArticleSidebar.astro): the
// articles most read in the last 30 days, from /luot-xem/doc-nhieu.json, which the analytics job
// rewrites without a rebuild. Fetched once the column comes near the screen: at once on a
// desktop, where it sits beside the article; on a phone only when the reader nears the end of
// the article, so a reader who stops earlier downloads nothing. No file, no list: it stays hidden.
for (const box of document.querySelectorAll('[data-most-read-aside]')) {
  const load = () =>
    fetch(box.getAttribute('data-most-read-aside') ?? '')
      .then((response) => (response.ok ? response.json() : {}))
      .then((/** @type {{ top?: Array<{ path: string, title: string }> }} */ { top = [] }) => {
        const count = Number(box.getAttribute('data-count')) || 5;
        // Addresses of this site only: the file is ours, but a link is never taken on trust.
        const shown = top.filter((e) => typeof e.path === 'string' && /^\/(?!\/)/.test(e.path) && e.path !== box.getAttribute('data-current')).slice(0, count);
        const list = box.querySelector('ol');
        if (!list || shown.length === 0) return;
        list.replaceChildren(
          ...shown.map((entry) => {
            const item = document.createElement('li');
            item.append(Object.assign(document.createElement('a'), { href: entry.path, textContent: entry.title }));
            return item;
          }),
        );
        box.hidden = false;
      })
      .catch(() => {});
  const column = box.parentElement;
  if (!column || !('IntersectionObserver' in window)) {
    load();
    continue;
  }
  const watcher = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      watcher.disconnect();
      load();
    },
    { rootMargin: '600px 0px' },
  );
  watcher.observe(column);
}
