// The chart of figures over time in the figures view: loaded when the view is
// first shown, one point per dated figure of the category, the sentence on
// hover, the reader on a click or Enter, SVG and PNG exports, both themes and
// sizes (screenshots: test-results/chart-1440.png and chart-390.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, withPage as withSession, openView, screenshotPath, FILE_URL, dropFiles, settled } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

const withPage = (run) => withSession(server.url, run, { clean: true });

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Opens the figures view and shows `category` in the chart. */
async function chartOf(page, category) {
  await openView(page, 'figures');
  await page.waitForSelector('[data-chart] [data-point]');
  await page.selectOption('#chart-category', category);
  await page.waitForSelector(`[data-chart][data-category="${category}"] [data-point]`);
}

/** The examples' evacuee figures with a date, from the table's own JSON export. */
async function datedEvacuees(page) {
  await page.selectOption('#figure-category', 'evacuees');
  const rows = JSON.parse((await download(page, '[data-export="figures-json"]')).bytes.toString('utf8'));
  await page.selectOption('#figure-category', '');
  return rows.filter((r) => r.category === 'evacuees' && r.date && r.edit !== 'excluded');
}

const pointsDrawn = (page) => page.$$eval('[data-chart] [data-point]', (points) => points.map((p) => ({ ...p.dataset })));
const byValueAndDate = (a, b) => a[0] - b[0] || a[1].localeCompare(b[1]);

test('the chart loads with its view and draws one point per dated evacuee figure', async () => {
  await withPage(async (page) => {
    assert.equal(await page.evaluate(() => Boolean(self.Sitrep.chart) || Boolean(document.querySelector('script[src$="chart.js"]'))), false,
      'no chart code before the figures view is shown');
    await chartOf(page, 'evacuees');
    const rows = await datedEvacuees(page);
    assert.ok(rows.length >= 3, `${rows.length} dated evacuee figures in the examples`);
    const points = await pointsDrawn(page);
    assert.deepEqual(points.map((p) => [Number(p.value), p.date]).sort(byValueAndDate), rows.map((r) => [r.value, r.date]).sort(byValueAndDate));
    assert.ok(points.every((p) => p.source && p.article), 'each point names its source and article');
    const sources = new Set(rows.map((r) => r.source).filter(Boolean));
    assert.ok([...sources].every((s) => points.some((p) => p.source === s)), 'a series per named source');
    const legend = await page.$$eval('[data-chart] .chart-legend text', (texts) => texts.map((t) => t.textContent));
    assert.ok(new Set(points.map((p) => p.source)).size <= legend.length, `legend: ${legend}`);

    // Hovering a point names its value, date and sentence.
    const row = rows.reduce((a, b) => (b.value > a.value ? b : a));
    const selector = `[data-chart] [data-point][data-value="${row.value}"][data-date="${row.date}"]`;
    await page.hover(`${selector} .hit`);
    const tip = await page.$eval('[data-chart] .chart-tip', (t) => ({ hidden: t.hidden, text: t.textContent }));
    assert.equal(tip.hidden, false);
    assert.ok(tip.text.includes(row.sentence.text), `the tip quotes its sentence: ${tip.text}`);
    assert.ok(tip.text.includes(row.value.toLocaleString('en-GB')), 'and its value');
    const label = await page.getAttribute(selector, 'aria-label');
    assert.ok(label.includes(row.sentence.text), 'its label says the same to a screen reader');

    // Clicking opens the reader on that sentence.
    await page.click(`${selector} .hit`);
    assert.equal(await page.textContent('#reader-text [data-focus]'), row.sentence.text);
    assert.equal(await page.getAttribute('[data-article-id].selected', 'data-article-id'), row.article);

    // From the keyboard (back on the figures view, which the click left for the reader):
    // one tab stop, arrows move, Enter opens.
    await openView(page, 'figures');
    const first = await page.$eval('[data-chart] [data-point][tabindex="0"]', (p) => p.dataset.date);
    await page.focus('[data-chart] [data-point][tabindex="0"]');
    await page.keyboard.press('End');
    const last = await page.evaluate(() => ({ ...document.activeElement.dataset }));
    assert.ok(last.date >= first, `End moves to the latest point (${first} → ${last.date})`);
    assert.equal(await page.$eval('[data-chart] .chart-tip', (t) => t.hidden), false, 'focus shows the tip');
    await page.keyboard.press('Enter');
    const opened = rows.find((r) => String(r.value) === last.value && r.date === last.date);
    assert.equal(await page.textContent('#reader-text [data-focus]'), opened.sentence.text);

    // Choosing a category for the table charts it too (back on the figures view, which Enter left).
    await openView(page, 'figures');
    await page.selectOption('#figure-category', 'aircraft');
    await page.waitForSelector('[data-chart][data-category="aircraft"] [data-point]');
    assert.equal(await page.inputValue('#chart-category'), 'aircraft');
  });
});

