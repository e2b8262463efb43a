// Saved web pages, read: parsed inert (DOMParser runs no script and loads
// nothing), their main text found by Mozilla's Readability (bundled before this
// file into pkg/webpage.js, which the page loads only when a web page arrives),
// their publication date read from their metadata.
(function (Sitrep) {
  'use strict';

  // What a reader of the page never sees as text (inert copies included: the
  // fallback text of an iframe or a video, a style sheet's rules).
  const INVISIBLE = 'script, style, noscript, template, svg, canvas, select, [hidden], [aria-hidden="true"], '
    + 'x-inert-style, x-inert-iframe, x-inert-frame, x-inert-object, x-inert-embed, x-inert-video, x-inert-audio';
  // Inline styles are renamed inert (x-style), so Readability's own check for
  // hidden elements cannot see them: these are removed first.
  const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
  const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FORM', 'FIELDSET',
    'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
  // Readability's article is doubted when it keeps under this share of the
  // page's visible text and is short itself, or keeps nothing but the headline.
  const KEPT_SHARE = 0.5;
  const SHORT_ARTICLE_CHARS = 500;
  // A block of the article with more of its text in links than this is a list
  // of links (tuned on the extraction benchmark's dev split, extraction_page.mjs).
  const LINKED_SHARE = 0.8;
  // Saved news pages nest at most some 50 elements deep; Readability's time grows
  // fast with depth, so anything deeper than this is flattened to its paragraphs.
  const MAX_DEPTH = 100;
  // Metadata dates before this year are placeholders (0001-01-01, 1970-01-01)
  // or errors; no saved news page is older.
  const EARLIEST_YEAR = 1990;
  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  // Where pages state their publication date, strongest first: [selector, attribute].
  const DATE_FIELDS = [
    ['meta[property="article:published_time" i]', 'content'], ['meta[name="article:published_time" i]', 'content'],
    ['meta[property="og:published_time" i]', 'content'], ['meta[itemprop="datePublished" i]', 'content'],
    ['[itemprop="datePublished" i][datetime]', 'datetime'], ['meta[name="pubdate" i]', 'content'],
    ['meta[name="publishdate" i]', 'content'], ['meta[name="publish-date" i]', 'content'],
    ['meta[name="parsely-pub-date" i]', 'content'], ['meta[name="sailthru.date" i]', 'content'],
    ['meta[name="dcterms.created" i]', 'content'], ['meta[name="DC.date.issued" i]', 'content'],
    ['meta[name="dc.date" i]', 'content'], ['meta[name="date" i]', 'content'],
  ];

  /** A local calendar day as `YYYY-MM-DD`. */
  function isoOfLocalDay(date) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }

  /**
   * The calendar day a timestamp names in its own time zone ("2019-11-19T23:30:00-05:00"
   * is the 19th, whatever the day in UTC), or null: placeholders, days before 1990
   * or after tomorrow, and impossible days are no publication date.
   */
  function dayOfTimestamp(value) {
    const text = String(value || '').trim();
    let m, year, month, day;
    if ((m = /^(\d{4})-?(\d{2})-?(\d{2})(?!\d)/.exec(text)) || (m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/.exec(text))) {
      [year, month, day] = m.slice(1).map(Number);
    } else if ((m = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(text))) {
      [day, month, year] = [Number(m[1]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[3])];
    } else if ((m = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(text))) {
      [month, day, year] = [MONTHS.indexOf(m[1].toLowerCase()) + 1, Number(m[2]), Number(m[3])];
    } else {
      return null;
    }
    const date = new Date(year, month - 1, day);
    if (month < 1 || date.getMonth() !== month - 1 || date.getDate() !== day || year < EARLIEST_YEAR) return null;
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const iso = isoOfLocalDay(date);
    return iso > isoOfLocalDay(tomorrow) ? null : iso;
  }

  /** The publication day from a page's metadata, or null. */
  function publishedFromMetadata(doc) {
    for (const [selector, attribute] of DATE_FIELDS) {
      for (const node of doc.querySelectorAll(selector)) {
        const day = dayOfTimestamp(node.getAttribute(attribute));
        if (day) return day;
      }
    }
    for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
      try {
        const found = findDatePublished(JSON.parse(script.textContent));
        if (found) return found;
      } catch (_) { /* a broken JSON-LD block says nothing */ }
    }
    for (const time of doc.querySelectorAll('time[datetime]')) {
      const day = dayOfTimestamp(time.getAttribute('datetime'));
      if (day) return day;
    }
    return null;
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
    return dayOfTimestamp(node.datePublished) || findDatePublished(node['@graph']);
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
  // such elements are renamed: inert. A renamed void element (<input>, <img>) is
  // closed at once, or it would swallow what follows it.
  const LOADING_TAG = /^<(\/?)(img|image|picture|source|video|audio|track|iframe|frame|object|embed|link|input|base|style)\b/i;
  const VOID_TAG = /^(img|image|source|track|frame|embed|link|input|base)$/i;
  const HANDLER = /(\s)((?:on[a-z]+|style)\s*=)/gi;

  function neutralise(source) {
    return source.replace(/<[^<>]*>/g, (tag) => {
      const loading = LOADING_TAG.exec(tag);
      if (!loading) return tag.replace(HANDLER, '$1x-$2');
      if (VOID_TAG.test(loading[2])) return loading[1] ? '' : tag.replace(LOADING_TAG, '<x-inert-$2').replace(HANDLER, '$1x-$2') + `</x-inert-${loading[2]}>`;
      return tag.replace(LOADING_TAG, '<$1x-inert-$2').replace(HANDLER, '$1x-$2');
    });
  }

  /** A saved page as an inert document: nothing in it runs, loads or trips the CSP. */
  function parseInert(source) {
    return new DOMParser().parseFromString(neutralise(source), 'text/html');
  }

  function withTitle(title, text) {
    return title && !text.startsWith(title) ? title + '\n\n' + text : text;
  }

  /** Replaces what lies deeper than MAX_DEPTH in `doc` by its paragraphs, as <p>. */
  function flattenDeepNesting(doc) {
    const depth = new Map([[doc.documentElement, 0]]);
    const deepest = [];
    const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parentLevel = depth.get(node.parentNode);
      if (parentLevel === undefined) continue; // inside a subtree to be flattened
      if (parentLevel + 1 === MAX_DEPTH) deepest.push(node);
      else depth.set(node, parentLevel + 1);
    }
    for (const node of deepest) {
      const paragraphs = blockText(node).split('\n\n').filter(Boolean);
      node.replaceChildren(...paragraphs.map((text) => Object.assign(doc.createElement('p'), { textContent: text })));
    }
  }

  const squeezed = (text) => text.replace(/\s+/g, ' ').trim();

  /**
   * The text of Readability's article `root`, less what is not the article's own
   * prose: photo captions, and blocks mostly of links (other articles, tags, menus).
   */
  function articleText(root) {
    root.querySelectorAll('figcaption').forEach((el) => el.remove());
    root.querySelectorAll('p, li, h2, h3, h4, h5, h6, div, section, ul, ol, dl, table').forEach((el) => {
      const length = squeezed(el.textContent).length;
      let linked = 0;
      el.querySelectorAll('a').forEach((a) => { linked += squeezed(a.textContent).length; });
      if (length && linked > LINKED_SHARE * length) el.remove();
    });
    return blockText(root);
  }

  /**
   * `{title, body, text, published, wholeText, tooLittle}` of a saved web page: its
   * headline, its main article by Readability (`text` is both, as analysed), and the
   * whole visible text for when the article keeps too little of it.
   */
  function extractHtml(source) {
    const doc = parseInert(source);
    const published = publishedFromMetadata(doc);
    const title = squeezed(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')
      || doc.querySelector('h1')?.textContent || doc.title || '');
    doc.querySelectorAll(INVISIBLE).forEach((el) => el.remove());
    doc.querySelectorAll('[x-style]').forEach((el) => { if (HIDDEN_STYLE.test(el.getAttribute('x-style'))) el.remove(); });
    flattenDeepNesting(doc);
    const wholeBody = blockText(doc.body);
    const article = new self.Readability(doc, { serializer: (node) => node }).parse();
    const body = article ? articleText(article.content) : wholeBody;
    const onlyHeadline = !body || body === title;
    const tooLittle = wholeBody.length > body.length
      && (onlyHeadline || (body.length < KEPT_SHARE * wholeBody.length && body.length < SHORT_ARTICLE_CHARS));
    return { title, body, text: withTitle(title, body), published, wholeText: withTitle(title, wholeBody), tooLittle };
  }

  Sitrep.webpage = { extract: extractHtml, parseInert };
})(self.Sitrep = self.Sitrep || {});
