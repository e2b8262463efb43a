// The analyst corrects the analysis and never loses work: corrections survive a
// reload and travel through the JSON export and import; removing an article,
// starting empty and resetting can be undone; CSV exports are spreadsheet-safe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { serve, withPage as withSession, dropFiles, openView, FILE_URL, settled } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

const withPage = (run) => withSession(server.url, run, { clean: true });
const EXAMPLES = 5;
const REPORT = 'Ships leave Tartus\n\nTwo Russian warships left Tartus on Friday carrying 120 people, the defence ministry said.\n'
  + 'About 300 Russian nationals were flown out of Latakia by Moscow on Tuesday.\n'
  + 'Officials in Moscow said the Hmeimim air base would stay open.\n';
const ID = 'tartus-report';

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync(await file.path());
}

/**
 * Opens the correction form of `selector` and fills it with `fill`, then saves
 * and waits for the page to be drawn again: the form closes before the save ends.
 */
async function correct(page, selector, fill) {
  await page.click(selector);
  await page.waitForSelector('#correct-dialog[open]');
  await fill();
  const drawn = await page.$('#reader-text > *');
  await page.click('#correct-form button[type=submit]');
  await page.waitForSelector('#correct-dialog[open]', { state: 'detached' });
  await page.waitForFunction((node) => !node.isConnected, drawn);
  await settled(page);
}

const figureRow = (value) => `[data-figure-category][data-article="${ID}"][data-value="${value}"]`;

/** What the corrections made visible, to compare before and after reload and import. */
function corrected(page) {
  return page.evaluate((id) => ({
    entity: [...document.querySelectorAll('#reader-text mark[data-edited]')].map((m) => [m.textContent, m.dataset.entityType, m.dataset.canonical]),
    date: [...document.querySelectorAll('#reader-text .date-mention[data-edited]')].map((m) => [m.textContent, m.dataset.dateValue]),
    boilerplate: [...document.querySelectorAll('#reader-text .boilerplate[data-edited]')].map((m) => m.textContent),
    figures: [...document.querySelectorAll(`[data-figure-category][data-article="${id}"][data-edit]`)].map((r) => [r.dataset.value, r.dataset.edit]).sort(),
    timeline: [...document.querySelectorAll(`[data-timeline-event][data-article="${id}"]`)].map((e) => e.dataset.date),
    published: document.getElementById('reader-published').value,
  }), ID);
}

test('corrections apply, survive a reload, and come back through the JSON export and import', async () => {
  await withPage(async (page) => {
    await dropFiles(page, [{ name: `${ID}.txt`, content: REPORT }]);
    await page.waitForSelector(`[data-article-id="${ID}"]`);
    await settled(page);
    await page.fill('#reader-published', '2024-12-14');
    await page.dispatchEvent('#reader-published', 'change');
    await page.waitForSelector(`[data-article-id="${ID}"] [data-published-source="user"]`);
    await settled(page);

    const tartus = '#reader-text mark[data-correct="entity"]:text-is("Tartus")';
    await correct(page, tartus, async () => {
      await page.selectOption('#correct-type', 'FACILITY');
      await page.fill('#correct-canonical', 'Tartus naval base');
    });
    await openView(page, 'figures');
    await correct(page, `${figureRow(120)} [data-correct-figure]`, () => page.check('#correct-exclude'));
    await correct(page, `${figureRow(300)} [data-correct-figure]`, () => page.fill('#correct-value', '350'));
    await openView(page, 'reader');
    const friday = '#reader-text [data-correct="date"]:text-is("Friday")';
    await correct(page, friday, () => page.fill('#correct-date', '2024-12-06'));
    // The last line, selected as a reader would, marked boilerplate.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.getElementById('reader-text'), NodeFilter.SHOW_TEXT);
      while (walker.nextNode() && !walker.currentNode.data.includes('Officials'));
      const range = document.createRange();
      const at = walker.currentNode.data.indexOf('Officials');
      range.setStart(walker.currentNode, at);
      range.setEnd(walker.currentNode, at + 9);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await page.click('[data-action="boilerplate"]');
    await page.waitForSelector('#correct-dialog[open]');
    assert.ok(await page.isChecked('#correct-boilerplate'), 'a line not boilerplate is offered as boilerplate');
    await page.click('#correct-form button[type=submit]');
    await page.waitForSelector('#reader-text .boilerplate[data-edited]');

    const expected = await corrected(page);
    assert.deepEqual(expected.entity, [['Tartus', 'FACILITY', 'Tartus naval base']]);
    assert.deepEqual(expected.date, [['Friday', '2024-12-06']]);
    assert.deepEqual(expected.boilerplate, ['Officials in Moscow said the Hmeimim air base would stay open.']);
    assert.deepEqual(expected.figures, [['120', 'excluded'], ['350', 'edited']]);
    assert.ok(expected.timeline.includes('2024-12-06'), 'the corrected date moves its statement on the timeline');
    assert.equal(await page.getAttribute(`[data-timeline-event][data-article="${ID}"][data-edited]`, 'data-date'), '2024-12-06', 'and marks it corrected');
    assert.ok(!(await page.textContent('#reader-text')).includes('undefined'));
    assert.ok(await page.$$eval('[data-index-canonical="Tartus naval base"]', (e) => e.length === 1), 'the entity index uses the corrected name');

    // The form: Escape closes it and gives the focus back; axe finds nothing with it open.
    await page.focus(tartus);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#correct-dialog[open]');
    assert.equal(await page.inputValue('#correct-type'), 'FACILITY');
    await page.evaluate(AXE);
    const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
    assert.deepEqual(result.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => v.id), []);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#correct-dialog[open]', { state: 'detached' });
    assert.ok(await page.evaluate(() => document.activeElement.matches('mark[data-edited]')), 'the focus is back on the highlight');

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.click(`[data-article-id="${ID}"] .article-open`);
    assert.deepEqual(await corrected(page), expected, 'the corrections survive a reload');

    const exported = JSON.parse(await download(page, '[data-export="corpus-json"]'));
    const article = exported.articles.find((a) => a.id === ID);
    assert.equal(article.corrections.length, 5);
    assert.equal(article.text, REPORT);
    assert.equal(article.analysis.entities.find((e) => e.text === 'Tartus').type, 'FACILITY');

    await page.click('[data-action="empty"]');
    await page.click('#confirm-yes');
    await page.waitForFunction(() => !document.querySelector('[data-article-id]'));
    await settled(page);
    const folder = mkdtempSync(join(tmpdir(), 'sitrep-import-'));
    writeFileSync(join(folder, 'export.json'), JSON.stringify(exported));
    await page.setInputFiles('#import-input', join(folder, 'export.json'));
    await page.waitForFunction((n) => document.querySelectorAll('[data-article-id]').length === n, EXAMPLES + 1);
    await settled(page);
    await page.click(`[data-article-id="${ID}"] .article-open`);
    assert.deepEqual(await corrected(page), expected, 'the corrections come back with the import');
    const again = JSON.parse(await download(page, '[data-export="corpus-json"]'));
    assert.deepEqual(again.articles, exported.articles, 'the JSON export round-trips');
  });
});

