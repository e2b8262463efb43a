// Shared set-up for the page's end-to-end tests: a static server for www/ under
// a sub-path, Debian's Chromium driven by playwright-core, and the page's
// console errors and off-origin requests collected for every test to check.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, statSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const WWW = resolve(import.meta.dirname, '../../www');
export const RESULTS = resolve(import.meta.dirname, '../../test-results');
export const SUB_PATH = '/deep/sub/path/sitrep/';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain', '.wasm': 'application/wasm', '.png': 'image/png' };

/** Serves www/ at http://127.0.0.1:<port>/deep/sub/path/sitrep/ and nothing else. */
export async function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(SUB_PATH)) { res.writeHead(404).end(); return; }
    const rel = normalize(decodeURIComponent(url.pathname.slice(SUB_PATH.length)) || 'index.html');
    const file = join(WWW, rel.endsWith('/') || rel === '.' ? join(rel, 'index.html') : rel);
    if (!file.startsWith(WWW)) { res.writeHead(403).end(); return; }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${SUB_PATH}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

export const FILE_URL = pathToFileURL(join(WWW, 'index.html')).href;

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * A fresh browser profile (so IndexedDB starts empty) with one page; `profile` is its directory.
 * With `untouchedMs`, nothing is asked of the page for that long after navigation: waiting for
 * a selector compiles Playwright's injected script on the page's main thread (33 ms in a trace
 * of the first render), which a timing of the page's own start must not include.
 */
export async function open(url, { untouchedMs = 0 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS,
    viewport: { width: 1400, height: 1000 }, acceptDownloads: true,
  });
  const page = context.pages()[0] || await context.newPage();
  const problems = { consoleErrors: [], foreignRequests: [] };
  const origin = url.startsWith('file:') ? 'file:' : new URL(url).origin;
  page.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
  context.on('request', (req) => {
    const target = req.url();
    const same = origin === 'file:' ? target.startsWith('file:') : target.startsWith(origin);
    if (!same && !target.startsWith('data:') && !target.startsWith('blob:')) problems.foreignRequests.push(target);
  });
  await page.goto(url, { waitUntil: untouchedMs ? 'commit' : 'load' });
  if (untouchedMs) await new Promise((done) => setTimeout(done, untouchedMs));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return {
    page, context, problems, profile,
    async close() { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/**
 * Drops files on the drop zone the way a browser does: a DataTransfer with File
 * objects (`lastModified`, ms since the epoch, sets a file's date; now if absent).
 */
export async function dropFiles(page, files) {
  const transfer = await page.evaluateHandle((specs) => {
    const dt = new DataTransfer();
    for (const spec of specs) {
      const bytes = Uint8Array.from(spec.bytes);
      dt.items.add(new File([bytes], spec.name, { type: spec.type || '', lastModified: spec.lastModified ?? Date.now() }));
    }
    return dt;
  }, files.map((f) => ({
    name: f.name, type: f.type, lastModified: f.lastModified,
    bytes: Array.from(typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content),
  })));
  await page.dispatchEvent('[data-dropzone]', 'drop', { dataTransfer: transfer });
}

/**
 * Opens view `id` (a `section.panel` of `<main class="views">`) as a user would:
 * its tab when the page has tabs, else the `sitrep:viewshown` event; then waits
 * two frames, so that what redraws at its new size (the timeline) has, and
 * for that drawing.
 */
export async function openView(page, id) {
  const tab = await page.$(`[role=tab][aria-controls="${id}"]`);
  if (tab) await tab.click();
  else await page.evaluate((view) => document.dispatchEvent(new CustomEvent('sitrep:viewshown', { detail: { view } })), id);
  await page.waitForSelector(`[id="${id}"]`, { state: 'visible' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await settled(page);
}

/**
 * Waits until the page has drawn what the corpus answered: the views of the
 * corpus (kept in the core's worker) are drawn once it answers, `#views`
 * busy (aria-busy) until then.
 */
export async function settled(page) {
  await page.waitForSelector('#views:not([aria-busy])', { state: 'attached' });
}

export function screenshotPath(name) {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, name);
}

/**
 * Opens `url` in a fresh browser, runs `run(page, session)` and closes it;
 * with `clean`, then asserts no console error and no off-origin request.
 */
export async function withPage(url, run, { clean = false } = {}) {
  const session = await open(url);
  try {
    await run(session.page, session);
    if (clean) {
      assert.deepEqual(session.problems.consoleErrors, [], 'no console error');
      assert.deepEqual(session.problems.foreignRequests, [], 'no request to another origin');
    }
  } finally {
    await session.close();
  }
}

/** Parses RFC 4180 CSV (quoted fields with commas, quotes and newlines). */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; } else field += c;
  }
  return rows;
}
