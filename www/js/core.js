// The analysis core: the wasm module built from src/ (pkg/, made by `make site`),
// run in a Web Worker so that analysing many articles never freezes the page,
// or on the page's thread where a worker cannot start. Every call returns a
// promise, so callers do not care where the core runs. scripts/build_site.sh
// puts this file with the worker's source, model.js, corpus.js and store.js in pkg/core.js, the
// page's first script: the core starts loading as soon as it runs, while the
// page's other scripts still load.
(function (Sitrep) {
  'use strict';

  let loading = null;
  // {worker, calls, answered}: the calls posted to it and not yet answered, and
  // whether it answered one (its core is ready).
  const workers = [];
  let nextId = 1;
  const pending = new Map(); // id → the call a worker is running
  // Calls waiting for a worker. Handed out as workers free up rather than dealt
  // in advance: a worker's first analysis is slow (the core compiles the
  // patterns it needs), and meanwhile the others take the rest. Each worker
  // holds one call beyond the one it runs, so that it starts the next as soon
  // as it answers, not after its answer and the next call have crossed the
  // page's thread, busy with reading files and drawing; one that has not
  // answered yet (still starting) holds only the one.
  const CALLS_PER_WORKER = 2;
  const queue = [];
  // The JSON text each analysis came as (`json` gives it back), so that keeping
  // it for the corpus posts a string, not objects.
  const jsonOf = new WeakMap();
  // By article id, the JSON text of the analysis the corpus worker keeps: a merge
  // sends only the articles that are new or changed since (each is kept once,
  // not posted again for every merge).
  const kept = new Map();
  // Merges begun: a merge forgets the articles it does not name, so one the
  // corpus worker kept as it read it counts as kept only if no merge began meanwhile.
  let merges = 0;
  // One worker per spare core, at least two and at most four: analyses of many
  // files run side by side, and each worker costs its own copy of the core.
  // One starts with the page; the others when `grow` is called: a worker's
  // start (its core's tables, then the patterns its first analysis compiles)
  // costs about half a second of a core, more than a few articles take.
  const POOL_SIZE = Math.min(4, Math.max(2, (self.navigator && navigator.hardwareConcurrency || 2) - 1));
  let compiled = null; // the compiled module, for workers started later
  let started = false; // the core is ready: calls are posted at once, not after a turn of the event loop
  let lastAnalysis = null; // the arguments of the latest analysis, a later worker's warm-up
  function bytesFromBase64(base64) {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src });
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${src} could not be loaded`));
      document.head.append(script);
    });
  }

  // Over HTTP the browser fetches and compiles the .wasm as it streams in. A page
  // opened from file:// may not fetch, so there the bytes come inlined as base64
  // in a classic script, loaded only then (it is a third larger).
  async function compile() {
    if (location.protocol !== 'file:') {
      const response = fetch('pkg/sitrep_bg.wasm');
      try {
        return await WebAssembly.compileStreaming(response);
      } catch (_) { // a host that serves .wasm without its MIME type
        return WebAssembly.compile(await (await response).arrayBuffer());
      }
    }
    if (!self.SITREP_WASM_BASE64) await loadScript('pkg/sitrep_wasm.js');
    return WebAssembly.compile(bytesFromBase64(self.SITREP_WASM_BASE64));
  }

  /** A worker of the pool; it builds its core once the compiled module is posted to it. */
  function startWorker() {
    // The worker's source, then model.js, corpus.js and reading.js (scripts/build_site.sh), which the workers run.
    const source = [`(${self.SITREP_WORKER})();\n(${self.SITREP_SHARED})();\n`];
    const url = URL.createObjectURL(new Blob(source, { type: 'text/javascript' }));
    const entry = { worker: new Worker(url), calls: 0, answered: false };
    URL.revokeObjectURL(url);
    entry.worker.onmessage = (event) => {
      const { id, result, error } = event.data;
      const call = pending.get(id);
      pending.delete(id);
      entry.calls -= 1;
      entry.answered = true;
      if (call) error === undefined ? call.resolve(result) : call.reject(new Error(error));
      dispatch();
    };
    entry.worker.onerror = (event) => {
      event.preventDefault();
      for (const [id, call] of pending) {
        if (call.entry === entry) { call.reject(new Error(event.message || 'the analysis worker failed')); pending.delete(id); }
      }
      entry.calls = 0;
      dispatch();
    };
    return entry;
  }

  function ready() {
    if (!loading) {
      // The first worker starts (a thread, its glue parsed) while the .wasm is fetched and compiled.
      if (self.Worker && self.SITREP_WORKER) {
        try {
          workers.push(startWorker());
        } catch (_) { /* e.g. a CSP without blob: workers: run on this thread */ }
      }
      loading = compile().then(async (module) => {
        performance.mark('sitrep:core-compiled'); // read by benches/page.mjs
        compiled = module;
        if (workers.length) {
          workers[0].worker.postMessage({ module, keepsCorpus: true });
          return;
        }
        // The glue is inside the worker's source; this thread loads it only now.
        if (!self.wasm_bindgen) await loadScript('pkg/sitrep.js');
        await wasm_bindgen({ module_or_path: module });
      }).then(() => { started = true; });
    }
    return loading;
  }

  /**
   * Starts the rest of the pool, once the core is ready. Each new worker first
   * analyses again the latest article analysed, its result unused: that
   * compiles its patterns before an article waits for it.
   */
  async function grow() {
    try {
      await ready();
    } catch (_) { return; } // reported where the page awaits the core
    if (!workers.length) return; // the core runs on this thread
    while (workers.length < POOL_SIZE) {
      const entry = startWorker();
      entry.worker.postMessage({ module: compiled });
      workers.push(entry);
      if (lastAnalysis) {
        entry.calls = 1;
        entry.worker.postMessage({ id: 0, method: 'analyze', args: lastAnalysis });
      }
    }
    dispatch();
  }

  // The core's own calls, `analyzeArticle` and `readArticle` (js/reading.js),
  // which any worker runs; the others are corpus calls (js/corpus.js), which
  // go to the first worker, where the corpus is kept.
  const CORE_CALLS = ['analyze', 'decodeBytes', 'analyzeArticle', 'readArticle'];
  const READING_CALLS = ['analyzeArticle', 'readArticle'];

  async function call(method, args, transfer) {
    if (!started) await ready();
    if (method === 'analyze' || method === 'analyzeArticle') lastAnalysis = args;
    if (!workers.length) {
      if (READING_CALLS.includes(method)) return Sitrep.reading[method](wasm_bindgen, ...args, Sitrep.corpus);
      return CORE_CALLS.includes(method) ? wasm_bindgen[method](...args) : Sitrep.corpus.call(wasm_bindgen, method, args);
    }
    return new Promise((resolve, reject) => {
      queue.push({ id: nextId, method, args, transfer, resolve, reject });
      nextId += 1;
      dispatch();
    });
  }

  /**
   * Hands the calls waiting, in order, to the workers with room for them, the
   * idle ones first. Corpus calls go to the first worker at once, room or not:
   * only it runs them, in the order they are posted, and one held back here
   * would wait for this thread to read that worker's answers (a merge ending a
   * drop, for the list to be drawn).
   */
  function dispatch() {
    for (let at = queue.findIndex(isCorpusCall); at >= 0; at = queue.findIndex(isCorpusCall)) {
      post(workers[0], queue.splice(at, 1)[0]);
    }
    for (let held = 0; held < CALLS_PER_WORKER && queue.length; held += 1) {
      for (const entry of workers) {
        if (entry.calls > held || (held > 0 && !entry.answered) || !queue.length) continue;
        post(entry, queue.shift());
      }
    }
  }

  const isCorpusCall = (c) => !CORE_CALLS.includes(c.method);

  function post(entry, { id, method, args, transfer, resolve, reject }) {
    pending.set(id, { resolve, reject, entry });
    entry.calls += 1;
    entry.worker.postMessage({ id, method, args }, transfer || []);
  }

  function parsed(json) {
    const value = JSON.parse(json);
    jsonOf.set(value, json);
    return value;
  }

  // Corpus changes (keeping, merging) are posted to the corpus worker at once,
  // in the order they are asked for, and it runs them in that order: a merge
  // forgets the articles it does not name, so what is kept before it must be
  // named by it. Posting one only after the last one's answer had crossed this
  // thread made the merge ending a drop wait for the list to be drawn.
  // `changing` settles once the latest change is done.
  let changing = Promise.resolve();
  function change(run) {
    const done = run();
    changing = done.catch(() => {});
    return done;
  }

  // Articles kept per call: the worker turns each analysis back into objects
  // for the core to read, and a batch holds only its own at once.
  const KEEP_BATCH = 50;

  /** Keeps the `[{id, text, json, excluded}]` not kept before as they are now. */
  function keepChanged(articles) {
    const changed = articles.filter(({ id, json }) => kept.get(id) !== json);
    const calls = [];
    for (let at = 0; at < changed.length; at += KEEP_BATCH) {
      const batch = changed.slice(at, at + KEEP_BATCH);
      for (const { id, json } of batch) kept.set(id, json);
      // A worker parses the text itself; the core on this thread reads objects.
      const keeping = call('keep', [batch.map(({ text, json, excluded }) => ({ text, analysis: workers.length ? json : JSON.parse(json), excluded }))]);
      calls.push(keeping.catch((err) => {
        // Not kept after all: the next merge sends them again.
        for (const { id, json } of batch) if (kept.get(id) === json) kept.delete(id);
        throw err;
      }));
    }
    return Promise.all(calls);
  }

  /**
   * Counts the analysis `json` of article `id`, which the corpus worker kept
   * as it made it, as kept (so `keep` need not send it), unless a merge began
   * since `mergesBefore`: a merge forgets the articles it does not name.
   */
  function countKept(id, json, mergesBefore) {
    if (merges === mergesBefore) kept.set(id, json);
  }

  function mergeKept(articles) {
    merges += 1;
    const keeping = keepChanged(articles);
    const ids = articles.map(({ id }) => id);
    const named = new Set(ids);
    for (const id of kept.keys()) if (!named.has(id)) kept.delete(id);
    return Promise.all([keeping, call('merge', [ids])]).then(() => undefined);
  }

  /** Loads one of the page's classic scripts (file:// allows no module and no fetch). */
  Sitrep.loadScript = loadScript;

  Sitrep.core = {
    ready,
    grow,
    /** True when the core runs in workers. */
    inWorker: () => workers.length > 0,
    /** One analysis (SCHEMA.md) of `text` with `{id, published, file_date}`. */
    analyze: async (text, options) => parsed(await call('analyze', [text, options])),
    /**
     * `{json, listed}`: the analysis's JSON text (as `json` gives it) and what
     * the article list shows of it, `{title, published, entities, figures,
     * undated}` (counts of entities and figures): the analysis itself is not
     * read back into objects.
     */
    analyzeListed: async (text, options) => {
      const mergesBefore = merges;
      const { json, listed, kept: keptThere } = await call('analyzeArticle', [text, options]);
      if (keptThere) countKept(options.id, json, mergesBefore);
      return { json, listed: JSON.parse(listed) };
    },
    /** The JSON text of an analysis: as `analyze` received it, else written anew. */
    json: (analysis) => jsonOf.get(analysis) || JSON.stringify(analysis),
    /**
     * Merges `[{id, text, json, excluded}]` (analysed before: `json` the
     * analysis's JSON text with the user's corrections, `excluded` the figures
     * they excluded) into the corpus the calls below read (js/corpus.js), kept
     * where the core runs.
     */
    merge: (articles) => change(() => mergeKept(articles)),
    /**
     * Keeps articles (as `merge` takes them) for the merge that will name them,
     * ahead of it: a batch's articles go to the corpus worker as they are
     * analysed, while the others are, rather than all after the last.
     */
    keep: (articles) => change(() => keepChanged(articles)),
    /**
     * What the views draw of the corpus (corpus.js `view`), once the changes
     * begun before it are done: the page draws what needs no corpus while a
     * merge runs, and asks its views at once.
     */
    view: (request) => changing.then(() => call('view', [request])),
    /** The timeline's window moved (corpus.js `movedWindow`). */
    movedWindow: (request, move) => call('movedWindow', [request, move]),
    /** Every figure row the filters keep, sorted, for the exports. */
    figureRows: (request) => call('figureRows', [request]),
    /** Every dated statement in the timeline's window, for the exports. */
    timelineRows: (request) => call('timelineRows', [request]),
    /** The whole merged corpus (SCHEMA.md), for the "All JSON" export. */
    corpus: () => call('whole', []),
    /**
     * `{text, lossy}` from a file's bytes; rejects empty, binary or huge files.
     * With `analysis` (analyze's options) given, a text that is no web page
     * (`webPage`: the file's name says it is one) comes back analysed too, as
     * `analyzeListed` gives it (`{text, lossy, json, listed}`), in the same call.
     */
    read: async (bytes, { webPage = false, analysis = null } = {}) => {
      const mergesBefore = merges;
      const read = await call('readArticle', [bytes, { webPage, analysis }], [bytes.buffer]);
      if (read.kept) countKept(analysis.id, read.json, mergesBefore);
      return read.listed === undefined ? read : { ...read, listed: JSON.parse(read.listed) };
    },
  };
  // Started now; the page reports a failure when it awaits it (app.js).
  ready().catch(() => {});
})(self.Sitrep = self.Sitrep || {});
