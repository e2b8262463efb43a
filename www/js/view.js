// The only code that writes the DOM. Article text reaches it as textContent
// only, never as HTML. Offsets in the analysis count code points, JS strings
// UTF-16 units: text is indexed through Array.from.
(function (Sitrep) {
  'use strict';

  const ENTITY_TYPES = [
    ['PERSON', 'Person', 'PER'], ['ORG', 'Organisation', 'ORG'], ['PLACE', 'Place', 'PLC'],
    ['FACILITY', 'Facility', 'FAC'], ['GROUP', 'Group', 'GRP'], ['VESSEL', 'Vessel', 'SHIP'],
    ['AIRCRAFT', 'Aircraft', 'AIR'], ['EVENT', 'Event', 'EVT'],
  ];
  const TYPE_LABEL = Object.fromEntries(ENTITY_TYPES.map(([t, label]) => [t, label]));
  const TYPE_CODE = Object.fromEntries(ENTITY_TYPES.map(([t, , code]) => [t, code]));
  const CATEGORY_LABEL = {
    evacuees: 'Evacuees', aid: 'Aid', ships: 'Ships', aircraft: 'Aircraft', personnel: 'Personnel',
    nationals: 'Nationals', equipment: 'Equipment', casualties: 'Casualties', money: 'Money', other: 'Other',
  };
  const QUALIFIER_LABEL = { exact: '', approx: 'about', at_least: 'at least', at_most: 'up to' };
  // Where a publication date came from, as shown: the core's source, except that
  // a given date is told by its origin (manifest, metadata, user), an inferred one
  // by what it was inferred from, and a file date the core never saw is the
  // page's guess, to be confirmed.
  const PUBLISHED_SOURCE_LABEL = {
    manifest: 'from the examples\' manifest', metadata: 'from the page\'s metadata', dateline: 'from the dateline',
    text: 'inferred from the text', knowledge: 'inferred from a known event', file: 'file date, unconfirmed',
    user: 'set by you', none: 'date unknown',
  };
  const INFERRED = new Set(['text', 'knowledge']);
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const SVG = 'http://www.w3.org/2000/svg';

  const $ = (id) => document.getElementById(id);
  const { model } = Sitrep;

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'dataset') Object.assign(node.dataset, value);
        else if (key === 'class') node.className = value;
        else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
        else if (key in node && !key.includes('-')) node[key] = value;
        else node.setAttribute(key, value === true ? '' : value);
      }
    }
    node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
    return node;
  }

  function formatDay(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) return iso || '';
    return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  }

  /** A timeline or table date in words: the day, or the range a coarser date covers. */
  function formatPeriod(entry) {
    if (!entry.first || entry.precision === 'day' || entry.first === entry.last) return formatDay(entry.first || entry.date);
    const [fy, fm] = entry.first.split('-').map(Number);
    const [ly, lm] = entry.last.split('-').map(Number);
    if (entry.precision === 'month') return `${MONTHS[fm - 1]} ${fy}`;
    if (entry.precision === 'year') return String(fy);
    if (entry.precision === 'decade') return `${fy}s`;
    if (fy === ly && fm === lm) return `${Number(entry.first.slice(8))}–${formatDay(entry.last)}`;
    return `${formatDay(entry.first)} – ${formatDay(entry.last)}`;
  }

  /** A TIMEX3 value in words where its shape is known ("2013-02" → "Feb 2013"). */
  function formatValue(value) {
    let m;
    if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
    if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return `week ${Number(m[2])}, ${m[1]}`;
    return formatDay(value);
  }

  // One formatter for every number shown: toLocaleString makes a new one at each call (about 0.1 ms).
  const NUMBER = new Intl.NumberFormat('en-GB');

  function formatNumber(value) {
    return typeof value === 'number' ? NUMBER.format(value) : String(value);
  }

  function formatFigure(row) {
    const qualifier = QUALIFIER_LABEL[row.qualifier] || '';
    const range = row.value_max ? `${formatNumber(row.value)}–${formatNumber(row.value_max)}` : formatNumber(row.value);
    return (qualifier ? qualifier + ' ' : '') + range;
  }

  // ---- messages and progress ------------------------------------------------

  /** A message in the alert region; `action` `{label, run}` adds a button that runs it once. */
  function message(kind, text, action) {
    const item = el('p', { class: 'alert ' + kind },
      el('span', { class: 'alert-kind' }, kind === 'error' ? 'Error: ' : 'Note: '), text,
      action ? el('button', { type: 'button', class: 'tool alert-action', onclick: () => { item.remove(); action.run(); } }, action.label) : null,
      el('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss message', onclick: () => item.remove() }, '×'));
    $('alerts').append(item);
  }

  function clearMessages() {
    $('alerts').replaceChildren();
  }

  // The bar moves at most this often: each move repainted the page, a frame
  // for each article of a drop, on the thread that hands the workers their files.
  const PROGRESS_STEP_MS = 100;
  let progressMoved = -Infinity;

  function progress(done, total) {
    const now = performance.now();
    const ends = done === 0 || done >= total;
    if (!ends && now - progressMoved < PROGRESS_STEP_MS) return;
    progressMoved = now;
    $('progress').hidden = total === 0 || done >= total;
    $('progress-bar').max = Math.max(total, 1);
    $('progress-bar').value = done;
  }

  // ---- the article list -------------------------------------------------------

  /**
   * `{source, value, label}` of an article's publication date as shown: `source` is
   * manifest, metadata, dateline, inferred, file, user or none; `value` null when unknown.
   */
  function publishedShown(article) {
    const { value, source } = article.summary.published;
    const origin = source === 'given' ? article.publishedOrigin || 'user'
      : source === 'none' && article.fileDate ? 'file' : source;
    return {
      source: INFERRED.has(origin) ? 'inferred' : origin, value: origin === 'file' ? value || article.fileDate : value,
      label: PUBLISHED_SOURCE_LABEL[origin] || origin,
    };
  }

  /** A file date or no date: what the user is asked to confirm or set. */
  const isDoubtful = (shown) => shown.source === 'file' || shown.source === 'none';

  function publishedMark(shown) {
    return el('span', {
      class: 'published-source' + (isDoubtful(shown) ? ' doubtful' : ''), dataset: { publishedSource: shown.source },
      title: shown.source === 'file' ? 'Only the file\'s date: statements stay undated until you confirm or set the date' : null,
    }, shown.label);
  }

  /** A day in words; a file date, being a guess, with a question mark. */
  function publishedDay(shown) {
    if (!shown.value) return 'no date';
    return formatDay(shown.value) + (shown.source === 'file' ? '?' : '');
  }

  // Each article's item, made once per article object (a changed article is a
  // new object): choosing another article marks two items, and a drop adds its
  // own, without the whole list made again.
  const itemOf = new WeakMap();
  let listOn = null; // the handlers of the latest call, which every item calls

  function articleItem(a) {
    const title = a.summary.title || a.name;
    const shown = publishedShown(a);
    const open = el('button', {
      type: 'button', class: 'article-open', onclick: () => listOn.select(a.id),
    }, el('span', { class: 'article-title' }, title),
    el('span', { class: 'article-meta' }, publishedDay(shown), ' · ', publishedMark(shown),
      ' · ', `${a.summary.entities} entities, ${a.summary.figures} figures`));
    const remove = el('button', {
      type: 'button', class: 'article-remove', 'aria-label': `Remove ${title}`,
      title: 'Remove this article', onclick: () => listOn.remove(a.id),
    }, '×');
    const actions = isDoubtful(shown) ? el('span', { class: 'date-actions' },
      shown.source === 'file' ? el('button', {
        type: 'button', class: 'tool', dataset: { confirmDate: a.id }, onclick: () => listOn.confirm(a.id),
        'aria-label': `Confirm ${formatDay(shown.value)} as the publication date of ${title}`,
      }, `Confirm ${formatDay(shown.value)}`) : null,
      el('button', {
        type: 'button', class: 'tool', dataset: { setDate: a.id }, onclick: () => listOn.setDate(a.id),
        'aria-label': `Set date of publication of ${title}`,
      }, 'Set date')) : null;
    return el('li', { dataset: { articleId: a.id } }, open, remove, actions);
  }

  function articleList(articles, selectedId, on) {
    listOn = on;
    $('article-count').textContent = `(${articles.length})`;
    const list = $('article-list');
    const items = articles.map((a) => {
      if (!itemOf.has(a)) itemOf.set(a, articleItem(a));
      const item = itemOf.get(a);
      const selected = a.id === selectedId;
      item.classList.toggle('selected', selected);
      if (selected) item.firstChild.setAttribute('aria-current', 'true');
      else item.firstChild.removeAttribute('aria-current');
      return item;
    });
    if (items.length !== list.children.length || items.some((item, at) => list.children[at] !== item)) list.replaceChildren(...items);
  }

  // ---- the reader ---------------------------------------------------------------

  // The reader's other highlights, toggled in the legend beside the entity types.
  const LAYERS = [['DATE', 'Date', 'DATE'], ['FIGURE', 'Figure', 'FIG']];

  function legend(counts, hidden, onToggle) {
    $('legend-items').replaceChildren(...ENTITY_TYPES.concat(LAYERS).map(([type, label, code]) => {
      const id = 'legend-' + type.toLowerCase();
      return el('span', { class: 'legend-item', dataset: { entityType: type } },
        el('input', { type: 'checkbox', id, checked: !hidden.has(type), onchange: (e) => onToggle(type, !e.target.checked) }),
        el('label', { for: id, class: 'chip', dataset: { entityType: type } },
          el('span', { class: 'chip-code' }, code), ` ${label} (${counts[type] || 0})`));
    }));
  }

  // Which highlight is outside when two share a span: the boilerplate or kept
  // lines, the sentence in focus, a figure, a date, an entity.
  const RANK = { boilerplate: 0, kept: 0, focus: 1, figure: 2, date: 3, entity: 4 };

  /** What a highlight says on hover and focus. */
  function tipOf(item, published) {
    const corrected = item.edited && !item.excluded ? ' (corrected)' : '';
    if (item.role === 'entity') return `${TYPE_LABEL[item.type] || item.type}: ${item.canonical}${corrected}`;
    if (item.role === 'date') {
      const kind = item.type && item.type !== 'DATE' ? ` (${item.type.toLowerCase()})` : '';
      return model.dateResolution(item, kind ? null : published) + kind + corrected;
    }
    if (item.role === 'figure') {
      return `${item.text} → ${formatFigure(item)} ${item.unit}; category: ${CATEGORY_LABEL[item.category] || item.category}; `
        + `qualifier: ${QUALIFIER_LABEL[item.qualifier] || item.qualifier}; status: ${item.status || 'reported'}; source: ${item.source || 'none named'}`
        + (item.excluded ? ' (excluded by you)' : corrected);
    }
    if (item.role === 'kept') return 'Marked by you as part of the report';
    if (item.role === 'boilerplate') return `Not analysed: ${item.kind}`;
    return null;
  }

  /** The attributes that make a highlight open its correction form (click, Enter or Space). */
  function correctable(kind, item, label) {
    return {
      role: 'button', tabIndex: 0, 'aria-haspopup': 'dialog', 'aria-label': label + (item.edited ? ', corrected' : ''),
      'data-correct': kind, 'data-start': item.start, 'data-end': item.end, 'data-edited': item.edited ? '' : null,
    };
  }

  /**
   * One highlight of the reader with what it holds. Its own text is the whole
   * item's (a piece cut at a crossing keeps the item's hooks). A correctable
   * highlight is a control (role button) only when it holds none: controls do
   * not nest, so a figure around an entity is opened by a click on its own
   * words, and from the keyboard by a handle of its own after them (a control
   * with no text: the article's text stays as it is); its tip is read with the
   * entity's (`around`, the tips of the highlights around a control, go into its label).
   */
  function highlight(node, cps, context) {
    const item = node.item;
    const tip = tipOf(item, context.published);
    const around = tip && item.role !== 'focus' ? [...context.around, tip] : context.around;
    const content = renderNodes(node.children, node.start, node.end, cps, { ...context, around });
    const holdsControl = content.some((c) => typeof c !== 'string' && (c.matches('[role=button]') || c.querySelector('[role=button]')));
    const text = cps.slice(item.start, item.end).join('');
    const label = [`${text}, ${tip}`, ...context.around.slice().reverse()].join('; ');
    const control = (kind) => (holdsControl
      ? { 'data-correct': kind, 'data-start': item.start, 'data-end': item.end, 'data-edited': item.edited ? '' : null }
      : correctable(kind, item, label));
    if (holdsControl && ['entity', 'date', 'figure'].includes(item.role)) {
      content.push(el('span', { class: 'correct-handle', ...correctable(item.role, item, label) }));
    }
    if (item.role === 'focus') return el('span', { class: 'focus', dataset: { focus: '' } }, ...content);
    if (item.role === 'kept') return el('span', { class: 'kept', 'data-tip': tip, 'data-edited': '' }, ...content);
    if (item.role === 'boilerplate') {
      return el('span', {
        class: 'boilerplate', 'data-tip': tip, dataset: { boilerplate: item.kind },
        ...(holdsControl ? { 'data-edited': item.edited ? '' : null } : correctable('boilerplate', item, `${content.join('')}, boilerplate (${item.kind})`)),
      }, ...content);
    }
    if (item.role === 'entity') {
      return el('mark', {
        class: 'entity' + (context.canonical && item.canonical === context.canonical ? ' selected-entity' : ''), 'data-tip': tip,
        dataset: { entityType: item.type, canonical: item.canonical, code: TYPE_CODE[item.type] || item.type }, ...control('entity'),
      }, ...content);
    }
    if (item.role === 'date') {
      return el('span', { class: 'date-mention', 'data-tip': tip, dataset: { dateValue: item.value || '' }, ...control('date') }, ...content);
    }
    return el('span', {
      class: 'figure-mention' + (item.excluded ? ' excluded' : ''), 'data-tip': tip,
      dataset: { figureValue: String(item.value) },
      'data-figure-value-max': item.value_max === undefined || item.value_max === null ? null : String(item.value_max),
      'data-figure-excluded': item.excluded ? '' : null,
      ...control('figure'),
    }, ...content);
  }

  /** cps[from, to) with the highlight `nodes` inside it (model.nest's tree). */
  function renderNodes(nodes, from, to, cps, context) {
    const out = [];
    let at = from;
    for (const node of nodes) {
      if (node.start > at) out.push(cps.slice(at, node.start).join(''));
      out.push(highlight(node, cps, context));
      at = node.end;
    }
    if (to > at) out.push(cps.slice(at, to).join(''));
    return out;
  }

  /** The tip of the highlight under the pointer or in focus, with the tips of the highlights around it. */
  function showTip(box, target) {
    const tip = $('reader-tip');
    const chain = [];
    for (let node = target && target.closest('[data-tip]'); node && box.contains(node); node = node.parentElement.closest('[data-tip]')) {
      chain.push(node.dataset.tip);
    }
    if (!chain.length) { tip.hidden = true; return; }
    tip.replaceChildren(...chain.map((line) => el('span', { class: 'tip-line' }, line)));
    tip.hidden = false;
    tipAnchor = target.closest('[data-tip]');
    placeTip();
  }

  let tipAnchor = null, tipsBound = false;
  // The tip follows its highlight when the text or the page scrolls (a focus scrolls it into view).
  addEventListener('scroll', () => placeTip(), { capture: true, passive: true });

  // Tips (the reader's and the chart's, WCAG 1.4.13) stay while the pointer is
  // on what they describe or on the tip itself, and until the pointer or the
  // focus leaves: never on a timer. Escape closes them, wherever the focus is,
  // without moving it.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const tip of document.querySelectorAll('[data-hoverable-tip]:not([hidden])')) tip.hidden = true;
  });

  // The gap between a highlight and its tip, in px: the tip's edge reaches
  // across it (app.css), so the pointer goes from one to the other without leaving both.
  const TIP_GAP = 6;

  /** Puts the tip below its highlight (above it near the window's foot), inside the window. */
  function placeTip() {
    const tip = $('reader-tip');
    if (tip.hidden || !tipAnchor || !tipAnchor.isConnected) return;
    const rect = tipAnchor.getBoundingClientRect();
    const width = Math.min(tip.offsetWidth, window.innerWidth - 16);
    tip.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - width - 8))}px`;
    const below = rect.bottom + TIP_GAP;
    const above = below + tip.offsetHeight > window.innerHeight;
    tip.dataset.side = above ? 'above' : 'below';
    tip.style.top = `${above ? Math.max(8, rect.top - tip.offsetHeight - TIP_GAP) : below}px`;
  }

  /** The reader: `article`'s text with the highlights of `analysis`, its analysis with the user's corrections. */
  function reader(article, analysis, options) {
    const box = $('reader-text');
    $('reader-tip').hidden = true;
    if (!article) {
      $('reader-title').textContent = 'Reader';
      $('reader-published').value = '';
      $('reader-published-source').replaceChildren();
      $('reader-confirm').hidden = true;
      box.replaceChildren(el('p', { class: 'empty' }, 'No article: add one with the file picker, by dropping files, or by pasting text.'));
      return;
    }
    const cps = Array.from(article.text);
    $('reader-title').textContent = analysis.title || article.name;
    const shown = publishedShown(article);
    $('reader-published').value = shown.value || '';
    $('reader-published-source').replaceChildren(publishedMark(shown));
    $('reader-confirm').hidden = shown.source !== 'file';
    if (shown.source === 'file') $('reader-confirm').textContent = `Confirm ${formatDay(shown.value)}`;
    const hidden = options.hiddenTypes;
    const layer = (role, items) => items.map((x) => ({ ...x, role, rank: RANK[role] }));
    const ranges = [
      ...layer('entity', analysis.entities.filter((e) => !hidden.has(e.type))),
      ...layer('date', hidden.has('DATE') ? [] : analysis.dates),
      ...layer('figure', hidden.has('FIGURE') ? [] : analysis.figures.concat(options.excluded || [])),
      ...layer('boilerplate', analysis.boilerplate), ...layer('kept', analysis.kept || []),
      ...(options.focus ? layer('focus', [options.focus]) : []),
    ];
    box.replaceChildren(...renderNodes(model.nest(ranges), 0, cps.length, cps,
      { canonical: options.canonical, published: analysis.published.value, around: [] }));
    const open = (event) => {
      const target = event.target.closest('[data-correct]');
      if (!target) return;
      event.preventDefault();
      options.correct(article.id, target.dataset.correct, { start: Number(target.dataset.start), end: Number(target.dataset.end) });
    };
    box.onclick = open;
    box.onkeydown = (event) => {
      if (event.key === 'Enter' || event.key === ' ') open(event);
    };
    if (!tipsBound) {
      tipsBound = true;
      // focusin and focusout have no on- properties: listeners, bound once.
      const tip = $('reader-tip');
      tip.dataset.hoverableTip = '';
      box.addEventListener('mouseover', (event) => showTip(box, event.target));
      box.addEventListener('focusin', (event) => showTip(box, event.target));
      // The pointer may go from the highlight onto its tip, and back.
      box.addEventListener('mouseleave', (event) => { if (!tip.contains(event.relatedTarget)) tip.hidden = true; });
      tip.addEventListener('mouseleave', (event) => { if (!box.contains(event.relatedTarget)) tip.hidden = true; });
      box.addEventListener('focusout', () => { tip.hidden = true; });
    }
    const target = box.querySelector('[data-focus]') || box.querySelector('.selected-entity');
    if (target) target.scrollIntoView({ block: 'center', behavior: 'auto' });
  }

  // ---- the timeline ----------------------------------------------------------------

  function svgNode(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Lanes and marks leave a target of at least 24 px around each dot and bar
  // (WCAG 2.5.8), with room to spare when the drawing is scaled down a little.
  const LANE_HEIGHT = 28, TARGET = 26, DOT_RADIUS = 4.5, BAR_HEIGHT = 8;
  // Lane labels take the left of the drawing, a title cut to what fits in 12 px type.
  const LABEL_WIDTH = 150, CHAR_WIDTH = 7;

  const truncated = (text, chars) => (text.length > chars ? text.slice(0, chars - 1) + '…' : text);
  const yearOf = (day) => model.isoOfDay(day).slice(0, 4);

  /** A button at an edge of the overview for the statements beyond it, which widens the window to them. */
  function offScaleMarker(side, { count, day }, onWiden) {
    if (!count) return null;
    const many = count > 1 ? ` (${count})` : '';
    const label = side === 'before' ? `← ${yearOf(day)}${many}` : `${yearOf(day)} →${many}`;
    return el('button', {
      type: 'button', class: 'tool off-scale ' + side, dataset: { offScale: side, count: String(count) },
      'aria-label': `Widen the timeline to ${count} statement${count === 1 ? '' : 's'} ${side === 'before' ? 'from' : 'until'} ${formatDay(model.isoOfDay(day))}`,
      onclick: () => onWiden(day),
    }, label);
  }

  /**
   * The overview of `layout` (model.timelineLayout): one lane per article,
   * labelled by its title, days as dots, longer periods as bars, the
   * statements beyond the window as buttons at its edges.
   */
  function timelineOverview({ window, lanes, combined, marks, offScale: beyond }, titles, on) {
    const box = $('timeline-overview');
    box.dataset.windowStart = model.isoOfDay(window[0]);
    box.dataset.windowEnd = model.isoOfDay(window[1] - 1);
    const edges = [offScaleMarker('before', beyond.before, on.widen), offScaleMarker('after', beyond.after, on.widen)];
    const markers = edges.some(Boolean) ? el('div', { class: 'off-scale-row' }, ...edges) : null;
    const laneCount = combined ? 1 : Math.max(lanes.length, 1);
    const laneOf = new Map(lanes.map((id, i) => [id, combined ? 0 : i]));
    // Drawn at the box's own width, one unit a pixel, so text keeps its CSS size.
    const width = Math.max(on.width, 320), pad = TARGET / 2, axis = 22;
    const left = combined ? pad : Math.min(LABEL_WIDTH, width / 3);
    const height = laneCount * LANE_HEIGHT + axis;
    const { x } = model.scale(window, left + pad, width - pad);
    const svg = svgNode('svg', {
      viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'overview', xmlns: SVG,
      'aria-label': `Timeline overview, ${formatDay(model.isoOfDay(window[0]))} to ${formatDay(model.isoOfDay(window[1] - 1))}`
        + (combined ? `, all ${lanes.length} articles in one lane` : ''),
    });
    for (let i = 0; i < laneCount; i += 1) {
      const y = i * LANE_HEIGHT + LANE_HEIGHT / 2;
      svg.append(svgNode('line', { x1: left, x2: width - pad, y1: y, y2: y, class: 'lane' }));
      if (combined || !lanes[i]) continue;
      const title = titles[lanes[i]] || lanes[i];
      const label = svgNode('text', { x: 0, y: y + 4, class: 'lane-label', 'data-lane': lanes[i] }, truncated(title, Math.floor((left - 4) / CHAR_WIDTH)));
      label.append(svgNode('title', {}, title));
      svg.append(label);
    }
    for (const { entry: e, count } of marks) {
      const y = laneOf.get(e.article) * LANE_HEIGHT + LANE_HEIGHT / 2;
      const x0 = Math.max(x(model.dayNumber(e.first)), left), x1 = Math.min(x(model.dayNumber(e.last) + 1), width - pad);
      // The transparent stroke is the target, wider than the visible mark.
      const shape = e.precision === 'day'
        ? svgNode('circle', { cx: (x0 + x1) / 2, cy: y, r: DOT_RADIUS, class: 'point', 'stroke-width': TARGET - 2 * DOT_RADIUS })
        : svgNode('rect', {
          x: x0, y: y - BAR_HEIGHT / 2, width: Math.max(x1 - x0, 3), height: BAR_HEIGHT, rx: 2, class: 'range', 'stroke-width': TARGET - BAR_HEIGHT,
        });
      const about = count > 1 ? `${count} statements, first: ` : '';
      shape.append(svgNode('title', {}, `${formatPeriod(e)} — ${about}${titles[e.article] || e.article}: ${e.sentence.text}`));
      shape.addEventListener('click', () => on.select(e));
      svg.append(shape);
    }
    // A date label ("28 Sep 2024") takes about 80 px: one in 100 px keeps them apart, two at least.
    const ticks = Math.max(1, Math.min(6, Math.floor((width - left) / 100) - 1));
    for (let i = 0; i <= ticks; i += 1) {
      const day = Math.round(window[0] + ((window[1] - 1 - window[0]) * i) / ticks);
      const anchor = i === 0 ? 'start' : i === ticks ? 'end' : 'middle';
      svg.append(svgNode('text', {
        x: i === 0 ? left : i === ticks ? width - pad : x(day + 0.5), y: height - 6, class: 'axis-label', 'text-anchor': anchor,
      }, formatDay(model.isoOfDay(day))));
    }
    box.replaceChildren(...(markers ? [markers] : []), svg);
  }

  function timelineEntry(e, label, showLabel, titles, onSelect) {
    return el('li', {
      class: 'timeline-entry' + (showLabel ? ' first-of-date' : ''), 'data-edited': e.edited ? '' : null,
      dataset: { timelineEvent: '', date: e.date, precision: e.precision, article: e.article },
    },
      el('span', { class: 'timeline-date' + (showLabel ? '' : ' repeat') },
        el('time', { dateTime: e.first || e.date }, label),
        e.precision !== 'day' ? el('span', { class: 'precision' }, e.precision) : null),
      el('button', { type: 'button', class: 'timeline-open', onclick: () => onSelect(e) },
        el('span', { class: 'timeline-sentence' }, e.sentence.text),
        el('span', { class: 'timeline-article' }, titles[e.article] || e.article)));
  }

  /** A statement of an article without a publication date: no day to show, still one click from its sentence. */
  function undatedEntry(e, titles, onSelect) {
    return el('li', { class: 'timeline-entry', dataset: { undatedEvent: '', article: e.article } },
      el('span', { class: 'timeline-date' }, 'undated'),
      el('button', { type: 'button', class: 'timeline-open', onclick: () => onSelect(e) },
        el('span', { class: 'timeline-sentence' }, e.sentence.text),
        el('span', { class: 'timeline-article' }, titles[e.article] || e.article)));
  }

  /**
   * Draws `layout` (model.timelineLayout: the entries that overlap its window,
   * grouped by date or by article), the overview `options.width` px wide (the
   * width it is laid out at), the entries beyond the window as markers at its
   * edges (`options.widen(day)` on a click), then the `undated` statements of
   * articles without a publication date, in a group of their own.
   */
  function timeline(layout, undated, titles, options, onSelect, limits) {
    const { window } = layout;
    $('timeline-from').value = window ? model.isoOfDay(window[0]) : '';
    $('timeline-to').value = window ? model.isoOfDay(window[1] - 1) : '';
    $('timeline-group').value = options.group;
    if (window) timelineOverview(layout, titles, { select: onSelect, widen: options.widen, width: options.width });
    else {
      $('timeline-overview').replaceChildren();
      delete $('timeline-overview').dataset.windowStart;
      delete $('timeline-overview').dataset.windowEnd;
    }
    // Only the entries shown are built: a big corpus has thousands.
    const items = [];
    let shown = 0;
    if (!layout.total) items.push(el('li', { class: 'empty' }, layout.count ? 'No dated statement in this range.' : 'No dated statements yet.'));
    for (const group of layout.groups) {
      if (group.article !== null) items.push(el('li', { class: 'timeline-group' }, el('h3', {}, titles[group.article] || group.article)));
      let last = null;
      for (const e of group.entries) {
        const label = formatPeriod(e);
        items.push(timelineEntry(e, label, label !== last, titles, onSelect));
        last = label;
        shown += 1;
      }
    }
    if (undated.length && shown < limits.limit) {
      items.push(el('li', { class: 'timeline-group', dataset: { timelineGroup: 'undated' } },
        el('h3', {}, 'Undated'), el('p', { class: 'hint' }, 'Their articles have no publication date to place them: confirm or set it.')));
      for (const e of undated) {
        if (shown >= limits.limit) break;
        items.push(undatedEntry(e, titles, onSelect));
        shown += 1;
      }
    }
    const total = layout.total + undated.length;
    if (total > shown) {
      items.push(el('li', { class: 'more' }, `${shown} of ${total} entries shown. `,
        el('button', { type: 'button', class: 'tool', dataset: { more: 'timeline' }, onclick: limits.more }, `Show all ${total}`)));
    }
    $('timeline-list').replaceChildren(...items);
  }

  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = el('a', { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ---- the figures table -----------------------------------------------------------

  const FIGURE_COLUMNS = [
    ['category', 'Category'], ['value', 'Value'], ['unit', 'Unit'], ['date', 'Date'], ['article', 'Article'], ['sentence', 'Sentence'],
  ];

  function figureFilters(categories, articles, chosen, onChange) {
    const fill = (select, options, value) => {
      select.replaceChildren(el('option', { value: '' }, 'all'),
        ...options.map(([v, label]) => el('option', { value: v, selected: v === value }, label)));
      select.onchange = () => onChange(chosenFilters());
    };
    fill($('figure-category'), categories.map((c) => [c, CATEGORY_LABEL[c] || c]), chosen.category);
    fill($('figure-article'), articles.map((a) => [a.id, a.summary.title || a.name]), chosen.article);
  }

  function chosenFilters() {
    return { category: $('figure-category').value, article: $('figure-article').value };
  }

  /** Draws `rows`, the first of the `total` rows the filters keep, sorted by `sort`. */
  function figures({ rows, total }, titles, sort, on) {
    $('figures-head').replaceChildren(...FIGURE_COLUMNS.map(([key, label]) => {
      const active = sort.key === key;
      return el('th', { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none' },
        el('button', { type: 'button', class: 'sort', dataset: { sortKey: key }, onclick: () => on.sort(key) },
          label, el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (sort.descending ? ' ▼' : ' ▲') : '')));
    }), el('th', { scope: 'col' }, 'Correct'));
    if (!total) {
      $('figures-body').replaceChildren(el('tr', {}, el('td', { colSpan: FIGURE_COLUMNS.length + 1, class: 'empty' }, 'No figures.')));
      return;
    }
    const more = total > rows.length
      ? el('tr', { class: 'more' }, el('td', { colSpan: FIGURE_COLUMNS.length + 1 },
        `${rows.length} of ${total} rows shown. `,
        el('button', { type: 'button', class: 'tool', dataset: { more: 'figures' }, onclick: on.more }, `Show all ${total}`)))
      : null;
    // Each cell names its column, for the cards a narrow screen shows instead of the table.
    const labels = [...FIGURE_COLUMNS.map(([, label]) => label), 'Correct'];
    const labelled = (tr) => { Array.from(tr.cells, (cell, i) => { cell.dataset.label = labels[i]; }); return tr; };
    $('figures-body').replaceChildren(...rows.map((row) => {
      const open = () => on.select(row);
      const correct = el('button', {
        type: 'button', class: 'tool', dataset: { correctFigure: '' }, 'aria-haspopup': 'dialog',
        'aria-label': `Edit the figure “${row.figure.text}”`, onclick: (e) => { e.stopPropagation(); on.correct(row); },
        onkeydown: (e) => e.stopPropagation(),
      }, 'Edit');
      return labelled(el('tr', {
        class: (row.conflict ? 'conflict' : '') + (row.edit === 'excluded' ? ' excluded' : ''), tabIndex: 0,
        'data-edited': row.edit ? '' : null, 'data-edit': row.edit || null,
        dataset: { figureCategory: row.category, value: String(row.value), article: row.article },
        onclick: open, onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } },
      },
      el('td', {}, el('span', { class: 'category-chip', dataset: { category: row.category } }, CATEGORY_LABEL[row.category] || row.category)),
      el('td', { class: 'value' }, formatFigure(row),
        row.status && row.status !== 'reported'
          ? el('span', { class: 'figure-status', dataset: { status: row.status } }, ` (${row.status})`) : null,
        row.conflict ? el('span', { class: 'conflict-mark', title: row.conflict_reason || 'Another report gives a different value for this category on this day' }, ' ⚠ conflict') : null,
        row.edit ? el('span', { class: 'edited-mark' }, row.edit === 'excluded' ? ' (excluded by you)' : ' ✎ corrected') : null),
      el('td', {}, row.unit),
      el('td', { class: 'date' }, row.date ? formatValue(row.date) : '—',
        row.date_source === 'published' ? el('span', { class: 'date-source', title: 'No date of the sentence tells when it stood: the publication date' }, ' (published)') : null),
      el('td', {}, titles[row.article] || row.article,
        row.source ? el('span', { class: 'figure-source', title: 'Who gives the figure' }, ` — ${row.source}`) : null),
      el('td', { class: 'sentence' }, sentenceWithFigure(row)),
      el('td', {}, correct)));
    }), ...(more ? [more] : []));
  }

  function sentenceWithFigure(row) {
    const cps = Array.from(row.sentence.text);
    const from = row.figure.start - row.sentence.start, to = row.figure.end - row.sentence.start;
    if (from < 0 || to > cps.length) return row.sentence.text;
    return el('span', {}, cps.slice(0, from).join(''), el('strong', {}, cps.slice(from, to).join('')), cps.slice(to).join(''));
  }

  // ---- the entity index ---------------------------------------------------------------

  /** Entities by type; each with its mention count, and per article once selected. */
  function entityIndex(entries, selected, titles, onSelect) {
    const groups = ENTITY_TYPES.map(([type, label, code]) => {
      const items = entries.filter((e) => e.type === type);
      if (!items.length) return null;
      return el('section', { class: 'entity-group' },
        el('h3', {}, el('span', { class: 'chip', dataset: { entityType: type } }, el('span', { class: 'chip-code' }, code), ' ', label), ` ${items.length}`),
        el('ul', {}, ...items.map((e) => {
          const articles = Object.entries(e.mentions);
          const pressed = selected === e.canonical;
          return el('li', {},
            el('button', {
              type: 'button', class: 'entity-name', 'aria-pressed': pressed ? 'true' : 'false',
              title: e.variants.length > 1 ? 'Also written: ' + e.variants.filter((v) => v !== e.canonical).join(', ') : null,
              dataset: { indexCanonical: e.canonical, entityType: e.type }, onclick: () => onSelect(e),
            }, e.canonical, el('span', { class: 'count' }, ` ${e.total} in ${articles.length} article${articles.length === 1 ? '' : 's'}`)),
            pressed ? el('ul', { class: 'per-article', dataset: { perArticle: '' } }, ...articles.map(([id, n]) => el('li', { dataset: { article: id } },
              `${n} × ${titles[id] || id}`))) : null);
        })));
    });
    const shown = groups.filter(Boolean);
    $('entity-groups').replaceChildren(...(shown.length ? shown : [el('p', { class: 'empty' }, 'No name found.')]));
  }

  // ---- the active filters ----------------------------------------------------------------

  /**
   * The `chips` (model.chips) in every `[data-filter-chips]` bar, one per view;
   * each chip a button that removes its filter (`onRemove(key)`), by click,
   * Enter, Space, Delete or Backspace. The focus then goes to the chip after it
   * in the same bar, else the one before, else the bar's view.
   */
  function filterChips(chips, onRemove) {
    const focused = document.activeElement && document.activeElement.closest('[data-filter-chips]')
      ? { bar: document.activeElement.closest('[data-filter-chips]'), key: document.activeElement.dataset.filterChip } : null;
    for (const bar of document.querySelectorAll('[data-filter-chips]')) {
      bar.hidden = !chips.length;
      bar.replaceChildren(...(chips.length ? [el('span', { class: 'filter-chips-label' }, 'Filters:')] : []), ...chips.map((chip) => {
        const remove = () => {
          const siblings = [...bar.querySelectorAll('[data-filter-chip]')];
          const at = siblings.findIndex((b) => b.dataset.filterChip === chip.key);
          const next = siblings[at + 1] || siblings[at - 1];
          bar.dataset.focusAfter = next ? next.dataset.filterChip : '';
          onRemove(chip.key);
        };
        return el('button', {
          type: 'button', class: 'filter-chip', dataset: { filterChip: chip.key }, 'aria-label': `Remove filter ${chip.label}`,
          onclick: remove, onkeydown: (e) => { if (e.key === 'Delete' || e.key === 'Backspace') { e.preventDefault(); remove(); } },
        }, chip.label, el('span', { class: 'filter-chip-x', 'aria-hidden': 'true' }, ' ×'));
      }));
    }
    // A removed chip's focus moves on (the bars are redrawn by then).
    if (!focused) return;
    const after = focused.bar.dataset.focusAfter;
    delete focused.bar.dataset.focusAfter;
    if (after === undefined) return;
    const next = after && focused.bar.querySelector(`[data-filter-chip="${CSS.escape(after)}"]`);
    if (next) next.focus();
    else {
      const panel = focused.bar.closest('section') || document.body;
      const heading = panel.querySelector('h2');
      if (heading) { heading.tabIndex = -1; heading.focus(); }
    }
  }

  /** The entity search box: typing narrows the index (`onSearch(query, false)`), Enter applies the best match (`onSearch(query, true)`). */
  function entitySearch(query, count, onSearch) {
    const box = $('entity-search');
    if (box.value !== query) box.value = query;
    box.oninput = () => onSearch(box.value, false);
    box.onkeydown = (e) => { if (e.key === 'Enter') { e.preventDefault(); onSearch(box.value, true); } };
    $('entity-search-count').textContent = query ? `${count} match${count === 1 ? '' : 'es'}` : '';
  }

  // ---- undo -----------------------------------------------------------------------------

  /** "`label` — Undo" at the foot of the page until the next change or a dismissal; no `label` hides it. */
  function undoBar(label, undo) {
    const bar = $('undo-bar');
    const close = () => { bar.hidden = true; bar.replaceChildren(); };
    if (!label) { close(); return; }
    bar.replaceChildren(el('span', {}, label),
      el('button', { type: 'button', class: 'tool', dataset: { undo: '' }, onclick: () => { close(); undo(); } }, 'Undo'),
      el('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss', onclick: close }, '×'));
    bar.hidden = false;
  }

  Sitrep.view = {
    el, $, CATEGORY_LABEL, publishedShown, undoBar,
    ENTITY_TYPES, message, clearMessages, progress, articleList, legend, reader, timeline,
    figureFilters, figures, entityIndex, formatDay, filterChips, entitySearch,
    download,
  };
})(self.Sitrep = self.Sitrep || {});
