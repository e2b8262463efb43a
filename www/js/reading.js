// Reading a file's bytes into an article, where the core runs: in a worker
// (scripts/build_site.sh puts this file in the worker's source) or on the
// page's thread where no worker starts. A plain-text file is decoded and
// analysed in one call, so its text crosses between the page and the core
// once, not three times; a saved web page comes back decoded only, for the
// page to extract its article (Readability needs the DOM). No DOM here.
(function (Sitrep) {
  'use strict';

  const WEB_PAGE_START = /^\s*<(!doctype html|html)/i;

  /** True for text that starts as an HTML document does. */
  function looksLikeWebPage(text) {
    return WEB_PAGE_START.test(text);
  }

  /**
   * `{text, lossy}` of `bytes` (the core's `decodeBytes`, which rejects empty,
   * binary or huge files), with `json` and `listed` (the core's
   * `analyzeListed` with `analysis` as its options) when `analysis` is given
   * and the text is no web page (`webPage`: the file's name says it is one).
   * Where the corpus is kept (`corpus`, js/corpus.js, given there), the
   * analysis is kept for it as it is made, and `kept` is true.
   */
  function readArticle(core, bytes, { webPage, analysis }, corpus = null) {
    const decoded = core.decodeBytes(bytes);
    if (!analysis || webPage || looksLikeWebPage(decoded.text)) return decoded;
    const read = { text: decoded.text, lossy: decoded.lossy };
    if (corpus) {
      [read.json, read.listed] = core.analyzeListedKept(decoded.text, analysis);
      corpus.keptAsAnalysed(analysis.id);
      read.kept = true;
    } else {
      [read.json, read.listed] = core.analyzeListed(decoded.text, analysis);
    }
    return read;
  }

  Sitrep.reading = { looksLikeWebPage, readArticle };
})(typeof self !== 'undefined' ? (self.Sitrep = self.Sitrep || {}) : (globalThis.Sitrep = globalThis.Sitrep || {}));
