// The page as an analyst's tool: exports, the timeline's zoom and grouping, the
// URL hash, keyboard use, narrow screens, themes and print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, withPage as withSession, dropFiles, openView, settled, parseCsv } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

const withPage = (run) => withSession(server.url, run, { clean: true });

async function downloadText(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '') };
}

test('the figures table and the timeline export as CSV, JSON and SVG', async () => {
  await withPage(async (page) => {
    await openView(page, 'figures');
    const shownRows = await page.$$eval('[data-figure-category]', (rows) => rows.map((r) => [r.dataset.figureCategory, r.dataset.value]));
    const figures = await downloadText(page, '[data-export="figures-csv"]');
    assert.equal(figures.name, 'sitrep-figures.csv');
    const table = parseCsv(figures.text);
    assert.deepEqual(table[0].slice(0, 5), ['category', 'value', 'value_max', 'qualifier', 'unit']);
    assert.deepEqual(table.slice(1).map((r) => [r[0], r[1]]), shownRows, 'one CSV line per row shown, in order');
    const json = JSON.parse((await downloadText(page, '[data-export="figures-json"]')).text);
    assert.equal(json.length, shownRows.length);
    await openView(page, 'timeline');
    const timeline = parseCsv((await downloadText(page, '[data-export="timeline-csv"]')).text);
    const events = await page.$$eval('[data-timeline-event]', (items) => items.map((i) => i.dataset.date));
    assert.deepEqual(timeline[0].slice(0, 4), ['date_start', 'date_end', 'granularity', 'date_value']);
    assert.deepEqual(timeline.slice(1).map((r) => r[3]), events);
    const svg = (await downloadText(page, '[data-export="timeline-svg"]')).text;
    assert.match(svg, /^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok((svg.match(/<(circle|rect) /g) || []).length === events.length, 'one mark per event');
    await openView(page, 'reader');
    const analysis = JSON.parse((await downloadText(page, '[data-export="analysis-json"]')).text);
    assert.equal(analysis.id, await page.getAttribute('[data-article-id].selected', 'data-article-id'));
    assert.ok(Array.isArray(analysis.entities) && Array.isArray(analysis.figures));
  });
});

test('choosing another article redraws neither the views nor the list; removing one redraws them', async () => {
  await withPage(async (page) => {
    await openView(page, 'figures');
    // Properties set on the nodes drawn: a node made again has none.
    await page.evaluate(() => {
      document.querySelector('[data-figure-category]').drawnBefore = true;
      for (const item of document.querySelectorAll('#article-list li')) item.drawnBefore = true;
    });
    const ids = await page.$$eval('[data-article-id]', (items) => items.map((i) => i.dataset.articleId));
    await page.click(`[data-article-id="${ids[2]}"] .article-open`);
    await settled(page);
    const kept = await page.evaluate((chosen) => ({
      row: document.querySelector('[data-figure-category]').drawnBefore === true,
      items: [...document.querySelectorAll('#article-list li')].every((item) => item.drawnBefore === true),
      current: [...document.querySelectorAll('#article-list [aria-current="true"]')].map((b) => b.closest('li').dataset.articleId),
      selected: [...document.querySelectorAll('#article-list li.selected')].map((li) => li.dataset.articleId),
      reader: document.getElementById('reader-published') !== null,
    }), ids[2]);
    assert.deepEqual(kept, { row: true, items: true, current: [ids[2]], selected: [ids[2]], reader: true });
    await page.click(`[data-article-id="${ids[0]}"] .article-remove`);
    await page.waitForSelector(`[data-article-id="${ids[0]}"]`, { state: 'detached' });
    await settled(page);
    assert.equal(await page.evaluate(() => document.querySelector('[data-figure-category]').drawnBefore), undefined, 'the table is drawn again');
    assert.equal(await page.$$eval('[data-article-id]', (items) => items.length), ids.length - 1);
  });
});

test('the timeline zooms, pans and groups by article, and the URL keeps the view', async () => {
  await withPage(async (page) => {
    const count = () => page.$$eval('[data-timeline-event]', (items) => items.length);
    await openView(page, 'timeline');
    await page.click('[data-zoom="fit"]');
    await settled(page);
    const all = await count();
    await page.fill('#timeline-from', '2024-12-01');
    await settled(page);
    await page.dispatchEvent('#timeline-from', 'change');
    await settled(page);
    const dates = await page.$$eval('[data-timeline-event]', (items) => items.map((i) => i.dataset.date));
    assert.ok(dates.length > 0 && dates.length < all, `${dates.length} of ${all} entries from December 2024`);
    assert.ok(dates.every((d) => d >= '2024-12'), `dates in range: ${dates}`);
    await page.click('[data-zoom="in"]');
    await settled(page);
    assert.ok(await count() <= dates.length, 'zooming in shows no more');
    const zoomed = await page.inputValue('#timeline-from');
    await page.focus('#timeline-overview');
    await page.keyboard.press('ArrowLeft');
    await settled(page);
    const from = await page.inputValue('#timeline-from');
    assert.ok(from < zoomed, `panned earlier from ${zoomed} to ${from}`);
    await page.click('[data-zoom="fit"]');
    await settled(page);
    assert.equal(await count(), all);
    await page.selectOption('#timeline-group', 'article');
    await settled(page);
    const groups = await page.$$eval('.timeline-group h3', (h) => h.length);
    assert.ok(groups >= 3, `${groups} article groups`);
    await openView(page, 'figures');
    await page.click('[data-sort-key="value"]');
    await settled(page);
    await page.selectOption('#figure-category', 'ships');
    await settled(page);
    const hash = await page.evaluate(() => location.hash);
    assert.match(hash, /group=article/);
    assert.match(hash, /sort=value/);
    assert.match(hash, /category=ships/);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.inputValue('#timeline-group'), 'article');
    assert.equal(await page.inputValue('#figure-category'), 'ships');
    const categories = await page.$$eval('[data-figure-category]', (rows) => [...new Set(rows.map((r) => r.dataset.figureCategory))]);
    assert.deepEqual(categories, ['ships'], 'the bookmarked filter holds after a reload');
  });
});

