// Turns what the user gives (files, pasted text) into article inputs
// `{name, text, published, fileDate, warning}`. Saved web pages are parsed inert
// (DOMParser runs no script and loads nothing) and reduced to their main text.
(function (Sitrep) {
  'use strict';

  /** Files above this are refused before they are read (the core's limit too). */
  const MAX_FILE_BYTES = 5 * 1024 * 1024;
  const HTML_NAME = /\.html?$/i;
  const SKIPPED = 'script, style, x-inert-style, noscript, template, iframe, object, embed, svg, canvas, nav, form, button, select, aside, footer, [hidden], [aria-hidden="true"]';
  const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
    'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

  function stem(name) {
    return name.replace(/\.[^.]*$/, '') || name;
  }

  function isoDay(value) {
    const match = /^(\d{4}-\d{2}-\d{2})/.exec(String(value || '').trim());
    return match ? match[1] : null;
  }

  /** The publication day from a page's metadata, or null. */
  function publishedFromMetadata(doc) {
    const metas = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
      'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]'];
    for (const selector of metas) {
      const day = isoDay(doc.querySelector(selector)?.getAttribute('content'));
      if (day) return day;
    }
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      try {
        const found = findDatePublished(JSON.parse(script.textContent));
        if (found) return found;
      } catch (_) { /* a broken JSON-LD block says nothing */ }
    }
    return isoDay(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  }

  function findDatePublished(node) {
    if (!node || typeof node !== 'object') return null;
    if (Array.isArray(node)) {
      for (const item of node) {
        const found = findDatePublished(item);
        if (found) return found;
      }
      return null;
    }
    const own = isoDay(node.datePublished);
    return own || findDatePublished(node['@graph']);
  }

  /** Block-separated text of `root`, whitespace collapsed inside blocks. */
  function blockText(root) {
    const paragraphs = [];
    let line = '';
    const flush = () => {
      const text = line.replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(text);
      line = '';
    };
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) line += child.nodeValue;
        else if (child.nodeType === 1) {
          if (child.tagName === 'BR') line += ' ';
          else if (BLOCKS.has(child.tagName)) { flush(); walk(child); flush(); }
          else walk(child);
        }
      }
    };
    walk(root);
    flush();
    return paragraphs.join('\n\n');
  }

  // Parsed as given, a saved page still trips the CSP: Chromium checks inline
  // handlers (onerror=…), styles and <base> as it parses, even in a DOMParser
  // document, and tries <img>. Inside tags only, handlers, style attributes and
  // such elements are renamed: inert.
  const LOADING_TAG = /^<(\/?)(img|image|picture|source|video|audio|track|iframe|frame|object|embed|link|input|base|style)\b/i;
  const HANDLER = /(\s)((?:on[a-z]+|style)\s*=)/gi;

  function neutralise(source) {
    return source.replace(/<[^<>]*>/g, (tag) => tag.replace(LOADING_TAG, '<$1x-inert-$2').replace(HANDLER, '$1x-$2'));
  }

  /** `{title, text, published}` of a saved web page's main article. */
  function extractHtml(source) {
    const doc = new DOMParser().parseFromString(neutralise(source), 'text/html');
    const published = publishedFromMetadata(doc);
    const title = (doc.querySelector('meta[property="og:title"]')?.getAttribute('content')
      || doc.querySelector('h1')?.textContent || doc.title || '').replace(/\s+/g, ' ').trim();
    doc.querySelectorAll(SKIPPED).forEach((el) => el.remove());
    const root = doc.querySelector('article, [itemprop="articleBody"], main, [role="main"]') || doc.body;
    let text = root ? blockText(root) : '';
    if (title && !text.startsWith(title)) text = title + '\n\n' + text;
    return { title, text, published };
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

  function dayOf(ms) {
    if (!ms) return null;
    const d = new Date(ms);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }

  /** An article input from a File; rejects with a message that says why. */
  async function fromFile(file) {
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
    const decoded = await Sitrep.core.decode(bytes);
    const warning = decoded.lossy ? 'it is not valid UTF-8: unreadable bytes were replaced by �' : null;
    const input = { name: stem(file.name), text: decoded.text, published: null, fileDate: dayOf(file.lastModified), warning };
    if (HTML_NAME.test(file.name) || /^\s*<(!doctype html|html)/i.test(decoded.text)) {
      const page = extractHtml(decoded.text);
      if (!page.text.trim()) throw new Error('the web page has no article text');
      input.text = page.text;
      input.published = page.published;
    }
    return input;
  }

  /** An article input from pasted text (an HTML paste is reduced to its text). */
  function fromPaste(name, text, published) {
    const input = { name: name || 'pasted article', text, published: published || null, fileDate: null, warning: null };
    if (/^\s*<(!doctype html|html|article|body|div|p)[\s>]/i.test(text)) {
      const page = extractHtml(text);
      input.text = page.text;
      input.published = input.published || page.published;
    }
    return input;
  }

  Sitrep.ingest = { MAX_FILE_BYTES, fromFile, fromPaste, extractHtml };
})(self.Sitrep = self.Sitrep || {});
