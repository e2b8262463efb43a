// The corpus view, kept where the core runs: in the corpus worker (the first;
// scripts/build_site.sh puts model.js and this file in the worker's source),
// or on the page's thread where no worker starts. The merged corpus never
// crosses to the page: the views ask for what they draw (`view`), the exports
// for the rows they write, and only the "All JSON" export for all of it
// (`whole`). The same model.js functions pick the rows here that the page used
// to. No DOM here.
(function (Sitrep) {
  'use strict';

  const { model } = Sitrep;
  // The figures table's categories, in the order they are offered and sorted.
  const CATEGORY_ORDER = ['evacuees', 'aid', 'ships', 'aircraft', 'personnel', 'nationals', 'equipment', 'casualties', 'money', 'other'];
  // The entity types the map can place (mapmodel.placesNamed draws no other).
  const MAPPED_TYPES = ['PLACE', 'FACILITY'];

  let corpus = { articles: [], timeline: [], figures: [], entities: [] };
  // By article id, what the user corrected in its analysis kept: the figures
  // and events they edited, and the figures they excluded.
  const corrections = new Map();

  /**
   * Keeps `articles` (`[{text, analysis, excluded}]`: an analysis with the
   * user's corrections, the figures they excluded) with the core, each under
   * its analysis's id, for the merges to come.
   */
  function keep(core, articles) {
    core.keep(articles.map(({ text, analysis }) => ({ text, analysis })));
    for (const { analysis, excluded } of articles) {
      corrections.set(analysis.id, {
        figures: analysis.figures.filter((f) => f.edited), events: analysis.events.filter((e) => e.edited), excluded: excluded || [],
      });
    }
  }

  /**
   * Merges the articles kept under `ids`, in that order, into the corpus the
   * views ask from; the others are forgotten. What the user corrected is
   * marked in it; the figures they excluded stay listed (so they can be
   * brought back), counted nowhere. A merge that fails keeps the corpus there was.
   */
  function merge(core, ids) {
    const merged = JSON.parse(core.mergeKept(ids).join(''));
    const named = new Set(ids);
    for (const id of corrections.keys()) if (!named.has(id)) corrections.delete(id);
    const none = { figures: [], events: [], excluded: [] };
    const of = (id) => corrections.get(id) || none;
    for (const row of merged.figures) {
      if (of(row.article).figures.some((f) => f.start === row.figure.start && f.end === row.figure.end)) row.edit = 'edited';
    }
    for (const entry of merged.timeline) {
      if (of(entry.article).events.some((e) => e.start === entry.sentence.start)) entry.edited = true;
    }
    for (const id of ids) {
      for (const f of of(id).excluded) {
        const quote = { start: f.start, end: f.end, text: f.text };
        merged.figures.push({ ...f, figure: quote, sentence: quote, date: null, date_source: null, article: id, conflict: false, edit: 'excluded' });
      }
    }
    corpus = merged;
  }

  /** The dated statements of the articles `loaded` whose sentence mentions the entity chosen (`spans`, model.mentionSpans). */
  function timelineEntries({ loaded, spans }) {
    // Only loaded articles: a merge begun before an article was removed can end after it.
    const shown = new Set(loaded);
    return model.rowsShown(corpus.timeline.filter((e) => shown.has(e.article)), {}, spans);
  }

  /**
   * The window over `entries`, [lo, hi) in days: the one chosen (`from`, `to`,
   * ISO days), else the dense part of the story with the publication dates of
   * the articles they come from.
   */
  function timelineWindow(entries, { from, to }) {
    const articles = new Set(entries.map((e) => e.article));
    const published = corpus.articles.filter((a) => articles.has(a.id)).map((a) => a.published.value);
    const dense = model.denseWindow(entries, published);
    if (!dense) return null;
    return [from ? model.dayNumber(from) : dense[0], to ? model.dayNumber(to) + 1 : dense[1]];
  }

  /** The figure rows the filters keep (`figures`: `{category, article, sort, names}`, `names` the articles' titles), sorted. */
  function figureRows({ spans, figures: { category, article, sort, names } }) {
    return model.sortRows(model.rowsShown(corpus.figures, { category, article }, spans), sort, { names, categoryOrder: CATEGORY_ORDER });
  }

  /** The dated statements in the timeline's window, as the timeline shows them (for its export). */
  function timelineRows(request) {
    const entries = timelineEntries(request);
    const window = timelineWindow(entries, request.timeline);
    return window ? model.inWindow(entries, window) : [];
  }

  /**
   * What the views draw, for `request`: `loaded` (the articles' ids in their
   * order), `spans` (model.mentionSpans), and for each view wanted its
   * settings. `figures` (`{category, article, sort, names, limit}`): the first
   * `limit` rows, their `total` and the `categories` there are; `timeline`
   * (`{from, to, group, limit}`): model.timelineLayout; `entities` (a query):
   * the index entries it finds; `places`: the entities the map can place;
   * `chart` (`{article}`): the rows of the figures' chart.
   */
  function view(request) {
    const shown = {};
    if (request.figures) {
      const rows = figureRows(request);
      const categories = CATEGORY_ORDER.filter((c) => corpus.figures.some((r) => r.category === c));
      shown.figures = { rows: rows.slice(0, request.figures.limit), total: rows.length, categories };
    }
    if (request.timeline) {
      const entries = timelineEntries(request);
      shown.timeline = model.timelineLayout(entries, timelineWindow(entries, request.timeline), { ...request.timeline, order: request.loaded });
    }
    if (request.entities !== undefined) shown.entities = model.searchEntities(corpus.entities, request.entities);
    if (request.places) shown.places = corpus.entities.filter((e) => MAPPED_TYPES.includes(e.type));
    if (request.chart) shown.chart = model.rowsShown(corpus.figures, { article: request.chart.article }, request.spans);
    return shown;
  }

  /**
   * The timeline's window moved from the one `request` shows (as `view`
   * computes it): `{zoom}` by that factor (model.zoom), `{pan}` by that many
   * half widths, `{widen}` to hold that day, `{fit}` to every statement. Null
   * without dated statements.
   */
  function movedWindow(request, move) {
    const entries = timelineEntries(request);
    if (move.fit) return model.extent(entries);
    const window = timelineWindow(entries, request.timeline);
    if (!window) return null;
    if (move.zoom) return model.zoom(entries, window, move.zoom);
    if (move.pan) return model.pan(window, move.pan);
    return model.widenTo(window, move.widen);
  }

  const CALLS = {
    keep, merge,
    view: (core, request) => view(request),
    movedWindow: (core, request, move) => movedWindow(request, move),
    figureRows: (core, request) => figureRows(request),
    timelineRows: (core, request) => timelineRows(request),
    whole: () => corpus,
  };

  Sitrep.corpus = {
    /** Runs corpus call `method` with `args`, `core` the wasm core's calls. */
    call(core, method, args) {
      if (!Object.hasOwn(CALLS, method)) throw new Error(`no such call: ${method}`);
      return CALLS[method](core, ...args);
    },
    /** The core kept article `id` as it analysed it (analyzeListedKept): nothing in it is corrected. */
    keptAsAnalysed(id) {
      corrections.delete(id);
    },
  };
})(typeof self !== 'undefined' ? self.Sitrep : globalThis.Sitrep);
