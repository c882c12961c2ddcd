// Draws the sample articles' photos as SVG scenes and renders them to JPEG with sharp.
// Deterministic: each photo has its own seed, so a rerun rewrites identical files and the
// repository never needs downloaded or copyrighted pictures.
// Text is drawn as blocks, never with fonts, because font rendering differs between machines.
//
//   npx node scripts/sample-photos/make-sample-photos.ts
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import sharp from 'sharp';
import { createRandom as createSeededRandom, type Random as BaseRandom } from '../bench/random.ts';

const WIDTH = 1200;
const HEIGHT = 800;
const JPEG_QUALITY = 70;
const ARTICLES_DIR = join(import.meta.dirname, '..', 'content', 'articles');

type Scene = 'hall' | 'podium' | 'delegates' | 'house' | 'road' | 'gifts' | 'medical';
type Photo = { file: string; scene: Scene; seed: number };

// One row per photo: the article folder (under content/articles) and file name.
const PHOTOS: Photo[] = [
  // Report A: Hải Lăng, 6 tháng đầu năm 2022 (7 photos)
  { file: '2022/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022/hoi-nghi.jpg', scene: 'hall', seed: 2201 },
  { file: '2022/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022/chinh-tri-vien-bao-cao.jpg', scene: 'podium', seed: 2202 },
  { file: '2022/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022/hoi-ccb-phat-bieu.jpg', scene: 'delegates', seed: 2203 },
  { file: '2022/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022/doan-thanh-nien-phat-bieu.jpg', scene: 'podium', seed: 2204 },
  { file: '2022/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022/hoi-phu-nu-phat-bieu.jpg', scene: 'delegates', seed: 2205 },
  { file: '2022/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022/bi-thu-chi-dao.jpg', scene: 'podium', seed: 2206 },
  { file: '2022/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022/truong-ban-dan-van-ket-luan.jpg', scene: 'delegates', seed: 2207 },
  // Report B: Quảng Trị 2017
  { file: '2017/quang-tri-tong-ket-phoi-hop-giua-bo-chqs-tinh-va-cac-doan-the-nam-2017/hoi-nghi.jpg', scene: 'hall', seed: 1701 },
  { file: '2017/quang-tri-tong-ket-phoi-hop-giua-bo-chqs-tinh-va-cac-doan-the-nam-2017/bi-thu-tinh-doan-phat-bieu.jpg', scene: 'podium', seed: 1702 },
  // Report C: Ninh Bình 2019
  { file: '2019/ninh-binh-so-ket-6-thang-cong-tac-dan-van-va-3-nam-phoi-hop-voi-bo-chqs-tinh/hoi-nghi.jpg', scene: 'hall', seed: 1901 },
  { file: '2019/ninh-binh-so-ket-6-thang-cong-tac-dan-van-va-3-nam-phoi-hop-voi-bo-chqs-tinh/nha-dai-doan-ket.jpg', scene: 'house', seed: 1902 },
  // Report D: Lạng Sơn 2023
  { file: '2023/luc-luong-vu-trang-lang-son-chung-suc-cung-dan-xay-dung-que-huong/lam-duong.jpg', scene: 'road', seed: 2301 },
  { file: '2023/luc-luong-vu-trang-lang-son-chung-suc-cung-dan-xay-dung-que-huong/giup-dan-lam-nha.jpg', scene: 'house', seed: 2302 },
  { file: '2023/luc-luong-vu-trang-lang-son-chung-suc-cung-dan-xay-dung-que-huong/duong-be-tong.jpg', scene: 'road', seed: 2303 },
  // Report E: Đắk Lắk 2022
  { file: '2023/dak-lak-tong-ket-chuong-trinh-phoi-hop-cong-tac-dan-van-nam-2022/hoi-nghi.jpg', scene: 'hall', seed: 2311 },
  { file: '2023/dak-lak-tong-ket-chuong-trinh-phoi-hop-cong-tac-dan-van-nam-2022/kham-benh.jpg', scene: 'medical', seed: 2312 },
  // Invented articles
  { file: '2017/cao-loc-giao-ban-cong-tac-dan-van-quy-iii-nam-2017/giao-ban.jpg', scene: 'delegates', seed: 1711 },
  { file: '2018/doan-thanh-nien-kim-son-cung-bo-doi-ra-quan-thang-thanh-nien-2018/ra-quan.jpg', scene: 'road', seed: 1801 },
  { file: '2018/gio-linh-so-ket-6-thang-phoi-hop-giua-ban-chqs-huyen-va-cac-doan-the/hoi-nghi.jpg', scene: 'hall', seed: 1811 },
  { file: '2018/gio-linh-so-ket-6-thang-phoi-hop-giua-ban-chqs-huyen-va-cac-doan-the/tang-qua-tan-binh.jpg', scene: 'gifts', seed: 1812 },
  { file: '2019/cu-mgar-ngay-hoi-hien-mau-giot-hong-quan-dan/hien-mau.jpg', scene: 'medical', seed: 1911 },
  { file: '2019/van-quan-trien-khai-cong-tac-tuyen-chon-goi-cong-dan-nhap-ngu-nam-2020/hoi-nghi.jpg', scene: 'hall', seed: 1921 },
  { file: '2020/krong-pac-hoi-nong-dan-va-ban-chqs-huyen-so-ket-6-thang-phoi-hop/so-ket.jpg', scene: 'delegates', seed: 2001 },
  { file: '2020/krong-pac-hoi-nong-dan-va-ban-chqs-huyen-so-ket-6-thang-phoi-hop/trao-ho-tro.jpg', scene: 'gifts', seed: 2002 },
  { file: '2020/luc-luong-vu-trang-quang-tri-cung-cac-doan-the-giup-dan-khac-phuc-hau-qua-mua-lu/don-dep-nha.jpg', scene: 'house', seed: 2011 },
  { file: '2020/luc-luong-vu-trang-quang-tri-cung-cac-doan-the-giup-dan-khac-phuc-hau-qua-mua-lu/trao-qua.jpg', scene: 'gifts', seed: 2012 },
  { file: '2021/nho-quan-tong-ket-5-nam-phoi-hop-giua-ban-chqs-huyen-va-cac-doan-the/hoi-nghi.jpg', scene: 'hall', seed: 2101 },
  { file: '2021/nho-quan-tong-ket-5-nam-phoi-hop-giua-ban-chqs-huyen-va-cac-doan-the/duong-giao-thong.jpg', scene: 'road', seed: 2102 },
  { file: '2021/doan-thanh-nien-va-bo-doi-bien-phong-dinh-lap-tang-qua-hoc-sinh-vung-bien/trao-qua.jpg', scene: 'gifts', seed: 2111 },
  { file: '2022/ea-kar-ky-ket-chuong-trinh-phoi-hop-giai-doan-2022-2027/ky-ket.jpg', scene: 'delegates', seed: 2211 },
  { file: '2022/hoi-cuu-chien-binh-xa-hai-chanh-ban-giao-nha-tinh-nghia/ban-giao-nha.jpg', scene: 'house', seed: 2221 },
  { file: '2023/gia-vien-so-ket-cong-tac-dan-van-6-thang-dau-nam-2023/hoi-nghi.jpg', scene: 'hall', seed: 2321 },
  { file: '2023/gia-vien-so-ket-cong-tac-dan-van-6-thang-dau-nam-2023/phat-bieu.jpg', scene: 'podium', seed: 2322 },
  { file: '2024/huu-lung-so-ket-6-thang-phoi-hop-giu-gin-an-ninh-trat-tu-nam-2024/so-ket.jpg', scene: 'delegates', seed: 2401 },
  { file: '2024/tuoi-tre-luc-luong-vu-trang-dak-lak-tinh-nguyen-he-2024/ra-quan.jpg', scene: 'road', seed: 2411 },
  { file: '2024/tuoi-tre-luc-luong-vu-trang-dak-lak-tinh-nguyen-he-2024/kham-benh.jpg', scene: 'medical', seed: 2412 },
  { file: '2024/trieu-phong-tong-ket-cong-tac-phoi-hop-dan-van-nam-2024/hoi-nghi.jpg', scene: 'hall', seed: 2421 },
];

