// Unit tests of the page's state in the URL hash (www/js/hash.js), run under node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../../www/js/hash.js');
const { hash } = globalThis.Sitrep;

const EMPTY = {
  article: null, entity: null, from: null, to: null, group: null, sort: null,
  category: null, figuresArticle: null, chart: null, chartHidden: [], hidden: [],
};

test('an empty state is the view alone, and reads back as nothing set', () => {
  assert.equal(hash.write('reader', { group: 'date', sort: { key: null, descending: false }, hidden: [] }), '#reader');
  assert.deepEqual(hash.read('#reader'), EMPTY);
  assert.deepEqual(hash.read(''), EMPTY);
  assert.deepEqual(hash.read(undefined), EMPTY);
});

test('every part written reads back the same, names with spaces and symbols included', () => {
  const state = {
    article: 'a b&c', entity: 'Bashar al-Assad', from: '2024-12-01', to: '2024-12-20', group: 'article',
    sort: { key: 'value', descending: true }, category: 'evacuees', figuresArticle: 'x=1', chart: 'aid',
    chartHidden: ['Reuters, London', 'the ministry & the army'], hidden: ['DATE', 'PERSON'],
  };
  const written = hash.write('figures', state);
  assert.match(written, /^#figures&/);
  assert.match(written, /chart=aid/);
  assert.match(written, /hide=DATE%2CPERSON/);
  assert.deepEqual(hash.read(written), { ...state, figuresArticle: 'x=1' });
});

test('the chart\'s category, its hidden sources and the hidden highlights alone', () => {
  assert.equal(hash.write('figures', { chartHidden: ['A B', 'C,D'] }), '#figures&chart-hide=A+B&chart-hide=C%2CD');
  assert.deepEqual(hash.read('#figures&chart-hide=A+B&chart-hide=C%2CD&chart-hide=A+B&chart-hide=').chartHidden, ['A B', 'C,D'], 'each once, none empty');
  assert.equal(hash.write('figures', { chart: 'ships', hidden: [] }), '#figures&chart=ships');
  assert.equal(hash.write('reader', { hidden: ['FIGURE'] }), '#reader&hide=FIGURE');
  assert.deepEqual(hash.read('#figures&chart=ships&hide=FIGURE,DATE'), { ...EMPTY, chart: 'ships', hidden: ['FIGURE', 'DATE'] });
  assert.deepEqual(hash.read('#reader&hide=FIGURE%2CDATE').hidden, ['FIGURE', 'DATE'], 'the comma as the browser encodes it');
});

test('malformed parts are dropped, the rest kept', () => {
  const read = hash.read('#timeline&from=2024-1-5&to=yesterday&sort=+value&group=lanes&hide=DATE,,date,<b>,DATE&chart=&entity=Tartus');
  assert.deepEqual(read, { ...EMPTY, entity: 'Tartus', hidden: ['DATE'] });
  assert.deepEqual(hash.read('#sort=-category').sort, { key: 'category', descending: true });
  assert.equal(hash.read('#sort=colour').sort, null);
});
