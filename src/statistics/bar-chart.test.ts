import { describe, expect, it } from 'vitest';
import { barChartSvg } from './bar-chart.ts';

const bars = [
  { label: '2022', value: 100, valueText: '100 nhà' },
  { label: '2023', value: 50, valueText: 'trên 50 nhà' },
];

describe('bar chart', () => {
  it('draws one bar per year, the largest at full height, labelled with its value', () => {
    const svg = barChartSvg(bars, 'Nhà theo năm', '2022: 100 nhà; 2023: trên 50 nhà', 'bieu-do');
    const heights = [...svg.matchAll(/<rect class="bar" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
    expect(heights).toEqual([
      [40, 28, 240, 204],
      [360, 130, 240, 102],
    ]);
    expect(svg).toContain('<text class="bar-value" x="160.0" y="22.0" text-anchor="middle">100 nhà</text>');
    expect(svg).toContain('<text class="bar-label" x="480.0" y="252" text-anchor="middle">2023</text>');
    expect(svg).toContain('<line class="axis" x1="0" y1="232" x2="640" y2="232"></line>');
  });

  it('names itself for screen readers and escapes its text', () => {
    const svg = barChartSvg([{ label: '<2022>', value: 0, valueText: 'A & "B"' }], 'T', 'D', 'x');
    expect(svg).toMatch(/^<svg class="bar-chart" viewBox="0 0 640 260" role="img" aria-labelledby="x-title x-desc"/);
    expect(svg).toContain('<title id="x-title">T</title><desc id="x-desc">D</desc>');
    expect(svg).toContain('&lt;2022&gt;');
    expect(svg).toContain('A &amp; &quot;B&quot;');
    expect(svg).toContain('height="0.0"');
    expect(svg).not.toContain('style=');
  });

  it('draws nothing for no bars', () => {
    expect(barChartSvg([], 'T', 'D', 'x')).not.toContain('<rect');
  });
});
