// The analyst's corrections, applied over the core's analysis before merging and
// rendering. Each is a small record keyed by its kind and span, holding the
// span's text: it applies only while the text there is unchanged, so it survives
// a re-analysis by a newer core. No DOM here (unit-tested under node).
//   {kind: 'entity', start, end, text, type?, canonical?}
//   {kind: 'figure', start, end, text, exclude?, value?, category?}
//   {kind: 'date', start, end, text, value}
//   {kind: 'boilerplate', start, end, text, boilerplate: true | false}
// Offsets count code points, as the analysis does.
(function (Sitrep) {
  'use strict';

  const KINDS = ['entity', 'figure', 'date', 'boilerplate'];
  const keyOf = (c) => `${c.kind}:${c.start}:${c.end}`;
  const inside = (item, range) => item.start >= range.start && item.end <= range.end;
  const overlaps = (item, range) => item.start < range.end && range.start < item.end;

  /** `list` with `record` in place of any correction of the same kind and span. */
  function upsert(list, record) {
    const key = keyOf(record);
    return [...(list || []).filter((c) => keyOf(c) !== key), record];
  }

  /** `list` without the correction of `record`'s kind and span. */
  function without(list, record) {
    const key = keyOf(record);
    return (list || []).filter((c) => keyOf(c) !== key);
  }

  // The core's entity types and figure categories (SCHEMA.md): a merge refuses any other.
  const TYPES = ['PERSON', 'ORG', 'PLACE', 'FACILITY', 'GROUP', 'VESSEL', 'AIRCRAFT', 'EVENT'];
  const CATEGORIES = ['evacuees', 'aid', 'ships', 'aircraft', 'personnel', 'nationals', 'equipment', 'casualties', 'money', 'other'];
  const optional = (value, check) => value === undefined || check(value);

  /** Whether `c` is a correction record the core will accept (imports are untrusted). */
  function isValid(c) {
    return Boolean(c) && KINDS.includes(c.kind) && Number.isInteger(c.start) && Number.isInteger(c.end)
      && c.start >= 0 && c.end > c.start && typeof c.text === 'string'
      && optional(c.type, (t) => TYPES.includes(t)) && optional(c.category, (k) => CATEGORIES.includes(k))
      && optional(c.canonical, (n) => typeof n === 'string') && optional(c.value, (v) => typeof v === 'number' || typeof v === 'string');
  }

  /**
   * `{analysis, excluded, stale}`: a copy of `analysis` with the `corrections`
   * whose span still holds their text applied, edited items flagged `edited`;
   * the figures excluded; the corrections that no longer match. With no
   * correction to apply, `analysis` itself comes back.
   */
  function apply(analysis, text, corrections) {
    const cps = Array.from(text);
    const matching = [], stale = [];
    for (const c of corrections || []) {
      (isValid(c) && cps.slice(c.start, c.end).join('') === c.text ? matching : stale).push(c);
    }
    if (!matching.length) return { analysis, excluded: [], stale };
    const a = {
      ...analysis, entities: analysis.entities.map((e) => ({ ...e })), dates: analysis.dates.map((d) => ({ ...d })),
      figures: analysis.figures.map((f) => ({ ...f })), events: analysis.events.map((e) => ({ ...e })),
      boilerplate: analysis.boilerplate.slice(),
    };
    const excluded = [];
    const same = (c) => (item) => item.start === c.start && item.end === c.end;
    for (const c of matching) {
      if (c.kind === 'entity') {
        const e = a.entities.find(same(c));
        if (!e) continue;
        if (c.type) e.type = c.type;
        if (c.canonical) e.canonical = c.canonical;
        e.edited = true;
      } else if (c.kind === 'figure') {
        const f = a.figures.find(same(c));
        if (!f) continue;
        if (c.exclude) {
          a.figures.splice(a.figures.indexOf(f), 1);
          excluded.push({ ...f, edited: true, excluded: true });
          continue;
        }
        if (typeof c.value === 'number' && Number.isFinite(c.value)) { f.value = c.value; delete f.value_max; }
        if (c.category) f.category = c.category;
        f.edited = true;
      } else if (c.kind === 'date') {
        const d = a.dates.find(same(c));
        if (!d || !c.value) continue;
        // The statements dated by this mention: the events around it with its old value.
        for (const e of a.events) {
          if (inside(d, e) && e.date === d.value) { e.date = c.value; e.edited = true; }
        }
        d.value = c.value;
        d.edited = true;
      } else if (c.boilerplate) {
        // Boilerplate is not analysed: what lies in it goes.
        for (const layer of ['entities', 'dates', 'figures', 'events']) a[layer] = a[layer].filter((item) => !overlaps(item, c));
        a.boilerplate = a.boilerplate.filter((b) => !inside(b, c));
        a.boilerplate.push({ start: c.start, end: c.end, kind: 'other', edited: true });
      } else {
        a.boilerplate = a.boilerplate.filter((b) => !overlaps(b, c));
        (a.kept = a.kept || []).push({ start: c.start, end: c.end });
      }
    }
    a.boilerplate.sort((x, y) => x.start - y.start);
    // An excluded figure in lines marked boilerplate goes with the rest of them, whichever came first.
    const inBoilerplate = (f) => a.boilerplate.some((b) => b.edited && overlaps(f, b));
    return { analysis: a, excluded: excluded.filter((f) => !inBoilerplate(f)), stale };
  }

  /**
   * The core's `line_overrides` option from the boilerplate corrections whose
   * span still holds their text, in the order made (a later one wins).
   */
  function lineOverrides(text, corrections) {
    const cps = Array.from(text);
    return (corrections || []).filter((c) => c.kind === 'boilerplate' && isValid(c) && cps.slice(c.start, c.end).join('') === c.text)
      .map((c) => ({ start: c.start, end: c.end, boilerplate: Boolean(c.boilerplate) }));
  }

  /** The `[start, end)` of the whole lines of `text` that `[start, end)` touches. */
  function wholeLines(text, start, end) {
    const cps = Array.from(text);
    let from = Math.max(0, Math.min(start, cps.length));
    let to = Math.max(from, Math.min(end, cps.length));
    while (from > 0 && cps[from - 1] !== '\n') from -= 1;
    while (to < cps.length && cps[to] !== '\n') to += 1;
    while (to > from && /\s/.test(cps[to - 1])) to -= 1;
    return { start: from, end: to, text: cps.slice(from, to).join('') };
  }

  Sitrep.corrections = { keyOf, upsert, without, isValid, apply, lineOverrides, wholeLines };
})(typeof self !== 'undefined' ? (self.Sitrep = self.Sitrep || {}) : (globalThis.Sitrep = globalThis.Sitrep || {}));