test('the timeline opens on the dense part of the story, the rest behind markers that widen it', async () => {
  await withPage(async (page) => {
    await page.evaluate(AXE); // through the DevTools protocol: the page's CSP does not apply
    await openView(page, 'timeline');
    const windowOf = () => page.$eval('#timeline-overview', (box) => [box.dataset.windowStart, box.dataset.windowEnd]);
    const [start, end] = await windowOf();
    assert.ok(start >= '2012-01-01' && end <= '2025-12-31', `the default window ${start}..${end}: the 2012-13 and Dec 2024 reports`);
    const dates = await page.$$eval('[data-timeline-event]', (items) => items.map((i) => i.dataset.date));
    assert.ok(dates.length > 0 && dates.every((d) => d.slice(0, 4) >= '2012'), `statements shown: ${dates}`);
    const before = await page.$eval('[data-off-scale="before"]', (b) => ({ text: b.textContent, count: Number(b.dataset.count) }));
    assert.match(before.text, /^← 1944/, 'the 1944 mention is off-scale, at the left edge');
    const axisSize = () => page.$eval('.overview .axis-label', (t) => parseFloat(getComputedStyle(t).fontSize) * (t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width));
    const size = await axisSize();
    assert.ok(size >= 11, `axis labels at ${size} px`);
    // On a narrower screen the overview is drawn again at its new width: the text keeps its size.
    await page.setViewportSize({ width: 390, height: 800 });
    const redrawn = () => page.waitForFunction(() => {
      const svg = document.querySelector('#timeline-overview svg');
      return svg && Math.abs(svg.getBoundingClientRect().width - svg.viewBox.baseVal.width) < 1;
    });
    await redrawn();
    const narrow = await axisSize();
    assert.ok(narrow >= 11, `axis labels at ${narrow} px on a 390 px screen`);
    // Back at the harness's own size, the marks below are measured once the overview is drawn again.
    await page.setViewportSize({ width: 1400, height: 1000 });
    await redrawn();
    const lanes = await page.$$eval('.overview .lane-label', (labels) => labels.map((l) => [l.firstChild.textContent, l.querySelector('title').textContent]));
    assert.ok(lanes.length >= 3 && lanes.every(([shown, full]) => shown.length <= 22 && full.startsWith(shown.replace(/…$/, ''))), `lane labels: ${JSON.stringify(lanes)}`);
    const hit = await page.$eval('.overview .point, .overview .range', (mark) => {
      const box = mark.getBoundingClientRect(), scale = mark.ownerSVGElement.getBoundingClientRect().width / mark.ownerSVGElement.viewBox.baseVal.width;
      return Math.min(box.width, box.height) + Number(mark.getAttribute('stroke-width')) * scale;
    });
    assert.ok(hit >= 24, `a ${hit} px target`);
    const axe = await page.evaluate(() => axe.run('#timeline', { resultTypes: ['violations'] }));
    assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe finds nothing in the timeline');
    // The marker is a button: the keyboard reaches it and it widens the window to 1944.
    await page.focus('[data-off-scale="before"]');
    await page.keyboard.press('Enter');
    await settled(page);
    const [wideStart, wideEnd] = await windowOf();
    assert.ok(wideStart <= '1944-12-31' && wideEnd === end, `widened to ${wideStart}..${wideEnd}`);
    assert.equal(await page.$('[data-off-scale="before"]'), null, 'nothing left before the window');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'timeline-overview', 'the focus stays in the timeline');
    const widened = await page.$$eval('[data-timeline-event]', (items) => items.map((i) => i.dataset.date));
    assert.ok(widened.some((d) => d.startsWith('1944')), 'the 1944 statement is listed');
    // Zoom in three times from there: never an empty panel.
    for (let i = 1; i <= 3; i += 1) {
      await page.click('[data-zoom="in"]');
      await settled(page);
      const shown = await page.$$eval('[data-timeline-event]', (items) => items.length);
      const marks = await page.$$eval('.overview .point, .overview .range', (m) => m.length);
      assert.ok(shown >= 1 && marks >= 1, `zoom ${i} (${(await windowOf()).join('..')}): ${shown} statements, ${marks} marks`);
    }
  });
});

