// Unit tests of reading a file where the core runs (www/js/reading.js), under
// node with a stand-in core that records its calls: a plain-text file is
// decoded and analysed in one call, a web page only decoded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../../www/js/reading.js');
const { reading } = globalThis.Sitrep;

function standInCore(text) {
  const calls = [];
  return {
    calls,
    decodeBytes: (bytes) => { calls.push(['decodeBytes', bytes.length]); return { text, lossy: false }; },
    analyzeListed: (analysed, options) => { calls.push(['analyzeListed', analysed, options.id]); return ['{"id":"a"}', '{"title":"T"}']; },
    analyzeListedKept: (analysed, options) => { calls.push(['analyzeListedKept', analysed, options.id]); return ['{"id":"a"}', '{"title":"T"}']; },
  };
}

const BYTES = new Uint8Array([65, 66]);
const OPTIONS = { id: 'a', published: null, file_date: null, line_overrides: [] };

test('a plain-text file is decoded and analysed in one call', () => {
  const core = standInCore('Ships left Tartus on Monday.');
  const read = reading.readArticle(core, BYTES, { webPage: false, analysis: OPTIONS });
  assert.deepEqual(read, { text: 'Ships left Tartus on Monday.', lossy: false, json: '{"id":"a"}', listed: '{"title":"T"}' });
  assert.deepEqual(core.calls, [['decodeBytes', 2], ['analyzeListed', 'Ships left Tartus on Monday.', 'a']]);
});

test('without analysis options a file is only decoded', () => {
  const core = standInCore('Ships left Tartus on Monday.');
  assert.deepEqual(reading.readArticle(core, BYTES, { webPage: false, analysis: null }), { text: 'Ships left Tartus on Monday.', lossy: false });
  assert.deepEqual(core.calls, [['decodeBytes', 2]]);
});

test('a web page, by its name or by its first tag, is only decoded', () => {
  const named = standInCore('Ships left Tartus.');
  assert.equal(reading.readArticle(named, BYTES, { webPage: true, analysis: OPTIONS }).json, undefined);
  const sniffed = standInCore('  <!DOCTYPE html><html><body><p>Ships left Tartus.</p></body></html>');
  assert.equal(reading.readArticle(sniffed, BYTES, { webPage: false, analysis: OPTIONS }).json, undefined);
  assert.deepEqual([named.calls.length, sniffed.calls.length], [1, 1]);
  assert.equal(reading.looksLikeWebPage('<p>a paragraph</p>'), false);
  assert.equal(reading.looksLikeWebPage('<HTML lang="en">'), true);
});

test('an analysis is kept for the corpus as it is made where the corpus is kept', () => {
  const corpus = { keptAsAnalysed: () => {} };
  assert.deepEqual(reading.analyzeArticle(standInCore(''), 'Ships left.', OPTIONS), { json: '{"id":"a"}', listed: '{"title":"T"}' });
  const core = standInCore('');
  assert.deepEqual(reading.analyzeArticle(core, 'Ships left.', OPTIONS, corpus), { json: '{"id":"a"}', listed: '{"title":"T"}', kept: true });
  assert.deepEqual(core.calls, [['analyzeListedKept', 'Ships left.', 'a']]);
});

test('where the corpus is kept, a file read is kept as it is analysed, its corrections forgotten', () => {
  const core = standInCore('Ships left Tartus on Monday.');
  const forgotten = [];
  const corpus = { keptAsAnalysed: (id) => forgotten.push(id) };
  const read = reading.readArticle(core, BYTES, { webPage: false, analysis: OPTIONS }, corpus);
  assert.deepEqual(read, { text: 'Ships left Tartus on Monday.', lossy: false, json: '{"id":"a"}', listed: '{"title":"T"}', kept: true });
  assert.deepEqual(core.calls, [['decodeBytes', 2], ['analyzeListedKept', 'Ships left Tartus on Monday.', 'a']]);
  assert.deepEqual(forgotten, ['a']);
  const page = standInCore('<html><body>Ships</body></html>');
  assert.equal(reading.readArticle(page, BYTES, { webPage: false, analysis: OPTIONS }, corpus).kept, undefined);
  assert.deepEqual(forgotten, ['a']);
});