// --- randomness -------------------------------------------------------------------------

// The benchmark corpus's seeded generator (mulberry32), plus real-valued draws for shapes.
type Random = BaseRandom & { between: (min: number, max: number) => number };

function createRandom(seed: number): Random {
  const base = createSeededRandom(seed);
  return { ...base, between: (min, max) => min + (max - min) * base.next() };
}

// --- palette and small shapes -----------------------------------------------------------

const SKIN = ['#c8956f', '#b7825d', '#d2a37f', '#a9744f'];
const HAIR = ['#1a1a1a', '#262220', '#3a3a3a', '#5b5b5b', '#cfcfcf'];
const UNIFORM = ['#4e5f38', '#56693d', '#4a5a35'];
const CIVILIAN = ['#f1f1ee', '#dfe8f1', '#a9c4dd', '#e8e2d0', '#2f3b52', '#f0efe9'];
const AO_DAI = ['#b3263a', '#7d3c98', '#d86a8a', '#2e6bb0', '#e3b23c'];
const RED = '#c8161d';
const YELLOW = '#ffd23f';

const n = (value: number): string => value.toFixed(1);

function clothing(random: Random): string {
  const roll = random.next();
  if (roll < 0.4) return random.pick(UNIFORM);
  if (roll < 0.55) return random.pick(AO_DAI);
  return random.pick(CIVILIAN);
}

