// The chart of figures over time, as data: which rows a category draws, the
// series (one per source), the step line of running totals, the scales and
// their ticks, and the words that name a point. Days are counted as in
// model.js (from 1970-01-01, UTC). No DOM here (unit-tested under node).
(function (Sitrep) {
  'use strict';

  const { dayNumber, isoOfDay } = Sitrep.model;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DAY_MS = 86400000;
  // One formatter for every number drawn: toLocaleString makes a new one at each call.
  const NUMBER = new Intl.NumberFormat('en-GB');
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
   * The dated rows of `category` as series, one per source: `[{label,
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
      return { label, points, steps: stepLine(points.filter((p) => p.status === 'cumulative')) };
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

  // The time axis breaks at an empty stretch longer than a year that is most of
  // the span around it (a 2013 report beside a 2025 story), into at most this
  // many segments; each segment gets at least half its even share of the width.
  const BREAK_MIN_DAYS = 366, BREAK_SHARE = 0.5, MAX_SEGMENTS = 4;

  /** `[lo, hi)` widened by a twentieth of its span each side (at least a day), so no point sits on an edge. */
  function withMargin([lo, hi]) {
    const margin = Math.max(1, Math.ceil((hi - lo) / 20));
    return [lo - margin, hi + margin];
  }

  /**
   * The stretches of time the axis shows for `points`, `[[lo, hi), …]` in date
   * order, each with its margin: one, unless empty years lie between groups of
   * points, which the axis then leaves out (the widest gaps first).
   */
  function timeSegments(points) {
    if (!points.length) return [];
    const spans = points.map((p) => [p.first, p.last]).sort((a, b) => a[0] - b[0]);
    // Clusters of overlapping periods, and the empty gaps between them.
    const clusters = [];
    for (const [first, last] of spans) {
      const current = clusters[clusters.length - 1];
      if (current && first <= current[1]) current[1] = Math.max(current[1], last);
      else clusters.push([first, last]);
    }
    const gap = (i) => clusters[i + 1][0] - clusters[i][1];
    const breaks = [];
    const split = (from, to) => {
      if (to <= from) return;
      let widest = -1;
      for (let i = from; i < to; i += 1) if (widest < 0 || gap(i) > gap(widest)) widest = i;
      const span = clusters[to][1] - clusters[from][0];
      if (gap(widest) < BREAK_MIN_DAYS || gap(widest) < span * BREAK_SHARE) return;
      breaks.push(widest);
      split(from, widest);
      split(widest + 1, to);
    };
    split(0, clusters.length - 1);
    const kept = breaks.sort((a, b) => gap(b) - gap(a)).slice(0, MAX_SEGMENTS - 1).sort((a, b) => a - b);
    const segments = [];
    let start = 0;
    for (const at of [...kept, clusters.length - 1]) {
      segments.push(withMargin([clusters[start][0], clusters[at][1]]));
      start = at + 1;
    }
    return segments;
  }

  /**
   * The segments laid out over [x0, x1] with `gap` px between them: `{x(day),
   * ranges: [{lo, hi, x0, x1}]}`. Each gets at least half an even share of
   * the width, the rest in proportion to the days it covers.
   */
  function timeAxis(segments, x0, x1, gap) {
    const room = x1 - x0 - gap * (segments.length - 1);
    const days = segments.reduce((sum, [lo, hi]) => sum + (hi - lo), 0);
    const floor = room / segments.length / 2;
    const ranges = [];
    let at = x0;
    for (const [lo, hi] of segments) {
      const width = floor + (room - floor * segments.length) * ((hi - lo) / days);
      ranges.push({ lo, hi, x0: at, x1: at + width });
      at += width + gap;
    }
    const x = (day) => {
      const r = ranges.find((range) => day <= range.hi) || ranges[ranges.length - 1];
      return r.x0 + ((day - r.lo) / (r.hi - r.lo)) * (r.x1 - r.x0);
    };
    return { x, ranges };
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
   * dates: `[{day, at, label}]`, the spacing the shortest that fits; `at` is
   * where the tick goes, a day's middle (where its points are) or a month's or
   * year's start.
   */
  function timeTicks([lo, hi], maxTicks) {
    for (const [unit, size] of TIME_STEPS) {
      const ticks = [];
      for (let day = alignedStart(lo, unit, size); day < hi; day = advance(day, unit, size)) {
        ticks.push(day);
        if (ticks.length > maxTicks) break;
      }
      if (ticks.length <= maxTicks) {
        return ticks.map((day, i) => ({ day, at: unit === 'day' ? day + 0.5 : day, label: tickLabel(day, unit, i ? ticks[i - 1] : null) }));
      }
    }
    return [];
  }

  /**
   * The ticks of one range of the axis (`{lo, hi, x0, x1}`, placed by `x`):
   * round dates `spacing` px apart at most, placed within `[from, to]` px
   * (where their labels meet nothing); else one tick at its middle naming the
   * day, month or year it shows.
   */
  function rangeTicks(range, x, spacing, [from, to]) {
    const ticks = timeTicks([range.lo, range.hi], Math.max(1, Math.floor((range.x1 - range.x0) / spacing)))
      .filter((t) => x(t.at) >= from && x(t.at) <= to);
    if (ticks.length) return ticks;
    const middle = Math.floor((range.lo + range.hi) / 2), span = range.hi - range.lo;
    const unit = span <= 62 ? 'day' : span <= 800 ? 'month' : 'year';
    return [{ day: middle, at: unit === 'day' ? middle + 0.5 : (range.lo + range.hi) / 2, label: tickLabel(middle, unit, null) }];
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
  /** A number as the page writes it ("12,500"). */
  const number = (n) => (typeof n === 'number' ? NUMBER.format(n) : String(n));

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
    periodDays, isDated, categoryCounts, defaultCategory, series, stepLine, valueScale, timeSegments, timeAxis, timeTicks, rangeTicks,
    slots, dateWords, valueWords, describe, units, number,
  };
})(typeof self !== 'undefined' ? (self.Sitrep = self.Sitrep || {}) : (globalThis.Sitrep = globalThis.Sitrep || {}));
