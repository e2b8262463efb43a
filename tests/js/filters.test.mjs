// Unit tests of the page's filters, chips, entity search and highlight nesting (www/js/model.js), run under node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../../www/js/model.js');
const { model } = globalThis.Sitrep;

// Two made-up articles: "Maria Lopez" is mentioned in the first sentence of a and the second of b.
const articles = [
  { id: 'a', analysis: { entities: [{ start: 0, end: 11, canonical: 'Maria Lopez' }, { start: 40, end: 46, canonical: 'Harbor' }] } },
  { id: 'b', analysis: { entities: [{ start: 60, end: 65, canonical: 'Maria Lopez' }] } },
];
const row = (article, start, end, extra = {}) => ({ article, sentence: { start, end, text: '' }, ...extra });
const timeline = [row('a', 0, 30), row('a', 31, 59), row('b', 0, 50), row('b', 51, 90)];

test('an entity keeps the rows whose sentence mentions it, not whole articles', () => {
  const spans = model.mentionSpans(articles, 'Maria Lopez');
  const kept = model.rowsShown(timeline, {}, spans);
  assert.deepEqual(kept, [timeline[0], timeline[3]]);
  assert.deepEqual(model.rowsShown(timeline, {}, model.mentionSpans(articles, 'Harbor')), [timeline[1]]);
  assert.deepEqual(model.rowsShown(timeline, {}, model.mentionSpans(articles, 'Nobody')), []);
  assert.equal(model.mentionSpans(articles, null), null);
  assert.deepEqual(model.rowsShown(timeline, {}, null), timeline, 'no entity: every row');
});

test('a mention straddling the sentence boundary does not count for it', () => {
  const spans = new Map([['a', [{ start: 25, end: 35 }]]]);
  assert.deepEqual(model.rowsShown(timeline, {}, spans), []);
});

test('article and category filters combine with the entity', () => {
  const figures = [row('a', 0, 30, { category: 'aid' }), row('a', 0, 30, { category: 'ships' }), row('b', 51, 90, { category: 'aid' })];
  const spans = model.mentionSpans(articles, 'Maria Lopez');
  assert.equal(model.rowsShown(figures, { category: 'aid' }, spans).length, 2);
  assert.deepEqual(model.rowsShown(figures, { category: 'aid', article: 'b' }, spans), [figures[2]]);
  assert.deepEqual(model.rowsShown(figures, { article: 'a' }, null), figures.slice(0, 2));
});

test('every active filter is a chip, and removing a chip clears only its filter', () => {
  const filters = { entity: 'Maria Lopez', article: 'a', category: 'aid', from: '2024-12-01', to: null, hidden: ['PLACE', 'DATE'] };
  const chips = model.chips(filters, { names: { a: 'First report' }, labels: { aid: 'Aid', PLACE: 'Place' }, formatDay: (d) => `day ${d}` });
  assert.deepEqual(chips.map((c) => c.key), ['entity', 'article', 'category', 'window', 'hidden:PLACE', 'hidden:DATE']);
  assert.deepEqual(chips.map((c) => c.label), ['Entity: Maria Lopez', 'Article: First report', 'Category: Aid', 'Dates: day 2024-12-01 – …', 'Hidden: Place', 'Hidden: DATE']);
  assert.equal(model.withoutFilter(filters, 'entity').entity, null);
  assert.equal(model.withoutFilter(filters, 'article').article, '');
  assert.deepEqual(model.withoutFilter(filters, 'window'), { ...filters, from: null, to: null });
  assert.deepEqual(model.withoutFilter(filters, 'hidden:PLACE').hidden, ['DATE']);
  assert.equal(model.withoutFilter(filters, 'hidden:PLACE').entity, 'Maria Lopez', 'the others stay');
  assert.deepEqual(model.chips({ hidden: [] }), []);
});