test('a line marked as not boilerplate is analysed again: its entities appear and stay after a reload', async () => {
  const id = 'newsletter-report';
  const notice = 'Sign up for our newsletter to get the latest news from Lisbon.';
  const report = 'Navy frigates evacuate families from flooded coast\n\n'
    + 'The navy sent two frigates to the northern coast on Monday to help evacuate families, officials said.\n\n'
    + 'About 300 people boarded the ships at the small harbour, and more are expected to leave on Tuesday.\n\n'
    + `${notice}\n`;
  const lisbon = (page) => page.$$eval('#reader-text mark[data-entity-type]', (marks) => marks.filter((m) => m.textContent === 'Lisbon').length);
  await withPage(async (page) => {
    await dropFiles(page, [{ name: `${id}.txt`, content: report }]);
    await page.waitForSelector(`[data-article-id="${id}"]`);
    await settled(page);
    await page.click(`[data-article-id="${id}"] .article-open`);
    assert.ok(await page.$eval('#reader-text', (box, text) => [...box.querySelectorAll('.boilerplate')].some((b) => b.textContent.includes(text)), notice),
      'the classifier takes the notice for boilerplate');
    assert.equal(await lisbon(page), 0, 'and analyses nothing in it');
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.getElementById('reader-text'), NodeFilter.SHOW_TEXT);
      while (walker.nextNode() && !walker.currentNode.data.includes('newsletter'));
      const range = document.createRange();
      const at = walker.currentNode.data.indexOf('newsletter');
      range.setStart(walker.currentNode, at);
      range.setEnd(walker.currentNode, at + 10);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await page.click('[data-action="boilerplate"]');
    await page.waitForSelector('#correct-dialog[open]');
    assert.ok(!(await page.isChecked('#correct-boilerplate')), 'a boilerplate line is offered as part of the report');
    await page.click('#correct-form button[type=submit]');
    await page.waitForSelector('#reader-text .kept[data-edited]');
    await page.waitForFunction(() => [...document.querySelectorAll('#reader-text mark[data-entity-type]')].some((m) => m.textContent === 'Lisbon'));
    await settled(page);
    assert.equal(await page.textContent('#reader-text .kept[data-edited]'), notice);
    assert.ok(await page.$$eval('[data-index-canonical="Lisbon"]', (e) => e.length === 1), 'the entity index has it');

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.click(`[data-article-id="${id}"] .article-open`);
    await page.waitForSelector('#reader-text .kept[data-edited]');
    assert.equal(await lisbon(page), 1, 'the re-analysis after a reload keeps the line');
  });
});

