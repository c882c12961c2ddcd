/**
 * A bar chart as an SVG string, made at build time: no client script, no inline style (the
 * CSP allows none), colours from the stylesheet through class names. Small enough that a
 * charting library would be heavier than the problem (d3-scale's linear scale is one division).
 */

export interface Bar {
  label: string;
  value: number;
  /** The value as a reader reads it: "trên 1.600 người". */
  valueText: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WIDTH = 640;
const HEIGHT = 260;
const TOP = 28;
const BOTTOM = 28;
const GAP = 0.25;

/** The chart, labelled for screen readers by `title` and `description` (its text alternative). */
export function barChartSvg(bars: Bar[], title: string, description: string, id: string): string {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const slot = WIDTH / Math.max(1, bars.length);
  const plot = HEIGHT - TOP - BOTTOM;
  const items = bars.map((bar, i) => {
    const height = max > 0 ? (bar.value / max) * plot : 0;
    const x = i * slot + (slot * GAP) / 2;
    const width = slot * (1 - GAP);
    const y = TOP + plot - height;
    const middle = (x + width / 2).toFixed(1);
    return (
      `<g><rect class="bar" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}"></rect>` +
      `<text class="bar-value" x="${middle}" y="${(y - 6).toFixed(1)}" text-anchor="middle">${escape(bar.valueText)}</text>` +
      `<text class="bar-label" x="${middle}" y="${HEIGHT - 8}" text-anchor="middle">${escape(bar.label)}</text></g>`
    );
  });
  return (
    `<svg class="bar-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escape(title)}</title><desc id="${id}-desc">${escape(description)}</desc>` +
    `<line class="axis" x1="0" y1="${TOP + plot}" x2="${WIDTH}" y2="${TOP + plot}"></line>` +
    items.join('') +
    '</svg>'
  );
}
