/**
 * The preview (`npm run dev`) keeps the site data between requests (src/site/site-data.ts) and
 * must never show it stale: an article's edit shows in its page and in the listings built from
 * the site data, and so does a catalogue change (a unit renamed in units.yaml), each time after
 * the pages had been served from the kept data.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { appendParagraph, renameUnit } from '../../scripts/bench/preview-edits.ts';

const slug = 'dak-lak-tong-ket-cong-tac-dan-van-nam-2025-sau-hop-nhat-tinh';
const articleFile = `articles/2025/${slug}/index.md`;

describe('the preview’s kept site data', () => {
  let server: DevServer;
  let content: string;
  let base: string;
  const page = async (path: string) => {
    const response = await fetch(base + path).catch(() => undefined);
    return response?.status === 200 ? response.text() : `(${response?.status ?? 'no answer'})`;
  };
  // As an editor that keeps files whole saves: a new file renamed over the old one.
  const save = async (file: string, text: string) => {
    await writeFile(`${file}.saving`, text);
    await rename(`${file}.saving`, file);
  };
  const poll = (path: string, expected: string) =>
    expect.poll(async () => ((await page(path)).includes(expected) ? 'shown' : 'not yet'), { timeout: 60_000, interval: 250 }).toBe('shown');

  beforeAll(async () => {
    server = await startDevServer('bantin-preview-data-');
    ({ content, base } = server);
    const deadline = Date.now() + 180_000;
    while ((await page(`/bai-viet/${slug}/`)).startsWith('(')) {
      if (server.child.exitCode !== null || Date.now() > deadline) throw new Error(`astro dev did not serve the article:\n${server.output()}`);
      await new Promise((done) => setTimeout(done, 500));
    }
  }, 200_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('serves the pages from the kept data before anything changes', async () => {
    expect(await page('/')).toContain('Đắk Lắk tổng kết công tác dân vận năm 2025');
    expect(await page(`/bai-viet/${slug}/`)).toContain('Tỉnh Đắk Lắk');
    expect(await page(`/bai-viet/${slug}/`)).not.toContain('tiêu đề đã sửa');
  });

  it('shows an edited title in the article and in the home page’s list', async () => {
    const file = join(content, articleFile);
    const original = await readFile(file, 'utf8');
    await save(file, original.replace(/^title: .*$/m, 'title: Đắk Lắk tổng kết năm 2025, tiêu đề đã sửa trong xem trước'));
    await poll(`/bai-viet/${slug}/`, 'tiêu đề đã sửa trong xem trước');
    await poll('/', 'tiêu đề đã sửa trong xem trước');
  }, 130_000);

  it('shows a paragraph added to the body', async () => {
    const file = join(content, articleFile);
    await save(file, appendParagraph(await readFile(file, 'utf8'), 'Đoạn viết thêm khi xem trước.'));
    await poll(`/bai-viet/${slug}/`, 'Đoạn viết thêm khi xem trước.');
  }, 70_000);

  it('shows a unit renamed in units.yaml in the article’s unit line', async () => {
    const file = join(content, 'units.yaml');
    await save(file, renameUnit(await readFile(file, 'utf8'), 'dak-lak', 'Tỉnh Đắk Lắk (tên sửa thử)'));
    await poll(`/bai-viet/${slug}/`, 'Tỉnh Đắk Lắk (tên sửa thử)');
    // The listing still shows the article's edit: the reload kept nothing stale either way.
    expect(await page('/')).toContain('tiêu đề đã sửa trong xem trước');
  }, 70_000);

  // The saves above were shown from Astro's store in memory (src/content/live-store.ts):
  // the file Astro keeps it in was not rewritten for each (at 10 000 articles that cost 10 s a
  // save), and it holds them once the preview is stopped, so the next start has them.
  it('keeps the saves in memory and writes them into Astro’s store when the preview stops', async () => {
    const store = join(server.root, '.astro', 'data-store.json');
    const holdsEdit = async () => (await readFile(store, 'utf8').catch(() => '')).includes('tiêu đề đã sửa trong xem trước');
    expect(await holdsEdit()).toBe(false);
    await server.stop();
    expect(await holdsEdit()).toBe(true);
  }, 70_000);
});

