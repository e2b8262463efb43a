// The corpus stays where the core runs (js/corpus.js): the page asks it for
// the rows it draws, on the five examples; and where no worker can start, the
// same calls run on the page's thread and the views are the same.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, open, openView } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

/** What the views show of the corpus: figure rows, timeline entries, index names. */
async function shownViews(page) {
  const views = {};
  await openView(page, 'figures');
  views.figures = await page.$$eval('[data-figure-category]', (rows) => rows.map((r) => [r.dataset.figureCategory, r.dataset.value, r.dataset.article]));
  await openView(page, 'timeline');
  views.timeline = await page.$$eval('[data-timeline-event]', (items) => items.map((i) => [i.dataset.date, i.dataset.article]));
  await openView(page, 'entity-index');
  views.entities = await page.$$eval('[data-index-canonical]', (names) => names.map((n) => n.dataset.indexCanonical));
  return views;
}

test('a view gets its first rows and their total from the corpus worker; the whole corpus comes only when asked', async () => {
  const session = await open(server.url);
  try {
    const { page } = session;
    const asked = await page.evaluate(async () => {
      const loaded = Array.from(document.querySelectorAll('[data-article-id]'), (a) => a.dataset.articleId);
      const request = {
        loaded, spans: null, entities: 'latakia',
        figures: { category: '', article: '', sort: { key: 'value', descending: true }, names: {}, limit: 3 },
        timeline: { from: null, to: null, group: 'article', limit: 2 },
      };
      const whole = await Sitrep.core.corpus();
      return {
        whole, shown: await Sitrep.core.view(request), rows: await Sitrep.core.figureRows(request), entries: await Sitrep.core.timelineRows(request),
        // Last, as it forgets every article: a merge answers nothing.
        merged: await Sitrep.core.merge([]),
      };
    });
    const { whole, shown, rows, entries } = asked;
    assert.ok(whole.figures.length > 10 && whole.timeline.length > 10, 'the examples have many figures and dated statements');
    assert.equal(shown.figures.rows.length, 3);
    assert.equal(shown.figures.total, whole.figures.length);
    assert.deepEqual(shown.figures.rows, rows.slice(0, 3), 'the first rows of the export\'s');
    assert.deepEqual(rows.map((r) => r.value), whole.figures.map((r) => r.value).sort((a, b) => b - a), 'every row, by value descending');
    assert.deepEqual(shown.timeline.groups.flatMap((g) => g.entries).length, 2, 'two entries listed');
    assert.equal(shown.timeline.total, entries.length);
    assert.ok(shown.timeline.count >= entries.length && shown.timeline.count <= whole.timeline.length);
    assert.ok(shown.entities.length >= 1 && shown.entities.every((e) => [e.canonical, ...e.variants].some((n) => /latakia/i.test(n))),
      `the index entries naming Latakia: ${shown.entities.map((e) => e.canonical)}`);
    assert.equal(asked.merged, undefined, 'a merge gives the page nothing: the corpus stays with the core');
    assert.deepEqual(session.problems.consoleErrors, []);
  } finally {
    await session.close();
  }
});

test('without a worker the core and the corpus run on the page\'s thread, and the views are the same', async () => {
  const inWorker = await open(server.url);
  let expected;
  try {
    assert.ok(await inWorker.page.evaluate(() => Sitrep.core.inWorker()));
    expected = await shownViews(inWorker.page);
  } finally {
    await inWorker.close();
  }
  assert.ok(expected.figures.length > 10 && expected.timeline.length > 10 && expected.entities.length > 10);
  const session = await open(server.url);
  try {
    const { page } = session;
    await session.context.addInitScript(() => { delete self.Worker; });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.evaluate(() => Sitrep.core.inWorker()), false, 'no worker started');
    assert.deepEqual(await shownViews(page), expected);
    assert.deepEqual(session.problems.consoleErrors, []);
  } finally {
    await session.close();
  }
});
