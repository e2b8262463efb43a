// The page in headless Chromium: time from navigation to the five examples
// rendered (the median of several loads, with the median time of each step the
// page marks on the way), the core's throughput in the page (its worker), and
// 1,000 articles (about 5 MB) dropped at once: time, longest main-thread task,
// and the peak memory of the processes of the browser it launched. Prints one JSON object.
// `node benches/page.mjs --first-render [loads]` measures the first render alone.
import { readFileSync, readdirSync } from 'node:fs';
import { serve, open } from '../tests/e2e/harness.mjs';
import { corpus, MB } from './corpus.mjs';

// The processes of the browser whose profile is `profile`: the one launched with
// that --user-data-dir and every process below it (its zygotes, renderers, GPU
// and utility processes). Other sessions' Chromium runs on the machine are not
// counted.
function browserProcesses(profile) {
  const parent = new Map();
  const cmdline = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      // The parent's pid is the second field after the command name in parentheses.
      parent.set(pid, readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
      // Child processes rewrite their command line as one string: NULs and spaces both separate.
      cmdline.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/));
    } catch { /* the process ended */ }
  }
  const roots = [...cmdline].filter(([, args]) => args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type=')));
  const tree = new Set(roots.map(([pid]) => pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (!tree.has(pid) && tree.has(ppid)) { tree.add(pid); grew = true; }
    }
  }
  return [...tree].map((pid) => ({ pid, kind: (cmdline.get(pid).find((a) => a.startsWith('--type=')) || '--type=browser').slice('--type='.length) }));
}

// Summed over the browser's processes, in MB: RSS (which counts the browser's
// shared libraries once per process), PSS (which shares them out, also with
// other browsers on the machine, so it moves when they start or end), and the
// PSS of memory not backed by a file (heaps, wasm memories, shared memory
// between the browser's own processes), which other browsers do not move; by
// kind of process (browser, renderer, gpu-process, utility, zygote).
function browserMemoryMb(profile) {
  const memory = { rss: 0, pss: 0, anon: 0, anonByKind: {} };
  const field = (rollup, name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] || 0) / 1024;
  for (const { pid, kind } of browserProcesses(profile)) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const anon = field(rollup, 'Pss') - field(rollup, 'Pss_File');
      memory.rss += field(rollup, 'Rss');
      memory.pss += field(rollup, 'Pss');
      memory.anon += anon;
      memory.anonByKind[kind] = (memory.anonByKind[kind] || 0) + anon;
    } catch { /* the process ended */ }
  }
  return memory;
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
    // The marks are read once the page has long been drawn, so that reading them costs the page nothing.
    const session = await open(server.url, { untouchedMs: 2000 });
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
    for (const a of articles) {
      const analysis = await Sitrep.core.analyze(a.text, { id: a.id, published: a.published });
      analysed.push({ id: a.id, text: a.text, json: Sitrep.core.json(analysis) });
    }
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
  const before = browserMemoryMb(session.profile);
  const peak = { ...before, anonByKind: { ...before.anonByKind } };
  const sample = () => {
    const now = browserMemoryMb(session.profile);
    for (const key of ['rss', 'pss', 'anon']) peak[key] = Math.max(peak[key], now[key]);
    for (const [kind, anon] of Object.entries(now.anonByKind)) peak.anonByKind[kind] = Math.max(peak.anonByKind[kind] || 0, anon);
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
  results.peak_anon_pss_mb = peak.anon;
  results.anon_pss_before_mb = before.anon;
  // Each kind's own peak less its memory before: where the growth is.
  results.anon_pss_growth_by_kind_mb = Object.fromEntries(Object.entries(peak.anonByKind)
    .map(([kind, anon]) => [kind, Math.round((anon - (before.anonByKind[kind] || 0)) * 10) / 10]));
  results.longest_main_thread_task_ms = await page.evaluate(() => self.longestTaskMs);
  await session.close();
}
