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

  /** The axis: day ↔ position, the window [lo, hi) spread over [x0, x1]. */
  function scale([lo, hi], x0, x1) {
    const perDay = (x1 - x0) / Math.max(hi - lo, 1);
    return {
      x: (day) => x0 + (day - lo) * perDay,
      day: (x) => lo + (x - x0) / perDay,
    };
  }

  Sitrep.model = { dayNumber, isoOfDay, extent, denseWindow, inWindow, offScale, widenTo, zoom, pan, scale };
})(typeof self !== 'undefined' ? (self.Sitrep = self.Sitrep || {}) : (globalThis.Sitrep = globalThis.Sitrep || {}));
