// The page end to end in headless Chromium: served over HTTP under a sub-path
// and opened from file://, the five examples analysed, articles added by drop,
// picker and paste, bad files reported without losing anything, persistence,
// the figures table and the timeline leading to the sentence in the reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, open, dropFiles, screenshotPath, openView, settled, FILE_URL } from './harness.mjs';

const EXAMPLES = 5;
let server;

before(async () => { server = await serve(); });
after(async () => { await server.close(); });

async function shownCounts(page) {
  return page.evaluate(() => ({
    articles: document.querySelectorAll('[data-article-id]').length,
    marks: document.querySelectorAll('#reader-text [data-entity-type][data-canonical]').length,
    events: document.querySelectorAll('[data-timeline-event][data-date]').length,
    figures: document.querySelectorAll('[data-figure-category][data-value]').length,
  }));
}

function assertClean(problems) {
  assert.deepEqual(problems.consoleErrors, [], 'no console error');
  assert.deepEqual(problems.foreignRequests, [], 'no request to another origin');
}

async function articleIds(page) {
  return page.$$eval('[data-article-id]', (items) => items.map((i) => i.dataset.articleId));
}

const ORIGINS = [['over HTTP under a sub-path', () => server.url], ['from file://', () => FILE_URL]];

for (const [where, url] of ORIGINS) {
  test(`the five examples are shown analysed ${where}`, async () => {
    const session = await open(url());
    try {
      const { page } = session;
      const counts = await shownCounts(page);
      assert.equal(counts.articles, EXAMPLES);
      assert.ok(counts.marks >= 20, `highlights in the reader: ${counts.marks}`);
      assert.ok(counts.events >= 10, `timeline entries: ${counts.events}`);
      assert.ok(counts.figures >= 5, `figure rows: ${counts.figures}`);
      const dates = await page.$$eval('[data-timeline-event]', (items) => items.map((i) => i.dataset.date));
      assert.ok(dates.every((d) => /^\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?$|^\d{3}$|^\d{4}-(SP|SU|FA|WI|Q[1-4])$/.test(d)), `dates: ${dates}`);
      const types = await page.$$eval('#reader-text mark[data-entity-type]', (marks) => [...new Set(marks.map((m) => m.dataset.entityType))]);
      assert.ok(types.includes('PLACE') && types.includes('GROUP'), `types shown: ${types}`);
      const title = await page.textContent('#reader-title');
      assert.match(title, /Russians/);
      await page.screenshot({ path: screenshotPath(where.startsWith('over') ? 'page-http.png' : 'page-file.png'), fullPage: true });
      assertClean(session.problems);
    } finally {
      await session.close();
    }
  });
}

for (const [where, url] of ORIGINS) test(`a dropped article is analysed and joins the list, reader, timeline and table ${where}`, async () => {
  const session = await open(url());
  try {
    const { page } = session;
    const before = await shownCounts(page);
    await dropFiles(page, [{
      name: 'navy-airlift.txt',
      content: 'Navy ships leave Tartus\n\nFour Russian warships left Tartus on Tuesday, the defence ministry in Moscow said. '
        + 'About 300 people were evacuated to Latakia on Wednesday.\n',
    }]);
    await page.waitForSelector('[data-article-id="navy-airlift"]');
    await settled(page);
    const after = await shownCounts(page);
    assert.equal(after.articles, before.articles + 1);
    assert.equal(await page.textContent('#reader-title'), 'Navy ships leave Tartus');
    const places = await page.$$eval('#reader-text mark[data-entity-type="PLACE"]', (m) => m.map((x) => x.textContent));
    assert.ok(places.includes('Tartus') && places.includes('Moscow'), `places: ${places}`);
    const rows = await page.$$eval('[data-figure-category][data-article="navy-airlift"]', (r) => r.map((x) => x.dataset.value));
    assert.ok(rows.includes('4') && rows.includes('300'), `figure values: ${rows}`);
    // No date in the text, and the file's date is not used until confirmed: its
    // statements wait in the timeline's undated group.
    const events = await page.$$eval('[data-undated-event][data-article="navy-airlift"]', (e) => e.length);
    assert.equal(events, 2, 'its statements of Tuesday and Wednesday are on the timeline, undated');
    assertClean(session.problems);
  } finally {
    await session.close();
  }
});

