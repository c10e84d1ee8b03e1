// The map: country outlines from world-atlas (TopoJSON, decoded here), equirectangular projection
// onto a 1000x500 SVG, event markers coloured by type, wheel zoom and drag pan through the viewBox.
import { svgEl } from './dom.js';

const WIDTH = 1000;
const HEIGHT = 500;

export function project(lon, lat) {
  return [(lon + 180) * WIDTH / 360, (90 - lat) * HEIGHT / 180];
}

// TopoJSON arcs are delta-encoded integers; the transform scales them back to degrees.
function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map(arc => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

// A ring is a list of arc indices; ~i means arc i reversed. Consecutive arcs share an end point.
function ringPath(ring, arcs) {
  const points = [];
  for (const index of ring) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    arc.forEach((p, i) => { if (i > 0 || points.length === 0) points.push(p); });
  }
  return 'M' + points.map(([lon, lat]) => project(lon, lat).map(v => v.toFixed(1)).join(',')).join('L') + 'Z';
}

function geometryPath(geometry, arcs) {
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  return polygons.flatMap(polygon => polygon.map(ring => ringPath(ring, arcs))).join('');
}

export async function drawCountries(svg) {
  const topology = await (await fetch('countries-110m.json')).json();
  const arcs = decodeArcs(topology);
  const layer = svgEl('g', { class: 'countries' });
  for (const geometry of topology.objects.countries.geometries) {
    const path = svgEl('path', { class: 'country', d: geometryPath(geometry, arcs) });
    const title = svgEl('title');
    title.textContent = geometry.properties?.name || '';
    path.append(title);
    layer.append(path);
  }
  svg.prepend(layer);
}

// Wheel zoom and drag pan through the viewBox; onChange(scale) after each change, where scale is
// the view's width over the whole map's (1 zoomed out), so markers can keep their screen size.
export function enableZoom(svg, onChange = () => {}) {
  let box = [0, 0, WIDTH, HEIGHT];
  const scale = () => box[2] / WIDTH;
  let changed = null;
  const apply = () => {
    svg.setAttribute('viewBox', box.map(v => v.toFixed(2)).join(' '));
    clearTimeout(changed);
    changed = setTimeout(() => onChange(scale()), 60);
  };
  svg.addEventListener('wheel', event => {
    event.preventDefault();
    const factor = event.deltaY < 0 ? 0.8 : 1.25;
    const rect = svg.getBoundingClientRect();
    const fx = (event.clientX - rect.left) / rect.width;
    const fy = (event.clientY - rect.top) / rect.height;
    const w = Math.min(WIDTH, box[2] * factor);
    const h = Math.min(HEIGHT, box[3] * factor);
    box = [box[0] + (box[2] - w) * fx, box[1] + (box[3] - h) * fy, w, h];
    apply();
  }, { passive: false });
  let drag = null;
  svg.addEventListener('mousedown', e => { drag = [e.clientX, e.clientY, box[0], box[1]]; });
  window.addEventListener('mouseup', () => { drag = null; });
  svg.addEventListener('mousemove', e => {
    if (!drag) return;
    const scale = box[2] / svg.getBoundingClientRect().width;
    box = [drag[2] - (e.clientX - drag[0]) * scale, drag[3] - (e.clientY - drag[1]) * scale, box[2], box[3]];
    apply();
  });
  const zoomTo = (x, y) => {
    const w = box[2] / 3;
    const h = box[3] / 3;
    box = [x - w / 2, y - h / 2, w, h];
    apply();
  };
  // The view as bbox=minLon,minLat,maxLon,maxLat when zoomed in, else null (the whole world).
  const bounds = () => {
    if (scale() >= 1) return null;
    const lon = x => (x * 360 / WIDTH - 180).toFixed(3);
    const lat = y => (90 - y * 180 / HEIGHT).toFixed(3);
    return [lon(box[0]), lat(box[1] + box[3]), lon(box[0] + box[2]), lat(box[1])].join(',');
  };
  return { scale, zoomTo, bounds };
}
