// Renews the screenshots the README links (docs/screenshots/): publication dates
// with their provenance, the corrections (marked ✎ in the reader, and the form), and the figures table with each
// figure's source and status. Headless Chromium, as every e2e test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve, withPage, dropFiles, openView, settled } from './harness.mjs';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
mkdirSync(SHOTS, { recursive: true });

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

// Written for these screenshots: a reported, a planned and a cumulative figure, each with a source.
const FLOOD_REPORT = 'Ferries carry families from the flooded coast\n\n'
  + 'About 300 people left the port of Tartus on Monday, the defence ministry said.\n\n'
  + 'A further 1,200 residents could flee if the river keeps rising, according to the Red Crescent.\n\n'
  + 'In total, 2,500 people have been evacuated so far, officials told Reuters.\n';
const UNDATED_NOTE = 'Ferry crossing\n\nA ferry carried 300 people from Beirut to Limassol on Tuesday, port officials said.\n';

async function paste(page, title, text, published) {
  await page.click('.paste summary');
  await page.fill('#paste-title', title);
  if (published) await page.fill('#paste-published', published);
  await page.fill('#paste-text', text);
  await page.click('#paste-form button[type=submit]');
  await page.waitForSelector(`[data-article-id="${title}"]`);
  await settled(page);
}

test('screenshots of provenance marks, corrections and the figures table with source and status', async () => {
  await withPage(server.url, async (page) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    // Provenance: the examples' manifest dates, a file date waiting to be confirmed, an article with no date.
    await dropFiles(page, [{ name: 'ferry-note.txt', content: UNDATED_NOTE, lastModified: new Date(2013, 1, 20, 12).getTime() }]);
    await page.waitForSelector('[data-article-id="ferry-note"] [data-published-source="file"]');
    await settled(page);
    await paste(page, 'flood-report', FLOOD_REPORT, '2024-12-14');
    await page.click('[data-article-id="ferry-note"] .article-open');
    await page.waitForSelector('#reader-published-source [data-published-source="file"]');
    const sources = await page.$$eval('#article-list [data-published-source]', (marks) => marks.map((m) => m.dataset.publishedSource));
    assert.ok(sources.includes('manifest') && sources.includes('file') && sources.includes('user'), `sources: ${sources}`);
    await page.locator('#article-list').screenshot({ path: join(SHOTS, 'provenance.png') });

    // Corrections: a place retyped and renamed, marked ✎, with the form open on it.
    await page.click('[data-article-id="flood-report"] .article-open');
    await page.click('#reader-text mark[data-correct="entity"]:text-is("Tartus")');
    await page.waitForSelector('#correct-dialog[open]');
    await page.selectOption('#correct-type', 'FACILITY');
    await page.fill('#correct-canonical', 'Tartus port');
    await page.click('#correct-form button[type=submit]');
    await page.waitForSelector('#reader-text mark[data-edited]');
    await page.locator('#reader').screenshot({ path: join(SHOTS, 'corrections.png') });
    await page.click('#reader-text mark[data-edited]');
    await page.waitForSelector('#correct-dialog[open]');
    await page.locator('#correct-dialog').screenshot({ path: join(SHOTS, 'correction-form.png') });
    await page.keyboard.press('Escape');
    await page.waitForSelector('#correct-dialog[open]', { state: 'detached' });

    // The figures table of the report: each figure's source after the article, its status beside the value.
    await openView(page, 'figures');
    await page.selectOption('#figure-article', 'flood-report');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-figure-category]')].every((r) => r.dataset.article === 'flood-report'));
    await settled(page);
    const statuses = await page.$$eval('[data-figure-category] .figure-status', (marks) => marks.map((m) => m.dataset.status));
    const named = await page.$$eval('[data-figure-category] .figure-source', (marks) => marks.length);
    assert.ok(statuses.includes('planned') && statuses.includes('cumulative'), `statuses shown: ${statuses}`);
    assert.ok(named >= 3, `sources shown: ${named}`);
    await page.locator('#figures').screenshot({ path: join(SHOTS, 'figures-source-status.png') });
  }, { clean: true });
});
