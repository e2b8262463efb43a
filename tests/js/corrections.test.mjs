// Unit tests of the page's pure modules (corrections and exports), run under node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../../www/js/corrections.js');
require('../../www/js/export.js');
const { corrections, exporting } = globalThis.Sitrep;

const TEXT = 'Share this story\nTwo ships left Tartus on Friday, carrying 120 people.';
const at = (word) => Array.from(TEXT).join('').indexOf(word);
const span = (word) => ({ start: at(word), end: at(word) + Array.from(word).length, text: word });

function analysis() {
  return {
    id: 'a', title: 't', published: { value: '2024-12-14', source: 'given' },
    boilerplate: [],
    entities: [{ ...span('Tartus'), type: 'PERSON', canonical: 'Tartus' }],
    dates: [{ ...span('Friday'), value: '2024-12-13' }],
    figures: [{ ...span('120 people'), value: 120, qualifier: 'exact', unit: 'people', category: 'evacuees' },
      { ...span('Two ships'), value: 2, qualifier: 'exact', unit: 'ships', category: 'ships' }],
    events: [{ date: '2024-12-13', start: 17, end: Array.from(TEXT).length, text: TEXT.slice(17) }],
  };
}

test('no corrections: the analysis itself', () => {
  const a = analysis();
  assert.equal(corrections.apply(a, TEXT, []).analysis, a);
});

test('an entity gets its corrected type and name, marked edited; the original is untouched', () => {
  const a = analysis();
  const { analysis: out } = corrections.apply(a, TEXT, [{ kind: 'entity', ...span('Tartus'), type: 'PLACE', canonical: 'Tartus port' }]);
  assert.deepEqual([out.entities[0].type, out.entities[0].canonical, out.entities[0].edited], ['PLACE', 'Tartus port', true]);
  assert.equal(a.entities[0].type, 'PERSON');
});

test('a figure is excluded or edited', () => {
  const list = [{ kind: 'figure', ...span('120 people'), exclude: true }, { kind: 'figure', ...span('Two ships'), value: 3, category: 'other' }];
  const { analysis: out, excluded } = corrections.apply(analysis(), TEXT, list);
  assert.deepEqual(out.figures.map((f) => [f.text, f.value, f.category, f.edited]), [['Two ships', 3, 'other', true]]);
  assert.deepEqual(excluded.map((f) => [f.text, f.excluded]), [['120 people', true]]);
});

test('a date mention\'s value moves the statements it dates', () => {
  const { analysis: out } = corrections.apply(analysis(), TEXT, [{ kind: 'date', ...span('Friday'), value: '2024-12-06' }]);
  assert.equal(out.dates[0].value, '2024-12-06');
  assert.deepEqual([out.events[0].date, out.events[0].edited], ['2024-12-06', true]);
});

test('a line marked boilerplate drops what was found in it; unmarked, it is kept', () => {
  const line = corrections.wholeLines(TEXT, at('ships'), at('ships') + 2);
  assert.equal(line.text, 'Two ships left Tartus on Friday, carrying 120 people.');
  const { analysis: out } = corrections.apply(analysis(), TEXT, [{ kind: 'boilerplate', ...line, boilerplate: true }]);
  assert.deepEqual([out.entities.length, out.dates.length, out.figures.length, out.events.length], [0, 0, 0, 0]);
  assert.deepEqual(out.boilerplate, [{ start: line.start, end: line.end, kind: 'other', edited: true }]);
  const marked = { ...analysis(), boilerplate: [{ start: 0, end: 16, kind: 'share' }] };
  const share = corrections.wholeLines(TEXT, 0, 1);
  const kept = corrections.apply(marked, TEXT, [{ kind: 'boilerplate', ...share, boilerplate: false }]).analysis;
  assert.deepEqual([kept.boilerplate, kept.kept], [[], [{ start: 0, end: 16 }]]);
});

test('the boilerplate verdicts whose text still holds go to the core as line overrides, in order', () => {
  const share = corrections.wholeLines(TEXT, 0, 1);
  const story = corrections.wholeLines(TEXT, at('ships'), at('ships') + 2);
  const list = [{ kind: 'boilerplate', ...share, boilerplate: false }, { kind: 'entity', ...span('Tartus'), type: 'PLACE' },
    { kind: 'boilerplate', ...story, text: 'changed since', boilerplate: true }, { kind: 'boilerplate', ...story, boilerplate: true }];
  assert.deepEqual(corrections.lineOverrides(TEXT, list),
    [{ start: 0, end: 16, boilerplate: false }, { start: story.start, end: story.end, boilerplate: true }]);
});

