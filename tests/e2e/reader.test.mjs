// The reader shows dates and figures as it shows entities, each with what it was
// read as on hover and on keyboard focus; an entity filters the views to the
// statements that mention it; active filters are chips in every view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, withPage as withSession, openView, settled } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

const withPage = (run) => withSession(server.url, run, { clean: true });
// The first example, published 2013-02-19 (its manifest), opens in the reader.
const FIRST = '000_6deb26438c1d69bc';
const tip = (page) => page.evaluate(() => {
  const box = document.getElementById('reader-tip');
  return box.hidden ? null : [...box.querySelectorAll('.tip-line')].map((l) => l.textContent);
});

test('dates and figures are highlighted with their resolved values, shown on hover and on focus', async () => {
  await withPage(async (page) => {
    await openView(page, 'reader');
    assert.equal(await page.getAttribute(`[data-article-id="${FIRST}"] .article-open`, 'aria-current'), 'true');
    // Every date and figure of the analysis has its highlight, on the same characters.
    const expected = await page.evaluate(async (id) => {
      const example = self.SITREP_EXAMPLES.find((e) => e.id === id);
      const a = await Sitrep.core.analyze(example.text, { id, published: example.published });
      return { dates: a.dates.map((d) => [d.text, d.value]), figures: a.figures.map((f) => [f.text, String(f.value)]) };
    }, FIRST);
    const shown = await page.evaluate(() => ({
      dates: [...document.querySelectorAll('#reader-text [data-date-value]')].map((d) => [d.textContent, d.dataset.dateValue]),
      figures: [...document.querySelectorAll('#reader-text [data-figure-value]')].map((f) => [f.textContent, f.dataset.figureValue]),
    }));
    assert.deepEqual(shown, expected);
    // Relative dates resolved against the publication date.
    assert.ok(shown.dates.some(([text, value]) => text === 'Tuesday' && value === '2013-02-19'), JSON.stringify(shown.dates));
    assert.ok(shown.dates.some(([text, value]) => text === 'last month' && value === '2013-01'), JSON.stringify(shown.dates));

    // Hover: the date's resolution.
    const tuesday = page.locator('#reader-text .date-mention', { hasText: /^Tuesday$/ }).first();
    await tuesday.hover();
    assert.deepEqual(await tip(page), ['Tuesday → 2013-02-19, resolved against the publication date 2013-02-19']);
    await page.mouse.move(0, 0);
    await page.locator('#reader-title').hover();
    assert.equal(await tip(page), null, 'the tip goes with the pointer');

    // Keyboard: Tab from the text reaches the highlights, and the first date shows its tip.
    await page.focus('#reader-text');
    let reached = null;
    for (let i = 0; i < 80 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement.matches('#reader-text .date-mention') ? document.activeElement.textContent : null));
    }
    assert.ok(reached, 'a date is reached with Tab');
    const focusedTip = await tip(page);
    assert.equal(focusedTip.length, 1);
    assert.match(focusedTip[0], new RegExp(`^${reached} → \\S+`));
    await page.keyboard.press('Escape');
    assert.equal(await tip(page), null, 'Escape dismisses the tip');

    // A figure: value, unit, category, qualifier, status and source.
    const figure = page.locator('#reader-text [data-figure-value="99"]');
    await figure.hover();
    const [figureTip] = await tip(page);
    assert.match(figureTip, /^Ninety-nine Russians → 99 people; category: Evacuees; qualifier: exact; status: reported; source: .+/);

    // An entity inside a figure phrase: both hooks kept, the entity the control, the figure's value in its tip and label.
    const nested = page.locator('#reader-text [data-figure-value="99"] mark[data-entity-type]');
    assert.equal(await nested.count(), 1);
    assert.equal(await figure.getAttribute('role'), null, 'controls do not nest');
    await nested.focus();
    const both = await tip(page);
    assert.equal(both.length, 2);
    assert.match(both[0], /^Group: Russians/);
    assert.equal(both[1], figureTip);
    assert.match(await nested.getAttribute('aria-label'), /Ninety-nine Russians → 99 people/);
    // A figure with no control inside is one itself, opened from the keyboard like an entity.
    const plainFigure = page.locator('#reader-text .figure-mention[role=button]').first();
    await plainFigure.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#correct-dialog[open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#correct-dialog[open]', { state: 'detached' });

    await page.evaluate(AXE); // through the DevTools protocol: the page's CSP does not apply
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const axe = await page.evaluate(() => axe.run('#reader', { resultTypes: ['violations'] }));
      assert.deepEqual(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => [v.id, v.nodes.map((n) => n.target)]), [],
        `axe: nothing serious in the reader (${colorScheme})`);
    }
  });
});

