// Markers on the map, one per event when zoomed in; when zoomed out, events falling in the same
// grid cell (CELL screen-ish units of the current view) become one circle sized by count and
// coloured by its most common type. Clicking a cluster zooms to it.
import { svgEl } from './dom.js';

const CELL = 14;

// Groups points {x, y, ...} by grid cell of the given size; a size of 0 keeps every point alone.
export function cluster(points, size) {
  if (!size) return points.map(p => ({ x: p.x, y: p.y, members: [p] }));
  const cells = new Map();
  for (const p of points) {
    const key = Math.floor(p.x / size) + ':' + Math.floor(p.y / size);
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(p);
  }
  return [...cells.values()].map(members => ({
    x: members.reduce((s, p) => s + p.x, 0) / members.length,
    y: members.reduce((s, p) => s + p.y, 0) / members.length,
    members,
  }));
}

function commonest(members) {
  const counts = new Map();
  members.forEach(m => counts.set(m.type, (counts.get(m.type) || 0) + 1));
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function titled(node, text) {
  const title = svgEl('title');
  title.textContent = text;
  node.append(title);
  return node;
}

// scale: map units per screen unit of the current view; clustering applies when zoomed out.
export function drawClusters(svg, points, colours, scale, actions) {
  svg.querySelector('g.markers')?.remove();
  const layer = svgEl('g', { class: 'markers' });
  const r = 3 * scale;
  for (const c of cluster(points, scale > 0.3 ? CELL * scale : 0)) {
    const one = c.members.length === 1;
    const type = commonest(c.members);
    const dot = svgEl('circle', { cx: c.x.toFixed(2), cy: c.y.toFixed(2), fill: colours[type] || '#000',
      r: (one ? r : r * Math.min(4, 1 + Math.log10(c.members.length))).toFixed(2), 'stroke-width': (0.4 * scale).toFixed(2),
      class: one ? 'marker' : 'marker cluster', 'data-id': one ? c.members[0].id : null, 'data-count': c.members.length });
    titled(dot, one ? type + ' ' + (c.members[0].place || '') : c.members.length + ' events');
    dot.addEventListener('click', () => (one ? actions.pick(c.members[0].id) : actions.zoomTo(c.x, c.y)));
    layer.append(dot);
    if (!one) {
      const label = svgEl('text', { x: c.x.toFixed(2), y: (c.y + r * 0.9).toFixed(2), class: 'count',
        'font-size': (8 * scale).toFixed(2), 'text-anchor': 'middle' });
      label.textContent = String(c.members.length);
      layer.append(label);
    }
  }
  svg.append(layer);
}
