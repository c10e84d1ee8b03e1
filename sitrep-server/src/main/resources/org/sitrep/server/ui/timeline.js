// The timeline: events per day as an SVG histogram; dragging across it (the brush) picks a window
// of days, a click without a drag clears it. onBrush gets [firstDay, lastDay] or null.
import { svgEl } from './dom.js';

const WIDTH = 1000;
const HEIGHT = 60;
const DAY_MS = 86400000;

const dayNumber = value => Math.floor(Date.parse(value) / DAY_MS);
const dayText = n => new Date(n * DAY_MS).toISOString().slice(0, 10);

// Counts per day over the events with a full date (YYYY-MM-DD); months and years are left out.
export function perDay(events) {
  const counts = new Map();
  for (const e of events) {
    const value = e.date?.value || '';
    if (value.length === 10 && !Number.isNaN(Date.parse(value))) counts.set(dayNumber(value), (counts.get(dayNumber(value)) || 0) + 1);
  }
  return counts;
}

export function drawTimeline(svg, events, onBrush) {
  const counts = perDay(events);
  svg.replaceChildren();
  if (!counts.size) return;
  const first = Math.min(...counts.keys());
  const days = Math.max(...counts.keys()) - first + 1;
  const most = Math.max(...counts.values());
  const barWidth = WIDTH / days;
  for (const [day, n] of counts) {
    const h = Math.max(1, n * (HEIGHT - 12) / most);
    const bar = svgEl('rect', { class: 'bar', x: ((day - first) * barWidth).toFixed(2), y: (HEIGHT - h).toFixed(2),
      width: Math.max(0.5, barWidth - 0.5).toFixed(2), height: h.toFixed(2), 'data-day': dayText(day) });
    const title = svgEl('title');
    title.textContent = dayText(day) + ': ' + n;
    bar.append(title);
    svg.append(bar);
  }
  const label = (x, anchor, text) => { const t = svgEl('text', { x, y: 10, 'text-anchor': anchor, class: 'axis' }); t.textContent = text; return t; };
  svg.append(label(2, 'start', dayText(first)), label(WIDTH - 2, 'end', dayText(first + days - 1)));
  enableBrush(svg, x => first + Math.floor(x / barWidth), onBrush);
}

function svgX(svg, clientX) {
  const rect = svg.getBoundingClientRect();
  return Math.max(0, Math.min(WIDTH - 0.01, (clientX - rect.left) * WIDTH / rect.width));
}

function enableBrush(svg, dayAt, onBrush) {
  const brush = svgEl('rect', { class: 'brush', x: 0, y: 0, width: 0, height: HEIGHT });
  svg.append(brush);
  let start = null;
  const span = x => [Math.min(start, x), Math.max(start, x)];
  svg.onmousedown = e => { start = svgX(svg, e.clientX); e.preventDefault(); };
  svg.onmousemove = e => {
    if (start === null) return;
    const [a, b] = span(svgX(svg, e.clientX));
    brush.setAttribute('x', a.toFixed(2));
    brush.setAttribute('width', (b - a).toFixed(2));
  };
  svg.onmouseup = e => {
    if (start === null) return;
    const [a, b] = span(svgX(svg, e.clientX));
    start = null;
    if (b - a < 2) {
      brush.setAttribute('width', 0);
      onBrush(null);
    } else {
      onBrush([dayText(dayAt(a)), dayText(dayAt(b))]);
    }
  };
}
