// Unit tests of the corpus kept where the core runs (www/js/corpus.js), run
// under node: the merge marks what the user corrected, and the views get only
// the rows they draw, picked as model.js picks them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../../www/js/model.js');
require('../../www/js/corpus.js');
const { model, corpus } = globalThis.Sitrep;

const quote = (start, text) => ({ start, end: start + [...text].length, text });
const SENTENCES = {
  a: [quote(0, 'Seven Russian ships reached Tartus on Monday.'), quote(46, 'About 300 people were evacuated from Latakia on 10 December.')],
  b: [quote(0, 'Some 900 people were evacuated from Latakia on 10 December, a charity said.'), quote(77, 'Two frigates left Tartus in June 1944.')],
};
const figure = (article, sentence, figureText, fields) => {
  const s = SENTENCES[article][sentence];
  const at = s.text.indexOf(figureText);
  return {
    category: 'evacuees', value: 1, qualifier: 'exact', unit: 'people', date: '2024-12-10', date_source: 'sentence', article,
    source: null, status: 'reported', conflict: false, conflicts_with: [], conflict_reason: null,
    figure: quote(s.start + at, figureText), sentence: s, ...fields,
  };
};
const entry = (article, sentence, date) => ({ date, first: date, last: date, precision: 'day', article, sentence: SENTENCES[article][sentence] });
// The core's merge of articles a and b, as mergeKept gives it (joined).
const MERGED = {
  articles: [
    { id: 'a', title: 'Ships at Tartus', published: { value: '2024-12-11', source: 'manifest' } },
    { id: 'b', title: 'Evacuation report', published: { value: '2024-12-12', source: 'manifest' } },
  ],
  // One recalled anniversary, nine statements of the story's days.
  timeline: [entry('b', 1, '1944-06-15'), ...['03', '04', '05', '06', '07', '08', '09'].map((d) => entry('a', 0, `2024-12-${d}`)),
    entry('a', 1, '2024-12-10'), entry('b', 0, '2024-12-10')],
  figures: [
    figure('a', 1, '300', { value: 300 }), figure('b', 0, '900', { value: 900 }),
    figure('a', 0, 'Seven', { category: 'ships', value: 7, unit: 'ships', date: '2024-12-09' }),
    figure('b', 1, 'Two', { category: 'ships', value: 2, unit: 'frigates', date: '1944-06' }),
  ],
  entities: [
    { canonical: 'Latakia', type: 'PLACE', total: 2, mentions: { a: 1, b: 1 }, variants: ['Latakia'] },
    { canonical: 'Tartus', type: 'PLACE', total: 2, mentions: { a: 1, b: 1 }, variants: ['Tartus', 'Tartous'] },
    { canonical: 'World Food Programme', type: 'ORG', total: 1, mentions: { b: 1 }, variants: ['World Food Programme'] },
  ],
};

/** The wasm core's corpus calls: keeps what it is given, merges into MERGED (an error for an id never kept). */
function fakeCore() {
  const kept = new Map();
  return {
    kept,
    keep: (articles) => { for (const a of articles) kept.set(a.analysis.id, a); },
    mergeKept: (ids) => {
      const missing = ids.find((id) => !kept.has(id));
      if (missing) throw new Error(`no article "${missing}" was kept for the corpus`);
      return [JSON.stringify(MERGED)];
    },
  };
}

const analysis = (id, fields = {}) => ({ id, figures: [], events: [], ...fields });
const call = (core, method, ...args) => corpus.call(core, method, args);

/** The core with a and b kept and merged; in a, the figure "300" and the 10 December event were corrected, and a figure "12" excluded. */
function merged() {
  const core = fakeCore();
  const edited = { ...figure('a', 1, '300').figure, edited: true };
  const excluded = { ...quote(100, '12'), category: 'casualties', value: 12, unit: 'people', excluded: true };
  call(core, 'keep', [
    { text: 'a text', analysis: analysis('a', { figures: [edited], events: [{ start: 46, end: 106, edited: true }] }), excluded: [excluded] },
    { text: 'b text', analysis: analysis('b'), excluded: [] },
  ]);
  call(core, 'merge', ['a', 'b']);
  return core;
}

const request = (views, fields = {}) => ({ loaded: ['a', 'b'], spans: null, ...fields, ...views });
const figures = (fields = {}) => ({ category: '', article: '', sort: { key: null, descending: false }, names: {}, limit: 400, ...fields });
const timeline = (fields = {}) => ({ from: null, to: null, group: 'date', limit: 400, ...fields });

test('the core keeps the text and analysis only; the merge marks what the user corrected and lists the excluded figures last', () => {
  const core = merged();
  assert.deepEqual(Object.keys(core.kept.get('a')), ['text', 'analysis']);
  const whole = call(core, 'whole');
  assert.deepEqual(whole.figures.map((r) => [r.figure.text, r.edit || null]), [['300', 'edited'], ['900', null], ['Seven', null], ['Two', null], ['12', 'excluded']]);
  assert.deepEqual(whole.figures[4], {
    ...quote(100, '12'), category: 'casualties', value: 12, unit: 'people', excluded: true,
    figure: quote(100, '12'), sentence: quote(100, '12'), date: null, date_source: null, article: 'a', conflict: false, edit: 'excluded',
  });
  assert.deepEqual(whole.timeline.filter((e) => e.edited).map((e) => [e.article, e.date]), [['a', '2024-12-10']]);
});

