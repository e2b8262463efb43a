// The analysis core: the wasm module built from src/ (pkg/, made by `make site`),
// run in a Web Worker so that analysing many articles never freezes the page,
// or on the page's thread where a worker cannot start. Every call returns a
// promise, so callers do not care where the core runs.
(function (Sitrep) {
  'use strict';

  let loading = null;
  let worker = null;
  let nextId = 1;
  const pending = new Map();

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

  function startWorker(module) {
    const url = URL.createObjectURL(new Blob([self.SITREP_WORKER_SOURCE], { type: 'text/javascript' }));
    const w = new Worker(url);
    URL.revokeObjectURL(url);
    w.onmessage = (event) => {
      const { id, result, error } = event.data;
      const call = pending.get(id);
      pending.delete(id);
      if (call) error === undefined ? call.resolve(result) : call.reject(new Error(error));
    };
    w.onerror = (event) => {
      event.preventDefault();
      for (const call of pending.values()) call.reject(new Error(event.message || 'the analysis worker failed'));
      pending.clear();
    };
    w.postMessage({ module });
    return w;
  }

  function ready() {
    if (!loading) {
      loading = compile().then(async (module) => {
        if (self.Worker && self.SITREP_WORKER_SOURCE) {
          try {
            worker = startWorker(module);
            return;
          } catch (_) { /* e.g. a CSP without blob: workers: run on this thread */ }
        }
        await wasm_bindgen({ module_or_path: module });
      });
    }
    return loading;
  }

  async function call(method, args, transfer) {
    await ready();
    if (!worker) return wasm_bindgen[method](...args);
    return new Promise((resolve, reject) => {
      const id = nextId;
      nextId += 1;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, args }, transfer || []);
    });
  }

  Sitrep.core = {
    ready,
    /** True when the core runs in a worker. */
    inWorker: () => worker !== null,
    /** One analysis (SCHEMA.md) of `text` with `{id, published, file_date}`. */
    analyze: (text, options) => call('analyze', [text, options]),
    /** The corpus view of `[{text, analysis}]` analysed before. */
    merge: (articles) => call('merge', [articles]),
    /** `{text, lossy}` from a file's bytes; rejects empty, binary or huge files. */
    decode: (bytes) => call('decodeBytes', [bytes], [bytes.buffer]),
  };
})(self.Sitrep = self.Sitrep || {});
