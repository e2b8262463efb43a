// The tips of the reader's highlights (entities, dates, figures) and of the
// chart's points meet WCAG 1.4.13 (content on hover or focus): hoverable (the
// pointer moves from the highlight onto the tip and it stays), dismissible
// (Escape closes it without moving the focus) and persistent (it stays until
// the pointer or the focus leaves, or Escape).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, withPage as withSession, openView } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

const withPage = (run) => withSession(server.url, run, { clean: true });

// One highlight of each kind on a single line (a tip sits under its highlight's box).
const HIGHLIGHTS = { entity: '#reader-text mark[data-entity-type]', date: '#reader-text .date-mention', figure: '#reader-text .figure-mention' };
const TIPS = { reader: '#reader-tip', chart: '[data-chart] .chart-tip' };

/** The text of the tip `which` when shown, else null. */
const tipText = (page, which) => page.$eval(TIPS[which], (tip) => (tip.hidden ? null : tip.textContent));

/** Marks the first single-line highlight of `kind` with data-under-test and returns its selector. */
async function oneLine(page, kind) {
  const found = await page.$$eval(HIGHLIGHTS[kind], (marks) => {
    const mark = marks.find((m) => m.getClientRects().length === 1 && !m.querySelector('[data-tip]'));
    if (mark) mark.dataset.underTest = '';
    return Boolean(mark);
  });
  assert.ok(found, `a ${kind} highlight on one line`);
  return `${HIGHLIGHTS[kind]}[data-under-test]`;
}

async function firstPoint(page) {
  await openView(page, 'figures');
  await page.waitForSelector('[data-chart] [data-point]');
  return '[data-chart] [data-point]';
}

const centre = async (page, selector) => {
  const box = await page.locator(selector).first().boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** Every target: [name, which tip, how to find its anchor]. */
const TARGETS = [
  ['entity', 'reader', (page) => oneLine(page, 'entity')],
  ['date', 'reader', (page) => oneLine(page, 'date')],
  ['figure', 'reader', (page) => oneLine(page, 'figure')],
  ['chart point', 'chart', firstPoint],
];

test('hoverable: the pointer moves from a highlight or a point onto its tip, and the tip stays', async () => {
  await withPage(async (page) => {
    for (const [name, which, find] of TARGETS) {
      const anchor = await find(page);
      await page.hover(anchor);
      const shown = await tipText(page, which);
      assert.ok(shown, `${name}: hovering shows the tip`);
      const from = await centre(page, anchor);
      const to = await centre(page, TIPS[which]);
      await page.mouse.move(from.x, from.y);
      await page.mouse.move(to.x, to.y, { steps: 25 });
      assert.equal(await tipText(page, which), shown, `${name}: the tip stays with the pointer on it`);
      await page.mouse.move(from.x, from.y, { steps: 10 });
      assert.equal(await tipText(page, which), shown, `${name}: and when the pointer goes back to the ${name}`);
      await page.mouse.move(2, 2, { steps: 5 });
      assert.equal(await tipText(page, which), null, `${name}: the tip goes when the pointer leaves both`);
    }
  });
});

test('dismissible: Escape closes a tip shown by the pointer or by the focus, and the focus stays where it was', async () => {
  await withPage(async (page) => {
    for (const [name, which, find] of TARGETS) {
      const anchor = await find(page);
      // Shown by the pointer, the focus elsewhere.
      await page.focus('#reader-published').catch(() => page.focus('#figure-category'));
      const focused = await page.evaluate(() => document.activeElement.id);
      await page.hover(anchor);
      assert.ok(await tipText(page, which), `${name}: hovering shows the tip`);
      await page.keyboard.press('Escape');
      assert.equal(await tipText(page, which), null, `${name}: Escape closes the tip shown on hover`);
      assert.equal(await page.evaluate(() => document.activeElement.id), focused, `${name}: the focus has not moved`);
      await page.mouse.move(2, 2);
      // Shown by the focus.
      await page.focus(anchor);
      assert.ok(await tipText(page, which), `${name}: focus shows the tip`);
      await page.keyboard.press('Escape');
      assert.equal(await tipText(page, which), null, `${name}: Escape closes the tip shown on focus`);
      assert.equal(await page.$eval(anchor, (a) => a === document.activeElement), true, `${name}: the focus stays on it`);
      assert.equal(await page.$$eval('dialog[open]', (d) => d.length), 0, 'and nothing else opens');
    }
  });
});

test('persistent: a tip stays until the pointer or the focus leaves', async () => {
  await withPage(async (page) => {
    for (const [name, which, find] of TARGETS) {
      const anchor = await find(page);
      await page.hover(anchor);
      const shown = await tipText(page, which);
      assert.ok(shown, `${name}: hovering shows the tip`);
      await page.waitForTimeout(2500);
      assert.equal(await tipText(page, which), shown, `${name}: the tip shown on hover stays while the pointer does`);
      await page.mouse.move(2, 2);
      assert.equal(await tipText(page, which), null, `${name}: it goes with the pointer`);
      await page.focus(anchor);
      await page.waitForTimeout(2500);
      assert.equal(await tipText(page, which), shown, `${name}: the tip shown on focus stays while the focus does`);
      await page.evaluate(() => document.activeElement.blur());
      assert.equal(await tipText(page, which), null, `${name}: it goes with the focus`);
    }
  });
});