test('the legend hides dates and figures; the hidden types are chips that bring them back', async () => {
  await withPage(async (page) => {
    const count = (selector) => page.$$eval(`#reader-text ${selector}`, (m) => m.length);
    const dates = await count('[data-date-value]');
    const figures = await count('[data-figure-value]');
    assert.ok(dates > 0 && figures > 0);
    await page.click('label[for="legend-date"]');
    await page.click('label[for="legend-figure"]');
    assert.equal(await count('[data-date-value]'), 0);
    assert.equal(await count('[data-figure-value]'), 0);
    assert.ok(await count('mark[data-entity-type]') > 0, 'entities stay');
    const chips = await page.$$eval('#reader [data-filter-chip]', (c) => c.map((x) => x.textContent));
    assert.deepEqual(chips, ['Hidden: Dates ×', 'Hidden: Figures ×']);
    // Removed from the keyboard: Delete on the first, then the focus is on the next, removed with Enter.
    await page.focus('#reader [data-filter-chip="hidden:DATE"]');
    await page.keyboard.press('Delete');
    assert.equal(await count('[data-date-value]'), dates);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.filterChip), 'hidden:FIGURE', 'the focus moves to the next chip');
    await page.keyboard.press('Enter');
    assert.equal(await count('[data-figure-value]'), figures);
    assert.equal(await page.isChecked('#legend-figure'), true);
    assert.equal(await page.isHidden('#reader [data-filter-chips]'), true, 'no filter, no chips');
  });
});

test('an excluded figure stays highlighted as excluded and can be brought back from the reader', async () => {
  await withPage(async (page) => {
    await page.click('.paste summary');
    await page.fill('#paste-title', 'convoy-note');
    await page.fill('#paste-text', 'Convoy reaches the port\n\nAbout 40 trucks reached the port of Halden on Monday, the aid agency said.\n');
    await page.fill('#paste-published', '2024-03-06');
    await page.click('#paste-form button[type=submit]');
    await page.waitForSelector('[data-article-id="convoy-note"][class~="selected"]');
    await settled(page);
    const figure = '#reader-text [data-figure-value="40"]';
    assert.match(await page.textContent(figure), /40 trucks/);
    await page.click(figure);
    await page.waitForSelector('#correct-dialog[open]');
    await page.check('#correct-exclude');
    await page.click('#correct-form button[type=submit]');
    await page.waitForSelector('#correct-dialog[open]', { state: 'detached' });
    await page.waitForSelector(`${figure}[data-figure-excluded]`);
    await page.hover(figure);
    assert.match((await tip(page))[0], /\(excluded by you\)$/);
    assert.equal(await page.getAttribute(figure, 'data-edited'), '', 'marked as changed, like a corrected entity');
    // Brought back from its highlight, as an entity is corrected from its own.
    await page.click(figure);
    await page.waitForSelector('#correct-dialog[open]');
    assert.equal(await page.isChecked('#correct-exclude'), true);
    await page.uncheck('#correct-exclude');
    await page.click('#correct-form button[type=submit]');
    await page.waitForSelector('#correct-dialog[open]', { state: 'detached' });
    await page.waitForSelector(`${figure}:not([data-figure-excluded])`);
    const monday = await page.getAttribute('#reader-text .date-mention', 'data-date-value');
    assert.equal(monday, '2024-03-04', 'Monday before a Wednesday publication');
  });
});

