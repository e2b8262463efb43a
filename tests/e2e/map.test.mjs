// The map of the places named: loaded with its view, drawn from the data that
// pkg/map.js carries (no request leaves the page), linked to the entity filter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, withPage as withSession, openView, screenshotPath, FILE_URL, settled } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

const withPage = (run) => withSession(server.url, run, { clean: true });
const places = (page) => page.$$eval('[data-map] [data-place]', (nodes) => nodes.map((n) => n.dataset.place));

test('the map loads only when its view opens, and draws the places of the examples', async () => {
  await withPage(async (page, session) => {
    await page.waitForSelector('[data-entity-type]');
    assert.equal(await page.$('script[src="pkg/map.js"]'), null, 'not loaded at start');
    const requested = [];
    page.on('request', (req) => requested.push(new URL(req.url()).pathname.slice(new URL(server.url).pathname.length)));
    await openView(page, 'map');
    await page.waitForSelector('[data-map] [data-place]');
    const drawn = await places(page);
    for (const name of ['Tartus', 'Latakia', 'Moscow', 'Damascus', 'Syria', 'Russia', 'Hmeimim air base']) {
      assert.ok(drawn.includes(name), `${name} is drawn`);
    }
    const missing = await page.$$eval('[data-missing-place]', (nodes) => nodes.map((n) => n.dataset.missingPlace));
    assert.ok(missing.includes('Middle East'), 'an area is listed, not placed');
    assert.ok(missing.length > 0 && missing.every((name) => !drawn.includes(name)), 'listed places are not drawn');
    // Points grow with mentions: Syria is named more often than Damascus.
    const r = (name) => page.$eval(`[data-place="${name}"] circle`, (c) => Number(c.getAttribute('r')));
    assert.ok(await r('Syria') > await r('Damascus'));
    // Opened on the places named: Latakia and Tartus are in view, far apart enough to tell.
    const centre = (name) => page.$eval(`[data-place="${name}"] circle`, (c) => {
      const box = c.getBoundingClientRect();
      return box.y + box.height / 2;
    });
    const apart = async () => Math.abs(await centre('Latakia') - await centre('Tartus'));
    const fitted = await apart();
    assert.ok(fitted > 8, `zoomed in on the story, not the whole world (${fitted} px)`);
    await page.click('[data-map-zoom="world"]');
    const world = await apart();
    assert.ok(world < fitted / 3, 'the whole world is smaller');
    await page.click('[data-map-zoom="in"]');
    await page.click('[data-map-zoom="in"]');
    assert.ok(Math.abs(await apart() - world * 4) < 2, 'each zoom in doubles the scale');
    await page.click('[data-map-zoom="fit"]');
    await page.locator('#map').screenshot({ path: screenshotPath('map.png') });
    assert.deepEqual(requested.sort(), ['pkg/map.css', 'pkg/map.js'], 'the map asks for its script and stylesheet, nothing else');
    assert.deepEqual(session.problems.foreignRequests, [], 'no request leaves the page');
  });
});

test('selecting a place filters by it, by mouse and by keyboard', async () => {
  await withPage(async (page) => {
    await page.waitForSelector('[data-entity-type]');
    await openView(page, 'map');
    await page.waitForSelector('[data-map] [data-place="Tartus"]');
    const syriaInAll = Number(await page.getAttribute('[data-place="Syria"]', 'data-count'));
    await page.click('[data-place="Tartus"] circle', { force: true });
    // The filter shows in the entity index (its own view) and on the map.
    await openView(page, 'entity-index');
    await page.waitForSelector('[data-index-canonical="Tartus"][aria-pressed="true"]');
    await openView(page, 'map');
    assert.equal(await page.getAttribute('[data-place="Tartus"]', 'aria-pressed'), 'true');
    assert.match(new URL(page.url()).hash, /entity=Tartus/);
    // Only the articles that name Tartus are counted now, and the reader shows one of them.
    const reader = await page.$$eval('#reader-text [data-canonical="Tartus"], #reader-text mark', (n) => n.length);
    assert.ok(reader > 0);
    await page.focus('[data-place="Tartus"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-place="Tartus"][aria-pressed="false"]');
    assert.doesNotMatch(new URL(page.url()).hash, /entity=/);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.place), 'Tartus', 'the focus stays on the place');
    // A place without coordinates filters the same way from the list beside the map.
    await page.click('[data-missing-place="Middle East"]');
    await page.waitForSelector('[data-missing-place="Middle East"][aria-pressed="true"]');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.missingPlace), 'Middle East');
    await openView(page, 'entity-index');
    await page.waitForSelector('[data-index-canonical="Middle East"][aria-pressed="true"]');
    await openView(page, 'map');
    const syria = Number(await page.getAttribute('[data-place="Syria"]', 'data-count'));
    assert.ok(syria > 0 && syria < syriaInAll, `Syria counted only in the articles that name the Middle East (${syria} of ${syriaInAll})`);
  });
});

