// The page in headless Chromium: time from navigation to the five examples
// rendered (the median of several loads, with the median time of each step the
// page marks on the way), the core's throughput in the page (its worker), and
// 1,000 articles (about 5 MB) dropped at once: time, longest main-thread task,
// and the peak memory of all Chromium processes. Prints one JSON object.
// `node benches/page.mjs --first-render [loads]` measures the first render alone.
import { readFileSync, readdirSync } from 'node:fs';
import { serve, open } from '../tests/e2e/harness.mjs';
import { corpus, MB } from './corpus.mjs';

// Summed over all Chromium processes: RSS (which counts the browser's shared
// libraries once per process) and PSS (which shares them out), in MB.
function chromiumMemoryMb() {
  let rss = 0;
  let pss = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chromium')) continue;
      rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] || 0);
      pss += Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] || 0);
    } catch { /* the process ended */ }
  }
  return { rss: rss / 1024, pss: pss / 1024 };
}

const firstRenderOnly = process.argv[2] === '--first-render';
const loads = Number(process.argv[3]) || (firstRenderOnly ? 9 : 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await serve();
const results = {};
try {
  // Each load's marks (app.js, core.js), ms from navigation: core-compiled,
  // page-script (the page's own script starts), store-loaded, analysed, merged, examples-rendered.
  const marks = [];
  for (let i = 0; i < loads; i += 1) {
    const session = await open(server.url);
    marks.push(await session.page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith('sitrep:')).map((m) => [m.name.slice('sitrep:'.length), Math.round(m.startTime)]))));
    await session.close();
  }
  const renders = marks.map((m) => m['examples-rendered']).sort((a, b) => a - b);
  results.first_render_ms = median(renders);
  results.first_render_runs_ms = renders;
  results.first_render_steps_ms = Object.fromEntries(Object.keys(marks[0]).map((step) => [step, median(marks.map((m) => m[step]))]));
  if (!firstRenderOnly) await inPage(server.url, results);
} finally {
  await server.close();
}
console.log(JSON.stringify(results));

/** The core's throughput in the page, and 1,000 articles dropped at once, into `results`. */
async function inPage(url, results) {
  const session = await open(url);
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
  const before = chromiumMemoryMb();
  const peak = { ...before };
  const sample = () => {
    const now = chromiumMemoryMb();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.pss = Math.max(peak.pss, now.pss);
  };
  const sampler = setInterval(sample, 100);
  const transfer = await page.evaluateHandle((articles) => {
    const dt = new DataTransfer();
    for (const a of articles) dt.items.add(new File([a.text], `${a.id}.txt`, { type: 'text/plain' }));
    return dt;
  }, thousand);
  const start = Date.now();
  await page.dispatchEvent('[data-dropzone]', 'drop', { dataTransfer: transfer });
  // Every article listed, and the views of the corpus drawn (#views is busy until they are).
  await page.waitForFunction((n) => document.querySelectorAll('[data-article-id]').length >= n && !document.getElementById('views').hasAttribute('aria-busy'),
    1005, { timeout: 600000, polling: 50 });
  results.add_1000_s = (Date.now() - start) / 1000;
  clearInterval(sampler);
  sample();
  results.peak_mb = peak.rss;
  results.peak_pss_mb = peak.pss;
  results.pss_before_mb = before.pss;
  results.longest_main_thread_task_ms = await page.evaluate(() => self.longestTaskMs);
  await session.close();
}
