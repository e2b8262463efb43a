// Unit tests of the views' place in the URL hash (www/js/tabs.js), run under node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../../www/js/tabs.js');
const { tabs } = globalThis.Sitrep;

const VIEWS = ['reader', 'timeline', 'figures', 'map', 'entity-index'];

test('the view is the first part of the hash, when it names one', () => {
  assert.equal(tabs.viewOfHash('#timeline&article=a&sort=-value', VIEWS), 'timeline');
  assert.equal(tabs.viewOfHash('#entity-index', VIEWS), 'entity-index');
  assert.equal(tabs.viewOfHash('entity-index', VIEWS), 'entity-index');
  assert.equal(tabs.viewOfHash('#article=timeline', VIEWS), null, 'a value is not a view');
  assert.equal(tabs.viewOfHash('#article=a&timeline', VIEWS), null, 'only the first part names it');
  assert.equal(tabs.viewOfHash('#chart', VIEWS), null);
  assert.equal(tabs.viewOfHash('', VIEWS), null);
});

test('showing a view changes the first part of the hash and keeps the rest', () => {
  assert.equal(tabs.hashWithView('#timeline&article=a&from=2024-12-01', 'figures', VIEWS), '#figures&article=a&from=2024-12-01');
  assert.equal(tabs.hashWithView('#article=a', 'map', VIEWS), '#map&article=a', 'a hash from before the tabs');
  assert.equal(tabs.hashWithView('', 'reader', VIEWS), '#reader');
  assert.equal(tabs.hashWithView('#', 'reader', VIEWS), '#reader');
});