test('a merge that fails keeps the corpus there was', () => {
  const core = merged();
  assert.throws(() => call(core, 'merge', ['a', 'b', 'never-kept']), /never-kept/);
  assert.equal(call(core, 'whole').figures.length, 5);
  assert.throws(() => call(core, 'nothing'), /no such call: nothing/);
});

test('the figures view gets the first rows the filters keep, sorted, with their total and the categories there are', () => {
  const core = merged();
  const shown = call(core, 'view', request({ figures: figures({ sort: { key: 'value', descending: true }, limit: 2 }) }));
  assert.deepEqual(Object.keys(shown), ['figures']);
  assert.deepEqual(shown.figures.rows.map((r) => r.value), [900, 300]);
  assert.equal(shown.figures.total, 5);
  assert.deepEqual(shown.figures.categories, ['evacuees', 'ships', 'casualties']);
  const all = call(core, 'figureRows', request({ figures: figures({ sort: { key: 'value', descending: true } }) }));
  assert.deepEqual(all.map((r) => r.value), [900, 300, 12, 7, 2], 'the export gets every row, in the same order');
  const byTitle = call(core, 'figureRows', request({ figures: figures({ category: 'ships', sort: { key: 'article', descending: false }, names: { a: 'Zebra', b: 'Alpha' } }) }));
  assert.deepEqual(byTitle.map((r) => r.article), ['b', 'a'], 'sorted by the titles the page gives');
  // An entity keeps the rows whose sentence mentions it.
  const spans = new Map([['b', [{ start: 95, end: 101 }]]]);
  assert.deepEqual(call(core, 'figureRows', request({ figures: figures() }, { spans })).map((r) => r.figure.text), ['Two']);
});

test('the timeline view gets the layout of its window: the dense part of the story, the 1944 statement beyond it', () => {
  const core = merged();
  const { timeline: layout } = call(core, 'view', request({ timeline: timeline() }));
  const entries = call(core, 'whole').timeline;
  assert.deepEqual(layout, model.timelineLayout(entries, model.denseWindow(entries, ['2024-12-11', '2024-12-12']), { ...timeline(), order: ['a', 'b'] }));
  assert.ok(model.isoOfDay(layout.window[0]) > '2024-11-01', model.isoOfDay(layout.window[0]));
  assert.equal(layout.offScale.before.count, 1);
  assert.equal(layout.total, 9);
  assert.deepEqual(call(core, 'timelineRows', request({ timeline: timeline() })), entries.slice(1));
  // A chosen window; an article no longer loaded is left out (its removal may end before the merge).
  const chosen = request({ timeline: timeline({ from: '1944-01-01', to: '1944-12-31' }) }, { loaded: ['b'] });
  assert.deepEqual(call(core, 'timelineRows', chosen).map((e) => e.date), ['1944-06-15']);
  const onlyA = call(core, 'view', request({ timeline: timeline() }, { loaded: ['a'] })).timeline;
  assert.deepEqual(onlyA.lanes, ['a']);
  assert.equal(onlyA.count, 8);
});

test('the timeline window moves as model.js moves it', () => {
  const core = merged();
  const asked = request({ timeline: timeline() });
  const window = call(core, 'view', asked).timeline.window;
  const entries = call(core, 'whole').timeline;
  assert.deepEqual(call(core, 'movedWindow', asked, { zoom: 0.5 }), model.zoom(entries, window, 0.5));
  assert.deepEqual(call(core, 'movedWindow', asked, { pan: -1 }), model.pan(window, -1));
  assert.deepEqual(call(core, 'movedWindow', asked, { widen: model.dayNumber('1944-06-15') }), model.widenTo(window, model.dayNumber('1944-06-15')));
  assert.deepEqual(call(core, 'movedWindow', asked, { fit: true }), model.extent(entries));
  assert.equal(call(core, 'movedWindow', request({ timeline: timeline() }, { loaded: [] }), { zoom: 2 }), null, 'nothing dated: no window');
});

test('the entity index gets what its search finds, the map the places, the chart the rows of its article', () => {
  const core = merged();
  const shown = call(core, 'view', request({ entities: 'tartous', places: true, chart: { article: 'b' } }));
  assert.deepEqual(shown.entities.map((e) => e.canonical), ['Tartus']);
  assert.deepEqual(shown.places.map((e) => e.canonical), ['Latakia', 'Tartus']);
  assert.deepEqual(shown.chart.map((r) => r.figure.text), ['900', 'Two']);
  assert.equal(call(core, 'view', request({ entities: '' })).entities.length, 3, 'no query: every entity');
});