// Banner lettering seen from a distance: rows of pale blocks of uneven width.
function letteringRows(random: Random, x: number, y: number, width: number, rows: number[], color: string): string {
  let svg = '';
  let top = y;
  for (const height of rows) {
    const lineWidth = width * random.between(0.55, 0.95);
    let cursor = x + (width - lineWidth) / 2;
    const end = cursor + lineWidth;
    while (cursor < end) {
      const word = Math.min(random.between(height * 1.2, height * 4.5), end - cursor);
      svg += `<rect x="${n(cursor)}" y="${n(top)}" width="${n(word)}" height="${n(height)}" rx="${n(height * 0.15)}" fill="${color}" opacity="0.92"/>`;
      cursor += word + height * 0.6;
    }
    top += height * 1.7;
  }
  return svg;
}

function nationalFlag(x: number, y: number, width: number): string {
  const height = width * (2 / 3);
  const cx = x + width / 2;
  const cy = y + height / 2;
  const r = height * 0.32;
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.38;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${n(cx + radius * Math.cos(angle))},${n(cy + radius * Math.sin(angle))}`);
  }
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" fill="#da251d"/>` +
    `<polygon points="${points.join(' ')}" fill="${YELLOW}"/>`;
}

function flowerPot(random: Random, x: number, y: number, size: number): string {
  let svg = `<path d="M${n(x - size * 0.35)},${n(y)} L${n(x + size * 0.35)},${n(y)} L${n(x + size * 0.25)},${n(y + size * 0.5)} L${n(x - size * 0.25)},${n(y + size * 0.5)} Z" fill="#8a5a2b"/>`;
  svg += `<ellipse cx="${n(x)}" cy="${n(y - size * 0.15)}" rx="${n(size * 0.6)}" ry="${n(size * 0.35)}" fill="#2f6b2f"/>`;
  const colors = ['#f5d142', '#e8443a', '#f28c28', '#ffffff', '#d94f8c'];
  for (let i = 0; i < 14; i++) {
    svg += `<circle cx="${n(x + random.between(-size * 0.5, size * 0.5))}" cy="${n(y - size * 0.15 + random.between(-size * 0.28, size * 0.2))}" r="${n(size * random.between(0.05, 0.09))}" fill="${random.pick(colors)}"/>`;
  }
  return svg;
}

// A seated person seen from behind: hair, neck and shoulders.
function backOfHead(random: Random, x: number, y: number, scale: number): string {
  const shirt = clothing(random);
  const hair = random.pick(HAIR);
  const w = 44 * scale;
  return `<path d="M${n(x - w)},${n(y + 60 * scale)} Q${n(x - w)},${n(y + 8 * scale)} ${n(x)},${n(y + 6 * scale)} Q${n(x + w)},${n(y + 8 * scale)} ${n(x + w)},${n(y + 60 * scale)} Z" fill="${shirt}"/>` +
    `<rect x="${n(x - 7 * scale)}" y="${n(y - 4 * scale)}" width="${n(14 * scale)}" height="${n(14 * scale)}" fill="${random.pick(SKIN)}"/>` +
    `<ellipse cx="${n(x)}" cy="${n(y - 16 * scale)}" rx="${n(15 * scale)}" ry="${n(18 * scale)}" fill="${hair}"/>`;
}

// A person facing the camera from the waist up; optional military collar patches.
function frontPerson(random: Random, x: number, y: number, scale: number, shirt: string): string {
  const skin = random.pick(SKIN);
  const hair = random.pick(HAIR);
  const w = 62 * scale;
  let svg = `<path d="M${n(x - w)},${n(y + 150 * scale)} Q${n(x - w)},${n(y + 30 * scale)} ${n(x)},${n(y + 26 * scale)} Q${n(x + w)},${n(y + 30 * scale)} ${n(x + w)},${n(y + 150 * scale)} Z" fill="${shirt}"/>`;
  svg += `<rect x="${n(x - 10 * scale)}" y="${n(y + 4 * scale)}" width="${n(20 * scale)}" height="${n(26 * scale)}" fill="${skin}"/>`;
  svg += `<path d="M${n(x - 14 * scale)},${n(y + 26 * scale)} L${n(x)},${n(y + 48 * scale)} L${n(x + 14 * scale)},${n(y + 26 * scale)} Z" fill="${skin}"/>`;
  if (UNIFORM.includes(shirt)) {
    svg += `<rect x="${n(x - 30 * scale)}" y="${n(y + 32 * scale)}" width="${n(12 * scale)}" height="${n(6 * scale)}" fill="${RED}"/>`;
    svg += `<rect x="${n(x + 18 * scale)}" y="${n(y + 32 * scale)}" width="${n(12 * scale)}" height="${n(6 * scale)}" fill="${RED}"/>`;
  }
  svg += `<ellipse cx="${n(x)}" cy="${n(y - 14 * scale)}" rx="${n(21 * scale)}" ry="${n(26 * scale)}" fill="${skin}"/>`;
  svg += `<path d="M${n(x - 22 * scale)},${n(y - 18 * scale)} Q${n(x - 23 * scale)},${n(y - 44 * scale)} ${n(x)},${n(y - 42 * scale)} Q${n(x + 23 * scale)},${n(y - 44 * scale)} ${n(x + 22 * scale)},${n(y - 18 * scale)} Q${n(x + 10 * scale)},${n(y - 34 * scale)} ${n(x - 22 * scale)},${n(y - 18 * scale)} Z" fill="${hair}"/>`;
  svg += `<ellipse cx="${n(x - 8 * scale)}" cy="${n(y - 11 * scale)}" rx="${n(3 * scale)}" ry="${n(2 * scale)}" fill="#2a1d16"/>`;
  svg += `<ellipse cx="${n(x + 8 * scale)}" cy="${n(y - 11 * scale)}" rx="${n(3 * scale)}" ry="${n(2 * scale)}" fill="#2a1d16"/>`;
  svg += `<path d="M${n(x - 6 * scale)},${n(y + 2 * scale)} Q${n(x)},${n(y + 5 * scale)} ${n(x + 6 * scale)},${n(y + 2 * scale)}" stroke="#7a4a3a" stroke-width="${n(1.5 * scale)}" fill="none"/>`;
  return svg;
}

