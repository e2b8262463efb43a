// Turns what the user gives (files, pasted text) into article inputs
// `{name, text, published, publishedOrigin, fileDate, warning, wholeText}`. Saved
// web pages are read by webpage.js, loaded only when one arrives.
(function (Sitrep) {
  'use strict';

  /** Files above this are refused before they are read (the core's limit too). */
  const MAX_FILE_BYTES = 5 * 1024 * 1024;
  const HTML_NAME = /\.html?$/i;

  function stem(name) {
    return name.replace(/\.[^.]*$/, '') || name;
  }

  /** A local calendar day as `YYYY-MM-DD`. */
  function isoOfLocalDay(date) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }

  let webpageLoading = null;

  /** The web-page reader (webpage.js, with Readability), loaded the first time a page arrives. */
  function webpageReader() {
    if (!webpageLoading) {
      webpageLoading = Sitrep.loadScript('pkg/webpage.js').then(() => Sitrep.webpage, (err) => {
        webpageLoading = null;
        throw err;
      });
    }
    return webpageLoading;
  }

  /** `{title, body, text, published, wholeText, tooLittle}` of a saved web page (see webpage.js). */
  async function extractHtml(source) {
    return (await webpageReader()).extract(source);
  }

  function readBytes(file) {
    if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error || new Error('the file could not be read'));
      reader.readAsArrayBuffer(file);
    });
  }

  /**
   * An article input from a File; rejects with a message that says why. With
   * `analysis` (the core's analyze options) given, a plain-text file comes back
   * analysed as well, decoded and analysed in one call to the core: its
   * `analysed` is `{json, listed}` as `core.analyzeListed` gives them.
   */
  async function fromFile(file, analysis = null) {
    if (file.size > MAX_FILE_BYTES) {
      const mb = (file.size / 1048576).toFixed(1);
      throw new Error(`the file has ${mb} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`);
    }
    let bytes;
    try {
      bytes = new Uint8Array(await readBytes(file));
    } catch (err) {
      throw new Error('the file could not be read (' + (err && err.message ? err.message : 'unknown error') + ')');
    }
    const webPage = HTML_NAME.test(file.name);
    const read = await Sitrep.core.read(bytes, { webPage, analysis });
    const warning = read.lossy ? 'it is not valid UTF-8: unreadable bytes were replaced by �' : null;
    // The file's date is only a guess at the publication date: kept apart, for the user to confirm.
    const fileDate = file.lastModified ? isoOfLocalDay(new Date(file.lastModified)) : null;
    const input = { name: stem(file.name), text: read.text, published: null, publishedOrigin: null, fileDate, warning };
    if (read.json !== undefined) {
      input.analysed = { json: read.json, listed: read.listed };
    } else if (webPage || Sitrep.reading.looksLikeWebPage(read.text)) {
      const page = await extractHtml(read.text);
      if (!page.text.trim()) throw new Error('the web page has no article text');
      takePage(input, page);
    }
    return input;
  }

  /** The article input `input` with the text and date of the extracted `page`. */
  function takePage(input, page) {
    input.text = page.text;
    if (!input.published && page.published) Object.assign(input, { published: page.published, publishedOrigin: 'metadata' });
    if (page.tooLittle) input.wholeText = page.wholeText;
  }

  /** An article input from pasted text (an HTML paste is reduced to its text). */
  async function fromPaste(name, text, published) {
    const input = {
      name: name || 'pasted article', text, published: published || null,
      publishedOrigin: published ? 'user' : null, fileDate: null, warning: null,
    };
    if (/^\s*<(!doctype html|html|article|body|div|p)[\s>]/i.test(text)) takePage(input, await extractHtml(text));
    return input;
  }

  Sitrep.ingest = { MAX_FILE_BYTES, stem, fromFile, fromPaste, extractHtml, webpageReader };
})(self.Sitrep = self.Sitrep || {});
