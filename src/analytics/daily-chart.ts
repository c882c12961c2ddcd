/**
 * The chart of visitors per day on the access-statistics page: an SVG file the analytics job
 * writes beside the counters, so it is as fresh as they are and readable without JavaScript (an
 * <img>: every bar carries its number, the text alternative lists them all).
 */
import { formatVietnameseNumber as formatCount } from '../domain/vietnamese-number.ts';

export interface DayPoint {
  /** "2024-06-28" */
  date: string;
  visitors: number;
}

const WIDTH = 720;
const HEIGHT = 260;
const TOP = 28;
const BOTTOM = 36;
const LEFT = 8;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "28/6" for "2024-06-28". */
export function shortDate(date: string): string {
  const [, month, day] = date.split('-');
  return `${Number(day)}/${Number(month)}`;
}

export function dailyChartSvg(points: readonly DayPoint[], title: string, description: string): string {
  const max = Math.max(1, ...points.map((p) => p.visitors));
  const slot = (WIDTH - 2 * LEFT) / Math.max(1, points.length);
  const plot = HEIGHT - TOP - BOTTOM;
  const bars = points.map((point, i) => {
    const height = Math.round((point.visitors / max) * plot);
    const x = LEFT + i * slot;
    const middle = (x + slot / 2).toFixed(1);
    const y = TOP + plot - height;
    // Every fifth day and the last one get their date; all bars get their number.
    const label = i % 5 === 0 || i === points.length - 1 ? `<text x="${middle}" y="${HEIGHT - 14}" text-anchor="middle">${shortDate(point.date)}</text>` : '';
    return (
      `<rect x="${(x + 2).toFixed(1)}" y="${y}" width="${(slot - 4).toFixed(1)}" height="${height}" fill="#1d5fa8"><title>${point.date}: ${formatCount(point.visitors)}</title></rect>` +
      `<text x="${middle}" y="${y - 4}" text-anchor="middle" font-size="9">${formatCount(point.visitors)}</text>${label}`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" font-family="DejaVu Sans, Noto Sans, sans-serif" font-size="11" fill="#222">` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>` +
    `<line x1="${LEFT}" y1="${TOP + plot}" x2="${WIDTH - LEFT}" y2="${TOP + plot}" stroke="#888"/>` +
    bars.join('') +
    '</svg>\n'
  );
}