/** The sentences of the timeline rows and figure rows shown. */
const rowSentences = (page) => page.evaluate(() => ({
  timeline: [...document.querySelectorAll('[data-timeline-event] .timeline-sentence')].map((s) => s.textContent),
  figures: [...document.querySelectorAll('[data-figure-category] td.sentence')].map((s) => s.textContent),
}));

test('an entity keeps only the rows whose sentence mentions it; its chip, in every view, brings them all back', async () => {
  await withPage(async (page) => {
    await openView(page, 'timeline');
    const all = await rowSentences(page);
    assert.ok(all.timeline.length > 10 && all.figures.length > 10);

    // The search box narrows the index; Enter applies the best match.
    await openView(page, 'entity-index');
    await page.fill('#entity-search', 'assad');
    await settled(page);
    const listed = await page.$$eval('[data-index-canonical]', (b) => b.map((x) => x.dataset.indexCanonical));
    assert.ok(listed.length >= 1 && listed.length < 10, `narrowed: ${listed}`);
    assert.equal(listed[0], 'Bashar al-Assad');
    assert.match(await page.textContent('#entity-search-count'), /^\d+ match/);
    await page.fill('#entity-search', 'assadx');
    await settled(page);
    assert.equal(await page.textContent('#entity-groups'), 'No name found.');
    await page.fill('#entity-search', 'assad');
    await settled(page);
    await page.press('#entity-search', 'Enter');
    await settled(page);
    await page.waitForSelector('[data-index-canonical="Bashar al-Assad"][aria-pressed="true"]');
    const variants = await page.evaluate(() => {
      const button = document.querySelector('[data-index-canonical="Bashar al-Assad"]');
      return [button.dataset.indexCanonical, ...(button.title.replace(/^Also written: /, '').split(', '))].filter(Boolean);
    });
    assert.ok(variants.length >= 2, `variants: ${variants}`);

    const kept = await rowSentences(page);
    assert.ok(kept.timeline.length >= 1 && kept.timeline.length < all.timeline.length, `timeline ${kept.timeline.length} of ${all.timeline.length}`);
    assert.ok(kept.figures.length >= 1 && kept.figures.length < all.figures.length, `figures ${kept.figures.length} of ${all.figures.length}`);
    for (const sentence of [...kept.timeline, ...kept.figures]) {
      assert.ok(variants.some((v) => sentence.includes(v)), `names Bashar al-Assad: ${sentence}`);
    }
    assert.match(await page.evaluate(() => location.hash), /entity=Bashar\+al-Assad/);

    // The chip is in every view.
    for (const view of ['reader', 'timeline', 'figures', 'entity-index']) {
      await openView(page, view);
      assert.deepEqual(await page.$$eval(`#${view} [data-filter-chip]`, (c) => c.map((x) => x.textContent)), ['Entity: Bashar al-Assad ×'], view);
    }
    // A category too: both chips; removing the category by mouse keeps the entity.
    await openView(page, 'figures');
    const category = await page.$eval('#figure-category option:nth-child(2)', (o) => o.value);
    await page.selectOption('#figure-category', category);
    await settled(page);
    assert.deepEqual(await page.$$eval('#figures [data-filter-chip]', (c) => c.map((x) => x.dataset.filterChip)), ['entity', 'category']);
    await page.click('#figures [data-filter-chip="category"]');
    await settled(page);
    assert.equal(await page.inputValue('#figure-category'), '');
    assert.deepEqual(await rowSentences(page), kept);

    // Removing the entity's chip from the keyboard (in the timeline's view) restores every row.
    await openView(page, 'timeline');
    await page.focus('#timeline [data-filter-chip="entity"]');
    await page.keyboard.press('Enter');
    await settled(page);
    assert.deepEqual(await rowSentences(page), all);
    assert.equal(await page.$$eval('[data-filter-chip]', (c) => c.length), 0);
    assert.doesNotMatch(await page.evaluate(() => location.hash), /entity=/);

    // A chosen date window is a chip too; removing it goes back to the dense part of the story.
    await openView(page, 'timeline');
    const window = () => page.evaluate(() => [document.getElementById('timeline-from').value, document.getElementById('timeline-to').value]);
    const dense = await window();
    await page.click('[data-zoom="in"]');
    await settled(page);
    assert.notDeepEqual(await window(), dense);
    const chip = '#timeline [data-filter-chip="window"]';
    assert.match(await page.textContent(chip), /^Dates: \d+ \w+ \d{4} – \d+ \w+ \d{4}/);
    await page.click(chip);
    await settled(page);
    assert.deepEqual(await window(), dense);
    assert.deepEqual(await rowSentences(page), all);

    await page.evaluate(AXE);
    await openView(page, 'entity-index');
    await page.click('[data-index-canonical="Bashar al-Assad"]');
    await settled(page);
    for (const view of ['entity-index', 'figures']) {
      await openView(page, view);
      const axe = await page.evaluate((v) => axe.run(`#${v}`, { resultTypes: ['violations'] }), view);
      assert.deepEqual(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => [v.id, v.nodes.map((n) => n.target)]), [], `axe: ${view}`);
    }
  });
});