// A standing person, full body, for outdoor scenes.
function standingPerson(random: Random, x: number, groundY: number, height: number, shirt: string, holding?: string): string {
  const skin = random.pick(SKIN);
  const s = height / 170;
  const top = groundY - height;
  const trousers = UNIFORM.includes(shirt) ? shirt : random.pick(['#2b2f3a', '#3b3b3b', '#1f2a44', '#5a4a3a']);
  let svg = `<rect x="${n(x - 14 * s)}" y="${n(top + 92 * s)}" width="${n(12 * s)}" height="${n(78 * s)}" fill="${trousers}"/>`;
  svg += `<rect x="${n(x + 2 * s)}" y="${n(top + 92 * s)}" width="${n(12 * s)}" height="${n(78 * s)}" fill="${trousers}"/>`;
  svg += `<rect x="${n(x - 20 * s)}" y="${n(top + 30 * s)}" width="${n(40 * s)}" height="${n(68 * s)}" rx="${n(10 * s)}" fill="${shirt}"/>`;
  svg += `<circle cx="${n(x)}" cy="${n(top + 16 * s)}" r="${n(14 * s)}" fill="${skin}"/>`;
  if (UNIFORM.includes(shirt) && random.chance(0.6)) {
    svg += `<ellipse cx="${n(x)}" cy="${n(top + 6 * s)}" rx="${n(20 * s)}" ry="${n(9 * s)}" fill="${shirt}"/>`;
  } else {
    svg += `<path d="M${n(x - 14 * s)},${n(top + 14 * s)} Q${n(x)},${n(top - 6 * s)} ${n(x + 14 * s)},${n(top + 14 * s)} Z" fill="${random.pick(HAIR)}"/>`;
  }
  if (holding) {
    svg += `<rect x="${n(x - 18 * s)}" y="${n(top + 52 * s)}" width="${n(36 * s)}" height="${n(28 * s)}" fill="${holding}"/>`;
    svg += `<rect x="${n(x - 18 * s)}" y="${n(top + 62 * s)}" width="${n(36 * s)}" height="${n(4 * s)}" fill="${YELLOW}"/>`;
  }
  return svg;
}

function tree(random: Random, x: number, groundY: number, size: number): string {
  const greens = ['#2f6b2f', '#3d7a35', '#4f8a3c', '#28582a'];
  let svg = `<rect x="${n(x - size * 0.06)}" y="${n(groundY - size * 0.9)}" width="${n(size * 0.12)}" height="${n(size * 0.9)}" fill="#5a3d24"/>`;
  for (let i = 0; i < 7; i++) {
    svg += `<circle cx="${n(x + random.between(-size * 0.4, size * 0.4))}" cy="${n(groundY - size * random.between(0.8, 1.3))}" r="${n(size * random.between(0.25, 0.42))}" fill="${random.pick(greens)}"/>`;
  }
  return svg;
}

function sky(random: Random, horizon: number): string {
  const top = random.pick(['#7fb2e5', '#8ab8e0', '#a7c7e7', '#c9d6df']);
  let svg = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="#eef3f6"/></linearGradient></defs>`;
  svg += `<rect width="${WIDTH}" height="${horizon}" fill="url(#sky)"/>`;
  for (let i = 0; i < random.int(2, 5); i++) {
    const cx = random.between(0, WIDTH);
    const cy = random.between(40, horizon * 0.5);
    for (let j = 0; j < 5; j++) {
      svg += `<ellipse cx="${n(cx + j * 35 - 70)}" cy="${n(cy + random.between(-10, 10))}" rx="${n(random.between(40, 70))}" ry="${n(random.between(14, 24))}" fill="#ffffff" opacity="0.75"/>`;
    }
  }
  let hills = `M0,${horizon}`;
  for (let x = 0; x <= WIDTH; x += 100) hills += ` L${x},${n(horizon - random.between(20, 90))}`;
  svg += `<path d="${hills} L${WIDTH},${horizon} Z" fill="#6f8f7a" opacity="0.8"/>`;
  return svg;
}

function vignette(): string {
  return `<defs><radialGradient id="vig" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/></radialGradient></defs>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#vig)"/>`;
}