test('the same text dropped again is recognised, not added twice', async () => {
  const session = await open(server.url);
  try {
    const { page } = session;
    const text = 'Ferry leaves Beirut\n\nA Russian ferry left Beirut on Sunday with 120 people aboard.\n';
    await dropFiles(page, [{ name: 'ferry.txt', content: text }]);
    await page.waitForSelector('[data-article-id="ferry"]');
    await settled(page);
    const count = await page.$$eval('[data-article-id]', (items) => items.length);
    await dropFiles(page, [{ name: 'ferry-copy.txt', content: text }]);
    await page.waitForFunction(() => /already loaded/.test(document.querySelector('[role="alert"]').textContent));
    await settled(page);
    assert.match(await page.textContent('[role="alert"]'), /ferry-copy\.txt: the same text is already loaded as “Ferry leaves Beirut”/);
    assert.equal(await page.$$eval('[data-article-id]', (items) => items.length), count);
    assertClean(session.problems);
  } finally {
    await session.close();
  }
});

test('a drop of several files shows how far the analysis is, then hides the bar', async () => {
  const session = await open(server.url);
  try {
    const { page } = session;
    await page.evaluate(() => {
      self.barSeen = [];
      const box = document.getElementById('progress');
      const bar = document.getElementById('progress-bar');
      new MutationObserver(() => self.barSeen.push({ hidden: box.hidden, value: bar.value, max: bar.max }))
        .observe(box, { attributes: true, subtree: true });
    });
    const files = Array.from({ length: 12 }, (_, k) => ({
      name: `convoy-${k + 1}.txt`, content: `Convoy ${k + 1} reaches Homs\n\nA convoy of ${k + 3} trucks reached Homs on Monday, officials said.\n`,
    }));
    await dropFiles(page, files);
    await page.waitForFunction(() => document.querySelectorAll('[data-article-id]').length === 17, null, { timeout: 60000 });
    await settled(page);
    const seen = await page.evaluate(() => self.barSeen);
    assert.ok(seen.some((s) => !s.hidden && s.max === 12 && s.value < 12), `the bar was shown for the 12 files: ${JSON.stringify(seen)}`);
    assert.ok(await page.$eval('#progress', (box) => box.hidden), 'and hidden once they are all in');
    assert.equal(await page.$eval('#progress-bar', (bar) => bar.value), 12);
    assertClean(session.problems);
  } finally {
    await session.close();
  }
});

