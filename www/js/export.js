// Exports of what the page shows, made in the browser: the figures table and
// the timeline as CSV (RFC 4180), analyses as JSON. No DOM here.
(function (Sitrep) {
  'use strict';

  function csvField(value) {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csv(header, rows) {
    return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  /** The figures table rows as CSV, one line per figure. */
  function figuresCsv(rows, titles) {
    return csv(
      ['category', 'value', 'value_max', 'qualifier', 'unit', 'date', 'date_source', 'article', 'article_title', 'figure', 'sentence', 'conflict',
        'source', 'status', 'conflict_reason'],
      rows.map((r) => [r.category, r.value, r.value_max, r.qualifier, r.unit, r.date, r.date_source, r.article,
        titles[r.article], r.figure.text, r.sentence.text, r.conflict ? 'yes' : 'no', r.source, r.status, r.conflict_reason]),
    );
  }

  /** Timeline entries as CSV, one line per dated sentence. */
  function timelineCsv(entries, titles) {
    return csv(
      ['date', 'first_day', 'last_day', 'precision', 'article', 'article_title', 'sentence'],
      entries.map((e) => [e.date, e.first, e.last, e.precision, e.article, titles[e.article], e.sentence.text]),
    );
  }

  function json(value) {
    return JSON.stringify(value, null, 2) + '\n';
  }

  Sitrep.exporting = { figuresCsv, timelineCsv, json };
})(self.Sitrep = self.Sitrep || {});
