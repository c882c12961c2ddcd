// Progressive enhancement only: every page reads fully without this file.
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

// Zalo (src/components/ShareLinks.astro): the phone's share sheet where there is one, else the
// link copied for pasting into Zalo. Without either, the button stays hidden.
for (const button of document.querySelectorAll('[data-share-zalo]')) {
  const canShare = typeof navigator.share === 'function';
  const canCopy = Boolean(navigator.clipboard?.writeText);
  if (!canShare && !canCopy) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const { shareUrl: url = location.href, shareTitle: title = document.title } = button.dataset;
    const status = button.parentElement?.querySelector('[data-share-status]');
    if (canShare) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
        if (!canCopy) return;
      }
    }
    await navigator.clipboard.writeText(url);
    if (status) status.textContent = button.dataset.shareCopied ?? '';
  });
}

// The latest articles in the article page's side column (src/components/ArticleSidebar.astro),
// on screens wide enough to show the column beside the article: one small file, from this site.
for (const box of document.querySelectorAll('[data-latest]')) {
  if (!window.matchMedia('(min-width: 64rem)').matches) continue;
  const list = box.querySelector('ul');
  const count = Number(box.getAttribute('data-latest-count')) || 5;
  fetch(box.getAttribute('data-latest') ?? '')
    .then((response) => (response.ok ? response.json() : []))
    .then((/** @type {Array<{ url: string, title: string, date: string }>} */ entries) => {
      const shown = entries.filter((e) => e.url !== box.getAttribute('data-current')).slice(0, count);
      if (!list || shown.length === 0) return;
      list.replaceChildren(
        ...shown.map((entry) => {
          const item = document.createElement('li');
          const link = Object.assign(document.createElement('a'), { href: entry.url, textContent: entry.title });
          item.append(link, ' ', Object.assign(document.createElement('time'), { textContent: entry.date }));
          return item;
        }),
      );
      box.hidden = false;
    })
    // Without the list the page is whole: the column simply shows the unit's articles.
    .catch(() => {});
}

// A printed article says when it was printed (src/components/PrintSource.astro): the date in
// Vietnam, written as readers write it, whichever way printing was started.
window.addEventListener('beforeprint', () => {
  const today = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
  for (const slot of document.querySelectorAll('[data-print-date]')) slot.textContent = today;
});
