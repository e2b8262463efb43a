// The map's model: the projection, which named places have a point, how big
// each point is, the view that fits them and where labels go. No DOM here
// (unit-tested under node); scripts/build_map.mjs projects the outline and the
// gazetteer with the same `project`.
(function (Sitrep) {
  'use strict';

  // Miller's cylindrical projection: shapes read as on the usual wall maps and,
  // unlike Mercator, it stays finite near the poles. Units of 1/20 degree of
  // longitude at the equator, x from 0 (180° W), y from 0 at the top (NORTH).
  const UNITS_PER_DEGREE = 20;
  const NORTH = 84, SOUTH = -58; // Antarctica is left out: news rarely places anything there
  const RADIAN = Math.PI / 180;
  const millerY = (lat) => 1.25 * Math.log(Math.tan(Math.PI / 4 + 0.4 * lat * RADIAN)) / RADIAN;
  const TOP = millerY(NORTH);
  const WORLD = { x: 0, y: 0, width: 360 * UNITS_PER_DEGREE, height: Math.round((TOP - millerY(SOUTH)) * UNITS_PER_DEGREE) };

  /** [x, y] in map units of a point at `lon`, `lat` (degrees). */
  function project(lon, lat) {
    const clamped = Math.max(SOUTH, Math.min(NORTH, lat));
    return [(lon + 180) * UNITS_PER_DEGREE, (TOP - millerY(clamped)) * UNITS_PER_DEGREE];
  }

  /** A name as the gazetteer is keyed: lower case, without accents, apostrophes or extra spaces. */
  function fold(name) {
    return String(name).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[’'`‘]/g, '').replace(/[\s-]+/g, ' ').trim();
  }

  /**
   * The gazetteer entry (index into `data.places`) of a name, or -1. A facility
   * ("Tartus naval base") not known by its own name is placed at the place it is
   * named after, when the gazetteer has that place: the head (`data.heads`,
   * folded, longest first) is taken off.
   */
  function locateName(name, type, data) {
    const key = fold(name);
    if (key in data.index) return data.index[key];
    if (type !== 'FACILITY') return -1;
    for (const head of data.heads) {
      if (key.endsWith(' ' + head)) {
        const rest = key.slice(0, -head.length - 1);
        if (rest in data.index) return data.index[rest];
      }
    }
    return -1;
  }

  /**
   * The places that the map shows, from the corpus' entity entries: PLACE and
   * FACILITY entries mentioned in the `articles` kept (a Set of ids, null for
   * all). Returns `{drawn, missing}`: drawn `{canonical, type, count, place, x, y, kind, shape}`
   * (place: the gazetteer entry; shape: a country's outline in `data.shapes`, else null),
   * most mentioned first; missing `{canonical, type, count}`,
   * the names the gazetteer lacks (never guessed).
   */
  function placesNamed(entries, articles, data) {
    const drawn = [], missing = [];
    for (const entry of entries) {
      if (entry.type !== 'PLACE' && entry.type !== 'FACILITY') continue;
      let count = 0;
      for (const [id, n] of Object.entries(entry.mentions)) if (!articles || articles.has(id)) count += n;
      if (!count) continue;
      let place = locateName(entry.canonical, entry.type, data);
      for (const variant of entry.variants || []) if (place < 0) place = locateName(variant, entry.type, data);
      const item = { canonical: entry.canonical, type: entry.type, count };
      if (place < 0) missing.push(item);
      else {
        const [, x, y, kind, shape] = data.places[place];
        drawn.push({ ...item, place, x, y, kind, shape: shape === undefined ? null : shape });
      }
    }
    const order = (a, b) => b.count - a.count || a.canonical.localeCompare(b.canonical);
    return { drawn: drawn.sort(order), missing: missing.sort(order) };
  }

  /** A point's radius in pixels: its area grows with its mentions. */
  function radius(count, maxCount, { min = 4, max = 18 } = {}) {
    if (!(maxCount > 0)) return min;
    return Math.max(min, max * Math.sqrt(Math.min(count, maxCount) / maxCount));
  }

  // The fitted view holds this share of the mentions: a place named once on the
  // far side of the world does not shrink the story to a speck.
  const FIT_SHARE = 0.9;
  // The narrowest fitted view, in degrees of longitude: one town still shows its region.
  const MIN_SPAN = 12;

  function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  }

  /**
   * The box [x0, y0, x1, y1] of the points nearest the middle of the story
   * that together hold `FIT_SHARE` of the mentions. Towns and bases decide it;
   * countries (whose point is the middle of a large area) only when no town is named.
   */
  function storyBox(points) {
    const towns = points.filter((p) => p.kind !== 'country');
    const used = towns.length ? towns : points;
    if (!used.length) return null;
    const cx = median(used.map((p) => p.x)), cy = median(used.map((p) => p.y));
    const near = used.map((p) => [Math.hypot(p.x - cx, p.y - cy), p]).sort((a, b) => a[0] - b[0]);
    const total = used.reduce((sum, p) => sum + p.count, 0);
    let held = 0, x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [, p] of near) {
      if (held >= total * FIT_SHARE) break;
      held += p.count;
      x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
    }
    return [x0, y0, x1, y1];
  }

  /**
   * The view {x, y, width, height} (map units) that shows the box with a `padding`
   * share on each side, at the aspect of a `aspect` (width / height) frame,
   * no narrower than `minSpan` degrees and kept inside the world where it fits.
   */
  function fitView(box, aspect, padding = 0.15, minSpan = MIN_SPAN) {
    if (!box) return { ...WORLD };
    let [x0, y0, x1, y1] = box;
    let width = Math.max(x1 - x0, minSpan * UNITS_PER_DEGREE), height = y1 - y0;
    width *= 1 + 2 * padding;
    height *= 1 + 2 * padding;
    if (width / height < aspect) width = height * aspect; else height = width / aspect;
    if (width > WORLD.width) { width = WORLD.width; height = width / aspect; }
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const clamp = (v, lo, hi) => (lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v)));
    const x = clamp(cx - width / 2, WORLD.x, WORLD.x + WORLD.width - width);
    const y = clamp(cy - height / 2, WORLD.y, WORLD.y + WORLD.height - height);
    return { x, y, width, height };
  }

  /**
   * The view zoomed by `factor` (under 1 zooms in) about the point `[x, y]` (map
   * units; the middle if absent), which stays where it is in the frame; no
   * narrower than a tenth of MIN_SPAN, no wider than the world.
   */
  function zoomView(view, factor, at = null) {
    const aspect = view.width / view.height;
    const width = Math.min(WORLD.width, Math.max((MIN_SPAN / 10) * UNITS_PER_DEGREE, view.width * factor));
    const height = width / aspect;
    const [px, py] = at || [view.x + view.width / 2, view.y + view.height / 2];
    const x = px - ((px - view.x) / view.width) * width, y = py - ((py - view.y) / view.height) * height;
    return fitView([x, y, x + width, y + height], aspect, 0, 0);
  }

  /** The view moved by `dx`, `dy` (map units), kept inside the world. */
  function panView(view, dx, dy) {
    return fitView([view.x + dx, view.y + dy, view.x + dx + view.width, view.y + dy + view.height], view.width / view.height, 0, 0);
  }

  /** The whole world at the frame's aspect, centred. */
  function worldView(aspect) {
    return fitView([WORLD.x, WORLD.y, WORLD.x + WORLD.width, WORLD.y + WORLD.height], aspect, 0);
  }

  /**
   * Where each label goes: `points` ({x, y, r, label}, pixels, most important
   * first) get a side ('right', 'left', 'above', 'below') whose box overlaps no
   * label already placed and no other point, or null (the label is left out;
   * the point keeps its name for hover and screen readers). `charWidth` and
   * `lineHeight` (pixels) estimate a label's box, which must lie inside the
   * frame of `width` × `height` pixels.
   */
  function placeLabels(points, { charWidth = 7, lineHeight = 14, gap = 3, width = Infinity, height = Infinity } = {}) {
    const taken = [];
    const overlaps = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    const discs = points.map((p) => [p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r]);
    return points.map((p, i) => {
      const w = p.label.length * charWidth, h = lineHeight, d = p.r + gap;
      const boxes = {
        right: [p.x + d, p.y - h / 2, p.x + d + w, p.y + h / 2],
        left: [p.x - d - w, p.y - h / 2, p.x - d, p.y + h / 2],
        above: [p.x - w / 2, p.y - d - h, p.x + w / 2, p.y - d],
        below: [p.x - w / 2, p.y + d, p.x + w / 2, p.y + d + h],
      };
      for (const [side, box] of Object.entries(boxes)) {
        if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) continue;
        if (taken.some((t) => overlaps(t, box))) continue;
        if (discs.some((disc, j) => j !== i && overlaps(disc, box))) continue;
        taken.push(box);
        return side;
      }
      return null;
    });
  }

  Sitrep.mapModel = { WORLD, project, fold, locateName, placesNamed, radius, storyBox, fitView, zoomView, panView, worldView, placeLabels };
})(typeof self !== 'undefined' ? (self.Sitrep = self.Sitrep || {}) : (globalThis.Sitrep = globalThis.Sitrep || {}));