test('the chart exports as SVG with title, axes and legend, and as a PNG', async () => {
  await withPage(async (page) => {
    await chartOf(page, 'evacuees');
    const count = (await pointsDrawn(page)).length;
    const svg = await download(page, '[data-chart-export="svg"]');
    assert.equal(svg.name, 'sitrep-chart-evacuees.svg');
    const text = svg.bytes.toString('utf8');
    assert.match(text, /^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(text, /<text class="chart-title"[^>]*>Evacuees over time, by source<\/text>/);
    assert.match(text, /<g class="chart-axis x-axis"[\s\S]*>Date<\/text>/);
    assert.match(text, /<g class="chart-axis y-axis"[\s\S]*class="axis-title"[^>]*>people<\/text>/);
    assert.match(text, /<g class="chart-legend"[\s\S]*<text[^>]*>[^<]+ \(\d+\)<\/text>/);
    assert.equal((text.match(/ data-point=""/g) || []).length, count, 'every point exported');
    assert.doesNotMatch(text, /var\(--/, 'colours written in, not the page\'s variables');
    assert.doesNotMatch(text, /class="hit"/, 'the invisible targets are left out');

    const png = await download(page, '[data-chart-export="png"]');
    assert.equal(png.name, 'sitrep-chart-evacuees.png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
    const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
    assert.ok(width >= 600 && height >= 300, `${width}×${height} px`);
    assert.ok(png.bytes.length > 5000, `${png.bytes.length} bytes: something drawn`);
  });
});

test('opened from file://, the chart loads and exports a PNG too', async () => {
  await withSession(FILE_URL, async (page) => {
    await chartOf(page, 'evacuees');
    const png = await download(page, '[data-chart-export="png"]');
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    assert.ok(png.bytes.length > 5000, `${png.bytes.length} bytes`);
  }, { clean: true });
});

test('the chart reads at 390 and 1440 px in both themes', async () => {
  await withPage(async (page) => {
    await chartOf(page, 'evacuees');
    await page.evaluate(AXE); // through the DevTools protocol: the page's CSP does not apply
    const measure = () => page.evaluate(() => {
      const svg = document.querySelector('[data-chart] svg');
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const sizes = Array.from(svg.querySelectorAll('.chart-axis text, .chart-legend text'), (t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      const targets = Array.from(svg.querySelectorAll('[data-point] .hit'), (c) => Math.min(c.getBoundingClientRect().width, c.getBoundingClientRect().height));
      const plot = document.querySelector('[data-chart] .chart-plot').getBoundingClientRect();
      const outside = Array.from(svg.querySelectorAll('text'), (t) => t.getBoundingClientRect())
        .filter((r) => r.left < plot.left - 1 || r.right > plot.right + 1).length;
      return { text: Math.min(...sizes), target: Math.min(...targets), outside, title: getComputedStyle(svg.querySelector('.chart-title')).fill };
    });
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForFunction(() => {
        const svg = document.querySelector('[data-chart] svg');
        return svg && Math.abs(svg.getBoundingClientRect().width - svg.viewBox.baseVal.width) < 1;
      });
      const light = await measure();
      assert.ok(light.text >= 11, `${width} px: text at ${light.text} px`);
      assert.ok(light.target >= 24, `${width} px: targets of ${light.target} px`);
      assert.equal(light.outside, 0, `${width} px: no text beyond the chart's box`);
      await page.locator('[data-chart]').screenshot({ path: screenshotPath(`chart-${width}.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${width} px: no sideways scrolling (${overflow} px)`);
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const axe = await page.evaluate(() => axe.run('[data-chart]', { resultTypes: ['violations'] }));
        const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `${width} px, ${scheme}: axe`);
      }
      const dark = await measure();
      assert.notEqual(dark.title, light.title, 'the chart follows the dark theme');
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});

/** Pastes an article with its publication date, as a user would. */
async function paste(page, name, published, text) {
  if (!await page.isVisible('#paste-title')) await page.click('.paste summary');
  await page.fill('#paste-title', name);
  await page.fill('#paste-published', published);
  await page.fill('#paste-text', text);
  await page.click('#paste-form button[type=submit]');
  await page.waitForSelector(`[data-article-id="${name}"]`);
  await settled(page);
}

test('running totals draw a step line and conflicting reports are marked with their reason', async () => {
  await withPage(async (page) => {
    await paste(page, 'ferries', '2025-03-06', 'Ferries leave Port Alba\n\n'
      + 'Ferries carried 300 people out of Port Alba on Monday, the interior ministry said.\n\n'
      + 'On Tuesday a second convoy left, bringing the total evacuated so far to 900 people, the interior ministry said.\n\n'
      + 'By Wednesday 1,500 people had been evacuated in all, according to the interior ministry.');
    await paste(page, 'crescent', '2025-03-06', 'Thousands flee Port Alba\n\nThe Red Crescent said 2,000 people were evacuated from Port Alba on Monday.');
    await chartOf(page, 'evacuees');
    const points = (await pointsDrawn(page)).filter((p) => p.date.startsWith('2025-03'));
    assert.deepEqual(points.map((p) => [p.value, p.date, p.source, p.status, p.conflict]).sort(), [
      ['1500', '2025-03-05', 'interior ministry', 'cumulative', 'false'],
      ['2000', '2025-03-03', 'Red Crescent', 'reported', 'true'],
      ['300', '2025-03-03', 'interior ministry', 'reported', 'true'],
      ['900', '2025-03-04', 'interior ministry', 'cumulative', 'false'],
    ]);
    const conflicts = await page.$$eval('[data-chart] [data-point][data-conflict="true"]', (marks) => marks.map((m) => ({
      label: m.getAttribute('aria-label'), ring: Boolean(m.querySelector('.conflict-ring')),
    })));
    assert.ok(conflicts.every((c) => c.ring && /conflict: same day: [\d,]+ people vs [\d,]+ people/.test(c.label)), JSON.stringify(conflicts));
    await page.hover('[data-chart] [data-point][data-value="300"]', { force: true });
    assert.match(await page.textContent('[data-chart] .chart-tip'), /conflict: same day: 300 people vs 2,000 people/);
    // The step line holds 900 from Tuesday to Wednesday, then rises to 1,500.
    const steps = await page.$$eval('[data-chart] path.step', (paths) => paths.map((p) => p.getAttribute('d')));
    assert.equal(steps.length, 1, `the ministry's step line: ${steps}`);
    assert.equal((steps[0].match(/L/g) || []).length, 2, `three corners: ${steps[0]}`);
    const legend = await page.$$eval('[data-chart] .chart-legend text', (texts) => texts.map((t) => t.textContent));
    assert.ok(legend.some((t) => t.startsWith('running total')) && legend.includes('conflicts with another report'), `legend: ${legend}`);
  });
});

test('with many sources every point is drawn and the legend names the largest series', async () => {
  await withPage(async (page) => {
    const ferries = Array.from({ length: 14 }, (_, k) => ({
      name: `ferry-${k + 1}.txt`,
      content: `Ferry ${k + 1} leaves Port Alba\n\nA ferry carried ${110 + k * 10} people out of Port Alba on ${(k % 5) + 1} March 2025, the district ${k + 1} council said.\n`,
    }));
    await dropFiles(page, ferries);
    await page.waitForFunction(() => document.querySelectorAll('[data-article-id]').length === 19, null, { timeout: 60000 });
    await settled(page);
    await chartOf(page, 'evacuees');
    const march = (await pointsDrawn(page)).filter((p) => p.date.startsWith('2025-03'));
    assert.deepEqual(march.map((p) => Number(p.value)).sort((a, b) => a - b), ferries.map((_, k) => 110 + k * 10));
    const sources = new Set((await pointsDrawn(page)).map((p) => p.source)).size;
    const legend = await page.$$eval('[data-chart] .chart-legend g[class^="series-"]', (items) => items.length);
    assert.equal(legend, 12, `${legend} of ${sources} sources named in the legend`);
    assert.ok(await page.$(`[data-chart] .chart-legend text >> text="and ${sources - 12} more sources, named on their points"`));
  });
});

test('the chart\'s category, the sources its legend hides and the highlights hidden are in the URL hash: a reload and a shared link show them again', async () => {
  await withPage(async (page) => {
    await openView(page, 'figures');
    await page.waitForSelector('[data-chart] [data-point]');
    const shownFirst = await page.getAttribute('[data-chart]', 'data-category');
    const other = (await page.$$eval('#chart-category option', (o) => o.map((x) => x.value))).find((c) => c !== shownFirst);
    assert.ok(other, 'the examples chart more than one category');
    await chartOf(page, other);
    assert.match(await page.evaluate(() => location.hash), new RegExp(`^#figures&.*chart=${other}`));
    // The legend's first source hidden from the keyboard: its points go, the others stay.
    const sources = async (target) => [...new Set((await target.$$eval('[data-chart] [data-point]', (p) => p.map((x) => x.dataset.source))))];
    const before = await sources(page);
    const toggle = '[data-chart] [role=checkbox][data-series]';
    const source = await page.getAttribute(toggle, 'data-series');
    assert.equal(await page.getAttribute(toggle, 'aria-checked'), 'true');
    await page.focus(toggle);
    await page.keyboard.press(' ');
    assert.equal(await page.getAttribute(`${toggle}[aria-checked=false]`, 'data-series'), source);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-series')), source, 'the focus stays on the toggle');
    const after = await sources(page);
    assert.deepEqual(after, before.filter((s) => s !== source), `${source}: its points are hidden`);
    assert.equal(new URL(page.url()).searchParams.size, 0);
    assert.deepEqual(new URLSearchParams(new URL(page.url()).hash.slice(1)).getAll('chart-hide'), [source]);
    await openView(page, 'reader');
    await page.click('label[for="legend-date"]');
    await page.click('label[for="legend-person"]');
    const link = page.url();
    assert.match(new URL(link).hash, /^#reader&.*hide=DATE%2CPERSON/);

    const check = async (target, how) => {
      assert.equal(await target.isChecked('#legend-date'), false, `${how}: dates stay hidden`);
      assert.equal(await target.isChecked('#legend-person'), false, `${how}: persons stay hidden`);
      assert.equal(await target.$$eval('#reader-text [data-date-value], #reader-text [data-entity-type="PERSON"]', (m) => m.length), 0, how);
      assert.deepEqual(await target.$$eval('#reader [data-filter-chip]', (c) => c.map((x) => x.dataset.filterChip)), ['hidden:DATE', 'hidden:PERSON'], how);
      await openView(target, 'figures');
      await target.waitForSelector(`[data-chart][data-category="${other}"] [data-point]`);
      assert.equal(await target.$eval('#chart-category', (s) => s.value), other, `${how}: the chart shows the category picked`);
      assert.deepEqual(await sources(target), after, `${how}: without the source hidden`);
      const off = await target.$$eval('[data-chart] [role=checkbox][aria-checked=false]', (t) => t.map((x) => x.getAttribute('data-series')));
      assert.deepEqual(off, [source], `${how}: its toggle is off`);
    };
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await check(page, 'after a reload');
    // The same link opened in another browser, with nothing saved.
    await withSession(link, (fresh) => check(fresh, 'from a shared link'), { clean: true });
  });
});
