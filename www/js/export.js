// Exports of what the page shows, made in the browser: the figures table and
// the timeline as CSV for spreadsheets (RFC 4180, a UTF-8 byte-order mark, no
// cell a spreadsheet would run as a formula), analyses as JSON. No DOM here.
(function (Sitrep) {
  'use strict';

  const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

  /** A cell as text; one a spreadsheet would read as a formula gets a leading '. */
  function guarded(value) {
    const text = value === null || value === undefined ? '' : String(value);
    return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? "'" + text : text;
  }

  function csvField(value) {
    const text = guarded(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csv(header, rows) {
    return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  const pad = (n) => String(n).padStart(2, '0');
  const iso = (y, m, d) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

  /** `{start, end, granularity}` of a TIMEX3 value (day, week, month, quarter, year, decade); empty when unknown. */
  function period(value) {
    const v = String(value || '');
    let m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) return { start: v, end: v, granularity: 'day' };
    if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
      // ISO week: the one holding the year's 4 January, from Monday.
      const jan4 = Date.UTC(Number(m[1]), 0, 4);
      const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000) + (Number(m[2]) - 1) * 7 * 86400000;
      const day = (t) => new Date(t).toISOString().slice(0, 10);
      return { start: day(monday), end: day(monday + 6 * 86400000), granularity: 'week' };
    }
    if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
      const [y, mo] = [Number(m[1]), Number(m[2])];
      return { start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)), granularity: 'month' };
    }
    if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
      const [y, q] = [Number(m[1]), Number(m[2])];
      return { start: iso(y, q * 3 - 2, 1), end: iso(y, q * 3, lastDay(y, q * 3)), granularity: 'quarter' };
    }
    if ((m = /^(\d{4})$/.exec(v))) return { start: `${v}-01-01`, end: `${v}-12-31`, granularity: 'year' };
    if ((m = /^(\d{3})$/.exec(v))) return { start: `${v}0-01-01`, end: `${v}9-12-31`, granularity: 'decade' };
    return { start: '', end: '', granularity: v ? 'other' : '' };
  }

  /** The figures table rows as CSV, one line per figure; `articles` maps an id to {title, published, published_source}. */
  function figuresCsv(rows, articles) {
    return csv(
      ['category', 'value', 'value_max', 'qualifier', 'unit', 'date_start', 'date_end', 'granularity', 'date_value', 'date_source',
        'article', 'article_title', 'published', 'published_source', 'figure', 'sentence', 'source', 'status', 'conflict',
        'conflict_reason', 'edit'],
      rows.map((r) => {
        const p = period(r.date);
        const a = articles[r.article] || {};
        return [r.category, r.value, r.value_max, r.qualifier, r.unit, p.start, p.end, p.granularity, r.date, r.date_source,
          r.article, a.title, a.published, a.published_source, r.figure.text, r.sentence.text, r.source, r.status,
          r.conflict ? 'yes' : 'no', r.conflict_reason, r.edit || ''];
      }),
    );
  }

  /** Timeline entries as CSV, one line per dated sentence. */
  function timelineCsv(entries, articles) {
    return csv(
      ['date_start', 'date_end', 'granularity', 'date_value', 'article', 'article_title', 'published', 'published_source', 'sentence'],
      entries.map((e) => {
        const a = articles[e.article] || {};
        return [e.first, e.last, e.precision, e.date, e.article, a.title, a.published, a.published_source, e.sentence.text];
      }),
    );
  }

  function json(value) {
    return JSON.stringify(value, null, 2) + '\n';
  }

  Sitrep.exporting = { guarded, period, figuresCsv, timelineCsv, json };
})(typeof self !== 'undefined' ? (self.Sitrep = self.Sitrep || {}) : (globalThis.Sitrep = globalThis.Sitrep || {}));
