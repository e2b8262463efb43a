// The figures table answers "according to whom, and is it a count": on the five
// examples every row shows the source and status the core gives its figure, and
// the figures CSV carries them row for row.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, withPage, openView, parseCsv } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

const key = (r) => JSON.stringify([r.article, r.figure, r.source, r.status]);

test('every figure row shows its source and status as the core gives them; the CSV carries them', async () => {
  await withPage(server.url, async (page) => {
    // What the core says, from the examples analysed and merged afresh.
    const expected = await page.evaluate(async () => {
      const articles = [];
      for (const e of self.SITREP_EXAMPLES) {
        const analysis = await Sitrep.core.analyze(e.text, { id: e.id, published: e.published });
        articles.push({ id: e.id, text: e.text, json: Sitrep.core.json(analysis) });
      }
      await Sitrep.core.merge(articles);
      return (await Sitrep.core.corpus()).figures
        .map((r) => ({ article: r.article, figure: r.figure.text, source: r.source || '', status: r.status }));
    });
    assert.ok(expected.length >= 5, `figures in the examples: ${expected.length}`);
    assert.ok(expected.filter((r) => r.source).length >= 3, 'several figures have a source');

    await openView(page, 'figures');
    const shown = await page.$$eval('[data-figure-category]', (rows) => rows.map((r) => ({
      article: r.dataset.article,
      figure: r.querySelector('td.sentence strong')?.textContent,
      source: (r.querySelector('.figure-source')?.textContent || '').replace(/^ — /, ''),
      // A reported figure says nothing beside its value; the others name their status.
      status: r.querySelector('.figure-status')?.dataset.status || 'reported',
    })));
    assert.deepEqual(shown.map(key).sort(), expected.map(key).sort(), 'one row per figure, with its source and status');
    const statusText = await page.$$eval('.figure-status', (marks) => marks.map((m) => [m.dataset.status, m.textContent]));
    for (const [status, text] of statusText) assert.equal(text, ` (${status})`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="figures-csv"]')]);
    const [head, ...lines] = parseCsv(readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, ''));
    const column = (name) => head.indexOf(name);
    assert.ok(['article', 'figure', 'source', 'status'].every((name) => column(name) >= 0), `CSV columns: ${head}`);
    const exported = lines.map((cells) => ({
      article: cells[column('article')], figure: cells[column('figure')], source: cells[column('source')], status: cells[column('status')],
    }));
    assert.deepEqual(exported.map(key), shown.map(key), 'the CSV has each row\'s source and status, in the table\'s order');
  }, { clean: true });
});
