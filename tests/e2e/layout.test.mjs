// The page's layout: the views as tabs whose state is in the URL hash (back,
// forward and a reload keep it), skip links and the keyboard, the figures as
// cards and the timeline within the width on a phone, and print showing every view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, withPage as withSession, openView, settled } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

const withPage = (run) => withSession(server.url, run, { clean: true });
const VIEWS = ['reader', 'timeline', 'figures', 'map', 'entity-index'];

/** The view shown: its tab selected, its panel the only one visible. */
async function shownView(page) {
  return page.evaluate(() => {
    const selected = Array.from(document.querySelectorAll('[role=tab][aria-selected=true]'), (t) => t.getAttribute('aria-controls'));
    const visible = Array.from(document.querySelectorAll('main.views > section.panel'))
      .filter((p) => p.getBoundingClientRect().height > 0).map((p) => p.id);
    return { selected, visible, hash: location.hash.split('&')[0] };
  });
}

const showing = (id) => ({ selected: [id], visible: [id], hash: `#${id}` });

test('a tab per view, in order; the hash keeps the view through back, forward and a reload', async () => {
  await withPage(async (page, session) => {
    const record = () => document.addEventListener('sitrep:viewshown', (e) => { (window.shownViews = window.shownViews || []).push(e.detail.view); });
    await session.context.addInitScript(record); // from the next load on
    await page.evaluate(record);
    const tabs = await page.$$eval('[role=tablist] [role=tab]', (items) => items.map((t) => [t.getAttribute('aria-controls'), t.textContent]));
    assert.deepEqual(tabs, [['reader', 'Reader'], ['timeline', 'Timeline'], ['figures', 'Figures'], ['map', 'Map'], ['entity-index', 'Entities']]);
    assert.deepEqual(await shownView(page), showing('reader'));
    await page.evaluate(() => { window.shownViews = []; });
    await openView(page, 'timeline');
    const drawn = await page.$eval('#timeline-overview svg', (svg) => [svg.getBoundingClientRect().width, svg.viewBox.baseVal.width]);
    assert.ok(drawn[0] > 320 && Math.abs(drawn[0] - drawn[1]) < 1, `the timeline, drawn while hidden, is drawn again at its width once shown: ${drawn}`);
    await openView(page, 'figures');
    assert.deepEqual(await page.evaluate(() => window.shownViews), ['timeline', 'figures'], 'sitrep:viewshown names each view shown');
    await page.selectOption('#figure-category', 'ships');
    assert.match(await page.evaluate(() => location.hash), /^#figures&.*category=ships/, 'the view first, then the rest of the state');
    await page.goBack();
    assert.deepEqual(await shownView(page), showing('timeline'), 'back');
    await page.goBack();
    assert.deepEqual(await shownView(page), showing('reader'), 'back again');
    await page.goForward();
    await page.goForward();
    assert.deepEqual(await shownView(page), showing('figures'), 'forward twice');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.deepEqual(await shownView(page), showing('figures'), 'a reload keeps the view');
    assert.deepEqual(await page.evaluate(() => window.shownViews), ['figures'], 'and tells the page it is shown');
    assert.equal(await page.inputValue('#figure-category'), 'ships');
    // A timeline entry opens the reader; back returns to the timeline.
    await openView(page, 'timeline');
    await page.locator('[data-timeline-event] button').first().click();
    assert.deepEqual(await shownView(page), showing('reader'));
    assert.ok(await page.isVisible('#reader-text [data-focus]'), 'the sentence is shown');
    await page.goBack();
    assert.deepEqual(await shownView(page), showing('timeline'));
  });
});

test('a link pasted into the open tab shows its state; what it leaves out is back at its default', async () => {
  await withPage(async (page) => {
    await page.evaluate(() => { location.hash = '#figures&category=ships&hide=DATE'; });
    await page.waitForFunction(() => document.querySelector('#figure-category').value === 'ships');
    await settled(page);
    assert.deepEqual(await shownView(page), showing('figures'));
    assert.ok(await page.$$eval('#figures-table tbody tr[data-figure-category]', (rows) => rows.length > 0 && rows.every((r) => r.dataset.figureCategory === 'ships')),
      'only the ships rows are listed');
    await page.evaluate(() => { location.hash = '#reader'; });
    await page.waitForFunction(() => document.querySelector('#figure-category').value === '');
    await settled(page);
    assert.deepEqual(await shownView(page), showing('reader'));
    assert.ok(await page.locator('#reader-text [data-date-value]').count() > 0, 'the dates hidden by the first link are shown again');
  });
});

test('every tab is a few keys from the top: skip links, then the tabs, arrow keys between them', async () => {
  await withPage(async (page) => {
    const focused = () => page.evaluate(() => {
      const e = document.activeElement;
      return { role: e.getAttribute('role'), controls: e.getAttribute('aria-controls'), skip: e.dataset.skip || null, id: e.id };
    });
    const keys = [];
    while ((await focused()).role !== 'tab' && keys.length < 10) {
      await page.keyboard.press('Tab');
      const { skip, role } = await focused();
      const box = await page.evaluate(() => document.activeElement.getBoundingClientRect().toJSON());
      assert.ok(box.top >= 0 && box.height > 0, 'what has the focus is seen');
      keys.push(skip || role);
    }
    assert.deepEqual(keys, ['view', 'articles', 'tab'], 'two skip links, then the tabs: three Tab presses from the top');
    assert.equal((await focused()).controls, 'reader', 'on the tab of the view shown');
    // Arrows go along the tabs, each view shown at once, and round past the ends.
    for (const view of VIEWS.slice(1)) {
      await page.keyboard.press('ArrowRight');
      assert.equal((await focused()).controls, view);
      assert.deepEqual(await shownView(page), showing(view));
    }
    await page.keyboard.press('ArrowRight');
    assert.equal((await focused()).controls, 'reader', 'past the last tab, the first');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await focused()).controls, 'entity-index', 'and back');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await focused()).controls, 'map');
    await page.keyboard.press('Home');
    assert.deepEqual(await shownView(page), showing('reader'));
    await page.keyboard.press('End');
    assert.deepEqual(await shownView(page), showing('entity-index'));
    assert.deepEqual(await page.$$eval('[role=tab]', (t) => t.map((x) => x.tabIndex)), [-1, -1, -1, -1, 0], 'one tab stop: the selected tab');

    // The skip links move the focus, and leave the hash (the page's state) alone.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused()).skip, 'view');
    await page.keyboard.press('Enter');
    assert.equal((await focused()).id, 'entity-index', 'to the view shown');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.getElementById('entity-index').contains(document.activeElement)), 'Tab goes on inside it');
    await page.focus('[data-skip="articles"]');
    await page.keyboard.press('Enter');
    assert.ok(await page.evaluate(() => document.getElementById('article-list').contains(document.activeElement)), 'to the article list');
    assert.match(await page.evaluate(() => location.hash), /^#entity-index(&|$)/);
  });
});

