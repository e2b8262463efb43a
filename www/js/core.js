// The analysis core: the wasm module built from src/ (pkg/, made by `make site`).
// Every call returns a promise, so callers do not care where the core runs.
(function (Sitrep) {
  'use strict';

  let loading = null;

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
  async function wasmSource() {
    if (location.protocol !== 'file:') return fetch('pkg/sitrep_bg.wasm');
    if (!self.SITREP_WASM_BASE64) await loadScript('pkg/sitrep_wasm.js');
    return bytesFromBase64(self.SITREP_WASM_BASE64);
  }

  function ready() {
    if (!loading) loading = wasmSource().then((source) => wasm_bindgen({ module_or_path: source }));
    return loading;
  }

  async function call(name, ...args) {
    await ready();
    return wasm_bindgen[name](...args);
  }

  Sitrep.core = {
    ready,
    /** One analysis (SCHEMA.md) of `text` with `{id, published, file_date}`. */
    analyze: (text, options) => call('analyze', text, options),
    /** The corpus view of `[{text, analysis}]` analysed before. */
    merge: (articles) => call('merge', articles),
    /** `{text, lossy}` from a file's bytes; rejects empty, binary or huge files. */
    decode: (bytes) => call('decodeBytes', bytes),
  };
})(self.Sitrep = self.Sitrep || {});