// --- scenes -------------------------------------------------------------------------------

// Wide view from the back of a conference hall: backdrop, presidium table, rows of delegates.
function drawHall(random: Random): string {
  const wall = random.pick(['#e9dfc8', '#efe6d2', '#e3d9c3', '#dfe3e6']);
  let svg = `<rect width="${WIDTH}" height="${HEIGHT}" fill="${wall}"/>`;
  for (let x = 60; x < WIDTH; x += 180) {
    svg += `<circle cx="${x}" cy="24" r="10" fill="#fff8d8" opacity="0.9"/>`;
  }
  const left = random.between(200, 280);
  const right = WIDTH - random.between(200, 280);
  svg += `<rect x="${n(left)}" y="60" width="${n(right - left)}" height="280" fill="${random.pick([RED, '#b5121b', '#1d4e9e'])}"/>`;
  svg += letteringRows(random, left + 30, 90, right - left - 60, [16, 30, 30, 14], random.chance(0.7) ? YELLOW : '#ffffff');
  svg += nationalFlag(left + 20, 250, 70);
  svg += `<rect x="${n(left - 140)}" y="150" width="110" height="190" fill="#b8860b" opacity="0.25"/>`;
  svg += `<path d="M${n(left - 85)},230 m-30,70 q0,-40 30,-45 q30,5 30,45 z" fill="#c9b27a"/><circle cx="${n(left - 85)}" cy="225" r="20" fill="#c9b27a"/>`;
  svg += `<rect x="${n(left - 110)}" y="300" width="50" height="40" fill="#8b1a1a"/>`;
  // stage and presidium table
  svg += `<rect x="0" y="340" width="${WIDTH}" height="50" fill="#7a4a2a"/>`;
  const cloth = random.pick(['#f4f4f4', '#1f5fa8', '#e9e3d3']);
  for (let i = 0; i < random.int(5, 8); i++) {
    const x = left + 60 + i * ((right - left - 120) / 7);
    svg += `<circle cx="${n(x)}" cy="292" r="12" fill="${random.pick(HAIR)}"/><rect x="${n(x - 18)}" y="302" width="36" height="18" fill="${clothing(random)}"/>`;
  }
  svg += `<rect x="${n(left + 30)}" y="316" width="${n(right - left - 60)}" height="30" fill="${cloth}"/>`;
  svg += `<path d="M${n(right - 10)},270 L${n(right + 60)},270 L${n(right + 50)},340 L${n(right)},340 Z" fill="#8a5a2b"/><circle cx="${n(right + 25)}" cy="295" r="12" fill="${YELLOW}"/>`;
  for (let x = 30; x < WIDTH; x += random.between(90, 130)) svg += flowerPot(random, x, 360, 44);
  // floor with rows of delegates seen from behind, nearer rows larger
  svg += `<rect x="0" y="390" width="${WIDTH}" height="${HEIGHT - 390}" fill="${random.pick(['#8d3b2f', '#7c6a58', '#6e2c2c'])}"/>`;
  const aisle = random.between(0.42, 0.58) * WIDTH;
  for (let row = 0; row < 6; row++) {
    const scale = 0.55 + row * 0.19;
    const y = 440 + row * 62 + row * row * 4;
    const step = 70 * scale;
    svg += `<rect x="0" y="${n(y + 30 * scale)}" width="${WIDTH}" height="${n(40 * scale)}" fill="#f3f0ea" opacity="0.9"/>`;
    for (let x = random.between(-20, 20); x < WIDTH + 40; x += step) {
      if (Math.abs(x - aisle) < step * 0.8) continue;
      if (random.chance(0.9)) svg += backOfHead(random, x + random.between(-5, 5), y + random.between(-4, 4), scale);
    }
  }
  return svg + vignette();
}