test('highlights land on the right characters in a text with emoji and accents', async () => {
  const session = await open(server.url);
  try {
    const { page } = session;
    const text = 'Évacuation 🚢🚁 report\n\n🇷🇺🚢 Crews — café owners included — left Tartus on Friday, said Zoë. '
      + 'Niños 👩‍👩‍👧 flew from Latakia to Moscow.\n';
    await page.setInputFiles('input[type=file]', { name: 'emoji.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.waitForSelector('[data-article-id="emoji"]');
    await settled(page);
    const shown = await page.evaluate(() => ({
      text: document.getElementById('reader-text').textContent,
      marks: [...document.querySelectorAll('#reader-text mark[data-entity-type]')].map((m) => m.textContent),
    }));
    assert.equal(shown.text, text, 'the reader shows the text unchanged');
    const analysed = await page.evaluate(async (t) => (await Sitrep.core.analyze(t, { id: 'check' })).entities.map((e) => e.text), text);
    assert.deepEqual(shown.marks, analysed, 'each mark shows exactly the text its entity names');
    for (const name of ['Tartus', 'Moscow', 'Latakia']) assert.ok(shown.marks.includes(name), `${name} highlighted exactly: ${shown.marks}`);
    assertClean(session.problems);
  } finally {
    await session.close();
  }
});

for (const [where, url] of ORIGINS) test(`empty, binary and oversized files get a message and lose nothing ${where}`, async () => {
  const session = await open(url());
  try {
    const { page } = session;
    const before = await articleIds(page);
    await dropFiles(page, [
      { name: 'empty.txt', content: '' },
      { name: 'photo.jpg', content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]) },
      { name: 'latin1.txt', content: Buffer.from('Caf\xe9 owners left Tartus on Monday.\n', 'latin1') },
    ]);
    await page.waitForSelector('[data-article-id="latin1"]');
    await settled(page);
    const alerts = await page.textContent('[role="alert"]');
    assert.match(alerts, /empty\.txt: .*empty/);
    assert.match(alerts, /photo\.jpg: .*binary/);
    assert.match(alerts, /latin1\.txt: .*UTF-8/);
    const after = await articleIds(page);
    assert.deepEqual(after, [...before, 'latin1'], 'earlier articles intact; the lossy file added');
    const big = await page.evaluate(async () => {
      const file = new File([new Uint8Array(6 * 1024 * 1024).fill(65)], 'huge.txt');
      try { await Sitrep.ingest.fromFile(file); return 'accepted'; } catch (err) { return err.message; }
    });
    assert.match(big, /limit is 5 MB/);
    assert.ok(await page.evaluate(() => Sitrep.core.inWorker()), 'the core runs in a worker');
    assert.deepEqual(session.problems.foreignRequests, []);
  } finally {
    await session.close();
  }
});

test('a saved web page gives its article text and published date; its scripts never run', async () => {
  const session = await open(server.url);
  try {
    const { page } = session;
    const html = '<!doctype html><html><head><title>Site | Aid flight lands</title>'
      + '<meta property="article:published_time" content="2023-02-08T10:00:00Z">'
      + '<script>window.pwned = true;</script></head><body><nav>Home · World · Sport</nav>'
      + '<article><h1>Aid flight lands in Latakia</h1><p>A plane carrying 40 tonnes of aid landed in Latakia on Tuesday.</p>'
      + '<img src="https://tracker.invalid/pixel.gif" onerror="window.pwned = true"></article></body></html>';
    await dropFiles(page, [{ name: 'aid-flight.html', content: html, type: 'text/html' }]);
    await page.waitForSelector('[data-article-id="aid-flight"]');
    await settled(page);
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'no script from the page ran');
    const text = await page.textContent('#reader-text');
    assert.ok(text.startsWith('Aid flight lands in Latakia'), text);
    assert.ok(!text.includes('Home · World'), 'navigation left out');
    assert.equal(await page.inputValue('#reader-published'), '2023-02-08');
    const events = await page.$$eval('[data-timeline-event][data-article="aid-flight"]', (e) => e.map((x) => x.dataset.date));
    assert.deepEqual(events, ['2023-02-07'], 'Tuesday resolved against the page metadata date');
    assertClean(session.problems);
  } finally {
    await session.close();
  }
});

for (const [where, url] of ORIGINS) test(`pasted text is analysed; articles persist across a reload; remove and reset work ${where}`, async () => {
  const session = await open(url());
  try {
    const { page } = session;
    await page.click('.paste summary');
    await page.fill('#paste-title', 'pasted-report');
    await page.fill('#paste-published', '2024-12-14');
    await page.fill('#paste-text', 'Ships gather off Tartus\n\nTwo Russian ships anchored off Tartus on Friday.');
    await page.click('#paste-form button[type=submit]');
    await page.waitForSelector('[data-article-id="pasted-report"]');
    await settled(page);
    assert.equal(await page.inputValue('#reader-published'), '2024-12-14');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.ok((await articleIds(page)).includes('pasted-report'), 'the pasted article survives a reload');
    await page.click('[data-article-id="pasted-report"] .article-remove');
    await page.waitForSelector('[data-article-id="pasted-report"]', { state: 'detached' });
    await settled(page);
    const first = (await articleIds(page))[0];
    await page.click(`[data-article-id="${first}"] .article-remove`);
    await page.waitForSelector(`[data-article-id="${first}"]`, { state: 'detached' });
    await settled(page);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal((await articleIds(page)).length, EXAMPLES - 1, 'removal persists');
    await page.click('[data-action="reset"]');
    await page.click('#confirm-yes');
    await page.waitForFunction((n) => document.querySelectorAll('[data-article-id]').length === n, EXAMPLES);
    await settled(page);
    assertClean(session.problems);
  } finally {
    await session.close();
  }
});

