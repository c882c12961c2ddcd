/**
 * End to end with a real web server: Debian's nginx serves a copy of the built site with
 * scripts/deploy/nginx.conf (moved to loopback and a test folder), this test sends readers',
 * crawlers' and odd requests, and the analytics job reads the log nginx wrote. What it counts
 * must be exactly what was sent.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalytics, type AnalyticsReport } from '../../src/analytics/analytics-run.ts';
import { distDir } from '../helpers/site.ts';

const root = resolve(import.meta.dirname, '../..');
const ARTICLE = '/bai-viet/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022/';
const LEGACY = 109;
const OTHER = '/bai-viet/dak-lak-tong-ket-chuong-trinh-phoi-hop-cong-tac-dan-van-nam-2022/';
const AGENTS = {
  android: 'Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
  zalo: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/23.11.01',
  coccoc: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/117.0.184 Chrome/111.0 Safari/537.36',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  curl: 'curl/7.88.1',
};

function nginxBinary(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  if (!found) throw new Error('This test needs nginx: apt-get install -y nginx (.ci/run does).');
  return found;
}

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** scripts/deploy/nginx.conf on loopback, serving `site`, logging into `work`. */
function testConfig(work: string, site: string, port: number): string {
  const deploy = readFileSync(join(root, 'scripts/deploy/nginx.conf'), 'utf8');
  const config = deploy
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('root /var/www/bantin;', `root ${site};`)
    .replace('worker_processes auto;', `worker_processes 1;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;`)
    .replace(
      'http {',
      `http {\n    access_log ${work}/access.log combined;\n` +
        ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${work}/${t};`).join('\n'),
    );
  expect(config).toContain(`listen 127.0.0.1:${port};`);
  expect(config).toContain(`root ${site};`);
  return config;
}

describe('counting what a real nginx logged', () => {
  let work: string;
  let nginx: ChildProcess;
  let base: string;
  let report: AnalyticsReport;
  let site: string;
  const sent = { counted: 0, bots: 0, notPages: 0 };

  async function request(path: string, agent: string, expected: 'view' | 'bot' | 'other', init: RequestInit = {}) {
    const response = await fetch(base + path, { redirect: 'manual', ...init, headers: { 'User-Agent': agent, ...init.headers } });
    await response.arrayBuffer();
    if (expected === 'view') sent.counted++;
    else if (expected === 'bot') sent.bots++;
    else sent.notPages++;
    return response;
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'bantin-nginx-'));
    // nginx's workers run as an unprivileged user: they must be able to read the site.
    chmodSync(work, 0o755);
    site = join(work, 'site');
    cpSync(distDir(), site, { recursive: true });
    rmSync(join(site, 'luot-xem'), { recursive: true, force: true });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    writeFileSync(join(work, 'nginx.conf'), testConfig(work, site, port));
    nginx = spawn(nginxBinary(), ['-p', work, '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    nginx.stderr!.on('data', (d) => (stderr += d));
    for (let i = 0; ; i++) {
      // Only the probe that gets an answer is logged: a HEAD, which is no page view.
      if (await fetch(base + '/', { method: 'HEAD' }).then(() => true, () => false)) break;
      if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    sent.notPages++;

    // A reader on Android: an article, its reload, the same with a tracking query, through
    // index.html, and the home page; /bai-viet/x without its slash is a redirect, not a view.
    expect((await request(ARTICLE, AGENTS.android, 'view')).status).toBe(200);
    await request(ARTICLE, AGENTS.android, 'view');
    await request(`${ARTICLE}?fbclid=IwAR123&utm_source=zalo`, AGENTS.android, 'view');
    await request(`${ARTICLE}index.html`, AGENTS.android, 'view');
    expect((await request(ARTICLE.slice(0, -1), AGENTS.android, 'other')).status).toBe(301);
    await request('/', AGENTS.android, 'view');
    // A reader in Zalo: the article, a listing, the styles, a missing page, HEAD and POST.
    await request(ARTICLE, AGENTS.zalo, 'view');
    await request('/nam/', AGENTS.zalo, 'view');
    await request('/js/counters.js', AGENTS.zalo, 'other');
    expect((await request('/bai-viet/khong-co-bai-nay/', AGENTS.zalo, 'other')).status).toBe(404);
    await request(ARTICLE, AGENTS.zalo, 'other', { method: 'HEAD' });
    expect((await request(ARTICLE, AGENTS.zalo, 'other', { method: 'POST', body: 'x' })).status).toBe(405);
    // A percent-encoded address of the other article, then a reader whose browser revalidates (304).
    const first = await request(OTHER.replace('dak-lak', '%64ak-lak'), AGENTS.coccoc, 'view');
    const revalidated = await request(OTHER, AGENTS.firefox, 'view', { headers: { 'If-Modified-Since': first.headers.get('last-modified')! } });
    expect(revalidated.status).toBe(304);
    // Crawlers and scripts.
    await request(ARTICLE, AGENTS.googlebot, 'bot');
    await request('/', AGENTS.googlebot, 'bot');
    await request('/', AGENTS.curl, 'bot');

    nginx.kill('SIGQUIT');
    await new Promise((r) => nginx.once('exit', r));
    report = await runAnalytics({ site, state: join(work, 'state.sqlite'), files: [join(work, 'access.log')] });
  }, 120_000);
  afterAll(() => {
    if (nginx && nginx.exitCode === null) nginx.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  });

  it('reads every line nginx wrote and sorts them as the requests were sent', () => {
    expect(report.malformed).toBe(0);
    expect(report.lines).toBe(sent.counted + sent.bots + sent.notPages);
    expect({ counted: report.counted, bots: report.bots, notPages: report.notPages }).toEqual(sent);
  });

  it('counts four distinct visitors today, all of them online', () => {
    expect(report.counters).toEqual({ online: 4, today: 4, week: 4, total: 4 });
  });

  it('counts each page once per visitor, plus the article’s legacy views', () => {
    const csv = readFileSync(join(site, 'luot-xem/tat-ca.csv'), 'utf8');
    expect(csv).toContain(`\n${ARTICLE},${LEGACY + 2}\n`);
    expect(csv).toContain(`\n${OTHER},2\n`);
    expect(csv).toContain('\n/,1\n');
    expect(csv).toContain('\n/nam/,1\n');
  });
});
