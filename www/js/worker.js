// The analysis worker: runs the wasm core off the page's thread so the page
// stays responsive while many articles are analysed. scripts/build_site.sh
// inlines this file after the wasm-bindgen glue, and js/core.js adds
// js/model.js, js/corpus.js and js/reading.js after it (a worker from a file:
// URL is refused on file://; one made from a blob is not). It receives the
// compiled WebAssembly.Module first (with `keepsCorpus` in the first worker's
// message), then calls {id, method, args} → {id, result|error}: the core's own
// (`analyze`, `decodeBytes`), `analyzeArticle` and `readArticle`
// (js/reading.js) and, in the first worker, the corpus calls (js/corpus.js).
'use strict';

let ready = null;
// The first worker keeps the corpus: it keeps the articles it analyses as it analyses them.
let keepsCorpus = false;

self.onmessage = async (event) => {
  const message = event.data;
  if (message.module) {
    // The word tables are built now, while the page is still loading.
    keepsCorpus = Boolean(message.keepsCorpus);
    ready = wasm_bindgen({ module_or_path: message.module }).then(() => wasm_bindgen.prepare());
    return;
  }
  const { id, method, args } = message;
  try {
    await ready;
    // Analyses come to be kept as the JSON text analyze gave (a quick copy to
    // post); the engine's JSON.parse turns them back into objects here.
    if (method === 'keep') args[0] = args[0].map((article) => ({ ...article, analysis: JSON.parse(article.analysis) }));
    let result;
    if (['analyze', 'decodeBytes'].includes(method)) result = wasm_bindgen[method](...args);
    else if (['analyzeArticle', 'readArticle'].includes(method)) result = Sitrep.reading[method](wasm_bindgen, ...args, keepsCorpus ? Sitrep.corpus : null);
    else result = Sitrep.corpus.call(wasm_bindgen, method, args);
    self.postMessage({ id, result });
  } catch (err) {
    self.postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
};
