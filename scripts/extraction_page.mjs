#!/usr/bin/env node
// Runs the page's own HTML extraction (Sitrep.ingest.extractHtml, in the built
// page opened from file:// in headless Chromium, as a user's browser runs it)
// over saved pages, for ../shared/eval/extraction.py to score:
//
//   python3 ../shared/eval/extraction.py html --split dev --out "$W/html"
//   node scripts/extraction_page.mjs "$W/html" "$W/pred"       # writes <id>.txt
//   python3 ../shared/eval/extraction.py score --split dev --pred "$W/pred"
//
// The benchmark's text is the article's body without its headline: that is what
// is written (`body`); with --headline, the text as the page analyses it
// (headline, blank line, body). With --alerts FILE, FILE gets, as JSON, each
// page's {kept: characters of its body, spaces squeezed, alert: whether the page would say it
// keeps too little and offer the whole page text}, for scripts/quality.py.
//
// Build the page first (make site). Keep both folders outside the repository:
// the benchmark's pages are licensed for internal use only.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const withHeadline = args.includes('--headline');
const alertsAt = args.indexOf('--alerts');
const alertsFile = alertsAt >= 0 ? args[alertsAt + 1] : null;
const [pagesDir, outDir] = args.filter((arg, i) => arg !== '--headline' && i !== alertsAt && i !== alertsAt + 1);
if (!pagesDir || !outDir || (alertsAt >= 0 && !alertsFile)) {
  console.error('usage: node scripts/extraction_page.mjs [--headline] [--alerts FILE] PAGES_DIR OUT_DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const INDEX = pathToFileURL(resolve(import.meta.dirname, '../www/index.html')).href;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const profile = mkdtempSync(join(tmpdir(), 'sitrep-extraction-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS,
});
try {
  const page = context.pages()[0] || await context.newPage();
  await page.goto(INDEX);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
  const files = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
  let failed = 0, doubted = 0;
  const alerts = {};
  for (const file of files) {
    const source = readFileSync(join(pagesDir, file), 'utf8');
    const result = await page.evaluate(async ([html, headline]) => {
      try {
        const extracted = await Sitrep.ingest.extractHtml(html);
        return { text: headline ? extracted.text : extracted.body, kept: Array.from(extracted.body.replace(/\s+/g, ' ').trim()).length, tooLittle: extracted.tooLittle };
      } catch (err) {
        return { error: String(err && err.message) };
      }
    }, [source, withHeadline]);
    if (result.error) {
      failed += 1;
      console.error(`${file}: ${result.error}`);
      continue;
    }
    if (result.tooLittle) doubted += 1;
    alerts[file.replace(/\.html$/, '')] = { kept: result.kept, alert: Boolean(result.tooLittle) };
    writeFileSync(join(outDir, file.replace(/\.html$/, '.txt')), result.text, 'utf8');
  }
  if (alertsFile) writeFileSync(alertsFile, JSON.stringify(alerts), 'utf8');
  console.log(`${files.length - failed} of ${files.length} pages extracted into ${outDir}; `
    + `${doubted} would offer the whole page text instead`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