/**
 * The page's IndexedDB store: `{keys: true}` gives its keys, `{get}` the record
 * under that key, `{replaceWith}` clears it and puts each `[key, value]`.
 */
function inStore(page, ask) {
  return page.evaluate(({ keys, get, replaceWith }) => new Promise((resolve, reject) => {
    const request = indexedDB.open('sitrep', 1);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const tx = request.result.transaction('state', 'readwrite');
      const store = tx.objectStore('state');
      let answer = null;
      if (keys) answer = store.getAllKeys();
      else if (get) answer = store.get(get);
      else {
        store.clear();
        for (const [key, value] of replaceWith) store.put(value, key);
      }
      tx.oncomplete = () => { request.result.close(); resolve(answer && answer.result); };
      tx.onerror = () => reject(tx.error);
    };
  }), ask);
}

test('articles saved as one record load, and the next save keeps each article, and the order, on its own', async () => {
  const session = await open(server.url);
  try {
    const { page } = session;
    const saved = { id: 'old-report', name: 'old-report', text: 'Convoy reaches Latakia\n\nA Russian convoy reached Latakia on Monday.', published: '2024-12-10', publishedOrigin: 'user', fileDate: null, example: false, corrections: [] };
    await inStore(page, { replaceWith: [['articles', [saved]], ['article:gone', { id: 'gone' }]] });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.deepEqual(await articleIds(page), ['old-report'], 'the articles saved as one record are loaded');
    await page.click('.paste summary');
    await page.fill('#paste-title', 'new-report');
    await page.fill('#paste-text', 'Ships leave Tartus\n\nTwo Russian ships left Tartus on Friday.');
    await page.click('#paste-form button[type=submit]');
    await page.waitForSelector('[data-article-id="new-report"]');
    await settled(page);
    const keys = await inStore(page, { keys: true });
    assert.deepEqual(keys.sort(), ['article:new-report', 'article:old-report', 'order'], 'one record per article and the order; the old record and the stray one deleted');
    assert.deepEqual(await inStore(page, { get: 'order' }), ['old-report', 'new-report']);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.deepEqual(await articleIds(page), ['old-report', 'new-report'], 'both come back, in order');
    await page.click('[data-article-id="old-report"] .article-open');
    await settled(page);
    assert.equal(await page.inputValue('#reader-published'), '2024-12-10', 'with the date given');
    assertClean(session.problems);
  } finally {
    await session.close();
  }
});

test('the figures table sorts, filters, and opens a figure\'s sentence in the reader', async () => {
  const session = await open(server.url);
  try {
    const { page } = session;
    await openView(page, 'figures');
    await page.click('[data-sort-key="value"]');
    await settled(page);
    const values = await page.$$eval('[data-figure-category]', (rows) => rows.map((r) => Number(r.dataset.value)));
    assert.deepEqual(values, values.slice().sort((a, b) => a - b), 'ascending by value');
    await page.keyboard.press('Enter');
    await settled(page);
    const descending = await page.$$eval('[data-figure-category]', (rows) => rows.map((r) => Number(r.dataset.value)));
    assert.deepEqual(descending, values.slice().sort((a, b) => b - a), 'Enter on the focused header sorts descending');
    await page.selectOption('#figure-category', 'ships');
    await settled(page);
    const categories = await page.$$eval('[data-figure-category]', (rows) => [...new Set(rows.map((r) => r.dataset.figureCategory))]);
    assert.deepEqual(categories, ['ships']);
    const row = page.locator('[data-figure-category]').first();
    const sentence = await row.locator('td.sentence').textContent();
    const article = await row.getAttribute('data-article');
    await row.click();
    await settled(page);
    assert.equal(await page.getAttribute('[role=tab][aria-selected=true]', 'aria-controls'), 'reader', 'the row opens the reader');
    assert.equal(await page.textContent('#reader-text [data-focus]'), sentence, 'the sentence is highlighted in the reader');
    assert.equal(await page.getAttribute('[data-article-id].selected', 'data-article-id'), article);
    assertClean(session.problems);
  } finally {
    await session.close();
  }
});

