// Accessibility (axe-core), keyboard-only use, hostile web pages, and the
// screenshots of each view at 390 px and 1440 px kept in docs/screenshots (the README shows them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { serve, withPage as withSession, dropFiles, screenshotPath, openView, settled } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

const withPage = (run) => withSession(server.url, run);
const VIEWS = { reader: 'reader', timeline: 'timeline', figures: 'figures', map: 'map', 'entity-index': 'entities' };
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

test('axe-core finds no serious or critical accessibility violation on any tab, in both themes, at 390 and 1440 px', async () => {
  await withPage(async (page) => {
    await page.evaluate(AXE); // evaluated through the DevTools protocol: the page's CSP does not apply
    for (const width of [390, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of Object.keys(VIEWS)) {
        await openView(page, view);
        for (const colorScheme of ['light', 'dark']) {
          await page.emulateMedia({ colorScheme });
          const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
          const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
            .map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0].target.join(' ')})`);
          assert.deepEqual(serious, [], `${view} at ${width} px, ${colorScheme} theme`);
        }
      }
    }
  });
});

test('the main flow works from the keyboard alone', async () => {
  await withPage(async (page) => {
    const choosing = page.waitForEvent('filechooser');
    let tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.dataset?.action === 'pick')) && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    assert.ok(tabs < 40, 'the drop zone\'s button is reached with Tab');
    await page.keyboard.press('Enter');
    await (await choosing).setFiles({ name: 'keys.txt', mimeType: 'text/plain', buffer: Buffer.from('Keys report\n\nThree Russian warships docked in Tartus on Monday, the ministry said.') });
    await page.waitForSelector('[data-article-id="keys"]');
    await settled(page);
    const row = '[data-figure-category][data-article="keys"]';
    await page.waitForSelector(row, { state: 'attached' });
    // Back to the views' tabs, along them to the figures, then into the table.
    tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')) && tabs < 40) {
      await page.keyboard.press('Shift+Tab');
      tabs += 1;
    }
    assert.ok(tabs < 40, 'the tabs are reached with Shift+Tab');
    while (await page.evaluate(() => document.activeElement.getAttribute('aria-controls')) !== 'figures') await page.keyboard.press('ArrowRight');
    tabs = 0;
    while (!(await page.evaluate((sel) => document.activeElement?.matches(sel), row)) && tabs < 400) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    assert.ok(tabs < 400, 'a figure row is reached with Tab');
    const sentence = await page.evaluate(() => document.activeElement.querySelector('td.sentence').textContent);
    await page.keyboard.press('Enter');
    assert.equal(await page.textContent('#reader-text [data-focus]'), sentence, 'Enter on the row opens its sentence');
  });
});

test('a hostile web page runs nothing and sends no request', async () => {
  await withPage(async (page, session) => {
    const html = `<!doctype html><html><head><title>Hostile</title>
      <script>window.ran = (window.ran || 0) + 1;</script>
      <script src="https://evil.invalid/x.js"></script>
      <link rel="stylesheet" href="https://evil.invalid/x.css"><link rel="prefetch" href="https://evil.invalid/p">
      <meta http-equiv="refresh" content="0;url=https://evil.invalid/"><base href="https://evil.invalid/">
      <style>body { background: url(https://evil.invalid/bg.png) }</style></head>
      <body onload="window.ran = 1"><article><h1 onmouseover="window.ran = 1">Convoy reaches Aleppo</h1>
      <p>Twelve trucks <a href="javascript:window.ran=1">carrying</a> 40 tonnes of aid reached Aleppo on Monday.</p>
      <img src="x" onerror="window.ran = 1"><img srcset="https://evil.invalid/s.png 2x">
      <svg onload="window.ran = 1"><script>window.ran = 1</script></svg>
      <iframe src="https://evil.invalid/frame" srcdoc="<script>parent.ran=1</script>"></iframe>
      <object data="https://evil.invalid/o"></object><video poster="https://evil.invalid/v.png"></video>
      <form action="https://evil.invalid/f"><input type="image" src="https://evil.invalid/i.png"></form>
      </article></body></html>`;
    await dropFiles(page, [{ name: 'hostile.html', content: html, type: 'text/html' }]);
    await page.waitForSelector('[data-article-id="hostile"]');
    await settled(page);
    await page.waitForTimeout(500);
    const text = await page.textContent('#reader-text');
    assert.ok(text.includes('Twelve trucks carrying 40 tonnes of aid reached Aleppo on Monday.'), text);
    assert.ok(!text.includes('window.ran'), 'no script text shown');
    await page.hover('#reader-text');
    assert.equal(await page.evaluate(() => window.ran), undefined, 'nothing from the page ran');
    assert.equal(await page.evaluate(() => document.querySelectorAll('#reader-text *:not(mark):not(span)').length), 0, 'only our own elements in the reader');
    assert.deepEqual(session.problems.foreignRequests, [], 'no request left the page');
    assert.deepEqual(session.problems.consoleErrors, [], 'no CSP violation was even attempted');
  });
});

test('screenshots of each view at 390 px and 1440 px, as the screen shows it', async () => {
  await withPage(async (page) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [width, height] of [[390, 844], [1440, 900]]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: screenshotPath(`page-${width}.png`), fullPage: true });
      for (const [view, name] of Object.entries(VIEWS)) {
        await page.evaluate(() => scrollTo(0, 0));
        await openView(page, view); // on a phone the tab brings its view up, under the tabs
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `no sideways scrolling at ${width} px on the ${name} tab`);
        await page.screenshot({ path: resolve(SCREENSHOTS, `${name}-${width}.png`) });
      }
    }
  });
});