test('the map reads at 390 px in both themes, with no serious accessibility violation', async () => {
  await withPage(async (page) => {
    await page.waitForSelector('[data-entity-type]');
    await openView(page, 'map');
    await page.waitForSelector('[data-map] [data-place]');
    await page.evaluate(AXE); // through the DevTools protocol: the page's CSP does not apply
    for (const scheme of ['light', 'dark']) {
      for (const width of [390, 1440]) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await page.waitForFunction(() => {
          const frame = document.querySelector('.map-frame');
          return frame && frame.querySelector('svg').getBoundingClientRect().width <= frame.clientWidth + 1;
        });
        const overflow = await page.$eval('#map', (s) => s.scrollWidth - s.clientWidth);
        assert.ok(overflow <= 1, `no sideways scroll at ${width} px`);
        const result = await page.evaluate(() => self.axe.run('#map', { resultTypes: ['violations'] }));
        const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `${scheme} at ${width} px`);
        await page.locator('#map').screenshot({ path: screenshotPath(`map-${scheme}-${width}.png`) });
      }
    }
  });
});

test('the map moves by keys and by dragging, and zooms where it is double-clicked', async () => {
  await withPage(async (page) => {
    await page.waitForSelector('[data-entity-type]');
    await openView(page, 'map');
    await page.waitForSelector('[data-map] [data-place="Tartus"]');
    const viewBox = () => page.$eval('.map-svg', (s) => s.getAttribute('viewBox').split(' ').map(Number));
    const start = await viewBox();
    await page.focus('.map-frame');
    await page.keyboard.press('ArrowRight');
    const right = await viewBox();
    assert.ok(right[0] > start[0] && Math.abs(right[2] - start[2]) < 1e-6, `ArrowRight moves east: ${start} → ${right}`);
    await page.keyboard.press('+');
    assert.ok((await viewBox())[2] < right[2], '+ zooms in');
    await page.keyboard.press('0');
    assert.deepEqual((await viewBox()).map(Math.round), start.map(Math.round), '0 shows the places named again');
    const frame = await page.$eval('.map-frame', (f) => f.getBoundingClientRect().toJSON());
    const [cx, cy] = [frame.x + frame.width / 2, frame.y + 20];
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 100, cy, { steps: 5 });
    await page.mouse.up();
    const dragged = await viewBox();
    assert.ok(dragged[0] > start[0], 'dragging left moves east');
    assert.equal(await page.$('[data-place][aria-pressed="true"]'), null, 'a drag selects nothing');
    await page.mouse.dblclick(frame.x + 10, frame.y + 10);
    const zoomed = await viewBox();
    assert.ok(zoomed[2] < dragged[2] && Math.abs(zoomed[0] - dragged[0]) < dragged[2] / 10, 'zoomed in about the corner clicked');
  });
});

test('the map opens from disk too (file://)', async () => {
  await withSession(FILE_URL, async (page) => {
    await page.waitForSelector('[data-entity-type]');
    await openView(page, 'map');
    await page.waitForSelector('[data-map] [data-place="Moscow"]');
  }, { clean: true });
});

test('a map that cannot be loaded says so, and is tried again when its view is opened again', async () => {
  await withSession(server.url, async (page) => {
    await page.waitForSelector('[data-entity-type]');
    await page.route('**/pkg/map.js', (route) => route.fulfill({ status: 404, body: '' }));
    await openView(page, 'map');
    await page.waitForFunction(() => /the map could not be loaded/.test(document.getElementById('alerts').textContent));
    await settled(page);
    await page.unroute('**/pkg/map.js');
    await openView(page, 'map');
    await page.waitForSelector('[data-map] [data-place="Moscow"]');
  });
});