test('reports that disagree on one day are marked as a conflict, not summed', async () => {
  const session = await open(server.url);
  try {
    const { page } = session;
    await dropFiles(page, [
      { name: 'report-a.txt', content: 'Evacuation from Latakia\n\nAbout 300 people were evacuated from Latakia on Tuesday, officials said.\n' },
      { name: 'report-b.txt', content: 'Second evacuation report\n\nSome 900 people were evacuated from Latakia on Tuesday, a charity said.\n' },
    ]);
    await page.waitForSelector('[data-article-id="report-b"]');
    await settled(page);
    for (const id of ['report-a', 'report-b']) {
      await page.click(`[data-article-id="${id}"] .article-open`);
      await page.fill('#reader-published', '2024-12-12');
      await page.dispatchEvent('#reader-published', 'change');
      await page.waitForFunction((a) => document.querySelector(`[data-article-id="${a}"] .article-meta`).textContent.includes('12 Dec 2024'), id);
      await settled(page);
    }
    const rows = await page.$$eval('[data-figure-category="evacuees"]', (items) => items
      .filter((r) => r.dataset.article.startsWith('report-')).map((r) => ({ value: r.dataset.value, conflict: r.classList.contains('conflict') })));
    assert.deepEqual(rows.map((r) => r.value).sort(), ['300', '900'], 'both values shown');
    assert.ok(rows.every((r) => r.conflict), `both marked: ${JSON.stringify(rows)}`);
    assertClean(session.problems);
  } finally {
    await session.close();
  }
});

test('a timeline entry opens its sentence; an entity filters the views to articles that mention it', async () => {
  const session = await open(server.url);
  try {
    const { page } = session;
    await openView(page, 'timeline');
    const entry = page.locator('[data-timeline-event]').last();
    const sentence = await entry.locator('.timeline-sentence').textContent();
    await entry.locator('button').click();
    await settled(page);
    assert.ok(await page.isVisible('#reader-text [data-focus]'), 'the entry opens the reader');
    assert.equal(await page.textContent('#reader-text [data-focus]'), sentence);
    await openView(page, 'entity-index');
    const name = page.locator('[data-index-canonical]').first();
    const canonical = await name.getAttribute('data-index-canonical');
    await name.click();
    await settled(page);
    const selected = await page.$$eval('#reader-text mark.selected-entity', (m) => m.map((x) => x.dataset.canonical));
    assert.ok(selected.length > 0 && selected.every((c) => c === canonical), `mentions of ${canonical} highlighted`);
    assert.match(await page.evaluate(() => location.hash), /entity=/);
    const perArticle = await page.$$eval('[data-per-article] li', (items) => items.map((i) => i.dataset.article));
    const mentioning = await page.$$eval('#reader-text mark.selected-entity', (m) => m.length);
    assert.ok(perArticle.length >= 1, 'mention counts per article are listed');
    const timelineArticles = await page.$$eval('[data-timeline-event]', (items) => [...new Set(items.map((i) => i.dataset.article))]);
    assert.ok(timelineArticles.every((id) => perArticle.includes(id)), 'the timeline keeps only articles that mention it');
    const figureArticles = await page.$$eval('[data-figure-category]', (rows) => [...new Set(rows.map((r) => r.dataset.article))]);
    assert.ok(figureArticles.every((id) => perArticle.includes(id)), 'so does the figures table');
    assert.ok(mentioning > 0);
    assertClean(session.problems);
  } finally {
    await session.close();
  }
});
