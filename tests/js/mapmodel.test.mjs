// Unit tests of the map's model (www/js/mapmodel.js), run under node, on a small
// gazetteer written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../../www/js/mapmodel.js');
const { mapModel: m } = globalThis.Sitrep;

const at = (lon, lat) => m.project(lon, lat).map(Math.round);
const gazetteer = () => {
  const places = [['Portsmouth', ...at(-1.09, 50.8), 'town'], ['Norway', ...at(9, 61), 'country', 7],
    ['Bergen', ...at(5.32, 60.39), 'town'], ['Wellington', ...at(174.78, -41.29), 'town']];
  const index = { portsmouth: 0, norway: 1, bergen: 2, 'bjorgvin': 2, wellington: 3 };
  return { places, index, heads: ['naval base', 'harbour', 'base'] };
};
const entry = (canonical, type, mentions, variants = [canonical]) => ({ canonical, type, mentions, variants, total: 0 });

test('the projection runs west to east and north to south, the same for a place and the outline', () => {
  const [x0, y0] = m.project(-180, 84);
  assert.deepEqual([Math.round(x0), Math.round(y0)], [0, 0]);
  const [x1, y1] = m.project(180, -58);
  assert.equal(Math.round(x1), m.WORLD.width);
  assert.ok(Math.abs(y1 - m.WORLD.height) < 1);
  assert.ok(m.project(10, 60)[1] < m.project(10, 50)[1], 'north is up');
  assert.ok(m.project(0, 89)[1] === m.project(0, 84)[1], 'beyond the edge is clamped');
  // Miller: a degree of latitude grows towards the poles.
  const span = (lat) => m.project(0, lat)[1] - m.project(0, lat + 1)[1];
  assert.ok(span(60) > span(0));
});

test('names are matched without case, accents or apostrophes', () => {
  assert.equal(m.fold('  Ţarţūs '), 'tartus');
  assert.equal(m.fold("Côte d'Ivoire"), 'cote divoire');
  assert.equal(m.fold('Al-Jufra'), 'al jufra');
});

test('a facility named after a town is drawn at the town; a place is never guessed from a head', () => {
  const data = gazetteer();
  assert.equal(m.locateName('Portsmouth naval base', 'FACILITY', data), 0);
  assert.equal(m.locateName('Bergen harbour', 'FACILITY', data), 2);
  assert.equal(m.locateName('Portsmouth naval base', 'PLACE', data), -1);
  assert.equal(m.locateName('Atlantis base', 'FACILITY', data), -1);
});

test('the places named: only PLACE and FACILITY, counted in the articles kept, the unknown listed', () => {
  const data = gazetteer();
  const entries = [
    entry('Bergen', 'PLACE', { a: 3, b: 2 }), entry('Norway', 'PLACE', { b: 4 }),
    entry('Portsmouth naval base', 'FACILITY', { a: 1 }), entry('North Sea', 'PLACE', { a: 2 }),
    entry('Bjørgvin', 'PLACE', { c: 1 }, ['Bjørgvin', 'Bjorgvin']), entry('Portsmouth', 'ORG', { a: 9 }),
  ];
  const all = m.placesNamed(entries, null, data);
  assert.deepEqual(all.drawn.map((p) => [p.canonical, p.count]), [['Bergen', 5], ['Norway', 4], ['Bjørgvin', 1], ['Portsmouth naval base', 1]]);
  assert.deepEqual(all.missing.map((p) => p.canonical), ['North Sea']);
  assert.equal(all.drawn[0].kind, 'town');
  assert.deepEqual(all.drawn.map((p) => p.shape), [null, 7, null, null], 'a country keeps its outline to be tinted');
  const onlyA = m.placesNamed(entries, new Set(['a']), data);
  assert.deepEqual(onlyA.drawn.map((p) => [p.canonical, p.count]), [['Bergen', 3], ['Portsmouth naval base', 1]]);
  assert.deepEqual(onlyA.missing.map((p) => p.canonical), ['North Sea']);
});

