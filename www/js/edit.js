// The editing tools, loaded the first time they are needed (scripts/build_site.sh
// bundles them with corrections.js and export.js into pkg/edit.js, so that the
// page loads less at start): the correction form, the confirmation before a
// change that discards work, the reader's selection, and the reading of an
// "All JSON" export to import, and the exports' files.
(function (Sitrep) {
  'use strict';

  const { el, $, ENTITY_TYPES, CATEGORY_LABEL } = Sitrep.view;
  const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4])?$/;
  const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
  // The dialogs' stylesheet comes with these tools; a dialog opens once it is in.
  const styled = new Promise((resolve) => {
    document.head.append(el('link', { rel: 'stylesheet', href: 'pkg/edit.css', onload: resolve, onerror: resolve }));
  });

  /** A modal dialog made once and kept at the end of the body. */
  function dialog(id, label, ...children) {
    return $(id) || document.body.appendChild(el('dialog', { id, class: 'dialog', 'aria-labelledby': label }, ...children));
  }

  const field = (id, label, control) => [el('label', { for: id }, label), control];
  const check = (id, label) => el('label', { class: 'check' }, el('input', { id, type: 'checkbox' }), ' ', label);

  function correctionDialog() {
    return dialog('correct-dialog', 'correct-title', el('form', { id: 'correct-form', novalidate: true },
      el('h2', { id: 'correct-title' }), el('p', { id: 'correct-text', class: 'quote' }),
      el('div', { dataset: { field: 'entity' } },
        ...field('correct-type', 'Type', el('select', { id: 'correct-type' })),
        ...field('correct-canonical', 'Canonical name', el('input', { id: 'correct-canonical', type: 'text', autocomplete: 'off' }))),
      el('div', { dataset: { field: 'figure' } },
        ...field('correct-value', 'Value', el('input', { id: 'correct-value', type: 'number', step: 'any', min: '0' })),
        ...field('correct-category', 'Category', el('select', { id: 'correct-category' })),
        check('correct-exclude', 'Exclude this figure')),
      el('div', { dataset: { field: 'date' } }, ...field('correct-date',
        'Value: a day (2024-12-14), week (2024-W50), month (2024-12), quarter (2024-Q4) or year (2024)',
        el('input', { id: 'correct-date', type: 'text', autocomplete: 'off' }))),
      el('div', { dataset: { field: 'boilerplate' } }, check('correct-boilerplate', 'Boilerplate: not part of the report, not analysed')),
      el('div', { class: 'dialog-actions' },
        el('button', { type: 'submit', class: 'button' }, 'Save'),
        el('button', { type: 'button', id: 'correct-revert', class: 'button secondary' }, 'Drop my correction'),
        el('button', { type: 'button', id: 'correct-cancel', class: 'button secondary' }, 'Cancel'))));
  }

  /**
   * Opens `box` modal (Escape closes it) with the focus on `first`, and gives the
   * focus back, once closed, to what had it (or its redrawn twin).
   */
  async function showDialog(box, first) {
    const opener = document.activeElement;
    await styled;
    box.addEventListener('close', () => {
      const twin = opener && opener.dataset && opener.dataset.start !== undefined
        ? document.querySelector(`[data-correct="${opener.dataset.correct}"][data-start="${opener.dataset.start}"][role=button]`) : null;
      const back = opener && opener.isConnected ? opener : twin;
      if (back) back.focus();
    }, { once: true });
    box.showModal();
    first.focus();
  }

  /**
   * The correction form for `spec` `{kind, text, current, edited}`: `on.save(fields)`
   * with the fields of that kind, `on.revert()` drops the correction.
   */
  function correctionForm(spec, on) {
    const box = correctionDialog();
    const { kind, current } = spec;
    $('correct-title').textContent = { entity: 'Correct the entity', figure: 'Correct the figure', date: 'Correct the date', boilerplate: 'Boilerplate' }[kind];
    $('correct-text').textContent = spec.text;
    box.querySelectorAll('[data-field]').forEach((part) => { part.hidden = part.dataset.field !== kind; });
    $('correct-type').replaceChildren(...ENTITY_TYPES.map(([t, label]) => el('option', { value: t, selected: t === current.type }, label)));
    $('correct-canonical').value = current.canonical || '';
    $('correct-value').value = current.value === undefined ? '' : String(current.value);
    $('correct-category').replaceChildren(...Object.entries(CATEGORY_LABEL).map(([c, label]) => el('option', { value: c, selected: c === current.category }, label)));
    $('correct-exclude').checked = Boolean(current.exclude);
    $('correct-date').value = kind === 'date' ? current.value || '' : '';
    $('correct-boilerplate').checked = Boolean(current.boilerplate);
    $('correct-revert').hidden = !spec.edited;
    const fields = {
      entity: () => ({ type: $('correct-type').value, canonical: $('correct-canonical').value.trim() || current.canonical }),
      figure: () => ($('correct-exclude').checked ? { exclude: true }
        : { value: Number($('correct-value').value), category: $('correct-category').value }),
      date: () => ({ value: $('correct-date').value.trim() }),
      boilerplate: () => ({ boilerplate: $('correct-boilerplate').checked }),
    }[kind];
    $('correct-form').onsubmit = (event) => {
      event.preventDefault();
      const date = $('correct-date');
      date.setCustomValidity(kind === 'date' && !DATE_VALUE.test(date.value.trim()) ? 'A day (2024-12-14), week (2024-W50), month (2024-12), quarter (2024-Q4) or year (2024)' : '');
      if (!$('correct-form').reportValidity()) return;
      const chosen = fields();
      box.close();
      on.save(chosen);
    };
    $('correct-revert').onclick = () => { box.close(); on.revert(); };
    $('correct-cancel').onclick = () => box.close();
    showDialog(box, $({ entity: 'correct-type', figure: 'correct-value', date: 'correct-date', boilerplate: 'correct-boilerplate' }[kind]));
  }

  /** Asks before a change that discards work; resolves true when the user goes ahead. */
  function confirmAction(question, action) {
    const box = dialog('confirm-dialog', 'confirm-text', el('p', { id: 'confirm-text' }), el('div', { class: 'dialog-actions' },
      el('button', { type: 'button', id: 'confirm-yes', class: 'button' }),
      el('button', { type: 'button', id: 'confirm-no', class: 'button secondary' }, 'Cancel')));
    $('confirm-text').textContent = question;
    $('confirm-yes').textContent = action;
    return new Promise((resolve) => {
      let answer = false;
      $('confirm-yes').onclick = () => { answer = true; box.close(); };
      $('confirm-no').onclick = () => box.close();
      box.addEventListener('close', () => resolve(answer), { once: true });
      showDialog(box, $('confirm-no'));
    });
  }

  /** `{start, end}` in code points of the text selected in the reader, or null. */
  function readerSelection() {
    const selection = getSelection();
    const box = $('reader-text');
    if (!selection.rangeCount || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
    const upTo = (node, offset) => {
      const before = document.createRange();
      before.setStart(box, 0);
      before.setEnd(node, offset);
      return Array.from(before.toString()).length;
    };
    return { start: upTo(range.startContainer, range.startOffset), end: upTo(range.endContainer, range.endOffset) };
  }

  /**
   * The article inputs, corrections included, of the text of an "All JSON"
   * export; untrusted, so only well-formed values are kept. Throws when there are none.
   */
  function importedInputs(json) {
    const { articles } = JSON.parse(json);
    if (!Array.isArray(articles)) throw new Error('no articles in it (expected an “All JSON” export of Sitrep)');
    const day = (value) => (ISO_DAY.test(value) ? value : null);
    const inputs = articles.filter((a) => a && typeof a.text === 'string' && a.text).map((a) => ({
      id: String(a.id || a.name || 'article'), name: String(a.name || a.id || 'article'), text: a.text,
      published: day(a.published), publishedOrigin: day(a.published) ? String(a.publishedOrigin || 'user') : null,
      fileDate: day(a.fileDate), example: Boolean(a.example),
      corrections: Array.isArray(a.corrections) ? a.corrections.filter(Sitrep.corrections.isValid) : [],
    }));
    if (!inputs.length) throw new Error('no article with text in it');
    return inputs;
  }

  /** The overview as a standalone SVG document, its colours written in. */
  function timelineSvgSource() {
    const shown = document.querySelector('#timeline-overview svg');
    if (!shown) return null;
    const copy = shown.cloneNode(true);
    const originals = shown.querySelectorAll('*');
    copy.querySelectorAll('*').forEach((node, i) => {
      const style = getComputedStyle(originals[i]);
      if (node.tagName === 'title') return;
      node.setAttribute('fill', style.fill);
      node.setAttribute('stroke', style.stroke);
      node.setAttribute('opacity', style.opacity);
      if (node.tagName === 'text') { node.setAttribute('font-size', style.fontSize); node.setAttribute('font-family', 'sans-serif'); }
    });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
  }

  const LAYER = { entity: 'entities', figure: 'figures', date: 'dates' };

  /**
   * Opens the correction form for the `kind` item of `article` (whose core
   * analysis is `analysis`) at `span`; `save(list)` keeps the article's
   * corrections as the form leaves them.
   */
  function openCorrection(article, analysis, kind, span, save) {
    const { corrections } = Sitrep;
    const here = (x) => x.start === span.start && x.end === span.end;
    const existing = (article.corrections || []).find((c) => c.kind === kind && here(c));
    let current;
    if (kind === 'boilerplate') {
      const marked = analysis.boilerplate.some((b) => b.start <= span.start && b.end >= span.end);
      current = { boilerplate: existing ? existing.boilerplate : !marked };
    } else {
      const item = analysis[LAYER[kind]].find(here) || (article.excluded || []).find(here);
      if (!item) return;
      current = { ...item, exclude: Boolean(item.excluded) };
    }
    const text = Array.from(article.text).slice(span.start, span.end).join('');
    correctionForm({ kind, text, current, edited: Boolean(existing) }, {
      save: (fields) => save(corrections.upsert(article.corrections, { kind, start: span.start, end: span.end, text, ...fields })),
      revert: () => save(corrections.without(article.corrections, { kind, start: span.start, end: span.end })),
    });
  }

  /**
   * The file of export `kind` as [name, type, content], from what `page` gives:
   * its articles, the shown one, their analyses and saved inputs, the corpus and
   * the rows the views show.
   */
  async function exportFile(kind, page) {
    const { exporting } = Sitrep;
    // Each article's title and publication date with its provenance, for the CSV exports.
    const columns = () => Object.fromEntries(page.articles.map((a) => {
      const shown = Sitrep.view.publishedShown(a);
      return [a.id, { title: a.summary.title || a.name, published: shown.value, published_source: shown.source }];
    }));
    const { selected } = page;
    const outputs = {
      'figures-csv': async () => ['sitrep-figures.csv', 'text/csv', exporting.figuresCsv(await page.figureRows(), columns())],
      'figures-json': async () => ['sitrep-figures.json', 'application/json', exporting.json(await page.figureRows())],
      'timeline-csv': async () => ['sitrep-timeline.csv', 'text/csv', exporting.timelineCsv(await page.timelineRows(), columns())],
      'timeline-svg': () => ['sitrep-timeline.svg', 'image/svg+xml', timelineSvgSource()],
      'analysis-json': () => selected && [`${selected.id}.json`, 'application/json', exporting.json(page.analysisOf(selected))],
      // Each article's input and corrections beside its analysis: "Import JSON…" reads it back.
      'corpus-json': async () => ['sitrep-corpus.json', 'application/json', exporting.json({
        format: 'sitrep', version: 1,
        articles: page.inputs().map((input) => ({ ...input, analysis: JSON.parse(page.byId(input.id).json) })), corpus: await page.corpus(),
      })],
    };
    return outputs[kind] && outputs[kind]();
  }

  Sitrep.edit = { openCorrection, confirmAction, readerSelection, importedInputs, exportFile };
})(self.Sitrep = self.Sitrep || {});
