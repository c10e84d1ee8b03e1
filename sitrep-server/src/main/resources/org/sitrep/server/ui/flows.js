// Displacement flows (/api/flows) as arrows from origin to destination, wider for more people,
// labelled with the count. Flows with an unknown end or no coordinates are not drawn.
import { svgEl } from './dom.js';
import { project } from './map.js';

function arrowHead(svg) {
  if (svg.querySelector('#arrow')) return;
  const defs = svgEl('defs');
  const marker = svgEl('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' });
  marker.append(svgEl('path', { d: 'M0,0L10,5L0,10Z', class: 'arrow-head' }));
  defs.append(marker);
  svg.prepend(defs);
}

const located = p => p && p.lat != null && p.lon != null;

export function drawFlows(svg, flows, scale) {
  svg.querySelector('g.flows')?.remove();
  arrowHead(svg);
  const layer = svgEl('g', { class: 'flows' });
  for (const f of flows.filter(f => located(f.from) && located(f.to))) {
    const [x1, y1] = project(f.from.lon, f.from.lat);
    const [x2, y2] = project(f.to.lon, f.to.lat);
    const width = (0.6 + Math.log10(1 + f.displaced) * 0.4) * scale;
    const line = svgEl('line', { class: 'flow', x1: x1.toFixed(2), y1: y1.toFixed(2), x2: x2.toFixed(2), y2: y2.toFixed(2),
      'stroke-width': width.toFixed(2), 'marker-end': 'url(#arrow)' });
    const title = svgEl('title');
    title.textContent = f.from.name + ' → ' + f.to.name + ': ' + f.displaced + ' displaced, ' + f.events + ' reports';
    line.append(title);
    const label = svgEl('text', { class: 'flow-count', x: ((x1 + x2) / 2).toFixed(2), y: ((y1 + y2) / 2).toFixed(2),
      'font-size': (7 * scale).toFixed(2), 'text-anchor': 'middle' });
    label.textContent = String(f.displaced);
    layer.append(line, label);
  }
  svg.append(layer);
}
