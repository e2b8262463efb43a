// Unit tests of the timeline's window model, run under node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../../www/js/model.js');
const { model } = globalThis.Sitrep;

const day = (iso) => ({ first: iso, last: iso, precision: 'day' });
const iso = ([lo, hi]) => [model.isoOfDay(lo), model.isoOfDay(hi - 1)];

// Twenty statements in December 2024 and one recalled anniversary in 1944.
const story = [day('1944-06-06'), ...Array.from({ length: 20 }, (_, i) => day(`2024-12-${String(i + 1).padStart(2, '0')}`))];

test('days and ISO dates convert both ways', () => {
  assert.equal(model.dayNumber('1970-01-02'), 1);
  assert.equal(model.isoOfDay(model.dayNumber('2024-02-29')), '2024-02-29');
  assert.deepEqual(model.extent([day('2024-12-03'), { first: '2024-11-01', last: '2024-11-30' }]),
    [model.dayNumber('2024-11-01'), model.dayNumber('2024-12-04')]);
  assert.equal(model.extent([]), null);
});

test('the dense window leaves a lone old mention out and holds the publication dates', () => {
  const [from, to] = iso(model.denseWindow(story));
  assert.ok(from >= '2024-11-25' && from <= '2024-12-01', from);
  assert.ok(to >= '2024-12-20' && to <= '2024-12-25', to);
  const [, widened] = iso(model.denseWindow(story, ['2024-12-28']));
  assert.ok(widened >= '2024-12-28', widened);
  assert.equal(model.denseWindow([]), null);
  const [one, oneEnd] = iso(model.denseWindow([day('2013-02-19')]));
  assert.ok(one < '2013-02-19' && oneEnd > '2013-02-19', 'a margin around a single day');
});

test('statements beyond the window are counted at each edge, and widening reaches them', () => {
  const window = model.denseWindow(story);
  const beyond = model.offScale(story, window);
  assert.deepEqual(beyond.before, { count: 1, day: model.dayNumber('1944-06-06') });
  assert.deepEqual(beyond.after, { count: 0, day: null });
  const wide = model.widenTo(window, beyond.before.day);
  assert.ok(wide[0] < beyond.before.day && wide[1] === window[1]);
  assert.equal(model.offScale(story, wide).before.count, 0);
  assert.equal(model.inWindow(story, wide).length, story.length);
  const later = model.widenTo(window, model.dayNumber('2031-01-01'));
  assert.ok(later[1] > model.dayNumber('2031-01-01') && later[0] === window[0]);
});

test('zooming in centres on the statements and never empties the view', () => {
  let window = [model.dayNumber('1944-01-01'), model.dayNumber('2025-01-01')];
  for (let i = 0; i < 12; i += 1) {
    window = model.zoom(story, window, 0.5);
    assert.ok(model.inWindow(story, window).length >= 1, `zoom ${i + 1}: ${iso(window)}`);
  }
  assert.ok(window[1] - window[0] >= 6, 'no narrower than six days');
  // From an empty stretch, zoom in moves to the nearest statement.
  const empty = model.zoom(story, [model.dayNumber('1980-01-01'), model.dayNumber('1990-01-01')], 0.5);
  assert.ok(model.inWindow(story, empty).length >= 1, iso(empty).join(' '));
});

test('zooming out keeps the middle and doubles the width; panning moves half a width', () => {
  const window = [100, 200];
  assert.deepEqual(model.zoom(story, window, 2), [50, 250]);
  assert.deepEqual(model.pan(window, 1), [150, 250]);
  assert.deepEqual(model.pan(window, -1), [50, 150]);
});

test('the scale maps the window onto the axis and back', () => {
  const { x, day: at } = model.scale([100, 200], 10, 210);
  assert.equal(x(100), 10);
  assert.equal(x(200), 210);
  assert.equal(x(150), 110);
  assert.equal(at(110), 150);
});

test('the timeline layout: lanes in the articles\' order, the list cut at its limit, one mark per period past 30 lanes', () => {
  const of = (article, iso) => ({ ...day(iso), article });
  const entries = [of('b', '1944-06-06'), of('b', '2024-12-01'), of('a', '2024-12-01'), of('a', '2024-12-02'), of('c', '2024-12-03')];
  const window = [model.dayNumber('2024-11-30'), model.dayNumber('2024-12-05')];
  const byArticle = model.timelineLayout(entries, window, { group: 'article', limit: 3, order: ['c', 'a', 'b'] });
  assert.deepEqual(byArticle.lanes, ['c', 'a', 'b']);
  assert.deepEqual(byArticle.groups, [{ article: 'c', entries: [entries[4]] }, { article: 'a', entries: [entries[2], entries[3]] }], 'three entries listed, b left out');
  assert.deepEqual([byArticle.total, byArticle.count, byArticle.combined, byArticle.marks.length], [4, 5, false, 4]);
  assert.deepEqual(byArticle.offScale, model.offScale(entries, window));
  const byDate = model.timelineLayout(entries, window, { group: 'date', limit: Infinity, order: ['a', 'b', 'c'] });
  assert.deepEqual(byDate.groups, [{ article: null, entries: entries.slice(1) }]);
  // 31 articles on one day: one lane, one mark counting them.
  const many = Array.from({ length: 31 }, (_, i) => of(`n${i}`, '2024-12-01'));
  const combined = model.timelineLayout(many, window, { group: 'date', limit: 400, order: many.map((e) => e.article) });
  assert.equal(combined.combined, true);
  assert.deepEqual(combined.marks, [{ entry: many[0], count: 31 }]);
  assert.deepEqual(model.timelineLayout(entries, null, { group: 'date', limit: 400, order: [] }),
    { window: null, count: 5, total: 0, lanes: [], combined: false, marks: [], groups: [], offScale: null });
});