// Medium shot of a speaker at the podium in front of the red backdrop.
function drawPodium(random: Random): string {
  const backdrop = random.pick([RED, '#b5121b', '#a51219']);
  let svg = `<rect width="${WIDTH}" height="${HEIGHT}" fill="${backdrop}"/>`;
  svg += `<g filter="url(#soft)">${letteringRows(random, -100, 80, WIDTH + 200, [46, 60], YELLOW)}</g>`;
  svg += `<defs><filter id="soft"><feGaussianBlur stdDeviation="4"/></filter></defs>`;
  const x = random.between(480, 720);
  const shirt = random.chance(0.55) ? random.pick(UNIFORM) : random.pick([...CIVILIAN, ...AO_DAI]);
  svg += frontPerson(random, x, 360, 2.1, shirt);
  // podium with emblem and microphones
  svg += `<path d="M${n(x - 260)},520 L${n(x + 260)},520 L${n(x + 220)},${HEIGHT} L${n(x - 220)},${HEIGHT} Z" fill="${random.pick(['#7b4a25', '#8a5a2b', '#6d3f1e'])}"/>`;
  svg += `<rect x="${n(x - 270)}" y="500" width="540" height="30" fill="#5a341a"/>`;
  svg += `<circle cx="${n(x)}" cy="640" r="70" fill="${YELLOW}"/><circle cx="${n(x)}" cy="640" r="50" fill="${RED}"/>`;
  for (const dx of [-40, 40]) {
    svg += `<line x1="${n(x + dx)}" y1="500" x2="${n(x + dx * 0.4)}" y2="430" stroke="#222" stroke-width="5"/><circle cx="${n(x + dx * 0.4)}" cy="425" r="10" fill="#111"/>`;
  }
  svg += `<rect x="${n(x - 120)}" y="488" width="160" height="14" fill="#fafafa" transform="rotate(-3 ${n(x)} 495)"/>`;
  svg += flowerPot(random, x - 200, 760, 120);
  svg += flowerPot(random, x + 210, 770, 110);
  return svg + vignette();
}

// Delegates seated at a long table, one speaking into a table microphone.
function drawDelegates(random: Random): string {
  const wall = random.pick(['#d9cdb5', '#e4dccb', '#cfd7dc']);
  let svg = `<defs><filter id="soft"><feGaussianBlur stdDeviation="6"/></filter></defs>`;
  svg += `<rect width="${WIDTH}" height="${HEIGHT}" fill="${wall}"/>`;
  svg += `<g filter="url(#soft)"><rect x="${n(random.between(-200, 200))}" y="40" width="1000" height="260" fill="${RED}"/>`;
  svg += `${letteringRows(random, 100, 80, 700, [26, 34], YELLOW)}</g>`;
  const count = random.int(3, 4);
  const speaker = random.int(0, count - 1);
  const spacing = WIDTH / count;
  for (let i = 0; i < count; i++) {
    const x = spacing * (i + 0.5) + random.between(-30, 30);
    svg += frontPerson(random, x, 390, 1.7, clothing(random));
    if (i === speaker) {
      svg += `<line x1="${n(x + 60)}" y1="560" x2="${n(x + 20)}" y2="400" stroke="#222" stroke-width="6"/><ellipse cx="${n(x + 18)}" cy="396" rx="10" ry="14" fill="#111"/>`;
    }
  }
  const cloth = random.pick(['#f4f4f4', '#1f5fa8', '#e9e3d3', '#2a7a4a']);
  svg += `<rect x="0" y="540" width="${WIDTH}" height="${HEIGHT - 540}" fill="${cloth}"/>`;
  svg += `<rect x="0" y="540" width="${WIDTH}" height="16" fill="#000" opacity="0.12"/>`;
  for (let i = 0; i < count; i++) {
    const x = spacing * (i + 0.5);
    svg += `<path d="M${n(x - 70)},600 L${n(x + 70)},600 L${n(x + 60)},540 L${n(x - 60)},540 Z" fill="#ffffff"/>`;
    svg += letteringRows(random, x - 55, 560, 110, [12, 10], RED);
    svg += `<rect x="${n(x + 100)}" y="470" width="22" height="80" rx="6" fill="#cfe8f5" opacity="0.85"/><rect x="${n(x + 100)}" y="470" width="22" height="10" fill="#1f5fa8"/>`;
    svg += `<rect x="${n(x - 150)}" y="560" width="90" height="120" fill="#fbfbf8" transform="rotate(${n(random.between(-8, 8))} ${n(x - 105)} 620)"/>`;
  }
  svg += flowerPot(random, random.between(80, 1120), 770, 110);
  return svg + vignette();
}

