import { describe, expect, it } from 'vitest';
import { dailyChartSvg, shortDate } from './daily-chart.ts';

const points = Array.from({ length: 30 }, (_, i) => ({ date: `2024-06-${String(i + 1).padStart(2, '0')}`, visitors: i === 9 ? 1200 : i * 10 }));

describe('dailyChartSvg', () => {
  const svg = dailyChartSvg(points, 'Người đọc <30 ngày>', 'A & B');

  it('is an SVG image with its title and description escaped', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>Người đọc &lt;30 ngày&gt;</title><desc>A &amp; B</desc>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws one bar per day, the tallest for the busiest day, and writes each number', () => {
    const heights = [...svg.matchAll(/<rect [^>]*height="(\d+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(30);
    expect(Math.max(...heights)).toBe(heights[9]);
    expect(heights[9]).toBe(260 - 28 - 36);
    expect(heights[0]).toBe(0);
    expect(heights[5]).toBe(Math.round((50 / 1200) * 196));
    expect(svg).toContain('<title>2024-06-10: 1.200</title>');
    expect(svg).toContain('>1.200</text>');
  });

  it('labels every fifth day and the last one', () => {
    const labels = [...svg.matchAll(/text-anchor="middle">(\d+\/\d+)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['1/6', '6/6', '11/6', '16/6', '21/6', '26/6', '30/6']);
  });

  it('draws an empty month without dividing by zero', () => {
    const empty = dailyChartSvg(points.map((p) => ({ ...p, visitors: 0 })), 't', 'd');
    expect(empty).not.toContain('NaN');
    expect([...empty.matchAll(/height="(\d+)"/g)].slice(1).every((m) => m[1] === '0')).toBe(true);
  });
});

describe('the chart’s geometry', () => {
  it('places the bars side by side across the width, each with its number above it', () => {
    const svg = dailyChartSvg([{ date: '2024-06-01', visitors: 10 }, { date: '2024-06-02', visitors: 5 }], 'Có "ngoặc"', 'd');
    expect(svg).toContain('<title>Có &quot;ngoặc&quot;</title>');
    expect(svg).toContain('<rect x="10.0" y="28" width="348.0" height="196" fill="#1d5fa8"><title>2024-06-01: 10</title></rect><text x="184.0" y="24" text-anchor="middle" font-size="9">10</text><text x="184.0" y="246" text-anchor="middle">1/6</text>');
    expect(svg).toContain('<rect x="362.0" y="126" width="348.0" height="98" fill="#1d5fa8"><title>2024-06-02: 5</title></rect><text x="536.0" y="122" text-anchor="middle" font-size="9">5</text><text x="536.0" y="246" text-anchor="middle">2/6</text>');
    expect(svg).toContain('<line x1="8" y1="224" x2="712" y2="224" stroke="#888"/>');
  });

  it('writes nothing between the bars, and no label under a day that has none', () => {
    const svg = dailyChartSvg(['01', '02', '03'].map((d) => ({ date: `2024-06-${d}`, visitors: 1 })), 't', 'd');
    expect(svg).toContain('>1/6</text><rect ');
    expect(svg).toContain('font-size="9">1</text><rect ');
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toBe('|t|d|2024-06-01: 1|1|1/6|2024-06-02: 1|1|2024-06-03: 1|1|3/6|\n');
  });

  it('draws no bar for no day', () => {
    expect(dailyChartSvg([], 't', 'd')).not.toContain('<rect');
  });
});

describe('shortDate', () => {
  it('writes day/month without leading zeros', () => {
    expect(shortDate('2024-06-08')).toBe('8/6');
    expect(shortDate('2024-12-25')).toBe('25/12');
  });
});