test('removing an article can be undone, with its corrections and date', async () => {
  await withPage(async (page) => {
    const ids = () => page.$$eval('[data-article-id]', (items) => items.map((i) => i.dataset.articleId));
    const before = await ids();
    const second = before[1];
    await page.click(`[data-article-id="${second}"] .article-open`);
    await correct(page, '#reader-text mark[data-correct="entity"]', () => page.selectOption('#correct-type', 'EVENT'));
    await page.fill('#reader-published', '2020-01-02');
    await page.dispatchEvent('#reader-published', 'change');
    await page.waitForSelector(`[data-article-id="${second}"] [data-published-source="user"]`);
    await settled(page);
    await page.click(`[data-article-id="${second}"] .article-remove`);
    await page.waitForSelector(`[data-article-id="${second}"]`, { state: 'detached' });
    await settled(page);
    assert.match(await page.textContent('#undo-bar'), /^Removed “.+”/);
    await page.evaluate(AXE);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const result = await page.evaluate(() => axe.run('#undo-bar', { resultTypes: ['violations'] }));
      assert.deepEqual(result.violations.map((v) => v.id), [], `the undo bar is accessible, ${colorScheme} theme`);
    }
    await page.click('#undo-bar [data-undo]');
    await page.waitForSelector(`[data-article-id="${second}"]`);
    await settled(page);
    assert.deepEqual(await ids(), before, 'back in its place');
    assert.ok(await page.isHidden('#undo-bar'));
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.click(`[data-article-id="${second}"] .article-open`);
    assert.equal(await page.inputValue('#reader-published'), '2020-01-02');
    assert.equal(await page.$$eval('#reader-text mark[data-edited]', (m) => m.map((x) => x.dataset.entityType).join()), 'EVENT');
  });
});

test('resetting asks first and can be undone; the examples can be added back to an empty page', async () => {
  await withPage(async (page) => {
    const count = () => page.$$eval('[data-article-id]', (items) => items.length);
    await dropFiles(page, [{ name: `${ID}.txt`, content: REPORT }]);
    await page.waitForSelector(`[data-article-id="${ID}"]`);
    await settled(page);
    await correct(page, '#reader-text mark[data-correct="entity"]', () => page.selectOption('#correct-type', 'EVENT'));
    await page.click('[data-action="reset"]');
    await page.waitForSelector('#confirm-dialog[open]');
    await page.click('#confirm-no');
    assert.equal(await count(), EXAMPLES + 1, 'cancelled: nothing changes');
    await page.click('[data-action="reset"]');
    await page.click('#confirm-yes');
    await page.waitForSelector(`[data-article-id="${ID}"]`, { state: 'detached' });
    await settled(page);
    assert.equal(await count(), EXAMPLES);
    await page.click('#undo-bar [data-undo]');
    await page.waitForSelector(`[data-article-id="${ID}"]`);
    await settled(page);
    await page.click(`[data-article-id="${ID}"] .article-open`);
    assert.equal(await page.$$eval('#reader-text mark[data-edited]', (m) => m.length), 1, 'the correction is back');

    await page.click('[data-action="empty"]');
    await page.click('#confirm-yes');
    await page.waitForFunction(() => !document.querySelector('[data-article-id]'));
    await settled(page);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await count(), 0, 'an empty page stays empty');
    await page.click('[data-action="add-examples"]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-article-id]').length === n, EXAMPLES);
    await settled(page);
  });
});

test('CSV exports open safely in spreadsheets: BOM, formula guard, period columns, provenance', async () => {
  await withPage(async (page) => {
    await page.click('.paste summary');
    await page.fill('#paste-title', 'formula');
    await page.fill('#paste-published', '2024-12-14');
    await page.fill('#paste-text', '=HYPERLINK("http://example.invalid") evacuation\n\nAbout 300 people were evacuated to Cyprus on Friday.');
    await page.click('#paste-form button[type=submit]');
    await page.waitForSelector('[data-article-id="formula"]');
    await settled(page);
    await openView(page, 'figures');
    await page.selectOption('#figure-article', 'formula');
    const bytes = await download(page, '[data-export="figures-csv"]');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark');
    const [header, ...rows] = bytes.toString('utf8').slice(1).trim().split('\r\n');
    const columns = header.split(',');
    for (const name of ['date_start', 'date_end', 'granularity', 'published', 'published_source', 'article_title', 'status']) {
      assert.ok(columns.includes(name), name);
    }
    assert.equal(rows.length, 1);
    assert.ok(rows[0].includes(',"\'=HYPERLINK(""http://example.invalid"") evacuation",'), 'the title is guarded');
    assert.ok(rows[0].includes(',2024-12-13,2024-12-13,day,2024-12-13,'), 'Friday as its first and last day and granularity');
    assert.ok(rows[0].includes(',2024-12-14,user,'), 'the publication date and its provenance');
    await openView(page, 'timeline');
    const timeline = (await download(page, '[data-export="timeline-csv"]')).toString('utf8');
    assert.ok(timeline.startsWith('\uFEFFdate_start,date_end,granularity,'));
  });
});

test('from file:// the editing tools load too: a correction is kept and its CSV made', async () => {
  await withSession(FILE_URL, async (page) => {
    await correct(page, '#reader-text mark[data-correct="entity"]', () => page.selectOption('#correct-type', 'VESSEL'));
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.$$eval('#reader-text mark[data-edited]', (m) => m.map((x) => x.dataset.entityType).join()), 'VESSEL');
    await openView(page, 'figures');
    const bytes = await download(page, '[data-export="figures-csv"]');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  }, { clean: true });
});