test('a point\'s area grows with its mentions, within bounds', () => {
  assert.equal(m.radius(10, 10), 18);
  assert.ok(Math.abs(m.radius(5, 20) - 9) < 1e-9, 'a quarter of the mentions, half the radius');
  assert.equal(m.radius(1, 1000), 4);
  assert.equal(m.radius(3, 0), 4);
});

test('the story\'s box leaves out a far place named once and the middle of a large country', () => {
  const point = (lon, lat, count, kind = 'town') => { const [x, y] = m.project(lon, lat); return { x, y, count, kind }; };
  const story = [point(35.9, 34.9, 12), point(35.8, 35.5, 4), point(37.6, 55.8, 18), point(36.3, 33.5, 8),
    point(-110, 23, 1), point(100, 62, 40, 'country')];
  const [x0, y0, x1, y1] = m.storyBox(story);
  assert.ok(x0 >= m.project(35, 0)[0] && x1 <= m.project(38, 0)[0], 'Los Cabos and the middle of Russia are out');
  assert.ok(y0 <= m.project(0, 55.8)[1] && y1 >= m.project(0, 33.5)[1], 'Moscow to Damascus are in');
  assert.deepEqual(m.storyBox([point(10, 50, 1, 'country')]).map(Math.round), [point(10, 50, 1).x, point(10, 50, 1).y, point(10, 50, 1).x, point(10, 50, 1).y].map(Math.round));
  assert.equal(m.storyBox([]), null);
});

test('the fitted view holds the box with padding, at the frame\'s aspect, inside the world', () => {
  const box = [4000, 1000, 4400, 1600];
  const view = m.fitView(box, 1.5);
  assert.ok(Math.abs(view.width / view.height - 1.5) < 1e-9);
  assert.ok(view.x < 4000 && view.x + view.width > 4400 && view.y < 1000 && view.y + view.height > 1600);
  const town = m.fitView([4000, 1000, 4000, 1000], 2);
  assert.ok(town.width >= 12 * 20, 'one town still shows its region');
  const edge = m.fitView([0, 0, 10, 10], 1);
  assert.deepEqual([edge.x, edge.y], [0, 0], 'kept inside the world');
  assert.deepEqual(m.fitView(null, 2), m.WORLD);
  const world = m.worldView(2);
  assert.equal(world.width, m.WORLD.width);
  const zoomed = m.zoomView(view, 0.5);
  assert.ok(Math.abs(zoomed.width - view.width / 2) < 1e-9 && Math.abs(zoomed.width / zoomed.height - 1.5) < 1e-9);
  assert.ok(Math.abs((zoomed.x + zoomed.width / 2) - (view.x + view.width / 2)) < 1e-9, 'about the middle');
  assert.ok(m.zoomView(world, 4).width <= m.WORLD.width);
  const about = m.zoomView(view, 0.5, [view.x + view.width / 4, view.y + view.height / 4]);
  assert.ok(Math.abs(about.x - (view.x + view.width / 8)) < 1e-9 && Math.abs(about.y - (view.y + view.height / 8)) < 1e-9,
    'the point zoomed about stays where it was in the frame');
  const moved = m.panView(view, 100, -50);
  assert.deepEqual([moved.x - view.x, moved.y - view.y, moved.width, moved.height].map((v) => Math.round(v * 1e6) / 1e6),
    [100, -50, view.width, view.height].map((v) => Math.round(v * 1e6) / 1e6));
  assert.equal(m.panView(view, -1e6, 0).x, 0, 'not past the edge of the world');
});

test('labels go where they overlap no other label, no other point and stay in the frame', () => {
  const sides = m.placeLabels([
    { x: 100, y: 100, r: 10, label: 'Damascus' }, { x: 100, y: 100, r: 4, label: 'Damascus airport' },
    { x: 300, y: 100, r: 4, label: 'Homs' }, { x: 395, y: 50, r: 4, label: 'Hama' },
  ], { charWidth: 7, lineHeight: 14, width: 400, height: 200 });
  assert.equal(sides[0], 'right');
  assert.equal(sides[1], null, 'on top of a bigger point, its label is left out');
  assert.equal(sides[2], 'right');
  assert.equal(sides[3], 'left', 'at the right edge the label goes left');
});
