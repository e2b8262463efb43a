// Reading a file's bytes into an article, and analysing it, where the core
// runs: in a worker (scripts/build_site.sh puts this file in the worker's
// source) or on the page's thread where no worker starts. A plain-text file is
// decoded and analysed in one call, so its text crosses between the page and
// the core once, not three times; a saved web page comes back decoded only,
// for the page to extract its article (Readability needs the DOM). Where the
// corpus is kept, each analysis is kept for it as it is made, without going
// to the page and back. No DOM here.
(function (Sitrep) {
  'use strict';

  const WEB_PAGE_START = /^\s*<(!doctype html|html)/i;

  /** True for text that starts as an HTML document does. */
  function looksLikeWebPage(text) {
    return WEB_PAGE_START.test(text);
  }

  /**
   * `{json, listed}` of `text` analysed with `options`, as the core's
   * `analyzeListed` gives them. Where the corpus is kept (`corpus`,
   * js/corpus.js, given there), the analysis is kept for it as it is made,
   * and `kept` is true.
   */
  function analyzeArticle(core, text, options, corpus = null) {
    if (!corpus) {
      const [json, listed] = core.analyzeListed(text, options);
      return { json, listed };
    }
    const [json, listed] = core.analyzeListedKept(text, options);
    corpus.keptAsAnalysed(options.id);
    return { json, listed, kept: true };
  }

  /**
   * `{text, lossy}` of `bytes` (the core's `decodeBytes`, which rejects empty,
   * binary or huge files), with what `analyzeArticle` gives (`analysis` its
   * options) when `analysis` is given and the text is no web page (`webPage`:
   * the file's name says it is one).
   */
  function readArticle(core, bytes, { webPage, analysis }, corpus = null) {
    const decoded = core.decodeBytes(bytes);
    if (!analysis || webPage || looksLikeWebPage(decoded.text)) return decoded;
    return { text: decoded.text, lossy: decoded.lossy, ...analyzeArticle(core, decoded.text, analysis, corpus) };
  }

  Sitrep.reading = { looksLikeWebPage, analyzeArticle, readArticle };
})(typeof self !== 'undefined' ? (self.Sitrep = self.Sitrep || {}) : (globalThis.Sitrep = globalThis.Sitrep || {}));
