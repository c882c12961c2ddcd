import { it } from 'vitest';
import { openPagefind } from '../../scripts/quality/pagefind-node.ts';
import { distDir } from '../helpers/site.ts';
it('debug', async () => {
  const pf = await openPagefind(distDir());
  for (const q of ['chi huy quan su', 'chi huy', 'quan su', 'huy', 'nong thon moi', 'quoc phong', 'lang son', 'trung doan']) {
    const { results } = await pf.search(q);
    const urls = await Promise.all(results.map(async (r) => (await pf.data(r)).url));
    const i = urls.findIndex((u) => u.includes('lang-son-chung'));
    console.log('DBG', q, results.length, i, i >= 0 ? results[i].score : '');
  }
  await pf.close();
});