// A house being handed over or repaired, with people standing in front.
function drawHouse(random: Random): string {
  const horizon = 420;
  let svg = sky(random, horizon);
  svg += `<rect x="0" y="${horizon}" width="${WIDTH}" height="${HEIGHT - horizon}" fill="${random.pick(['#8aa35a', '#9bae6a', '#b7a57a'])}"/>`;
  const x = random.between(300, 600);
  const w = random.between(420, 520);
  const wall = random.pick(['#f1e3b3', '#e9e0cf', '#f6d7a7', '#dde7ea']);
  const roof = random.pick(['#a8462f', '#7f8c8d', '#2f6ea5', '#b5533a']);
  svg += `<rect x="${n(x)}" y="300" width="${n(w)}" height="250" fill="${wall}"/>`;
  svg += `<path d="M${n(x - 40)},310 L${n(x + w / 2)},170 L${n(x + w + 40)},310 Z" fill="${roof}"/>`;
  svg += `<rect x="${n(x + w / 2 - 50)}" y="400" width="100" height="150" fill="#6b4226"/>`;
  for (const dx of [0.15, 0.72]) svg += `<rect x="${n(x + w * dx)}" y="390" width="70" height="70" fill="#5d7d95"/><rect x="${n(x + w * dx + 33)}" y="390" width="4" height="70" fill="${wall}"/>`;
  svg += `<rect x="${n(x + w / 2 - 110)}" y="330" width="220" height="40" fill="${RED}"/>${letteringRows(random, x + w / 2 - 100, 340, 200, [14], YELLOW)}`;
  svg += `<rect x="${n(x - 20)}" y="550" width="${n(w + 40)}" height="20" fill="#9a9a94"/>`;
  for (let i = 0; i < random.int(3, 6); i++) {
    const tx = random.chance(0.5) ? random.between(20, x - 60) : random.between(x + w + 60, WIDTH - 20);
    svg += tree(random, tx, random.between(460, 560), random.between(140, 260));
  }
  const people = random.int(5, 9);
  for (let i = 0; i < people; i++) {
    const px = 140 + (i * (WIDTH - 280)) / (people - 1) + random.between(-20, 20);
    const shirt = random.chance(0.5) ? random.pick(UNIFORM) : clothing(random);
    svg += standingPerson(random, px, 760 + random.between(-10, 10), random.between(220, 260), shirt);
  }
  if (random.chance(0.6)) svg += `<rect x="${n(WIDTH / 2 - 120)}" y="560" width="240" height="60" fill="${RED}"/>${letteringRows(random, WIDTH / 2 - 110, 572, 220, [12, 10], YELLOW)}`;
  return svg + vignette();
}

// A village road under construction or just finished, soldiers and youth at work.
function drawRoad(random: Random): string {
  const horizon = random.between(330, 380);
  let svg = sky(random, horizon);
  svg += `<rect x="0" y="${n(horizon)}" width="${WIDTH}" height="${n(HEIGHT - horizon)}" fill="${random.pick(['#7fa650', '#96b35b', '#c3b462'])}"/>`;
  for (let y = horizon + 20; y < HEIGHT; y += 28) svg += `<line x1="0" y1="${n(y)}" x2="${WIDTH}" y2="${n(y)}" stroke="#5f8a3c" stroke-width="2" opacity="0.35"/>`;
  const vanish = random.between(450, 750);
  const concrete = random.pick(['#b9b6ad', '#c7c3b8', '#a9a59b']);
  svg += `<path d="M${n(vanish - 12)},${n(horizon)} L${n(vanish + 12)},${n(horizon)} L${n(WIDTH * 0.86)},${HEIGHT} L${n(WIDTH * 0.14)},${HEIGHT} Z" fill="${concrete}"/>`;
  for (let i = 1; i < 8; i++) {
    const t = (i / 8) ** 2;
    const y = horizon + (HEIGHT - horizon) * t;
    svg += `<line x1="${n(vanish - 12 + (WIDTH * 0.14 - vanish + 12) * t)}" y1="${n(y)}" x2="${n(vanish + 12 + (WIDTH * 0.86 - vanish - 12) * t)}" y2="${n(y)}" stroke="#8d8a82" stroke-width="${n(1 + 3 * t)}"/>`;
  }
  for (let i = 0; i < 8; i++) {
    const t = random.between(0.05, 0.6);
    const side = i % 2 === 0 ? -1 : 1;
    const x = vanish + side * (60 + (WIDTH * 0.5) * t);
    svg += tree(random, x, horizon + (HEIGHT - horizon) * t * 0.6, 80 + 260 * t);
  }
  svg += `<path d="M${n(WIDTH * 0.06)},${HEIGHT} L${n(WIDTH * 0.16)},620 L${n(WIDTH * 0.26)},${HEIGHT} Z" fill="#c9a66b"/>`;
  svg += `<line x1="${n(WIDTH * 0.9)}" y1="${HEIGHT}" x2="${n(WIDTH * 0.9)}" y2="420" stroke="#777" stroke-width="6"/>`;
  svg += nationalFlag(WIDTH * 0.9, 420, 90);
  const workers = random.int(5, 8);
  for (let i = 0; i < workers; i++) {
    const t = random.between(0.35, 1);
    const x = vanish + random.between(-0.35, 0.35) * WIDTH * t;
    const shirt = random.chance(0.6) ? random.pick(UNIFORM) : random.pick(['#2e7bd6', '#2e9bd6', '#f1f1ee']);
    svg += standingPerson(random, x, horizon + (HEIGHT - horizon) * t, 60 + 240 * t, shirt);
  }
  return svg + vignette();
}

