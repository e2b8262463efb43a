// The timeline's window: which span of days the overview shows, how zoom and pan
// move it, what falls outside it, and where a day sits on the axis. Days are
// counted from 1970-01-01 (UTC); a window is [lo, hi), one past its last day.
// No DOM here (unit-tested under node).
(function (Sitrep) {
  'use strict';

  const DAY_MS = 86400000;
  // The default window holds this share of the dated statements, the densest
  // stretch of the story: one recalled anniversary must not stretch the axis.
  const DENSE_SHARE = 0.9;
  // Room left either side of the data: a share of the window's width, at most a month.
  const MARGIN_SHARE = 0.02, MAX_MARGIN = 31;
  // The narrowest window zoom goes to, in days.
  const MIN_WIDTH = 6;

  function dayNumber(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d) / DAY_MS;
  }

  function isoOfDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  const firstDay = (e) => dayNumber(e.first);
  const endDay = (e) => dayNumber(e.last) + 1;
  /** The day a statement stands for when one day is needed: the middle of its period. */
  const middleDay = (e) => Math.floor((firstDay(e) + endDay(e) - 1) / 2);

  /** The span of days the entries cover, [first day, one past the last), or null. */
  function extent(entries) {
    if (!entries.length) return null;
    let lo = Infinity, hi = -Infinity;
    for (const e of entries) {
      lo = Math.min(lo, firstDay(e));
      hi = Math.max(hi, endDay(e));
    }
    return [lo, hi];
  }

  const marginFor = (width) => Math.min(MAX_MARGIN, Math.max(1, Math.round(width * MARGIN_SHARE)));

  function withMargin([lo, hi]) {
    const margin = marginFor(hi - lo);
    return [lo - margin, hi + margin];
  }

  /**
   * The default window: the shortest run of days holding 90 % of the statements
   * (`entries`, each `{first, last}`), widened to the `published` days (ISO) and
   * a small margin. Null without statements.
   */
  function denseWindow(entries, published = []) {
    if (!entries.length) return null;
    const sorted = entries.map((e) => [middleDay(e), firstDay(e), endDay(e)]).sort((a, b) => a[0] - b[0]);
    const held = Math.max(1, Math.ceil(sorted.length * DENSE_SHARE));
    let best = 0;
    for (let i = 1; i + held <= sorted.length; i += 1) {
      if (sorted[i + held - 1][0] - sorted[i][0] < sorted[best + held - 1][0] - sorted[best][0]) best = i;
    }
    let lo = Infinity, hi = -Infinity;
    for (const [, first, end] of sorted.slice(best, best + held)) {
      lo = Math.min(lo, first);
      hi = Math.max(hi, end);
    }
    for (const iso of published) {
      if (!iso) continue;
      lo = Math.min(lo, dayNumber(iso));
      hi = Math.max(hi, dayNumber(iso) + 1);
    }
    return withMargin([lo, hi]);
  }

  const overlaps = (e, [lo, hi]) => endDay(e) > lo && firstDay(e) < hi;

  /** The entries that overlap the window. */
  function inWindow(entries, window) {
    return entries.filter((e) => overlaps(e, window));
  }

  /**
   * The statements wholly before and after the window: `{before, after}`, each
   * `{count, day}` with `day` the farthest one's first (before) or last (after) day.
   */
  function offScale(entries, [lo, hi]) {
    const before = { count: 0, day: null }, after = { count: 0, day: null };
    for (const e of entries) {
      if (endDay(e) <= lo) {
        before.count += 1;
        before.day = before.day === null ? firstDay(e) : Math.min(before.day, firstDay(e));
      } else if (firstDay(e) >= hi) {
        after.count += 1;
        after.day = after.day === null ? endDay(e) - 1 : Math.max(after.day, endDay(e) - 1);
      }
    }
    return { before, after };
  }

  /** The window widened to hold `day` (and a margin on that side). */
  function widenTo([lo, hi], day) {
    if (day < lo) return [day - marginFor(hi - day), hi];
    if (day >= hi) return [lo, day + 1 + marginFor(day + 1 - lo)];
    return [lo, hi];
  }

  function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  }

  /**
   * The window zoomed by `factor` (under 1 zooms in). Zooming in centres on the
   * median of the statements in view, or on the statement nearest the middle when
   * none is, so it never lands on an empty stretch; zooming out keeps the middle.
   */
  function zoom(entries, [lo, hi], factor) {
    const half = Math.max(((hi - lo) * factor) / 2, MIN_WIDTH / 2);
    let centre = (lo + hi) / 2;
    if (factor < 1 && entries.length) {
      const shown = inWindow(entries, [lo, hi]);
      if (shown.length) centre = median(shown.map(middleDay));
      else {
        const middle = centre;
        centre = entries.map(middleDay).reduce((a, b) => (Math.abs(b - middle) < Math.abs(a - middle) ? b : a));
      }
      centre += 0.5; // the middle of that day
    }
    return [Math.floor(centre - half), Math.ceil(centre + half)];
  }

  /** The window moved by `direction` halves of its width. */
  function pan([lo, hi], direction) {
    const step = Math.max(Math.round((hi - lo) / 2), 1) * direction;
    return [lo + step, hi + step];
  }

  // Beyond this many articles the overview draws one lane for all of them, a
  // mark per period with its count: a thousand lanes of dots say nothing and
  // cost tens of thousands of elements.
  const MAX_OVERVIEW_LANES = 30;

  /**
   * What the timeline draws of `entries` (those the filters keep) in `window`
   * (null: nothing dated): `lanes`, the ids in `order` (the articles' order)
   * with an entry in the window; the overview's `marks`, `{entry, count}`, one
   * per entry, or one per period when the lanes are too many and `combined`
   * into one; the list's first `limit` entries in `groups`, `{article, entries}`
   * (one group by date, article null, or one per lane); `total` entries in the
   * window and `count` in all; `offScale`, those wholly before and after it.
   */
  function timelineLayout(entries, window, { group, limit, order }) {
    if (!window) return { window: null, count: entries.length, total: 0, lanes: [], combined: false, marks: [], groups: [], offScale: null };
    const shown = inWindow(entries, window);
    const byArticle = new Map();
    for (const e of shown) {
      if (!byArticle.has(e.article)) byArticle.set(e.article, []);
      byArticle.get(e.article).push(e);
    }
    const lanes = order.filter((id) => byArticle.has(id));
    const combined = lanes.length > MAX_OVERVIEW_LANES;
    const marks = new Map();
    shown.forEach((entry, i) => {
      const key = combined ? `${entry.first}|${entry.last}|${entry.precision}` : i;
      const mark = marks.get(key);
      if (mark) mark.count += 1; else marks.set(key, { entry, count: 1 });
    });
    const groups = [];
    if (group === 'article') {
      let taken = 0;
      for (const id of lanes) {
        if (taken >= limit) break;
        const own = byArticle.get(id).slice(0, limit - taken);
        groups.push({ article: id, entries: own });
        taken += own.length;
      }
    } else {
      groups.push({ article: null, entries: shown.slice(0, limit) });
    }
    return { window, count: entries.length, total: shown.length, lanes, combined, marks: [...marks.values()], groups, offScale: offScale(entries, window) };
  }

  /** The axis: day ↔ position, the window [lo, hi) spread over [x0, x1]. */
  function scale([lo, hi], x0, x1) {
    const perDay = (x1 - x0) / Math.max(hi - lo, 1);
    return {
      x: (day) => x0 + (day - lo) * perDay,
      day: (x) => lo + (x - x0) / perDay,
    };
  }

  Sitrep.model = { dayNumber, isoOfDay, extent, denseWindow, inWindow, offScale, widenTo, zoom, pan, scale, timelineLayout };
})(typeof self !== 'undefined' ? (self.Sitrep = self.Sitrep || {}) : (globalThis.Sitrep = globalThis.Sitrep || {}));