test('on a phone the figures are cards and the timeline fits the width; print shows every view', async () => {
  await withPage(async (page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const view of VIEWS) {
      await openView(page, view);
      const { scroll, client } = await page.$eval(`[id="${view}"]`, (p) => ({ scroll: p.scrollWidth, client: p.clientWidth }));
      assert.ok(scroll <= client, `${view}: nothing wider than the panel (${scroll} > ${client})`);
      const panel = await page.$eval(`[id="${view}"]`, (p) => p.getBoundingClientRect().toJSON());
      assert.ok(panel.top >= 40 && panel.top < 200, `${view}: the tab brings its panel up under the tabs (top at ${panel.top})`);
    }
    await openView(page, 'figures');
    const cards = await page.$$eval('[data-figure-category]', (rows) => rows.map((row) => ({
      display: getComputedStyle(row).display,
      width: row.getBoundingClientRect().width,
      labels: Array.from(row.cells, (c) => [c.dataset.label, getComputedStyle(c, '::before').content]),
    })));
    assert.ok(cards.length >= 5);
    assert.ok(cards.every((c) => c.display === 'block' && c.width <= 390), 'one card a row, within the screen');
    assert.deepEqual(cards[0].labels.map(([label]) => label), ['Category', 'Value', 'Unit', 'Date', 'Article', 'Sentence', 'Correct']);
    assert.ok(cards[0].labels.every(([label, content]) => content === JSON.stringify(label)), `each value with its label: ${JSON.stringify(cards[0].labels)}`);
    assert.ok(await page.isVisible('[data-sort-key="value"]'), 'the sort buttons stay');

    await openView(page, 'timeline');
    const timeline = await page.evaluate(() => {
      const svg = document.querySelector('#timeline-overview svg').getBoundingClientRect();
      const labels = Array.from(document.querySelectorAll('.overview .axis-label'), (t) => t.getBoundingClientRect());
      const entry = document.querySelector('[data-timeline-event] .timeline-sentence').getBoundingClientRect();
      return {
        svg: svg.right, panel: document.getElementById('timeline').getBoundingClientRect().right, sentence: entry.width,
        overlaps: labels.some((a, i) => labels.slice(i + 1).some((b) => a.right > b.left && b.right > a.left)),
      };
    });
    assert.ok(timeline.svg <= timeline.panel, 'the overview within the panel');
    assert.ok(!timeline.overlaps, 'axis labels apart');
    assert.ok(timeline.sentence >= 300, `a statement takes the width (${timeline.sentence} px)`);

    // Printed from the figures tab of a phone: every view, the table as a table, no tabs.
    await openView(page, 'figures');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      views: Array.from(document.querySelectorAll('main.views > section.panel'), (p) => getComputedStyle(p).display),
      tabs: getComputedStyle(document.querySelector('.view-bar')).display,
      cell: getComputedStyle(document.querySelector('[data-figure-category] td')).display,
    }));
    assert.deepEqual(printed, { views: ['block', 'block', 'block', 'block', 'block'], tabs: 'none', cell: 'table-cell' });
  });
});