// A row of recipients holding gift boxes in front of a red backdrop.
function drawGifts(random: Random): string {
  let svg = `<rect width="${WIDTH}" height="${HEIGHT}" fill="${random.pick(['#d8d2c4', '#e6e0d2'])}"/>`;
  svg += `<rect x="${n(random.between(-60, 60))}" y="40" width="1200" height="380" fill="${RED}"/>`;
  svg += letteringRows(random, 120, 80, 960, [22, 38, 38, 18], YELLOW);
  svg += `<rect x="0" y="560" width="${WIDTH}" height="${HEIGHT - 560}" fill="${random.pick(['#9b9a94', '#7c6a58', '#b0a89a'])}"/>`;
  const people = random.int(6, 9);
  for (let i = 0; i < people; i++) {
    const x = 90 + (i * (WIDTH - 180)) / (people - 1) + random.between(-15, 15);
    const shirt = i % 3 === 0 ? random.pick(UNIFORM) : clothing(random);
    const box = i % 3 === 0 ? undefined : random.pick([RED, '#b5121b', '#e24a2c']);
    svg += standingPerson(random, x, 760 + random.between(-8, 8), random.between(400, 450), shirt, box);
  }
  return svg + vignette();
}

// Free check-ups or blood donation under tents in a school yard.
function drawMedical(random: Random): string {
  const horizon = 360;
  let svg = sky(random, horizon);
  svg += `<rect x="0" y="${horizon}" width="${WIDTH}" height="${HEIGHT - horizon}" fill="${random.pick(['#b7a98c', '#a9a291', '#c2b59b'])}"/>`;
  svg += `<rect x="60" y="230" width="${WIDTH - 120}" height="130" fill="#efe6cf"/>`;
  for (let x = 90; x < WIDTH - 90; x += 110) svg += `<rect x="${x}" y="260" width="60" height="70" fill="#6b8fa8"/>`;
  for (let i = 0; i < random.int(2, 3); i++) svg += tree(random, random.between(40, 1160), 380, random.between(180, 240));
  const tentColor = random.pick(['#ffffff', '#2f6ea5', '#1f7a4a']);
  svg += `<path d="M80,330 L${WIDTH - 80},330 L${WIDTH - 40},400 L40,400 Z" fill="${tentColor}"/>`;
  svg += `<path d="M80,330 L${WIDTH - 80},330 L${WIDTH - 40},400 L40,400 Z" fill="#000" opacity="0.08"/>`;
  for (const x of [60, WIDTH / 2, WIDTH - 60]) svg += `<rect x="${n(x - 4)}" y="400" width="8" height="260" fill="#999"/>`;
  svg += `<rect x="0" y="400" width="${WIDTH}" height="400" fill="#000" opacity="0.12"/>`;
  for (let i = 0; i < 3; i++) {
    const x = 220 + i * 380 + random.between(-30, 30);
    svg += frontPerson(random, x, 520, 0.9, random.chance(0.7) ? '#fafafa' : random.pick(UNIFORM));
    svg += `<rect x="${n(x - 150)}" y="600" width="300" height="26" fill="#ffffff"/><rect x="${n(x - 140)}" y="626" width="280" height="70" fill="#2f6ea5"/>`;
    svg += `<rect x="${n(x - 60)}" y="592" width="40" height="10" fill="#d94040"/><circle cx="${n(x + 50)}" cy="596" r="9" fill="#e8e8e8"/>`;
  }
  for (let i = 0; i < random.int(4, 7); i++) {
    svg += backOfHead(random, random.between(60, 1140), random.between(690, 740), random.between(1.3, 1.7));
  }
  return svg + vignette();
}

const DRAW: Record<Scene, (random: Random) => string> = {
  hall: drawHall,
  podium: drawPodium,
  delegates: drawDelegates,
  house: drawHouse,
  road: drawRoad,
  gifts: drawGifts,
  medical: drawMedical,
};

// --- rendering ----------------------------------------------------------------------------

// Fine luminance grain so the flat shapes read as a photograph and not as a diagram.
function grain(random: Random): Buffer {
  const pixels = Buffer.alloc(WIDTH * HEIGHT);
  for (let i = 0; i < pixels.length; i++) {
    pixels[i] = 128 + Math.round((random.next() + random.next() + random.next() - 1.5) * 22);
  }
  return pixels;
}

async function renderPhoto(photo: Photo): Promise<number> {
  const random = createRandom(photo.seed);
  const body = DRAW[photo.scene](random);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${body}</svg>`;
  const target = join(ARTICLES_DIR, photo.file);
  await mkdir(dirname(target), { recursive: true });
  const info = await sharp(Buffer.from(svg))
    .flatten({ background: '#ffffff' })
    .blur(0.8)
    .composite([{ input: grain(random), raw: { width: WIDTH, height: HEIGHT, channels: 1 }, blend: 'soft-light' }])
    .modulate({ brightness: random.between(0.95, 1.05), saturation: random.between(0.85, 1.0) })
    .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
    .toFile(target);
  return info.size;
}

for (const photo of PHOTOS) {
  const size = await renderPhoto(photo);
  console.log(`${relative(process.cwd(), join(ARTICLES_DIR, photo.file))}  ${Math.round(size / 1024)} KB`);
}
