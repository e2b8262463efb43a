// The chart of figures over time, as data: which rows a category draws, the
// series (one per source), the step line of running totals, the scales and
// their ticks, and the words that name a point. Days are counted as in
// model.js (from 1970-01-01, UTC). No DOM here (unit-tested under node).
(function (Sitrep) {
  'use strict';

  const { dayNumber, isoOfDay } = Sitrep.model;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DAY_MS = 86400000;
  // A catch-all of unlike units ("km", "per cent"): charted when picked, never by default.
  const MIXED_CATEGORY = 'other';

  const pad = (n) => String(n).padStart(2, '0');
  const lastDayOfMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

  /**
   * The days a TIMEX3 value covers, `{first, last}` (inclusive day numbers):
   * a day, ISO week, month, quarter, year or decade; null for anything else.
   */
  function periodDays(value) {
    const v = String(value || '');
    let m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) return { first: dayNumber(v), last: dayNumber(v) };
    if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
      // The ISO week holding 4 January is week 1; weeks start on Monday.
      const jan4 = dayNumber(`${m[1]}-01-04`);
      const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7;
      return { first: monday, last: monday + 6 };
    }
    if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
      const [y, mo] = [Number(m[1]), Number(m[2])];
      return { first: dayNumber(`${m[1]}-${m[2]}-01`), last: dayNumber(`${m[1]}-${m[2]}-${pad(lastDayOfMonth(y, mo))}`) };
    }
    if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
      const q = Number(m[2]);
      return { first: dayNumber(`${m[1]}-${pad(q * 3 - 2)}-01`), last: dayNumber(`${m[1]}-${pad(q * 3)}-${pad(lastDayOfMonth(Number(m[1]), q * 3))}`) };
    }
    if ((m = /^(\d{4})$/.exec(v))) return { first: dayNumber(`${v}-01-01`), last: dayNumber(`${v}-12-31`) };
    if ((m = /^(\d{3})$/.exec(v))) return { first: dayNumber(`${v}0-01-01`), last: dayNumber(`${v}9-12-31`) };
    return null;
  }

  /** Whether a figures-table row can be drawn: a date the axis can place, and not excluded by the user. */
  const isDated = (row) => row.edit !== 'excluded' && periodDays(row.date) !== null;

  /** The categories with dated rows, `[{category, count}]`, in `order` (others after it, by name). */
  function categoryCounts(rows, order) {
    const counts = new Map();
    for (const row of rows) if (isDated(row)) counts.set(row.category, (counts.get(row.category) || 0) + 1);
    const rank = (c) => (order.includes(c) ? order.indexOf(c) : order.length);
    return [...counts].map(([category, count]) => ({ category, count }))
      .sort((a, b) => rank(a.category) - rank(b.category) || a.category.localeCompare(b.category));
  }

  /**
   * The category shown first: the one with the most dated rows, the earlier in
   * `counts`' order on a tie; the mixed category only when it is the only one.
   */
  function defaultCategory(counts) {
    const specific = counts.filter((c) => c.category !== MIXED_CATEGORY);
    const pool = specific.length ? specific : counts;
    return pool.reduce((best, c) => (!best || c.count > best.count ? c : best), null)?.category ?? null;
  }

  /** Who gives a row's figure: its source, else its article's title (the outlet). */
  const sourceOf = (row, titles) => row.source || titles[row.article] || row.article;

  /**
   * The dated rows of `category` as series, one per source: `[{key, label,
   * points, steps}]`, the series with the most points first. A point is
   * `{row, day, first, last, value, valueMax, status, conflict, reason}`, `day`
   * the middle of the period its date covers; `steps` is the step line of the
   * series' running totals (status cumulative), `[[day, value], …]`.
   */
  function series(rows, category, titles) {
    const bySource = new Map();
    for (const row of rows) {
      if (row.category !== category || !isDated(row)) continue;
      const { first, last } = periodDays(row.date);
      const label = sourceOf(row, titles);
      if (!bySource.has(label)) bySource.set(label, []);
      bySource.get(label).push({
        row, day: (first + last + 1) / 2, first, last: last + 1, value: row.value, valueMax: row.value_max ?? null,
        status: row.status || 'reported', conflict: Boolean(row.conflict), reason: row.conflict_reason || null,
      });
    }
    const list = [...bySource].map(([label, points]) => {
      points.sort((a, b) => a.day - b.day || a.value - b.value);
      return { key: label, label, points, steps: stepLine(points.filter((p) => p.status === 'cumulative')) };
    });
    return list.sort((a, b) => b.points.length - a.points.length || a.label.localeCompare(b.label));
  }

  /** The corners of a step line through running totals in date order: each total holds until the next. */
  function stepLine(points) {
    if (points.length < 2) return [];
    const corners = [];
    points.forEach((p, i) => {
      if (i > 0) corners.push([p.day, points[i - 1].value]);
      corners.push([p.day, p.value]);
    });
    return corners;
  }

  /** A "nice" step (1, 2 or 5 × 10^k) that cuts `span` into about `count` pieces. */
  function niceStep(span, count) {
    const raw = span / Math.max(count, 1);
    const power = 10 ** Math.floor(Math.log10(raw));
    return [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw);
  }

  /**
   * The value axis for `points`: from 0 (counts are compared against nothing)
   * to a nice round top above the largest value or range end, `{lo, hi, ticks}`.
   */
  function valueScale(points, tickCount = 5) {
    const top = Math.max(0, ...points.map((p) => Math.max(p.value, p.valueMax ?? p.value)));
    if (top <= 0) return { lo: 0, hi: 1, ticks: [0, 1] };
    const step = Math.max(niceStep(top, tickCount), Number.isInteger(top) ? 1 : 0);
    const hi = Math.ceil(top / step) * step;
    const ticks = [];
    for (let t = 0; t <= hi + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
    return { lo: 0, hi, ticks };
  }

  /**
   * The time axis for `points`, `[lo, hi)` in days: their periods with a margin
   * of a twentieth of the span each side (at least a day), so no point sits on an edge.
   */
  function timeDomain(points) {
    if (!points.length) return null;
    const lo = Math.min(...points.map((p) => p.first)), hi = Math.max(...points.map((p) => p.last));
    const margin = Math.max(1, Math.ceil((hi - lo) / 20));
    return [lo - margin, hi + margin];
  }

  // Tick spacings, shortest first: days, weeks, months, years.
  const TIME_STEPS = [
    ['day', 1], ['day', 2], ['day', 7], ['day', 14], ['month', 1], ['month', 3], ['month', 6],
    ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 20], ['year', 50], ['year', 100],
  ];

  const ymd = (day) => isoOfDay(day).split('-').map(Number);

  /** The first day on or after `day` that starts a step of `unit` × `size`. */
  function alignedStart(day, unit, size) {
    const [y, m, d] = ymd(day);
    if (unit === 'day') return size === 7 || size === 14 ? day + ((8 - new Date(day * DAY_MS).getUTCDay()) % 7) : day;
    if (unit === 'month') {
      let month = (y * 12 + m - 1) + (d > 1 ? 1 : 0);
      month = Math.ceil(month / size) * size;
      return dayNumber(`${Math.floor(month / 12)}-${pad((month % 12) + 1)}-01`);
    }
    let year = y + (m > 1 || d > 1 ? 1 : 0);
    year = Math.ceil(year / size) * size;
    return dayNumber(`${year}-01-01`);
  }

  function advance(day, unit, size) {
    if (unit === 'day') return day + size;
    const [y, m] = ymd(day);
    if (unit === 'month') {
      const month = y * 12 + m - 1 + size;
      return dayNumber(`${Math.floor(month / 12)}-${pad((month % 12) + 1)}-01`);
    }
    return dayNumber(`${y + size}-01-01`);
  }

  /** A tick's label: "19 Feb" (the year once, at the first tick or when it changes), "Feb 2013", or "2013". */
  function tickLabel(day, unit, previous) {
    const [y, m, d] = ymd(day);
    if (unit === 'year') return String(y);
    if (unit === 'month') return `${MONTHS[m - 1]} ${y}`;
    const sameYear = previous !== null && ymd(previous)[0] === y;
    return sameYear ? `${d} ${MONTHS[m - 1]}` : `${d} ${MONTHS[m - 1]} ${y}`;
  }

  /**
   * Ticks for the window `[lo, hi)` (days), at most `maxTicks`, on round
   * dates: `[{day, label}]`, the spacing the shortest that fits.
   */
  function timeTicks([lo, hi], maxTicks) {
    for (const [unit, size] of TIME_STEPS) {
      const ticks = [];
      for (let day = alignedStart(lo, unit, size); day < hi; day = advance(day, unit, size)) {
        ticks.push(day);
        if (ticks.length > maxTicks) break;
      }
      if (ticks.length <= maxTicks) return ticks.map((day, i) => ({ day, label: tickLabel(day, unit, i ? ticks[i - 1] : null) }));
    }
    return [];
  }

  /**
   * Where points that would sit on each other go: for each point of `list`
   * (`[{series, point}]`), `{slot, of}` among those with the same day and value,
   * so the view can set them side by side.
   */
  function slots(list) {
    const groups = new Map();
    const placed = list.map(({ point }) => {
      const key = `${point.day}|${point.value}`;
      const slot = groups.get(key) || 0;
      groups.set(key, slot + 1);
      return { key, slot };
    });
    return placed.map(({ key, slot }) => ({ slot, of: groups.get(key) }));
  }

  /** A day or a period in words: "19 Feb 2013", "Jan 2013", "2011". */
  function dateWords(value) {
    const v = String(value || '');
    let m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
    if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
    if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) return `week ${Number(m[2])} of ${m[1]}`;
    if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `Q${m[2]} ${m[1]}`;
    if ((m = /^(\d{3})$/.exec(v))) return `${v}0s`;
    return v;
  }

  const QUALIFIER_WORDS = { approx: 'about', at_least: 'at least', at_most: 'up to' };
  const number = (n) => (typeof n === 'number' ? n.toLocaleString('en-GB') : String(n));

  /** A point's value in words: "at least 24 people", "300–400 people". */
  function valueWords(row) {
    const qualifier = QUALIFIER_WORDS[row.qualifier];
    const amount = row.value_max ? `${number(row.value)}–${number(row.value_max)}` : number(row.value);
    return [qualifier, amount, row.unit].filter(Boolean).join(' ');
  }

  /**
   * What a point says, read aloud and shown on hover: `{value, date, source,
   * status, conflict, sentence}`, each a phrase (status and conflict empty when
   * there is nothing to say).
   */
  function describe(point, label) {
    const { row } = point;
    const status = { cumulative: 'running total', planned: 'planned, not yet done' }[point.status] || '';
    const dateSource = row.date_source === 'published' ? ' (publication date)' : '';
    return {
      value: valueWords(row), date: dateWords(row.date) + dateSource, source: label, status,
      conflict: point.conflict ? `conflict: ${point.reason || 'another report gives a different value'}` : '',
      sentence: row.sentence.text,
    };
  }

  /** The units of a category's points, most used first: what the value axis counts. */
  function units(list) {
    const counts = new Map();
    for (const s of list) for (const p of s.points) counts.set(p.row.unit, (counts.get(p.row.unit) || 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).map(([unit]) => unit).filter(Boolean);
  }

  Sitrep.chartModel = {
    periodDays, isDated, categoryCounts, defaultCategory, series, stepLine, valueScale, timeDomain, timeTicks,
    slots, dateWords, valueWords, describe, units,
  };
})(typeof self !== 'undefined' ? (self.Sitrep = self.Sitrep || {}) : (globalThis.Sitrep = globalThis.Sitrep || {}));
