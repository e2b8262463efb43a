// Publication dates and where they came from: a file's date is a guess shown as
// such (never given to the core until confirmed), every date carries its
// provenance (data-published-source), a date set or confirmed re-resolves the
// article and persists, web pages' metadata dates are the timestamp's own day
// with placeholders rejected, and statements of an undated article stay visible
// in the timeline's undated group.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, withPage, dropFiles, openView, settled } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

const UNDATED_REPORT = 'Ferry crossing\n\nA ferry carried 300 people from Beirut to Limassol on Tuesday, port officials said. '
  + 'Volunteers handed out water at the quay.\n\nAnother ship left the port on Thursday with 250 people aboard.\n';

const listSource = (page, id) => page.getAttribute(`[data-article-id="${id}"] [data-published-source]`, 'data-published-source');
const readerSource = (page) => page.getAttribute('#reader-published-source [data-published-source]', 'data-published-source');
const datesOf = (page, id) => page.$$eval(`[data-timeline-event][data-article="${id}"]`, (items) => items.map((i) => i.dataset.date));
const undatedOf = (page, id) => page.$$eval(`[data-undated-event][data-article="${id}"]`, (items) => items.map((i) => i.textContent));

test('a file date is an unconfirmed guess: statements stay undated until one click confirms it; the confirmed date persists', async () => {
  await withPage(server.url, async (page) => {
    // 20 Feb 2013, a Wednesday, long before the day the file is dropped.
    await dropFiles(page, [{ name: 'ferry-note.txt', content: UNDATED_REPORT, lastModified: new Date(2013, 1, 20, 12).getTime() }]);
    await page.waitForSelector('[data-article-id="ferry-note"]');
    await settled(page);
    assert.equal(await listSource(page, 'ferry-note'), 'file');
    assert.match(await page.textContent('[data-article-id="ferry-note"] .article-meta'), /20 Feb 2013\? · file date, unconfirmed/);
    assert.ok(await page.$eval('[data-article-id="ferry-note"] [data-published-source]', (m) => m.classList.contains('doubtful')), 'flagged');
    assert.equal(await readerSource(page), 'file');
    assert.ok(await page.isVisible('#reader-confirm'), 'the reader offers to confirm it');
    assert.deepEqual(await datesOf(page, 'ferry-note'), [], 'nothing is dated against the guess');
    const undated = await undatedOf(page, 'ferry-note');
    assert.ok(undated.some((t) => t.includes('on Tuesday')) && undated.some((t) => t.includes('on Thursday')), `undated group: ${undated}`);
    await openView(page, 'timeline');
    assert.ok(await page.isVisible('[data-timeline-group="undated"]'));
    await page.evaluate(AXE); // through the DevTools protocol: the page's CSP does not apply
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
      const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.nodes[0].target}`);
      assert.deepEqual(serious, [], `the flags and the undated group are accessible in the ${colorScheme} theme`);
    }

    await page.click('[data-confirm-date="ferry-note"]');
    await page.waitForFunction(() => document.querySelector('[data-article-id="ferry-note"] [data-published-source]')?.dataset.publishedSource === 'user');
    await settled(page);
    await openView(page, 'reader');
    assert.equal(await readerSource(page), 'user');
    assert.equal(await page.inputValue('#reader-published'), '2013-02-20');
    assert.ok(!(await page.isVisible('#reader-confirm')), 'nothing left to confirm');
    const dates = await datesOf(page, 'ferry-note');
    assert.ok(dates.includes('2013-02-19') && dates.includes('2013-02-14'), `Tuesday and Thursday resolved against 20 Feb 2013: ${dates}`);
    assert.deepEqual(await undatedOf(page, 'ferry-note'), []);
    assert.equal(await page.$('[data-confirm-date="ferry-note"]'), null);

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await settled(page);
    assert.equal(await listSource(page, 'ferry-note'), 'user', 'the confirmed date is kept across a reload');
    assert.ok((await datesOf(page, 'ferry-note')).includes('2013-02-19'));
  }, { clean: true });
});

test('an article with no date at all is flagged; setting its date re-resolves it', async () => {
  await withPage(server.url, async (page) => {
    // The undated statements come with the core's one analysis (its `undated` list), not from a second one.
    await page.evaluate(() => {
      const analyzeListed = Sitrep.core.analyzeListed;
      window.analysesRun = [];
      Sitrep.core.analyzeListed = (text, options) => { window.analysesRun.push(options && options.id); return analyzeListed(text, options); };
    });
    await page.click('.paste summary');
    await page.fill('#paste-title', 'no-date');
    await page.fill('#paste-text', UNDATED_REPORT);
    await page.click('#paste-form button[type=submit]');
    await page.waitForSelector('[data-article-id="no-date"]');
    await settled(page);
    assert.equal(await listSource(page, 'no-date'), 'none');
    assert.equal(await readerSource(page), 'none');
    assert.equal(await page.$('[data-confirm-date="no-date"]'), null, 'no file date to confirm');
    assert.equal((await undatedOf(page, 'no-date')).length, 2, 'both dated sentences wait in the undated group');
    assert.deepEqual(await page.evaluate(() => window.analysesRun), ['no-date'], 'one analysis of the article');
    const core = await page.evaluate(async (text) => Sitrep.core.analyze(text, { id: 'probe' }), UNDATED_REPORT);
    assert.deepEqual([core.published.value, core.events.length], [null, 0]);
    assert.deepEqual(core.undated.map((s) => s.text), ['A ferry carried 300 people from Beirut to Limassol on Tuesday, port officials said.',
      'Another ship left the port on Thursday with 250 people aboard.']);

    await page.click('[data-set-date="no-date"]');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'reader-published', 'one click leads to the date field');
    await page.fill('#reader-published', '2024-12-14');
    await page.dispatchEvent('#reader-published', 'change');
    await page.waitForFunction(() => document.querySelector('[data-article-id="no-date"] [data-published-source]')?.dataset.publishedSource === 'user');
    await settled(page);
    const dates = await datesOf(page, 'no-date');
    assert.ok(dates.includes('2024-12-10') && dates.includes('2024-12-12'), `resolved against 14 Dec 2024: ${dates}`);
    assert.deepEqual(await undatedOf(page, 'no-date'), []);
    assert.equal(await page.$('[data-timeline-group="undated"]'), null, 'no undated group left');
  }, { clean: true });
});

test('every date shows where it came from: manifest, inferred, set by you', async () => {
  await withPage(server.url, async (page) => {
    const examples = await page.$$eval('[data-article-id] [data-published-source]', (marks) => marks.map((m) => m.dataset.publishedSource));
    assert.ok(examples.length > 0 && examples.every((s) => s === 'manifest'), `examples: ${examples}`);
    assert.equal(await readerSource(page), 'manifest');
    await dropFiles(page, [{
      name: 'dated-in-text.txt',
      content: 'Evacuation ends\n\nThe last evacuation flight left Beirut on 3 March 2022, officials said. '
        + 'Earlier flights had left on 1 March 2022 and 2 March 2022.\n',
    }]);
    await page.waitForSelector('[data-article-id="dated-in-text"]');
    await settled(page);
    assert.equal(await listSource(page, 'dated-in-text'), 'inferred');
    assert.match(await page.textContent('[data-article-id="dated-in-text"] .article-meta'), /inferred from the text/);
    await page.fill('#reader-published', '2022-03-04');
    await page.dispatchEvent('#reader-published', 'change');
    await page.waitForFunction(() => document.querySelector('[data-article-id="dated-in-text"] [data-published-source]')?.dataset.publishedSource === 'user');
    await settled(page);
    assert.match(await page.textContent('#reader-published-source'), /set by you/);
  }, { clean: true });
});

const pageWithDate = (meta, extra = '') => '<!doctype html><html><head><title>Night crossing</title>'
  + `${meta}${extra}</head><body><article><h1>Night crossing ends in Limassol</h1>`
  + '<p>A ferry with 300 evacuees reached Limassol on Monday after a night crossing from Beirut, port officials said.</p>'
  + '<p>Volunteers met the passengers at the quay with water and blankets, and buses took families to hotels.</p>'
  + '</article></body></html>';

test('a web page\'s metadata date is the timestamp\'s own day, late in the evening with an offset', async () => {
  await withPage(server.url, async (page) => {
    await dropFiles(page, [{ name: 'night-crossing.html', type: 'text/html',
      content: pageWithDate('<meta property="article:published_time" content="2019-11-19T23:30:00-05:00">') }]);
    await page.waitForSelector('[data-article-id="night-crossing"]');
    await settled(page);
    assert.equal(await page.inputValue('#reader-published'), '2019-11-19', 'its own day, not the next day in UTC');
    assert.equal(await listSource(page, 'night-crossing'), 'metadata');
    assert.equal(await readerSource(page), 'metadata');
    assert.deepEqual(await datesOf(page, 'night-crossing'), ['2019-11-18'], 'Monday resolved against 19 Nov 2019');
  }, { clean: true });
});

test('placeholder and impossible metadata dates are rejected', async () => {
  await withPage(server.url, async (page) => {
    await dropFiles(page, [{ name: 'placeholder.html', type: 'text/html', lastModified: new Date(2019, 10, 25, 9).getTime(),
      content: pageWithDate('<meta property="article:published_time" content="0001-01-01T00:00:00+00:00">') }]);
    await page.waitForSelector('[data-article-id="placeholder"]');
    await settled(page);
    assert.equal(await listSource(page, 'placeholder'), 'file', 'no metadata date: the file date, unconfirmed');
    assert.equal(await page.inputValue('#reader-published'), '2019-11-25');

    const found = await page.evaluate(async (pages) => {
      const out = {};
      for (const [name, html] of Object.entries(pages)) out[name] = (await Sitrep.ingest.extractHtml(html)).published;
      return out;
    }, {
      epoch: pageWithDate('<meta name="date" content="1970-01-01">'),
      before1990: pageWithDate('<meta property="article:published_time" content="1989-12-31T10:00:00Z">'),
      future: pageWithDate(`<meta property="article:published_time" content="${new Date().getFullYear() + 2}-01-01T10:00:00Z">`),
      impossible: pageWithDate('<meta property="article:published_time" content="2019-02-30T10:00:00Z">'),
      placeholderThenJsonLd: pageWithDate('<meta property="article:published_time" content="0001-01-01T00:00:00Z">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-18T21:05:00-08:00"}</script>'),
      rfc2822: pageWithDate('<meta name="pubdate" content="Tue, 19 Nov 2019 23:30:00 -0500">'),
    });
    assert.deepEqual(found, {
      epoch: null, before1990: null, future: null, impossible: null, placeholderThenJsonLd: '2019-11-18', rfc2822: '2019-11-19',
    });
  }, { clean: true });
});
