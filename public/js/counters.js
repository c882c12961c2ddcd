// Visitor counters from /luot-xem/ (npm run analytics). Under 1 KB.
(async () => {
  const get = (f) => fetch('/luot-xem/' + f).then((r) => (r.ok ? r.json() : Promise.reject(r.status)));
  const show = (el, n) => (el.textContent = Number(n || 0).toLocaleString('vi-VN'));
  try {
    const all = await get('tong-quan.json');
    for (const el of document.querySelectorAll('[data-counter]')) show(el, all[el.dataset.counter]);
    for (const el of document.querySelectorAll('[data-counters]')) el.hidden = false;
    const views = document.querySelector('[data-views]');
    if (!views) return;
    const path = views.dataset.views;
    // FNV-1a, as src/analytics/counter-files.ts
    let h = 2166136261;
    for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619) >>> 0;
    show(views.querySelector('strong'), (await get('trang/' + (h % all.shards) + '.json'))[path]);
    views.hidden = false;
  } catch {
    // Nothing published yet: the page stays as built.
  }
})();
