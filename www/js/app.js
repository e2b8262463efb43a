// Wiring: files, drops and pastes → the core → the store → the view. Holds the
// page's state; the view renders it, the core computes everything shown.
(function (Sitrep) {
  'use strict';

  const { core, ingest, store, model, view, tabs } = Sitrep;
  // Analyses requested before the oldest is awaited: enough to keep every worker busy.
  const ANALYSES_IN_FLIGHT = 8;
  // A batch of more articles than this starts all the core's workers at once
  // (core.grow): a worker's start costs about what ten articles take.
  const POOL_AT = 10;

  const state = {
    // {id, name, text, published, publishedOrigin, fileDate, example, corrections,
    // coreJson, json, summary, excluded, undated}: `published` is the date given to
    // the core, `publishedOrigin` where it came from (manifest, metadata, user);
    // `fileDate` is only a guess, never given until the user confirms it;
    // `coreJson` is the core's analysis as the JSON text it came as, `json` the
    // same with the user's corrections applied, `excluded` the figures they
    // excluded, `summary` what the article list shows of it ({title, published,
    // entities, figures}: the last two counts). The analyses are kept as text,
    // read (analysisOf) only when an article is shown, corrected or exported:
    // for 1,000 articles their objects took more of the page's memory. The
    // corpus merged from them is kept where the core runs (js/corpus.js): the
    // views ask it for what they draw.
    articles: [],
    selectedId: null,
    focus: null, // {start, end} of a sentence to show in the reader
    canonical: null, // a selected entity of the index: the views keep the rows whose sentence mentions it
    hiddenTypes: new Set(), // entity types, DATE and FIGURE: highlights the reader hides
    figureFilters: { category: '', article: '' },
    chartCategory: null, // the category the chart was last set to show (null: its default)
    chartHidden: [], // the sources whose series the chart's legend hides
    entitySearch: '', // what the entity index is narrowed to
    sort: { key: null, descending: false },
    timeline: { from: null, to: null, group: 'date' }, // the window shown, ISO days (null: the dense part of the story)
    limits: { timeline: 400, figures: 400 }, // rows drawn before "Show all": a big corpus stays quick
  };

  const byId = (id) => state.articles.find((a) => a.id === id);
  const errorText = (err) => (err && err.message ? err.message : String(err));

  const marksBoilerplate = (list) => (list || []).some((c) => c.kind === 'boilerplate');

  async function analyze(input) {
    // Lines the analyst marked as boilerplate or not are split so by the core itself.
    const lines = marksBoilerplate(input.corrections) ? (await editing()).corrections.lineOverrides(input.text, input.corrections) : [];
    return analysedArticle(input, await core.analyzeListed(input.text, analyzeOptions(input, lines)));
  }

  /** The core's options for analysing `input`, with the `lines` the analyst marked. */
  function analyzeOptions(input, lines = []) {
    return { id: input.id, published: input.published || null, file_date: null, line_overrides: lines };
  }

  /** The article of `input` with the core's analysis of it, `{json, listed}` as `core.analyzeListed` gives them. */
  function analysedArticle(input, { json, listed }) {
    // The core lists, for an article without a publication date, the statements
    // a date would place ("on Tuesday"): they wait in the timeline's undated group.
    const { undated, ...summary } = listed;
    return corrected({ ...input, coreJson: json, undated: undated.map((sentence) => ({ article: input.id, sentence })) }, summary);
  }

  let editLoading = null;

  /** `Sitrep` once the editing tools (pkg/edit.js: corrections, forms, exports) are loaded, the first time they are needed. */
  function editing() {
    if (!editLoading) {
      editLoading = Sitrep.loadScript('pkg/edit.js').then(() => Sitrep, (err) => {
        editLoading = null;
        view.message('error', `the editing tools could not be loaded: ${errorText(err)}`);
        throw err;
      });
    }
    return editLoading;
  }

  /**
   * `article` with its corrections applied over the core's analysis
   * (`article.coreJson`); `coreSummary`, when given, is what the list shows of
   * the core's analysis (summarise), so that without corrections it is not read.
   */
  async function corrected(article, coreSummary) {
    if (!(article.corrections || []).length) {
      return { ...article, json: article.coreJson, summary: coreSummary || summarise(JSON.parse(article.coreJson)), excluded: [] };
    }
    const coreAnalysis = JSON.parse(article.coreJson);
    const { analysis, excluded } = (await editing()).corrections.apply(coreAnalysis, article.text, article.corrections);
    const json = analysis === coreAnalysis ? article.coreJson : JSON.stringify(analysis);
    return { ...article, json, summary: summarise(analysis), excluded };
  }

  /** What the article list shows of `analysis`. */
  function summarise(analysis) {
    return { title: analysis.title, published: analysis.published, entities: analysis.entities.length, figures: analysis.figures.length };
  }

  let lastRead = { json: null, analysis: null }; // the analysis read last: the reader's, read again at every render

  /** The analysis of `article` with the user's corrections, as objects. */
  function analysisOf(article) {
    if (lastRead.json !== article.json) lastRead = { json: article.json, analysis: JSON.parse(article.json) };
    return lastRead.analysis;
  }

  /** An id made from `name` that is not in the set `taken`. */
  function uniqueId(name, taken) {
    const base = String(name || 'article').replace(/\s+/g, '_').slice(0, 80) || 'article';
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}_${n}`;
    return id;
  }

  const inputToSave = ({ id, name, text, published, publishedOrigin, fileDate, example, corrections: list }) => (
    { id, name, text, published, publishedOrigin, fileDate, example, corrections: list || [] });

  function inputsToSave() {
    return state.articles.map(inputToSave);
  }

  /** Saves the articles: those added or changed, those removed, and their order (js/store.js). */
  async function persist() {
    // Any later change ends what an undo could bring back (undoable() offers it anew).
    view.undoBar(null);
    try {
      await store.save(inputsToSave());
    } catch (err) {
      view.message('warning', `the articles could not be saved for the next visit: ${errorText(err)}`);
    }
  }

  /** What the corpus keeps of `article`: its text, its analysis with the user's corrections, and the figures they excluded. */
  const forCorpus = (article) => ({ id: article.id, text: article.text, json: article.json, excluded: article.excluded });

  let mergesBegun = 0;

  /** Merges the articles for the views: posted to the corpus worker at once, so asked for before drawing. */
  function refreshCorpus() {
    mergesBegun += 1;
    return core.merge(state.articles.map(forCorpus));
  }

  // ---- rendering ------------------------------------------------------------

  function titles() {
    return Object.fromEntries(state.articles.map((a) => [a.id, a.summary.title || a.name]));
  }

  /** The filters on, as model.js reads them. */
  function filters() {
    return {
      entity: state.canonical, ...state.figureFilters, from: state.timeline.from, to: state.timeline.to, hidden: [...state.hiddenTypes],
    };
  }

  let mentionsFound = { canonical: null, articles: [], spans: null }; // mentioning()'s last answer

  /**
   * The spans mentioning the selected entity, by article (null: no entity
   * selected). Only the analyses whose text names it are read, and the answer
   * holds until the entity or an article changes.
   */
  function mentioning() {
    const { canonical, articles } = state;
    const same = mentionsFound.canonical === canonical && mentionsFound.articles.length === articles.length
      && mentionsFound.articles.every((a, i) => a === articles[i]);
    if (!same) {
      // The name as a JSON string holds it, escaped as JSON.stringify and the core write it.
      const named = canonical && JSON.stringify(canonical).slice(1, -1);
      const reading = articles.filter((a) => named && a.json.includes(named)).map((a) => ({ id: a.id, analysis: JSON.parse(a.json) }));
      mentionsFound = { canonical, articles: articles.slice(), spans: model.mentionSpans(reading, canonical) };
    }
    return mentionsFound.spans;
  }

  /** What the corpus is asked (corpus.js `view`) for the filters on: `spans` from mentioning(), `views` what to draw. */
  function corpusRequest(spans, views) {
    return { loaded: state.articles.map((a) => a.id), spans, ...views };
  }

  const figureSettings = () => ({ ...state.figureFilters, sort: state.sort, names: titles(), limit: state.limits.figures });
  const timelineSettings = () => ({ ...state.timeline, limit: state.limits.timeline });

  // The overview's width when last laid out, told by a ResizeObserver (0 while
  // its view is hidden): reading it during a render would lay the page out
  // halfway through the render, and again at its end.
  let overviewWidth = 0;

  /** Draws the timeline: with the other views, and alone when its width changes (its drawing is made to the pixel). */
  function renderTimeline(spans = mentioning()) {
    return busyWhile(core.view(corpusRequest(spans, { timeline: timelineSettings() })).then((shown) => drawTimeline(shown.timeline, spans), corpusFailed));
  }

  /** Draws `layout` (model.timelineLayout) with the undated statements the filters keep. */
  function drawTimeline(layout, spans) {
    const undated = model.rowsShown(state.articles.flatMap((a) => a.undated), {}, spans);
    view.timeline(layout, undated, titles(), { group: state.timeline.group, widen: widenTimeline, width: overviewWidth },
      openSentence, { limit: state.limits.timeline, more: () => showAll('timeline') });
  }

  let renders = 0; // renders begun: one whose corpus answer comes after a later one began leaves the drawing to it
  // What the views show: the corpus question they answer, with the merges begun
  // and the entity chosen then. Asked again unchanged (choosing an article or a
  // highlight changes no view), they stay as drawn; the timeline is drawn again
  // alone when its width changes (renderTimeline).
  let viewsShow = null;
  let asking = 0; // questions to the corpus not yet answered and drawn

  /** Awaits `work` (a question to the corpus and its drawing) with `#views` busy (aria-busy) until every such one is done. */
  async function busyWhile(work) {
    const views = document.getElementById('views');
    asking += 1;
    views.setAttribute('aria-busy', 'true');
    try {
      return await work;
    } finally {
      asking -= 1;
      if (!asking) views.removeAttribute('aria-busy');
    }
  }

  const corpusFailed = (err) => view.message('error', `the corpus could not be shown: ${errorText(err)}`);

  /** Draws the page: what the articles on the page give at once, the views of the corpus once it answers. */
  function render() {
    renders += 1;
    const turn = renders;
    const selected = byId(state.selectedId);
    const names = titles();
    // Which sentences mention the chosen entity, found once for every view drawn below.
    const spans = mentioning();
    const chosen = state.figureFilters;
    if (chosen.article && !byId(chosen.article)) chosen.article = '';
    // Asked first: the core's worker answers while this thread draws the article list and the reader.
    const request = corpusRequest(spans, {
      figures: figureSettings(), timeline: timelineSettings(), entities: state.entitySearch,
      places: Boolean(Sitrep.map), chart: Sitrep.chart ? { article: chosen.article } : null,
    });
    const asked = JSON.stringify([request, mergesBegun, state.canonical]);
    const drawn = asked === viewsShow ? Promise.resolve() : busyWhile(core.view(request).then((shown) => {
      if (turn !== renders) return;
      drawCorpus(shown, spans, names);
      viewsShow = asked;
    }, corpusFailed));
    view.articleList(state.articles, state.selectedId, { select: selectArticle, remove: removeArticle, confirm: confirmFileDate, setDate: chooseDate });
    const counts = {};
    const analysis = selected && analysisOf(selected);
    if (selected) {
      for (const e of analysis.entities) counts[e.type] = (counts[e.type] || 0) + 1;
      counts.DATE = analysis.dates.length;
      counts.FIGURE = analysis.figures.length + selected.excluded.length;
    }
    view.legend(counts, state.hiddenTypes, toggleType);
    view.reader(selected, analysis, {
      focus: state.focus, canonical: state.canonical, hiddenTypes: state.hiddenTypes, excluded: selected ? selected.excluded : [], correct: openCorrection,
    });
    const labels = { ...view.CATEGORY_LABEL, ...Object.fromEntries(view.ENTITY_TYPES.map(([t, label]) => [t, label])), DATE: 'Dates', FIGURE: 'Figures' };
    view.filterChips(model.chips(filters(), { names, labels, formatDay: view.formatDay }), removeFilter);
    writeHash();
    return drawn;
  }

  /** Draws the views of the corpus: `shown` is its answer to render's request. */
  function drawCorpus(shown, spans, names) {
    const chosen = state.figureFilters;
    drawTimeline(shown.timeline, spans);
    view.figureFilters(shown.figures.categories, state.articles, chosen, chooseFigureFilters);
    view.figures(shown.figures, names, state.sort,
      { sort: sortBy, select: openSentence, correct: (row) => openCorrection(row.article, 'figure', row.figure), more: () => showAll('figures') });
    if (shown.chart) drawChart(shown.chart);
    view.entitySearch(state.entitySearch, shown.entities.length, searchEntities);
    view.entityIndex(shown.entities, state.canonical, names, selectEntity);
    if (shown.places && Sitrep.map) Sitrep.map.render(shown.places, spans, state.canonical, selectEntity);
  }

  let chartLoading = null;

  /** The chart of figures over time (pkg/chart.js), loaded the first time the figures view is shown, then drawn with the other views. */
  function showChart() {
    if (chartLoading) return;
    chartLoading = Sitrep.loadScript('pkg/chart.js').then(render, (err) => {
      chartLoading = null;
      view.message('error', `the chart could not be loaded: ${errorText(err)}`);
    });
  }

  /** Draws the chart of `rows`, in the table's category when one is chosen. */
  function drawChart(rows) {
    const { category } = state.figureFilters;
    Sitrep.chart.render(rows, titles(), {
      open: openSentence, category, shown: state.chartCategory, pick: (chosen) => { state.chartCategory = chosen; writeHash(); },
      hidden: state.chartHidden, hide: (sources) => { state.chartHidden = sources; writeHash(); },
    });
  }

  // The map (pkg/map.js) loads when its view is first shown, then draws with the other views.
  let mapLoading = null;
  document.addEventListener('sitrep:viewshown', (event) => {
    if (event.detail.view !== 'map' || mapLoading) return;
    mapLoading = Sitrep.loadScript('pkg/map.js').then(render, (err) => {
      mapLoading = null;
      view.message('error', `the map could not be loaded: ${errorText(err)}`);
    });
  });

  function writeHash() {
    const hash = Sitrep.hash.write(tabs.current(), {
      article: state.selectedId, entity: state.canonical, from: state.timeline.from, to: state.timeline.to, group: state.timeline.group,
      sort: state.sort, category: state.figureFilters.category, figuresArticle: state.figureFilters.article,
      chart: state.chartCategory, chartHidden: state.chartHidden, hidden: [...state.hiddenTypes],
    });
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }

  function readHash() {
    const read = Sitrep.hash.read(location.hash);
    if (byId(read.article)) state.selectedId = read.article;
    if (read.entity) state.canonical = read.entity;
    if (read.from) state.timeline.from = read.from;
    if (read.to) state.timeline.to = read.to;
    if (read.group) state.timeline.group = read.group;
    if (read.sort) state.sort = read.sort;
    if (read.category) state.figureFilters.category = read.category;
    if (byId(read.figuresArticle)) state.figureFilters.article = read.figuresArticle;
    if (read.chart) state.chartCategory = read.chart;
    if (read.chartHidden.length) state.chartHidden = read.chartHidden;
    if (read.hidden.length) state.hiddenTypes = new Set(read.hidden);
  }

  // ---- user actions -----------------------------------------------------------

  function showAll(view) {
    state.limits[view] = Infinity;
    return render();
  }

  function selectArticle(id) {
    state.selectedId = id;
    state.focus = null;
    tabs.show('reader');
    return render();
  }

  async function openSentence(item) {
    state.selectedId = item.article;
    state.focus = { start: item.sentence.start, end: item.sentence.end };
    tabs.show('reader');
    await render();
    document.getElementById('reader').scrollIntoView({ block: 'start' });
  }

  function selectEntity(entry) {
    state.canonical = state.canonical === entry.canonical ? null : entry.canonical;
    state.focus = null;
    const current = byId(state.selectedId);
    if (state.canonical && (!current || !entry.mentions[current.id])) state.selectedId = Object.keys(entry.mentions)[0];
    return render();
  }

  function toggleType(type, hide) {
    if (hide) state.hiddenTypes.add(type); else state.hiddenTypes.delete(type);
    return render();
  }

  function chooseFigureFilters(chosen) {
    state.figureFilters = chosen;
    return render();
  }

  /** Narrows the entity index to the names holding `query`; `apply` selects the best match as the filter. */
  async function searchEntities(query, apply) {
    state.entitySearch = query;
    const best = apply && (await busyWhile(core.view({ entities: query }))).entities[0];
    if (best && state.canonical !== best.canonical) return selectEntity(best);
    return render();
  }

  /** Removes the filter of chip `key` (model.chips). */
  function removeFilter(key) {
    const left = model.withoutFilter(filters(), key);
    state.canonical = left.entity;
    state.figureFilters = { category: left.category, article: left.article };
    state.timeline.from = left.from;
    state.timeline.to = left.to;
    state.hiddenTypes = new Set(left.hidden);
    return render();
  }

  async function sortBy(key) {
    state.sort = { key, descending: state.sort.key === key ? !state.sort.descending : false };
    await render();
    const button = document.querySelector(`[data-sort-key="${key}"]`);
    if (button) button.focus();
  }

  /** Moves the timeline's window (corpus.js `movedWindow`: `{zoom}`, `{pan}`, `{widen}` or `{fit}`); nothing without dated statements. */
  async function moveTimeline(move) {
    const window = await busyWhile(core.movedWindow(corpusRequest(mentioning(), { timeline: timelineSettings() }), move));
    if (window) await setTimelineWindow(window);
    return window;
  }

  /** Zooms the timeline window by `factor` (under 1 zooms in), centred on the statements. */
  const zoomTimeline = (factor) => moveTimeline({ zoom: factor });

  /** Moves the timeline window by `direction` halves of its width. */
  const panTimeline = (direction) => moveTimeline({ pan: direction });

  /** Widens the timeline window to hold `day`; the focus goes to the overview, its marker gone. */
  async function widenTimeline(day) {
    if (await moveTimeline({ widen: day })) document.getElementById('timeline-overview').focus();
  }

  /** Shows every dated statement. */
  const fitTimeline = () => moveTimeline({ fit: true });

  function setTimelineWindow([lo, hi]) {
    state.timeline.from = model.isoOfDay(lo);
    state.timeline.to = model.isoOfDay(hi - 1);
    return render();
  }

  async function exportShown(kind) {
    const { edit } = await editing();
    const output = await edit.exportFile(kind, {
      articles: state.articles,
      selected: byId(state.selectedId),
      analysisOf,
      byId,
      inputs: inputsToSave,
      corpus: () => core.corpus(),
      // The rows the views show, every one of them: the views draw only the first.
      figureRows: () => core.figureRows(corpusRequest(mentioning(), { figures: figureSettings() })),
      timelineRows: () => core.timelineRows(corpusRequest(mentioning(), { timeline: timelineSettings() })),
    });
    if (!output || !output[2]) { view.message('warning', 'there is nothing to export yet'); return; }
    view.download(...output);
  }

  /** Shows `articles` (analysed before) in place of the current ones, and keeps them. */
  async function replaceArticles(articles, selectedId) {
    state.articles = articles;
    state.selectedId = byId(selectedId) ? selectedId : articles[0] ? articles[0].id : null;
    state.focus = null;
    // The merge is posted first; the views' question waits for it (core.view), the rest is drawn meanwhile.
    await Promise.all([refreshCorpus(), persist(), render()]);
  }

  /** Runs `change`, then offers to undo it: back to exactly the articles there were. */
  async function undoable(label, change) {
    const before = state.articles.slice();
    const selectedId = state.selectedId;
    await change();
    view.undoBar(label, () => replaceArticles(before, selectedId));
  }

  function removeArticle(id) {
    const article = byId(id);
    if (!article) return null;
    return undoable(`Removed “${article.summary.title || article.name}”`,
      () => replaceArticles(state.articles.filter((a) => a !== article), state.selectedId === id ? null : state.selectedId));
  }

  // ---- corrections ------------------------------------------------------------

  /**
   * Opens the correction form for the `kind` item of article `id` at `span`
   * ({start, end}); for boilerplate, `span` is the range of lines.
   */
  async function openCorrection(id, kind, span) {
    const { edit } = await editing();
    const article = byId(id);
    if (article) edit.openCorrection(article, analysisOf(article), kind, span, (list) => setCorrections(id, list));
  }

  async function setCorrections(id, list) {
    const article = byId(id);
    if (!article) return;
    // A boilerplate verdict changes what the core analyses: that needs a new analysis.
    const verdicts = (l) => JSON.stringify((l || []).filter((c) => c.kind === 'boilerplate'));
    const changes = { ...article, corrections: list };
    const updated = verdicts(list) === verdicts(article.corrections) ? await corrected(changes) : await analyze(changes);
    if (state.articles.includes(article)) state.articles[state.articles.indexOf(article)] = updated;
    await Promise.all([refreshCorpus(), persist(), render()]);
  }

  /** Opens the boilerplate form for the lines selected in the reader, or the sentence shown. */
  async function correctBoilerplate() {
    const { edit, corrections } = await editing();
    const article = byId(state.selectedId);
    const span = edit.readerSelection() || state.focus;
    if (!article || !span) { view.message('warning', 'select some text in the reader first, or open a sentence'); return; }
    openCorrection(article.id, 'boilerplate', corrections.wholeLines(article.text, span.start, span.end));
  }

  /** Re-analyses article `id` with `changes` to its input, then keeps and shows it. */
  async function reanalyse(id, changes) {
    const article = byId(id);
    if (!article) return;
    try {
      const updated = await analyze({ ...article, ...changes });
      state.articles[state.articles.indexOf(article)] = updated;
      await Promise.all([refreshCorpus(), persist()]);
    } catch (err) {
      view.message('error', `${article.summary.title || article.name}: ${errorText(err)}`);
    }
    await render();
  }

  /** The user's publication date for article `id` (none: the core infers one again). */
  function setPublished(id, value) {
    return reanalyse(id, { published: value || null, publishedOrigin: value ? 'user' : null });
  }

  function confirmFileDate(id) {
    const article = byId(id);
    if (article && article.fileDate) setPublished(id, article.fileDate);
  }

  /** Opens article `id` in the reader with its date field ready to type in. */
  function chooseDate(id) {
    selectArticle(id);
    document.getElementById('reader-published').focus();
  }

  /** Reads and analyses several inputs at once, so that every worker of the
   * core is busy; articles are added in input order, and a bad one is reported
   * and skipped. With `saving`, each is written to the store as it is added,
   * for the save that follows (persist) to find written. */
  async function addInputs(inputs, { saving = false } = {}) {
    const added = [];
    const textsSeen = new Map(state.articles.map((a) => [a.text, a]));
    const idsTaken = new Set(state.articles.map((a) => a.id));
    const inFlight = [];
    let done = 0;
    if (inputs.length > POOL_AT) core.grow();
    view.progress(0, inputs.length);
    const settle = async () => {
      const { label, work } = inFlight.shift();
      const { article, error } = await work;
      if (error) view.message('error', `${label}: ${errorText(error)}`);
      if (article) {
        state.articles.push(article);
        added.push(article);
        // Kept for the corpus now; should that fail, the merge to come keeps it again, or says why not.
        core.keep([forCorpus(article)]).catch(() => {});
        // Likewise saved: the save to come writes again what failed here, or says why not.
        if (saving) store.write([inputToSave(article)]).catch(() => {});
      }
      done += 1;
      view.progress(done, inputs.length);
    };
    // A file's id comes from its name, known before it is read: taken then, in
    // input order, so that the core can decode and analyse its text in one call
    // (pending.analyzable). Other inputs get theirs once read. Reads finish in
    // any order; each is checked against the texts seen at once, in one
    // synchronous step, so no two can clash; a duplicate gives its id back.
    const start = (pending) => {
      let early = null;
      if (pending.analyzable) {
        early = uniqueId(pending.name, idsTaken);
        idsTaken.add(early);
      }
      return pending.read(early && analyzeOptions({ id: early })).then((input) => {
        if (input.warning) view.message('warning', `${pending.label}: ${input.warning}`);
        const same = textsSeen.get(input.text);
        if (same) {
          view.message('warning', `${pending.label}: the same text is already loaded as “${(same.summary && same.summary.title) || same.name}”`);
          if (early) idsTaken.delete(early);
          return {};
        }
        const id = early || uniqueId(input.id || input.name, idsTaken);
        idsTaken.add(id);
        const { wholeText, analysed, ...kept } = input;
        if (wholeText) offerWholeText(pending.label, id, kept.text, wholeText);
        const entry = { ...kept, id, example: Boolean(input.example) };
        textsSeen.set(input.text, entry);
        if (analysed) return analysedArticle(entry, analysed).then((article) => ({ article }));
        return (pending.analysed || analyze)(entry).then((article) => ({ article }));
      }).catch((error) => {
        if (early) idsTaken.delete(early);
        return { error };
      });
    };
    for (const pending of inputs) {
      inFlight.push({ label: pending.label, work: start(pending) });
      if (inFlight.length >= ANALYSES_IN_FLIGHT) await settle();
    }
    while (inFlight.length) await settle();
    return added;
  }

  /** Says that a web page's extracted article looks too short, offering the page's whole text. */
  function offerWholeText(label, id, text, wholeText) {
    const kept = Array.from(text).length.toLocaleString('en-GB');
    const whole = Array.from(wholeText).length.toLocaleString('en-GB');
    view.message('warning', `${label}: the article found in this web page keeps only ${kept} of its ${whole} characters of text`,
      { label: 'Use the whole page text', run: () => reanalyse(id, { text: wholeText }) });
  }

  async function addAndShow(pending) {
    const added = await addInputs(pending, { saving: true });
    if (!added.length) return;
    state.selectedId = added[added.length - 1].id;
    state.focus = null;
    await Promise.all([refreshCorpus(), persist(), render()]);
  }

  function fromFiles(files) {
    return Array.from(files).map((file) => ({
      label: file.name, name: ingest.stem(file.name), analyzable: true, read: (analysis) => ingest.fromFile(file, analysis),
    }));
  }

  /** Every file below the dropped items, folders included where the browser allows. */
  async function droppedFiles(dataTransfer) {
    const entries = Array.from(dataTransfer.items || []).map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry()).filter(Boolean);
    if (!entries.some((e) => e.isDirectory)) return Array.from(dataTransfer.files);
    const files = [];
    const visit = async (entry) => {
      if (entry.isFile) files.push(await new Promise((resolve, reject) => entry.file(resolve, reject)));
      else if (entry.isDirectory) {
        const reader = entry.createReader();
        for (;;) {
          const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
          if (!batch.length) break;
          for (const child of batch) await visit(child);
        }
      }
    };
    for (const entry of entries) await visit(entry);
    return files;
  }

  function exampleInputs() {
    return (self.SITREP_EXAMPLES || []).map((e) => ({
      id: e.id, name: e.id, text: e.text, published: e.published, publishedOrigin: e.published ? 'manifest' : null, fileDate: null, example: true, corrections: [],
    }));
  }

  /** Adds the examples that are not loaded already. */
  function addExamples() {
    const loaded = new Set(state.articles.map((a) => a.text));
    const missing = exampleInputs().filter((e) => !loaded.has(e.text));
    if (!missing.length) { view.message('warning', 'the examples are all loaded already'); return null; }
    return addAndShow(missing.map((input) => ({ label: input.id, read: async () => input })));
  }

  /** The articles of an "All JSON" export, with their corrections: their analyses are redone. */
  async function importJson(file) {
    let inputs;
    try {
      inputs = (await editing()).edit.importedInputs(await file.text());
    } catch (err) {
      view.message('error', `${file.name}: ${errorText(err)}`);
      return;
    }
    await addAndShow(inputs.map((input) => ({ label: `${file.name}: ${input.name}`, read: async () => input })));
  }

  /** Replaces the articles with `inputs`; `early` holds analyses of some of them asked for before (analysedMeanwhile). */
  async function loadInitial(inputs, early = new Map()) {
    state.articles = [];
    // An early analysis is of the same input only if the article gets the same id and text.
    const analysed = (entry) => {
      const made = early.get(entry.id);
      return made && made.input.text === entry.text && made.input.published === entry.published ? made.analysis : analyze(entry);
    };
    await addInputs(inputs.map((input) => ({ label: input.name || input.id, read: async () => input, analysed })));
    performance.mark('sitrep:analysed'); // read by benches/page.mjs, as the marks below
    const merged = refreshCorpus().then(() => performance.mark('sitrep:merged'));
    await Promise.all([merged, showHashState()]);
  }

  /** Shows what the URL hash says, every part it leaves out at its default. */
  function showHashState() {
    state.selectedId = state.articles[0] ? state.articles[0].id : null;
    state.focus = null;
    state.canonical = null;
    state.timeline = { from: null, to: null, group: 'date' };
    state.sort = { key: null, descending: false };
    state.figureFilters = { category: '', article: '' };
    state.chartCategory = null;
    state.chartHidden = [];
    state.hiddenTypes = new Set();
    state.limits = { timeline: 400, figures: 400 };
    readHash();
    return render();
  }

  async function reset() {
    if (!await (await editing()).edit.confirmAction('Replace every article, and your corrections, with the examples?', 'Reset')) return;
    await undoable('Reset to the examples', async () => {
      view.clearMessages();
      history.replaceState(null, '', '#');
      // Nothing saved: the next visit starts with the examples of its day.
      try { await store.clear(); } catch (err) { view.message('warning', `saved articles could not be cleared: ${errorText(err)}`); }
      await loadInitial(exampleInputs());
    });
  }

  async function startEmpty() {
    if (!await (await editing()).edit.confirmAction('Remove every article, and your corrections?', 'Remove all')) return;
    await undoable('Removed every article', () => replaceArticles([], null));
  }

  function wire() {
    tabs.init();
    // A link pasted into the open tab, or back and forward: the hash is the state
    // (the page's own writes replace it without this event).
    addEventListener('hashchange', showHashState);
    const picker = document.getElementById('file-input');
    picker.addEventListener('change', () => {
      const files = Array.from(picker.files);
      picker.value = '';
      addAndShow(fromFiles(files));
    });
    const zone = document.querySelector('[data-dropzone]');
    // A real button, so Enter and Space open the picker as browsers allow.
    zone.addEventListener('click', () => picker.click());
    document.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('dragging'); });
    document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) zone.classList.remove('dragging'); });
    document.addEventListener('drop', async (e) => {
      e.preventDefault();
      zone.classList.remove('dragging');
      try {
        addAndShow(fromFiles(await droppedFiles(e.dataTransfer)));
      } catch (err) {
        view.message('error', `the dropped items could not be read: ${errorText(err)}`);
      }
    });
    document.getElementById('paste-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const text = document.getElementById('paste-text').value;
      const name = document.getElementById('paste-title').value.trim();
      const published = document.getElementById('paste-published').value;
      addAndShow([{ label: name || 'pasted text', read: async () => ingest.fromPaste(name, text, published) }]).then(() => {
        document.getElementById('paste-text').value = '';
      });
    });
    document.getElementById('reader-published').addEventListener('change', (e) => setPublished(state.selectedId, e.target.value));
    document.getElementById('reader-confirm').addEventListener('click', () => confirmFileDate(state.selectedId));
    document.querySelectorAll('[data-zoom]').forEach((button) => button.addEventListener('click', () => {
      const how = button.dataset.zoom;
      if (how === 'fit') fitTimeline(); else zoomTimeline(how === 'in' ? 0.5 : 2);
    }));
    document.querySelectorAll('[data-pan]').forEach((button) => button.addEventListener('click', () => panTimeline(Number(button.dataset.pan))));
    const overview = document.getElementById('timeline-overview');
    new ResizeObserver(() => {
      if (overview.clientWidth === overviewWidth) return;
      overviewWidth = overview.clientWidth;
      // A hidden tab has no width: nothing to draw until it is shown again.
      if (overviewWidth) renderTimeline();
    }).observe(overview);
    document.getElementById('timeline-overview').addEventListener('keydown', (e) => {
      const keys = { ArrowLeft: () => panTimeline(-1), ArrowRight: () => panTimeline(1), '+': () => zoomTimeline(0.5), '=': () => zoomTimeline(0.5), '-': () => zoomTimeline(2) };
      if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
    });
    for (const [id, key] of [['timeline-from', 'from'], ['timeline-to', 'to']]) {
      document.getElementById(id).addEventListener('change', (e) => { state.timeline[key] = e.target.value || null; render(); });
    }
    document.getElementById('timeline-group').addEventListener('change', (e) => { state.timeline.group = e.target.value; render(); });
    document.querySelectorAll('[data-export]').forEach((button) => button.addEventListener('click', () => exportShown(button.dataset.export)));
    document.addEventListener('sitrep:viewshown', (e) => { if (e.detail && e.detail.view === 'figures') showChart(); });
    document.querySelector('[data-action="reset"]').addEventListener('click', reset);
    document.querySelector('[data-action="empty"]').addEventListener('click', startEmpty);
    document.querySelector('[data-action="add-examples"]').addEventListener('click', addExamples);
    document.querySelector('[data-action="boilerplate"]').addEventListener('click', correctBoilerplate);
    const importer = document.getElementById('import-input');
    importer.addEventListener('change', () => {
      const [file] = importer.files;
      importer.value = '';
      if (file) importJson(file);
    });
  }

  /** A saved input from before dates kept their origin: an example's is its manifest's, any other the user's. */
  function withOrigin(input) {
    if (input.publishedOrigin !== undefined) return input;
    return { ...input, publishedOrigin: input.published ? (input.example ? 'manifest' : 'user') : null };
  }

  /**
   * Analyses of `inputs`, by id, asked for one after another from when the core
   * is ready until `loading` settles: a first visit's examples are analysed
   * while IndexedDB, whose first opening takes longer than the core's start, is
   * read. Where articles were saved, no more is asked, and what was done warmed
   * the core up for them (a worker's first analysis is its slowest).
   */
  function analysedMeanwhile(inputs, loading) {
    const early = new Map();
    let answered = false;
    loading.then(() => { answered = true; });
    (async () => {
      await core.ready();
      for (const input of inputs) {
        if (answered) return;
        const analysis = analyze(input);
        early.set(input.id, { input, analysis });
        await analysis;
      }
    })().catch(() => {}); // a failure is reported where loadInitial awaits the same analysis, or the core
    return early;
  }

  async function start() {
    performance.mark('sitrep:page-script');
    wire();
    // The saved articles are read while the core starts.
    const loading = store.loadedAtStart().catch((err) => {
      view.message('warning', `saved articles could not be read: ${errorText(err)}`);
      return null;
    });
    const examples = exampleInputs();
    const early = analysedMeanwhile(examples, loading);
    try {
      await core.ready();
    } catch (err) {
      view.message('error', `the analyser could not start: ${errorText(err)}`);
      return;
    }
    const saved = await loading;
    performance.mark('sitrep:store-loaded');
    await loadInitial(saved ? saved.map(withOrigin) : examples, saved ? undefined : early);
    tabs.announce();
    document.body.dataset.ready = 'true';
    performance.mark('sitrep:examples-rendered'); // read by benches/page.mjs
    // The page is drawn: the other workers start now, for the articles to come.
    core.grow();
  }

  start();
})(self.Sitrep = self.Sitrep || {});