test('the entity search matches names and variants, whole names and word starts first, ignoring case and accents', () => {
  const entries = [
    { canonical: 'Port Saïd', variants: ['Port Saïd'] },
    { canonical: 'Said Khan', variants: ['Said Khan', 'Khan'] },
    { canonical: 'Saidabad', variants: ['Saidabad'] },
    { canonical: 'Mohamed Said', variants: ['Mohamed Said', 'Said'] },
    { canonical: 'Oceans', variants: ['Oceans'] },
  ];
  assert.deepEqual(model.searchEntities(entries, 'said').map((e) => e.canonical), ['Mohamed Said', 'Said Khan', 'Saidabad', 'Port Saïd']);
  assert.deepEqual(model.searchEntities(entries, ' KHAN ').map((e) => e.canonical), ['Said Khan']);
  assert.deepEqual(model.searchEntities(entries, 'xyz'), []);
  assert.equal(model.searchEntities(entries, '').length, entries.length);
});

test('overlapping highlights nest; one crossing another is cut, both pieces kept', () => {
  const figure = { start: 10, end: 30, rank: 0, kind: 'figure' };
  const entity = { start: 20, end: 30, rank: 2, kind: 'entity' };
  const date = { start: 40, end: 47, rank: 1, kind: 'date' };
  const tree = model.nest([entity, date, figure]);
  assert.deepEqual(tree.map((n) => n.item.kind), ['figure', 'date']);
  assert.deepEqual(tree[0].children.map((n) => [n.item.kind, n.start, n.end]), [['entity', 20, 30]]);
  // Same span: the lower rank is outside.
  const same = model.nest([{ start: 0, end: 5, rank: 2, kind: 'entity' }, { start: 0, end: 5, rank: 1, kind: 'date' }]);
  assert.equal(same[0].item.kind, 'date');
  assert.equal(same[0].children[0].item.kind, 'entity');
  // Crossing: [0, 10) and [5, 15): the second is cut at 10.
  const crossing = model.nest([{ start: 0, end: 10, rank: 0, kind: 'x' }, { start: 5, end: 15, rank: 0, kind: 'y' }]);
  assert.deepEqual(crossing.map((n) => [n.item.kind, n.start, n.end]), [['x', 0, 10], ['y', 10, 15]]);
  assert.deepEqual(crossing[0].children.map((n) => [n.item.kind, n.start, n.end]), [['y', 5, 10]]);
  assert.deepEqual(model.nest([{ start: 3, end: 3, rank: 0 }]), [], 'an empty span is no highlight');
});

test('a relative date says what it was resolved against; one naming its year does not', () => {
  assert.equal(model.dateResolution({ text: 'Tuesday', value: '2013-02-19' }, '2013-02-21'),
    'Tuesday → 2013-02-19, resolved against the publication date 2013-02-21');
  assert.equal(model.dateResolution({ text: 'February 19, 2013', value: '2013-02-19' }, '2013-02-21'), 'February 19, 2013 → 2013-02-19');
  assert.equal(model.dateResolution({ text: 'Tuesday', value: '2013-02-19' }, null), 'Tuesday → 2013-02-19');
});

test('figure rows sort by a column, categories in their own order, articles by title', () => {
  const rows = [
    { category: 'ships', value: 4, unit: 'ships', date: '2024-12-02', article: 'b', sentence: { text: 'Four ships.' } },
    { category: 'evacuees', value: 120, unit: 'people', date: null, article: 'a', sentence: { text: 'A hundred and twenty left.' } },
    { category: 'aid', value: 40, unit: 'tonnes', date: '2024-12-01', article: 'c', sentence: { text: 'Forty tonnes.' } },
  ];
  const options = { names: { a: 'Zulu report', b: 'Alpha report', c: 'Mike report' }, categoryOrder: ['evacuees', 'aid', 'ships'] };
  const by = (key, descending = false) => model.sortRows(rows, { key, descending }, options).map((r) => r.value);
  assert.deepEqual(by('category'), [120, 40, 4]);
  assert.deepEqual(by('value'), [4, 40, 120]);
  assert.deepEqual(by('value', true), [120, 40, 4]);
  assert.deepEqual(by('date'), [120, 40, 4], 'undated first');
  assert.deepEqual(by('article'), [4, 40, 120]);
  assert.equal(model.sortRows(rows, { key: null }, options), rows);
});