test('past 30 articles the timeline overview draws one lane, a mark per period with its count', async () => {
  await withPage(async (page) => {
    const reports = Array.from({ length: 36 }, (_, i) => ({
      name: `convoy-${i + 1}.txt`,
      content: `Convoy ${i + 1} reaches the port\n\nConvoy ${i + 1} reached the port on 3 March 2025, officials said.`,
    }));
    await dropFiles(page, reports);
    await page.waitForFunction(() => document.querySelectorAll('[data-article-id]').length === 41, null, { timeout: 60000 });
    await settled(page);
    await openView(page, 'timeline');
    const overview = await page.$eval('#timeline-overview svg', (svg) => ({
      lanes: svg.querySelectorAll('line.lane').length,
      label: svg.getAttribute('aria-label'),
      titles: Array.from(svg.querySelectorAll('title'), (t) => t.textContent),
    }));
    assert.equal(overview.lanes, 1);
    assert.match(overview.label, /all 41 articles in one lane/);
    const march = overview.titles.filter((t) => /^3 Mar\w* 2025 /.test(t));
    assert.equal(march.length, 1, `one mark for the day: ${march}`);
    assert.match(march[0], /36 statements, first: Convoy 1 reaches the port/);
  });
});

test('the drop zone works from the keyboard and the legend hides a type', async () => {
  await withPage(async (page) => {
    const choosing = page.waitForEvent('filechooser'); // before the key: interception starts asynchronously
    await page.focus('[data-dropzone] button');
    await page.keyboard.press('Enter');
    const chooser = await choosing;
    assert.ok(chooser.isMultiple(), 'the file picker takes many files');
    await chooser.setFiles({ name: 'keyboard.txt', mimeType: 'text/plain', buffer: Buffer.from('Keyboard report\n\nSeven Russian ships reached Tartus on Monday.') });
    await page.waitForSelector('[data-article-id="keyboard"]');
    await settled(page);
    await openView(page, 'reader');
    const places = () => page.$$eval('#reader-text mark[data-entity-type="PLACE"]', (m) => m.length);
    assert.ok(await places() > 0);
    await page.click('label[for="legend-place"]');
    assert.equal(await places(), 0, 'PLACE highlights hidden');
    const unlabelled = await page.$$eval('input, select, textarea', (controls) => controls
      .filter((c) => c.type !== 'hidden' && !c.labels?.length && !c.getAttribute('aria-label')).map((c) => c.id || c.outerHTML));
    assert.deepEqual(unlabelled, [], 'every control has a label');
  });
});

test('narrow screens, dark theme and print', async () => {
  await withPage(async (page) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at 360 px (${overflow} px too wide)`);
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(light, dark, 'the theme follows the system');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      sidebar: getComputedStyle(document.querySelector('.sidebar')).display,
      figures: getComputedStyle(document.getElementById('figures')).display,
      timeline: getComputedStyle(document.getElementById('timeline')).display,
    }));
    assert.deepEqual(printed, { sidebar: 'none', figures: 'block', timeline: 'block' });
  });
});
