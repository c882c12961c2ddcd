/**
 * A realistic, deterministic nginx access log for a bantin portal: the sample portal's traffic
 * (so the counters are live after `npm start`) and the benchmark's million lines. Readers come
 * from Vietnamese mobile and fixed networks, mostly on Android phones, some in Zalo's or Cốc
 * Cốc's browser; each visit opens a few pages (articles far more than listings, some articles
 * much more read than others) and fetches their styles, scripts, photos and the counters.
 * Crawlers, monitoring scripts and vulnerability scanners make up the rest, as on a real server.
 */
import { createRandom, type Random } from '../bench/random.ts';

export interface LogPlan {
  /** Page addresses of the built site ("/bai-viet/x/"); articles are read most. */
  pages: readonly string[];
  /** About how many lines to write. */
  lines: number;
  days: number;
  /** The moment of the last line (UTC ms). */
  end: number;
  seed?: number;
}

const READER_AGENTS = [
  'Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 11; CPH2269) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.111 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; SM-A145F Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36 Zalo android/12100545 ZaloTheme/light ZaloLanguage/vi',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/23.11.01',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/117.0.184 Chrome/111.0.5563.184 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
];

const BOT_AGENTS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.129 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)',
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'curl/7.88.1',
  'python-requests/2.31.0',
];

const ASSETS = ['/_astro/index.Bx3kq2Lm.css', '/js/site.js', '/js/counters.js', '/favicon.svg', '/luot-xem/tong-quan.json'];
const SCANS = ['/wp-login.php', '/.env', '/xmlrpc.php', '/admin/', '/phpmyadmin/'];
const REFERERS = ['-', 'https://www.google.com/', 'https://www.facebook.com/', 'https://zalo.me/', 'https://coccoc.com/search?query=dan+van'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;
const VIETNAM = 7 * 3_600_000;

const two = (n: number) => String(n).padStart(2, '0');

/** nginx's $time_local in Vietnam time: "28/Jun/2024:08:30:15 +0700". */
export function nginxLocalTime(time: number): string {
  const d = new Date(time + VIETNAM);
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0700`;
}

function readerAddress(random: Random): string {
  // Viettel, VNPT, FPT ranges; one in ten readers on IPv6.
  if (random.chance(0.1)) return `2402:800:${random.int(0x6000, 0x6fff).toString(16)}::${random.int(1, 0xffff).toString(16)}`;
  return `${random.pick([27, 113, 171, 14, 42, 116])}.${random.int(64, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
}

/** Local-time hour weights: readers read in the morning, at lunch and in the evening. */
const HOURS = [1, 1, 1, 1, 1, 2, 4, 6, 8, 8, 7, 7, 8, 6, 6, 6, 6, 5, 6, 8, 9, 8, 5, 2];
const HOUR_TOTAL = HOURS.reduce((a, b) => a + b, 0);

function timeInDay(random: Random, dayStart: number): number {
  let pick = random.next() * HOUR_TOTAL;
  let hour = 0;
  while (pick >= HOURS[hour]) pick -= HOURS[hour++];
  return dayStart + hour * 3_600_000 + Math.floor(random.next() * 3_600_000);
}

const line = (ip: string, time: number, request: string, status: number, bytes: number, referer: string, agent: string) =>
  `${ip} - - [${nginxLocalTime(time)}] "${request}" ${status} ${bytes} "${referer}" "${agent}"`;

/** One day's lines in time order. */
function* dayLines(random: Random, plan: LogPlan, weighted: readonly string[], dayStart: number, target: number, last: number): Generator<string> {
  const day: { time: number; text: string }[] = [];
  const push = (time: number, text: string) => {
    if (time <= last) day.push({ time, text });
  };
  while (day.length < target) {
    const roll = random.next();
    if (roll < 0.1) {
      // A crawler or a monitoring script: pages and feeds, no assets.
      const agent = random.pick(BOT_AGENTS);
      const ip = `66.249.${random.int(64, 95)}.${random.int(1, 254)}`;
      let time = timeInDay(random, dayStart);
      for (let i = random.int(1, 6); i > 0; i--, time += random.int(1_000, 60_000)) {
        push(time, line(ip, time, `GET ${random.chance(0.1) ? '/rss.xml' : random.pick(plan.pages)} HTTP/1.1`, 200, random.int(8_000, 40_000), '-', agent));
      }
      continue;
    }
    if (roll < 0.13) {
      const time = timeInDay(random, dayStart);
      push(time, line(`45.${random.int(1, 250)}.${random.int(0, 255)}.${random.int(1, 254)}`, time, `${random.chance(0.5) ? 'POST' : 'GET'} ${random.pick(SCANS)} HTTP/1.1`, 404, 153, '-', random.pick(BOT_AGENTS.slice(5))));
      continue;
    }
    // A reader's visit: a few pages, each with the files it loads (cached after the first).
    const ip = readerAddress(random);
    const agent = random.pick(READER_AGENTS);
    let time = timeInDay(random, dayStart);
    let referer = random.pick(REFERERS);
    for (let page = 0, pages = random.chance(0.5) ? 1 : random.int(2, 5); page < pages; page++, time += random.int(15_000, 240_000)) {
      const address = random.chance(0.03) ? '/bai-viet/bai-da-xoa/' : random.pick(weighted);
      const query = random.chance(0.15) ? `?fbclid=IwAR${random.int(100000, 999999)}` : '';
      const status = address === '/bai-viet/bai-da-xoa/' ? 404 : random.chance(0.1) ? 304 : 200;
      push(time, line(ip, time, `GET ${address}${query} HTTP/2.0`, status, status === 200 ? random.int(9_000, 30_000) : 0, referer, agent));
      for (const asset of page === 0 ? ASSETS : ASSETS.slice(4)) {
        push(time + 200, line(ip, time + 200, `GET ${asset} HTTP/2.0`, page === 0 ? 200 : 304, 1200, `https://dvqs.example.gov.vn${address}`, agent));
      }
      referer = `https://dvqs.example.gov.vn${address}`;
    }
  }
  day.sort((a, b) => a.time - b.time);
  for (const { text } of day) yield text;
}

/** The log's lines, oldest first (within a day; as nginx writes them). */
export function* generateAccessLog(plan: LogPlan): Generator<string> {
  const random = createRandom(plan.seed ?? 17);
  // Articles read ten times as often as listings; a few articles far more than the rest.
  const articles = plan.pages.filter((p) => p.startsWith('/bai-viet/'));
  const weighted = [...plan.pages, ...articles.flatMap((a, i) => Array<string>(Math.max(1, Math.round(40 / (i + 1)))).fill(a))];
  const lastDay = Math.floor((plan.end + VIETNAM) / DAY);
  const perDay = plan.lines / plan.days;
  for (let day = lastDay - plan.days + 1; day <= lastDay; day++) {
    // Fewer readers at weekends ((day + 3) % 7 is 0 on Mondays, as in local-day.ts), and
    // days busier or quieter than others (a conference reported, a holiday).
    const weekday = (day + 3) % 7;
    const factor = (weekday === 5 ? 0.7 : weekday === 6 ? 0.6 : 1.08) * (0.75 + random.next() * 0.5);
    yield* dayLines(random, plan, weighted, day * DAY - VIETNAM, Math.ceil(perDay * factor), plan.end);
  }
}
