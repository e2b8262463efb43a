// The chart of figures over time inside the figures view, loaded the first time
// that view is shown (scripts/build_site.sh bundles it with chart_model.js into
// pkg/chart.js): one category's dated figures, one colour per source, points
// for single reports, a step line for running totals, conflicts ringed. Its
// own SVG, drawn at the box's width one unit a pixel so text keeps its CSS
// size; exported as SVG and PNG with its title, axes and legend.
(function (Sitrep) {
  'use strict';

  const { el, $, CATEGORY_LABEL, download } = Sitrep.view;
  const chart = Sitrep.chartModel;
  const SVG = 'http://www.w3.org/2000/svg';
  const CATEGORY_ORDER = Object.keys(CATEGORY_LABEL);
  // Colours cycle past this many sources (chart.css sets them for both themes);
  // the legend names the sources with the most points, up to a dozen (half on a narrow screen).
  const PALETTE_SIZE = 8, LEGEND_SERIES = 12, NARROW_LEGEND_SERIES = 6;
  // Every point is a target of 24 px at least (WCAG 2.5.8); points on one day
  // and value are set side by side, a target apart.
  const TARGET_RADIUS = 12, SLOT_GAP = 2 * TARGET_RADIUS;
  // For layout: the width of a character in the legend's and axes' 12 px type, and the height of a legend row.
  const CHAR_WIDTH = 7, LEGEND_ROW = 24;
  // Date labels ("19 Feb 2013") are about 80 px wide: ticks at least this far
  // apart, and their middles half a label from where another label or the edge is.
  const TICK_SPACING = 96, TICK_LABEL_HALF = 40;
  // The space between two stretches of the time axis, where empty years are left out.
  const BREAK_GAP = 20;

  // The chart's stylesheet comes with it.
  document.head.append(el('link', { rel: 'stylesheet', href: 'pkg/chart.css' }));

  const state = {
    rows: [], titles: {}, open: () => {}, pick: () => {}, hide: () => {}, category: null, tableCategory: null, focused: null,
    hidden: new Set(), // the sources whose series the legend hides
  };

  const svgNode = (tag, attributes = {}, text) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) if (v !== null && v !== undefined) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const truncated = (text, chars) => (text.length > chars ? text.slice(0, Math.max(chars - 1, 1)) + '…' : text);

  /** The chart's box, made once at the top of the figures view. */
  function root() {
    let box = document.querySelector('[data-chart]');
    if (box) return box;
    const picker = el('select', { id: 'chart-category', onchange: (e) => { state.category = e.target.value; state.focused = null; state.pick(state.category); draw(); } });
    box = el('section', { class: 'chart', dataset: { chart: '' }, 'aria-labelledby': 'chart-heading' },
      el('div', { class: 'chart-head' },
        el('h3', { id: 'chart-heading' }, 'Figures over time'),
        el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Chart' },
          el('label', { for: 'chart-category' }, 'Chart of'), picker,
          el('button', { type: 'button', class: 'tool', dataset: { chartExport: 'svg' }, title: 'The chart as an SVG image', onclick: exportSvg }, 'SVG'),
          el('button', { type: 'button', class: 'tool', dataset: { chartExport: 'png' }, title: 'The chart as a PNG image', onclick: exportPng }, 'PNG'))),
      el('div', { class: 'chart-plot' }),
      el('p', { class: 'hint' }, 'Hover or focus a point for its sentence; arrow keys move between points; select one (or press Enter) to read it.'));
    const head = $('figures').querySelector('.panel-head');
    head.after(box);
    let drawnWidth = 0;
    new ResizeObserver(() => {
      const width = box.querySelector('.chart-plot').clientWidth;
      if (width === drawnWidth) return;
      drawnWidth = width;
      draw();
    }).observe(box.querySelector('.chart-plot'));
    return box;
  }

  /**
   * Shows `rows` (figures-table rows) with `titles` (article id → title)
   * naming unattributed sources; `on.open(row)` opens a row's sentence in the
   * reader. The category shown is `on.category` (the table's filter) when it
   * is newly chosen, else the one picked here (at first `on.shown`, the page's
   * record of the last one), else the one with the most dated rows;
   * `on.pick(category)` tells the page of each one picked or chosen in the table.
   * The sources hidden are toggled in the legend (at first `on.hidden`),
   * `on.hide([source])` tells the page of each change.
   */
  function render(rows, titles, on) {
    state.rows = rows;
    state.titles = titles;
    state.open = on.open;
    state.pick = on.pick || (() => {});
    state.hide = on.hide || (() => {});
    const box = root();
    const counts = chart.categoryCounts(rows, CATEGORY_ORDER);
    const has = (category) => counts.some((c) => c.category === category);
    if (state.tableCategory === null) {
      // The first drawing: the page's category (from the URL hash), else the table's.
      state.tableCategory = on.category;
      state.category = has(on.shown) ? on.shown : on.category;
      state.hidden = new Set(on.hidden || []);
    } else if (on.category !== state.tableCategory) {
      state.tableCategory = on.category;
      if (has(on.category)) { state.category = on.category; state.focused = null; state.pick(on.category); }
    }
    if (!has(state.category)) state.category = chart.defaultCategory(counts);
    box.querySelector('#chart-category').replaceChildren(...counts.map(({ category, count }) => el('option', {
      value: category, selected: category === state.category,
    }, `${CATEGORY_LABEL[category] || category} (${count})`)));
    draw();
  }

  /** The legend's entries: the first `named` series (each a toggle), then the marks that need a word. */
  function legendEntries(list, named) {
    const points = list.flatMap((s) => s.points);
    const entries = list.slice(0, named).map((s, i) => (
      { kind: 'series', index: i % PALETTE_SIZE, label: s.label, count: ` (${s.points.length})`, hidden: state.hidden.has(s.label) }));
    const more = list.length - named;
    if (more > 0) entries.push({ kind: 'more', label: `and ${more} more source${more === 1 ? '' : 's'}, named on their points` });
    if (points.some((p) => p.status === 'planned')) entries.push({ kind: 'planned', label: 'planned, not done' });
    if (points.some((p) => p.status === 'cumulative')) entries.push({ kind: 'cumulative', label: 'running total (stepped line)' });
    if (points.some((p) => p.conflict)) entries.push({ kind: 'conflict', label: 'conflicts with another report' });
    return entries;
  }

  /** The mark of a point or a legend entry, centred on (x, y). */
  function marker(kind, x, y) {
    if (kind === 'cumulative') return svgNode('rect', { class: 'marker', x: x - 5, y: y - 5, width: 10, height: 10 });
    return svgNode('circle', { class: 'marker', cx: x, cy: y, r: 5.5 });
  }

  /** Shows or hides the series of `source`, and tells the page. */
  function toggleSeries(source) {
    if (state.hidden.has(source)) state.hidden.delete(source); else state.hidden.add(source);
    state.hide([...state.hidden]);
    draw();
  }

  /** Lays the legend out in rows across `width`; returns its group and height. A series' entry is a checkbox that shows or hides it. */
  function legend(entries, x0, y0, width) {
    const group = svgNode('g', { class: 'chart-legend' });
    let x = x0, y = y0 + LEGEND_ROW / 2;
    for (const entry of entries) {
      const count = entry.count || '';
      const label = truncated(entry.label, Math.floor((width - 24) / CHAR_WIDTH) - count.length) + count;
      const itemWidth = 22 + label.length * CHAR_WIDTH + 16;
      if (x > x0 && x + itemWidth > x0 + width) { x = x0; y += LEGEND_ROW; }
      const item = svgNode('g', { class: entry.kind === 'series' ? `series-${entry.index}${entry.hidden ? ' off' : ''}` : `key-${entry.kind}${entry.kind === 'planned' ? ' planned' : ''}` });
      if (entry.kind === 'series') {
        Object.entries({ role: 'checkbox', tabindex: 0, 'aria-checked': String(!entry.hidden), 'aria-label': `Show ${entry.label}${count}`, 'data-series': entry.label })
          .forEach(([k, v]) => item.setAttribute(k, v));
        item.append(svgNode('rect', { class: 'hit', x: x - 2, y: y - LEGEND_ROW / 2, width: itemWidth - 12, height: LEGEND_ROW }));
        item.addEventListener('click', () => toggleSeries(entry.label));
        item.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggleSeries(entry.label); } });
      }
      if (entry.kind === 'cumulative') item.append(marker('cumulative', x + 7, y));
      else if (entry.kind === 'conflict') item.append(svgNode('circle', { class: 'conflict-ring', cx: x + 7, cy: y, r: 7 }));
      else if (entry.kind !== 'more') item.append(marker('reported', x + 7, y));
      const text = svgNode('text', { x: x + 20, y: y + 4 }, label);
      if (label !== entry.label + count) text.append(svgNode('title', {}, entry.label));
      item.append(text);
      group.append(item);
      x += itemWidth;
    }
    return { group, height: y - y0 + LEGEND_ROW / 2 };
  }

  /** The words of a point, for its label and its tip. */
  const spoken = (words) => [words.value, words.date, words.source, words.status, words.conflict, `“${words.sentence}”`].filter(Boolean).join('; ');

  function draw() {
    const box = document.querySelector('[data-chart]');
    if (!box) return;
    const plot = box.querySelector('.chart-plot');
    const category = state.category;
    const list = category ? chart.series(state.rows, category, state.titles) : [];
    const shown = list.filter((s) => !state.hidden.has(s.label));
    box.dataset.category = category || '';
    box.querySelectorAll('[data-chart-export]').forEach((b) => { b.disabled = !list.length; });
    if (!list.length) {
      plot.replaceChildren(el('p', { class: 'empty' }, 'No dated figures to chart.'));
      return;
    }
    const width = Math.max(plot.clientWidth, 300);
    const narrow = width < 600;
    // The scales fit the series shown (all of them when the legend hides every one).
    const points = (shown.length ? shown : list).flatMap((s) => s.points);
    const units = chart.units(shown.length ? shown : list);
    const name = CATEGORY_LABEL[category] || category;
    const title = `${name} over time, by source`;

    const svg = svgNode('svg', {
      xmlns: SVG, viewBox: `0 0 ${width} 0`, width, class: 'chart-svg', role: 'group', 'aria-labelledby': 'chart-svg-title',
    });
    const summary = svgNode('title', { id: 'chart-svg-title' });
    svg.append(summary);
    const background = svgNode('rect', { class: 'chart-bg', x: 0, y: 0, width, height: 0 });
    svg.append(background, svgNode('text', { class: 'chart-title', x: 8, y: 22 }, title));

    const { group: legendGroup, height: legendHeight } = legend(legendEntries(list, narrow ? NARROW_LEGEND_SERIES : LEGEND_SERIES), 8, 34, width - 16);
    svg.append(legendGroup);

    const values = chart.valueScale(points, narrow ? 4 : 6);
    const tickText = values.ticks.map(chart.number);
    const left = 8 + 18 + Math.max(...tickText.map((t) => t.length)) * CHAR_WIDTH + 8;
    const right = width - 16;
    const top = 34 + legendHeight + 16;
    const plotHeight = narrow ? 220 : 300;
    const bottom = top + plotHeight;
    const height = bottom + 48;
    const { x, ranges } = chart.timeAxis(chart.timeSegments(points), left, right, BREAK_GAP);
    const month = (day) => chart.dateWords(Sitrep.model.isoOfDay(day).slice(0, 7));
    const skipped = ranges.slice(1).map((r, i) => `, the time axis skips ${month(ranges[i].hi)} to ${month(r.lo)}`).join('');
    const drawnCount = shown.reduce((n, s) => n + s.points.length, 0);
    const hiddenCount = list.length - shown.length;
    summary.textContent = `${title}: ${drawnCount} figure${drawnCount === 1 ? '' : 's'} from ${shown.length} source${shown.length === 1 ? '' : 's'}`
      + `${hiddenCount ? ` (${hiddenCount} hidden)` : ''}${skipped}`;
    const y = (value) => bottom - ((value - values.lo) / (values.hi - values.lo)) * plotHeight;

    // The value axis: grid lines, tick labels, and what is counted.
    const yAxis = svgNode('g', { class: 'chart-axis y-axis' });
    values.ticks.forEach((t, i) => {
      yAxis.append(svgNode('line', { class: 'grid', x1: left, x2: right, y1: y(t), y2: y(t) }),
        svgNode('text', { x: left - 6, y: y(t) + 4, 'text-anchor': 'end' }, tickText[i]));
    });
    const unitLabel = units.length ? units.slice(0, 2).join(', ') + (units.length > 2 ? ', …' : '') : 'value';
    yAxis.append(svgNode('text', { class: 'axis-title', x: 0, y: 0, transform: `translate(14 ${(top + bottom) / 2}) rotate(-90)`, 'text-anchor': 'middle' }, unitLabel));
    // The time axis: round dates, as many as fit, in each stretch of time it shows;
    // a break (two slanted strokes) where empty years are left out.
    const xAxis = svgNode('g', { class: 'chart-axis x-axis' });
    ranges.forEach((range, i) => {
      xAxis.append(svgNode('line', { class: 'domain', x1: range.x0, x2: range.x1, y1: bottom, y2: bottom }));
      if (i > 0) {
        const mid = range.x0 - BREAK_GAP / 2;
        for (const dx of [-3, 3]) xAxis.append(svgNode('line', { class: 'break', x1: mid + dx - 3, x2: mid + dx + 3, y1: bottom + 6, y2: bottom - 6 }));
      }
      // Labels stay inside the drawing, and clear of the next range's across the break.
      const from = i === 0 ? TICK_LABEL_HALF + 4 : range.x0 - BREAK_GAP / 2 + TICK_LABEL_HALF;
      const to = i === ranges.length - 1 ? width - TICK_LABEL_HALF - 4 : range.x1 + BREAK_GAP / 2 - TICK_LABEL_HALF;
      for (const tick of chart.rangeTicks(range, x, TICK_SPACING, [from, to])) {
        const tx = x(tick.at);
        xAxis.append(svgNode('line', { class: 'tick', x1: tx, x2: tx, y1: bottom, y2: bottom + 5 }),
          svgNode('text', { x: tx, y: bottom + 20, 'text-anchor': 'middle' }, tick.label));
      }
    });
    xAxis.append(svgNode('text', { class: 'axis-title', x: (left + right) / 2, y: height - 8, 'text-anchor': 'middle' }, 'Date'));
    svg.append(yAxis, xAxis);

    // Lines under the points: running totals, then each period a date covers and each range of values.
    const lines = svgNode('g', { class: 'chart-lines' });
    list.forEach((s, i) => {
      if (state.hidden.has(s.label)) return;
      const group = svgNode('g', { class: `series-${i % PALETTE_SIZE}` });
      if (s.steps.length) group.append(svgNode('path', { class: 'step', d: s.steps.map(([d, v], k) => `${k ? 'L' : 'M'}${x(d).toFixed(1)} ${y(v).toFixed(1)}`).join('') }));
      for (const p of s.points) {
        if (p.last - p.first > 1) group.append(svgNode('line', { class: 'period', x1: x(p.first), x2: x(p.last), y1: y(p.value), y2: y(p.value) }));
        if (p.valueMax !== null) group.append(svgNode('line', { class: 'range', x1: x(p.day), x2: x(p.day), y1: y(p.value), y2: y(p.valueMax) }));
      }
      lines.append(group);
    });
    svg.append(lines);

    // The points, in date order for the arrow keys.
    const drawn = list.flatMap((s, i) => (state.hidden.has(s.label) ? [] : s.points.map((point) => ({ series: s, index: i % PALETTE_SIZE, point }))))
      .sort((a, b) => a.point.day - b.point.day || a.index - b.index);
    const placed = chart.slots(drawn);
    const marks = svgNode('g', { class: 'chart-points' });
    // Its words are the points' labels too; hoverable and closed by Escape as the reader's tips (view.js).
    const tip = el('div', { class: 'chart-tip', hidden: true, 'aria-hidden': 'true', dataset: { hoverableTip: '' } });
    let owner = null; // the point whose tip is shown
    // The pointer may go from a point onto its tip and back, or on to another point.
    tip.addEventListener('pointerleave', (event) => {
      const to = event.relatedTarget;
      if (!(to && to.closest && to.closest('[data-point]')) && document.activeElement !== owner) tip.hidden = true;
    });
    const nodes = drawn.map(({ series, index, point }, k) => {
      const { slot, of } = placed[k];
      const px = x(point.day) + (slot - (of - 1) / 2) * SLOT_GAP, py = y(point.value);
      const words = chart.describe(point, series.label);
      const classes = ['point', `series-${index}`, point.status, point.conflict ? 'conflict' : ''].filter(Boolean).join(' ');
      const node = svgNode('g', {
        class: classes, tabindex: -1, role: 'button', 'aria-label': spoken(words),
        'data-point': '', 'data-value': String(point.value), 'data-date': point.row.date, 'data-source': series.label,
        'data-article': point.row.article, 'data-status': point.status, 'data-conflict': point.conflict ? 'true' : 'false',
      });
      node.append(svgNode('circle', { class: 'hit', cx: px, cy: py, r: TARGET_RADIUS }));
      if (point.conflict) node.append(svgNode('circle', { class: 'conflict-ring', cx: px, cy: py, r: 8.5 }));
      node.append(marker(point.status, px, py));
      const show = () => { owner = node; showTip(tip, words, px, py, width); };
      node.addEventListener('pointerenter', show);
      node.addEventListener('pointerleave', (event) => { if (document.activeElement !== node && !tip.contains(event.relatedTarget)) tip.hidden = true; });
      node.addEventListener('focus', () => { show(); state.focused = k; });
      node.addEventListener('blur', () => { tip.hidden = true; });
      node.addEventListener('click', () => state.open(point.row));
      node.addEventListener('keydown', (e) => onKey(e, nodes, k, point.row));
      marks.append(node);
      return node;
    });
    // One tab stop for the points; arrow keys move within them.
    const current = Math.min(state.focused ?? 0, nodes.length - 1);
    if (nodes.length) nodes[current].setAttribute('tabindex', 0);
    svg.append(marks);

    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('height', height);
    background.setAttribute('height', height);
    const focusedSeries = plot.contains(document.activeElement) ? document.activeElement.getAttribute('data-series') : undefined;
    plot.replaceChildren(svg, tip);
    // The focus stays on the legend's toggle, or on the points, that had it.
    const toggle = focusedSeries && [...svg.querySelectorAll('[data-series]')].find((t) => t.getAttribute('data-series') === focusedSeries);
    if (toggle) toggle.focus({ preventScroll: true });
    else if (focusedSeries !== undefined && nodes.length) nodes[current].focus({ preventScroll: true });
  }

  function onKey(event, nodes, k, row) {
    const moves = { ArrowRight: k + 1, ArrowDown: k + 1, ArrowLeft: k - 1, ArrowUp: k - 1, Home: 0, End: nodes.length - 1 };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      state.open(row);
    } else if (event.key in moves) {
      event.preventDefault();
      const next = Math.max(0, Math.min(nodes.length - 1, moves[event.key]));
      nodes[k].setAttribute('tabindex', -1);
      nodes[next].setAttribute('tabindex', 0);
      nodes[next].focus();
    }
  }

  /** The tip beside the point at (px, py): its value, date, source, and sentence. */
  function showTip(tip, words, px, py, width) {
    tip.replaceChildren(...[
      el('strong', {}, words.value), ' · ', words.date,
      el('span', { class: 'chart-tip-source' }, words.source),
      words.status && el('span', { class: 'chart-tip-status' }, words.status),
      words.conflict && el('span', { class: 'chart-tip-conflict' }, '⚠ ' + words.conflict),
      el('q', { class: 'chart-tip-sentence' }, words.sentence)].filter(Boolean));
    tip.hidden = false;
    const tipWidth = tip.offsetWidth, tipHeight = tip.offsetHeight;
    // `data-side` says where the tip is from the point: its edge on that side reaches across the gap (chart.css).
    if (px + 16 + tipWidth <= width) {
      tip.style.left = `${px + 16}px`;
      tip.style.top = `${Math.max(0, py - 12)}px`;
      tip.dataset.side = 'right';
    } else if (px - 16 - tipWidth >= 0) {
      tip.style.left = `${px - 16 - tipWidth}px`;
      tip.style.top = `${Math.max(0, py - 12)}px`;
      tip.dataset.side = 'left';
    } else {
      // No room beside the point (a narrow screen): above or below it, the point left in view.
      const above = py - TARGET_RADIUS - 4 - tipHeight >= 0;
      tip.style.left = `${Math.max(0, (width - tipWidth) / 2)}px`;
      tip.style.top = `${above ? py - TARGET_RADIUS - 4 - tipHeight : py + TARGET_RADIUS + 4}px`;
      tip.dataset.side = above ? 'above' : 'below';
    }
  }

  // What an exported drawing keeps of each element's computed style.
  const EXPORTED_STYLES = ['fill', 'stroke', 'stroke-width', 'opacity', 'font-size', 'font-weight', 'font-family'];

  /** The chart as a standalone SVG document, its colours and fonts written in, the targets left out. */
  function svgSource() {
    const shown = document.querySelector('[data-chart] svg');
    if (!shown) return null;
    const copy = shown.cloneNode(true);
    const originals = shown.querySelectorAll('*');
    copy.querySelectorAll('*').forEach((node, i) => {
      if (node.tagName === 'title') return;
      const style = getComputedStyle(originals[i]);
      for (const property of EXPORTED_STYLES) {
        if (property.startsWith('font') && node.tagName !== 'text') continue;
        node.setAttribute(property, style.getPropertyValue(property));
      }
    });
    copy.querySelectorAll('.hit').forEach((node) => node.remove());
    copy.querySelectorAll('[tabindex]').forEach((node) => { node.removeAttribute('tabindex'); node.removeAttribute('role'); });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
  }

  const fileName = (ext) => `sitrep-chart-${document.querySelector('[data-chart]').dataset.category}.${ext}`;

  function exportSvg() {
    const source = svgSource();
    if (source) download(fileName('svg'), 'image/svg+xml', source);
  }

  /** The chart drawn on a canvas at twice its size, as a PNG blob. */
  async function pngBlob() {
    const source = svgSource();
    if (!source) return null;
    const shown = document.querySelector('[data-chart] svg');
    const [width, height] = ['width', 'height'].map((a) => Number(shown.getAttribute(a)));
    const image = new Image();
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(source);
    await image.decode();
    const canvas = el('canvas', { width: width * 2, height: height * 2 });
    canvas.getContext('2d').drawImage(image, 0, 0, width * 2, height * 2);
    return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  }

  async function exportPng() {
    const blob = await pngBlob();
    if (blob) download(fileName('png'), 'image/png', blob);
  }

  Sitrep.chart = { render, svgSource, pngBlob };
})(self.Sitrep = self.Sitrep || {});
