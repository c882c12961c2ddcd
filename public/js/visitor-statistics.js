// The access-statistics page (/thong-ke-truy-cap/): the table of the last 30 days and the
// most-read articles, from /luot-xem/thong-ke.json (npm run analytics). The totals are filled
// by counters.js; the chart is an image and needs no script.
(async () => {
  const format = (n) => Number(n).toLocaleString('vi-VN');
  const cell = (tag, text) => Object.assign(document.createElement(tag), { textContent: text });
  try {
    const response = await fetch('/luot-xem/thong-ke.json');
    if (!response.ok) return;
    const { days, top } = await response.json();
    const body = document.querySelector('[data-days] tbody');
    for (const { date, visitors } of days.toReversed()) {
      const row = document.createElement('tr');
      const [y, m, d] = date.split('-');
      const day = cell('th', `${d}/${m}/${y}`);
      day.scope = 'row';
      row.append(day, cell('td', format(visitors)));
      body.append(row);
    }
    document.querySelector('[data-days]').hidden = false;
    const list = document.querySelector('[data-most-read] ol');
    for (const { path, title, views } of top) {
      const item = document.createElement('li');
      item.append(Object.assign(document.createElement('a'), { href: path, textContent: title }), ` — ${format(views)}`);
      list.append(item);
    }
    if (top.length > 0) document.querySelector('[data-most-read]').hidden = false;
    const overview = await fetch('/luot-xem/tong-quan.json').then((r) => r.json());
    const time = document.querySelector('[data-updated-at]');
    if (overview.updatedAt) {
      time.dateTime = overview.updatedAt;
      time.textContent = new Date(overview.updatedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
    }
  } catch {
    // Nothing published yet: the chart's image and the rules are still there.
  }
})();