// The page's filters and the rows they keep, the chips that show them, the
// entity search, and the nesting of the reader's highlights. No DOM here.
(function (Sitrep) {
  'use strict';

  /**
   * The spans that mention entity `canonical`, by article id: `articles` are
   * `{id, analysis}`. Null without an entity.
   */
  function mentionSpans(articles, canonical) {
    if (!canonical) return null;
    const spans = new Map();
    for (const a of articles) {
      const own = a.analysis.entities.filter((e) => e.canonical === canonical).map(({ start, end }) => ({ start, end }));
      if (own.length) spans.set(a.id, own);
    }
    return spans;
  }

  /** Whether the sentence of `row` (`{article, sentence: {start, end}}`) holds one of the `spans`. */
  function mentions(spans, row) {
    const own = spans.get(row.article);
    const { start, end } = row.sentence || {};
    return Boolean(own) && own.some((s) => s.start >= start && s.end <= end);
  }

  /**
   * The rows the filters keep: with an entity (`spans` from mentionSpans), the
   * rows whose sentence mentions it; with `filters.article` or `filters.category`,
   * the rows of that article or category (figure rows carry a category).
   */
  function rowsShown(rows, filters, spans) {
    return rows.filter((r) => (!spans || mentions(spans, r))
      && (!filters.article || r.article === filters.article)
      && (!filters.category || r.category === filters.category));
  }

  /**
   * The active filters as chips, `{key, label}` in a fixed order: the entity, the
   * figures' article and category, the timeline's chosen dates and each hidden
   * highlight type. `names` gives an article's title, `labels` a type's or a
   * category's label, `formatDay` an ISO day in words.
   */
  function chips(filters, { names = {}, labels = {}, formatDay = (d) => d } = {}) {
    const out = [];
    if (filters.entity) out.push({ key: 'entity', label: `Entity: ${filters.entity}` });
    if (filters.article) out.push({ key: 'article', label: `Article: ${names[filters.article] || filters.article}` });
    if (filters.category) out.push({ key: 'category', label: `Category: ${labels[filters.category] || filters.category}` });
    if (filters.from || filters.to) {
      out.push({ key: 'window', label: `Dates: ${filters.from ? formatDay(filters.from) : '…'} – ${filters.to ? formatDay(filters.to) : '…'}` });
    }
    for (const type of filters.hidden || []) out.push({ key: `hidden:${type}`, label: `Hidden: ${labels[type] || type}` });
    return out;
  }

  /** `filters` without the one of chip `key`. */
  function withoutFilter(filters, key) {
    if (key.startsWith('hidden:')) return { ...filters, hidden: (filters.hidden || []).filter((t) => t !== key.slice(7)) };
    if (key === 'window') return { ...filters, from: null, to: null };
    return { ...filters, [key]: key === 'entity' ? null : '' };
  }

  // Case and accents do not count in a search ("assad" finds "al-Assad", "tartous" "Tartous").
  const folded = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

  /**
   * The entity index `entries` (`{canonical, variants}`) whose canonical name or a
   * variant holds `query`, best first: a whole name, then a name's start, then
   * a word's start, then anywhere; the index order within each. All for no query.
   */
  function searchEntities(entries, query) {
    const q = folded(query).trim();
    if (!q) return entries;
    const rank = (e) => {
      let best = Infinity;
      for (const name of [e.canonical, ...(e.variants || [])].map(folded)) {
        const at = name.indexOf(q);
        if (at < 0) continue;
        const r = name === q ? 0 : at === 0 ? 1 : /[\s\-'’.]/.test(name[at - 1]) ? 2 : 3;
        best = Math.min(best, r);
      }
      return best;
    };
    return entries.map((e, i) => ({ e, i, r: rank(e) })).filter((x) => x.r < Infinity)
      .sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.e);
  }

  /**
   * The highlights as a tree, `{start, end, item, children}` with each child
   * inside its parent, so overlapping highlights nest: `ranges` are
   * `{start, end, rank}`, a lower rank the outer one when two share a span. A
   * range that crosses the end of another is cut there, both pieces keeping
   * its item: no highlight is lost.
   */
  function nest(ranges) {
    const before = (a, b) => a.start - b.start || b.end - a.end || a.item.rank - b.item.rank;
    const queue = ranges.filter((r) => r.end > r.start).map((r) => ({ start: r.start, end: r.end, item: r })).sort(before);
    const root = { start: -Infinity, end: Infinity, children: [] };
    const open = [root];
    for (let i = 0; i < queue.length; i += 1) {
      const node = { ...queue[i], children: [] };
      while (node.start >= open[open.length - 1].end) open.pop();
      const parent = open[open.length - 1];
      if (node.end > parent.end) {
        const rest = { start: parent.end, end: node.end, item: node.item };
        let at = i + 1;
        while (at < queue.length && before(queue[at], rest) <= 0) at += 1;
        queue.splice(at, 0, rest);
        node.end = parent.end;
      }
      parent.children.push(node);
      open.push(node);
    }
    return root.children;
  }

  /**
   * How a date mention was resolved, in words: "Tuesday → 2013-02-19, resolved
   * against the publication date 2013-02-21"; a mention that names its year is
   * not resolved against anything.
   */
  function dateResolution(date, published) {
    const value = date.value || 'no value';
    const year = /^\d{4}/.exec(date.value || '');
    const relative = published && !(year && date.text.includes(year[0]));
    return `${date.text} → ${value}` + (relative ? `, resolved against the publication date ${published}` : '');
  }

  /**
   * The figure rows in the order of column `sort.key` (category in `categoryOrder`,
   * value, unit, date, article by its title in `names`, sentence), reversed when
   * `sort.descending`; as they are without a key.
   */
  function sortRows(rows, sort, { names = {}, categoryOrder = [] } = {}) {
    if (!sort.key) return rows;
    const value = {
      category: (r) => categoryOrder.indexOf(r.category),
      value: (r) => r.value,
      unit: (r) => r.unit,
      date: (r) => r.date || '',
      article: (r) => names[r.article] || r.article,
      sentence: (r) => r.sentence.text,
    }[sort.key];
    const sorted = rows.slice().sort((a, b) => {
      const x = value(a), y = value(b);
      return typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
    });
    return sort.descending ? sorted.reverse() : sorted;
  }

  Object.assign(Sitrep.model, { sortRows, mentionSpans, mentions, rowsShown, chips, withoutFilter, searchEntities, nest, dateResolution });
})(typeof self !== 'undefined' ? self.Sitrep : globalThis.Sitrep);