test('from the keyboard every figure highlight is reached and opens its correction form, one around an entity included', async () => {
  await withPage(async (page) => {
    await openView(page, 'reader');
    const figures = await page.$$eval('#reader-text .figure-mention', (f) => f.map((x) => x.dataset.start));
    assert.ok(figures.length > 3);
    // Tab through the text: the stops that correct a figure.
    await page.focus('#reader-text');
    const reached = [];
    for (let i = 0; i < 400; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const at = document.activeElement;
        if (!at.closest('#reader-text')) return null;
        return { kind: at.dataset.correct, start: at.dataset.start };
      });
      if (!stop) break;
      if (stop.kind === 'figure') reached.push(stop.start);
    }
    assert.deepEqual(reached, figures, 'each figure highlight is a tab stop, in order');

    // The figure around an entity: the entity is its own stop, the figure's handle the next one.
    const nested = '#reader-text [data-figure-value="99"]';
    await page.focus(`${nested} mark[data-entity-type]`);
    await page.keyboard.press('Tab');
    const handle = await page.evaluate(() => ({
      inFigure: Boolean(document.activeElement.closest('[data-figure-value="99"]')), kind: document.activeElement.dataset.correct,
      label: document.activeElement.getAttribute('aria-label'), text: document.activeElement.textContent,
    }));
    assert.deepEqual({ ...handle, label: undefined }, { inFigure: true, kind: 'figure', label: undefined, text: '' }, 'no text added to the article');
    assert.match(handle.label, /^Ninety-nine Russians, Ninety-nine Russians → 99 people/);
    assert.equal((await tip(page)).at(-1).startsWith('Ninety-nine Russians → 99 people'), true, 'its focus shows the figure\'s tip');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#correct-dialog[open]');
    assert.equal(await page.textContent('#correct-title'), 'Correct the figure');
    assert.equal(await page.textContent('#correct-text'), 'Ninety-nine Russians');
    assert.equal(await page.inputValue('#correct-value'), '99');
    await page.keyboard.press('Escape');
    // The dialog's close event, which gives the focus back, comes a task after it closes.
    await page.waitForFunction(() => document.activeElement.matches('[data-figure-value="99"] > .correct-handle'));
    // Space opens it too; the entity inside still opens its own form.
    await page.keyboard.press(' ');
    await page.waitForSelector('#correct-dialog[open]');
    assert.equal(await page.textContent('#correct-title'), 'Correct the figure');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement.matches('[data-figure-value="99"] > .correct-handle'));
    await page.focus(`${nested} mark[data-entity-type]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#correct-dialog[open]');
    assert.equal(await page.textContent('#correct-title'), 'Correct the entity');
  });
});
