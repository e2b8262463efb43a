// The page in headless Chromium: time from navigation to the five examples
// rendered, the core's throughput in the page (its worker), and 1,000 articles
// (about 5 MB) dropped at once: time, longest main-thread task, and the peak
// memory of all Chromium processes. Prints one JSON object.
import { readFileSync, readdirSync } from 'node:fs';
import { serve, open } from '../tests/e2e/harness.mjs';
import { corpus, MB } from './corpus.mjs';

function chromiumRssMb() {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chromium')) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) kb += Number(rss[1]);
    } catch { /* the process ended */ }
  }
  return kb / 1024;
}

const server = await serve();
const results = {};
try {
  const renders = [];
  for (let i = 0; i < 5; i += 1) {
    const session = await open(server.url);
    renders.push(await session.page.evaluate(() => performance.getEntriesByName('sitrep:examples-rendered')[0].startTime));
    await session.close();
  }
  renders.sort((a, b) => a - b);
  results.first_render_ms = renders[2];
  results.first_render_runs_ms = renders;

  const session = await open(server.url);
  const { page } = session;
  const one = corpus(MB);
  results.wasm_chromium_mb_s = await page.evaluate(async (articles) => {
    const bytes = articles.reduce((n, a) => n + new TextEncoder().encode(a.text).length, 0);
    const start = performance.now();
    const analysed = [];
    for (const a of articles) analysed.push({ text: a.text, analysis: await Sitrep.core.analyze(a.text, { id: a.id, published: a.published }) });
    await Sitrep.core.merge(analysed);
    return bytes / (1024 * 1024) / ((performance.now() - start) / 1000);
  }, one.articles);

  const thousand = corpus(5 * MB).articles.slice(0, 1000);
  results.add_1000_mb = thousand.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / MB;
  await page.evaluate(() => {
    self.longestTaskMs = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) self.longestTaskMs = Math.max(self.longestTaskMs, entry.duration);
    }).observe({ type: 'longtask' });
  });
  let peak = chromiumRssMb();
  const sampler = setInterval(() => { peak = Math.max(peak, chromiumRssMb()); }, 100);
  const transfer = await page.evaluateHandle((articles) => {
    const dt = new DataTransfer();
    for (const a of articles) dt.items.add(new File([a.text], `${a.id}.txt`, { type: 'text/plain' }));
    return dt;
  }, thousand);
  const start = Date.now();
  await page.dispatchEvent('[data-dropzone]', 'drop', { dataTransfer: transfer });
  await page.waitForFunction((n) => document.querySelectorAll('[data-article-id]').length >= n, 1005, { timeout: 600000, polling: 50 });
  results.add_1000_s = (Date.now() - start) / 1000;
  clearInterval(sampler);
  results.peak_mb = Math.max(peak, chromiumRssMb());
  results.longest_main_thread_task_ms = await page.evaluate(() => self.longestTaskMs);
  await session.close();
} finally {
  await server.close();
}
console.log(JSON.stringify(results));
