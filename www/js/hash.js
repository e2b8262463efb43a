// The page's state in the URL hash, after the view's name (tabs.js): the article
// read, the filters, the timeline's window and grouping, the table's sort, the
// chart's category and the sources its legend hides, and the highlights hidden
// in the reader, so that a reload, a bookmark or a link shows the same. Plain
// functions, no DOM (unit-tested under node).
(function (Sitrep) {
  'use strict';

  const DAY = /^\d{4}-\d{2}-\d{2}$/;
  const SORT = /^(-?)(category|value|unit|date|article|sentence)$/;
  // Highlight types: the entity types, DATE and FIGURE.
  const TYPE = /^[A-Z]+$/;

  /**
   * The hash showing `view` with `state`: `{article, entity, from, to, group,
   * sort: {key, descending}, category, figuresArticle, chart, chartHidden: [source], hidden: [type]}`.
   * What is unset or at its default is left out.
   */
  function write(view, state) {
    const params = new URLSearchParams();
    const set = (key, value) => { if (value) params.set(key, value); };
    set('article', state.article);
    set('entity', state.entity);
    set('from', state.from);
    set('to', state.to);
    if (state.group && state.group !== 'date') params.set('group', state.group);
    set('category', state.category);
    set('figures-article', state.figuresArticle);
    if (state.sort && state.sort.key) params.set('sort', (state.sort.descending ? '-' : '') + state.sort.key);
    set('chart', state.chart);
    for (const source of state.chartHidden || []) params.append('chart-hide', source);
    if (state.hidden && state.hidden.length) params.set('hide', state.hidden.join(','));
    return '#' + [view, params.toString()].filter(Boolean).join('&');
  }

  /**
   * The state `write` put in `hash`, each part null (the lists empty) when it is
   * absent or malformed; names (article, entity, category) are checked by the page.
   */
  function read(hash) {
    const params = new URLSearchParams(String(hash || '').replace(/^#/, ''));
    const text = (key) => params.get(key) || null;
    const day = (key) => (DAY.test(params.get(key) || '') ? params.get(key) : null);
    const sort = SORT.exec(params.get('sort') || '');
    return {
      article: text('article'),
      entity: text('entity'),
      from: day('from'),
      to: day('to'),
      group: params.get('group') === 'article' ? 'article' : null,
      sort: sort ? { key: sort[2], descending: sort[1] === '-' } : null,
      category: text('category'),
      figuresArticle: text('figures-article'),
      chart: text('chart'),
      chartHidden: [...new Set(params.getAll('chart-hide').filter(Boolean))],
      hidden: [...new Set((params.get('hide') || '').split(',').filter((type) => TYPE.test(type)))],
    };
  }

  Sitrep.hash = { write, read };
})(typeof self !== 'undefined' ? (self.Sitrep = self.Sitrep || {}) : (globalThis.Sitrep = globalThis.Sitrep || {}));