test('a correction whose text changed, or that the core would refuse, does not apply', () => {
  const stale = { kind: 'entity', start: at('Tartus'), end: at('Tartus') + 6, text: 'Latakia', type: 'PLACE' };
  const unknownType = { kind: 'entity', ...span('Tartus'), type: 'SHIPYARD' };
  const result = corrections.apply(analysis(), TEXT, [stale, unknownType, { kind: 'nonsense', start: 0, end: 1, text: 'S' }]);
  assert.equal(result.analysis.entities[0].type, 'PERSON');
  assert.equal(result.stale.length, 3);
});

test('upsert replaces the correction of the same kind and span; without drops it', () => {
  const first = { kind: 'entity', start: 1, end: 3, text: 'ab', type: 'ORG' };
  const list = corrections.upsert(corrections.upsert([], first), { ...first, type: 'PLACE' });
  assert.deepEqual(list.map((c) => c.type), ['PLACE']);
  assert.deepEqual(corrections.without(list, first), []);
});

test('cells a spreadsheet would run are guarded, plain numbers are not', () => {
  assert.deepEqual(['=1+1', '+x', '-x', '@SUM(A1)', '\tx', '\rx', '-5', '+3.5', '1e3', 'plain', 42, -7].map(exporting.guarded),
    ["'=1+1", "'+x", "'-x", "'@SUM(A1)", "'\tx", "'\rx", '-5', '+3.5', '1e3', 'plain', '42', '-7']);
});

test('a TIMEX value becomes its first day, last day and granularity', () => {
  const rows = ['2024-12-14', '2024-W50', '2024-02', '2024-Q4', '2024', '201', 'PRESENT_REF', null].map(exporting.period);
  assert.deepEqual(rows.map((p) => [p.start, p.end, p.granularity]), [
    ['2024-12-14', '2024-12-14', 'day'], ['2024-12-09', '2024-12-15', 'week'], ['2024-02-01', '2024-02-29', 'month'],
    ['2024-10-01', '2024-12-31', 'quarter'], ['2024-01-01', '2024-12-31', 'year'], ['2010-01-01', '2019-12-31', 'decade'],
    ['', '', 'other'], ['', '', '']]);
});

test('the figures CSV starts with a byte-order mark and has the date and provenance columns', () => {
  const row = { category: 'aid', value: 5, qualifier: 'exact', unit: 't', date: '2024-12', date_source: 'sentence', article: 'a',
    figure: { text: '5 t' }, sentence: { text: '=HYPERLINK("x")' }, conflict: false, status: 'reported', edit: 'edited' };
  const text = exporting.figuresCsv([row], { a: { title: '@title', published: '2024-12-14', published_source: 'user' } });
  assert.ok(text.startsWith('\uFEFFcategory,'));
  const [header, line] = text.slice(1).trim().split('\r\n');
  assert.match(header, /,date_start,date_end,granularity,date_value,date_source,article,article_title,published,published_source,.*,status,.*,edit$/);
  assert.equal(line, 'aid,5,,exact,t,2024-12-01,2024-12-31,month,2024-12,sentence,a,\'@title,2024-12-14,user,5 t,"\'=HYPERLINK(""x"")",,reported,no,,edited');
});

test('an excluded figure in lines later marked boilerplate goes with them, as its entities and dates do', () => {
  const line = { kind: 'boilerplate', ...corrections.wholeLines(TEXT, at('Two'), at('Two') + 3), boilerplate: true };
  const { analysis: out, excluded } = corrections.apply(analysis(), TEXT, [{ kind: 'figure', ...span('120 people'), exclude: true }, line]);
  assert.deepEqual([out.entities.length, out.dates.length, out.figures.length, excluded.length], [0, 0, 0, 0]);
  const kept = corrections.apply(analysis(), TEXT, [{ kind: 'figure', ...span('120 people'), exclude: true }]);
  assert.equal(kept.excluded.length, 1, 'elsewhere it stays listed, to be brought back');
});
