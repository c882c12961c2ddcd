// Progressive enhancement only: every page reads fully without this file.
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

// A printed article says when it was printed (src/components/PrintSource.astro): the date in
// Vietnam, written as readers write it, whichever way printing was started.
window.addEventListener('beforeprint', () => {
  const today = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
  for (const slot of document.querySelectorAll('[data-print-date]')) slot.textContent = today;
});
