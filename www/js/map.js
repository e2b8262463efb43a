// The map of the places named, loaded with its view (scripts/build_site.sh bundles
// it with js/mapmodel.js and the reduced map data into pkg/map.js). Draws an SVG
// of the world outline with one point per place, sized by its mentions; what it
// draws comes from Sitrep.mapModel, its data from self.SITREP_MAP_DATA. Nothing
// is fetched: no tiles, no requests.
(function (Sitrep) {
  'use strict';

  const { el, $ } = Sitrep.view;
  const { placesNamed, radius, storyBox, fitView, zoomView, panView, worldView, placeLabels, WORLD } = Sitrep.mapModel;
  const data = self.SITREP_MAP_DATA;
  const outline = data.shapes.join('');
  const SVG = 'http://www.w3.org/2000/svg';
  const LABEL_PX = 13;
  // The attributes that name what had the focus, to give it back after drawing.
  const FOCUS_KEYS = ['data-place', 'data-missing-place', 'data-map-zoom'];

  document.head.append(el('link', { rel: 'stylesheet', href: 'pkg/map.css' }));

  function svg(tag, attributes, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined) node.setAttribute(key, value);
    }
    node.append(...children.filter(Boolean));
    return node;
  }

  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

  let last = null; // the arguments of the last render, to redraw on zoom and resize
  let zoom = 'fit'; // 'fit' (the places named), 'world', or a view zoomed in or out from either
  let shownView = null;
  let resizing = null;
  let size = [0, 0]; // the frame's size that the last drawing was made for, pixels
  let land = null; // the world's outline, made once: its path is long to parse

  /**
   * Draws the places of the corpus' `entries` mentioned in `articles` (a Set of
   * ids, null for all); `selected` is the canonical name of the entity filter,
   * `onSelect(entry)` applies it (as the entity index does).
   */
  function render(entries, articles, selected, onSelect) {
    last = { entries, articles, selected, onSelect };
    const section = $('map');
    const root = section.querySelector('.map-root') || section.appendChild(el('div', { class: 'map-root' }));
    const { drawn, missing } = placesNamed(entries, articles, data);
    const byName = new Map(entries.map((e) => [e.canonical, e]));
    const frame = root.querySelector('.map-frame') || movable(el('div', {
      class: 'map-frame', tabindex: '0', role: 'group',
      'aria-label': 'Map: arrow keys move it, + and − zoom, 0 shows the places named; drag to move, double-click to zoom in',
    }));
    const width = frame.clientWidth || root.clientWidth || 800;
    const height = frame.clientHeight || Math.round(width * 0.6);
    size = [width, height];
    const aspect = width / height;
    let view = zoom === 'world' ? worldView(aspect) : zoom === 'fit' ? fitView(storyBox(drawn), aspect) : zoom;
    if (typeof zoom === 'object' && Math.abs(view.width / view.height - aspect) > 0.01) view = zoomView({ ...view, height: view.width / aspect }, 1);
    shownView = view;
    const scale = width / view.width; // pixels per map unit
    const maxCount = drawn.reduce((m, p) => Math.max(m, p.count), 0);
    const inView = (p) => p.x >= view.x && p.x <= view.x + view.width && p.y >= view.y && p.y <= view.y + view.height;
    const pixels = drawn.map((p) => ({
      x: (p.x - view.x) * scale, y: (p.y - view.y) * scale, r: radius(p.count, maxCount), label: p.canonical,
    }));
    // Labels for the points in view, the most mentioned placed first.
    const shown = drawn.map((p, i) => i).filter((i) => inView(drawn[i]));
    const sides = placeLabels(shown.map((i) => pixels[i]), { charWidth: LABEL_PX * 0.58, lineHeight: LABEL_PX + 2, width, height });
    const sideOf = new Map(shown.map((i, k) => [i, sides[k]]));

    const unit = 1 / scale; // one pixel in map units
    const points = drawn.map((p, i) => {
      const r = pixels[i].r * unit;
      const side = sideOf.get(i);
      const gap = r + 3 * unit;
      const at = {
        right: [p.x + gap, p.y, 'start'], left: [p.x - gap, p.y, 'end'],
        above: [p.x, p.y - gap - 3 * unit, 'middle'], below: [p.x, p.y + gap + LABEL_PX * unit, 'middle'],
      }[side];
      const pressed = selected === p.canonical;
      return svg('g', {
        class: 'map-point', 'data-place': p.canonical, 'data-type': p.type, 'data-count': p.count,
        tabindex: '0', role: 'button', 'aria-pressed': pressed ? 'true' : 'false',
        'aria-label': `${p.canonical}: ${plural(p.count, 'mention')}${pressed ? ', filtering' : ''}`,
      },
      svg('title', {}, `${p.canonical} (${plural(p.count, 'mention')}) — select to filter by it`),
      svg('circle', { cx: p.x, cy: p.y, r }),
      at ? svg('text', { x: at[0], y: at[1], 'text-anchor': at[2], 'dominant-baseline': side === 'left' || side === 'right' ? 'central' : null,
        'font-size': LABEL_PX * unit, 'stroke-width': 3 * unit, 'aria-hidden': 'true' }, p.canonical) : null);
    });
    for (const [i, node] of points.entries()) {
      const entry = byName.get(drawn[i].canonical);
      node.addEventListener('click', () => onSelect(entry));
      node.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onSelect(entry);
      });
    }
    // The biggest points below, so that a small one on top of a big one stays reachable.
    points.reverse();

    const map = svg('svg', {
      class: 'map-svg', viewBox: `${view.x} ${view.y} ${view.width} ${view.height}`, role: 'group',
      'aria-label': `${plural(drawn.length, 'place')} named`, preserveAspectRatio: 'xMidYMid meet',
    },
    svg('rect', { class: 'map-sea', x: WORLD.x - WORLD.width, y: WORLD.y - WORLD.height, width: WORLD.width * 3, height: WORLD.height * 3 }),
    land || (land = svg('path', { class: 'map-land', d: outline })),
    // The countries named are tinted, deeper the more they are mentioned.
    ...drawn.filter((p) => p.shape !== null).map((p) => svg('path', {
      class: 'map-country', d: data.shapes[p.shape], 'fill-opacity': (0.25 + 0.5 * Math.sqrt(p.count / maxCount)).toFixed(2),
    })),
    svg('g', { class: 'map-points' }, ...points));
    // Drawn anew, the focus stays where it was: on a place, a button, or the map.
    const active = document.activeElement;
    const frameFocused = active === frame;
    const refocus = active && root.contains(active) ? FOCUS_KEYS.map((key) => {
      const holder = active.closest(`[${key}]`);
      return holder ? `[${key}="${CSS.escape(holder.getAttribute(key))}"]` : null;
    }).find(Boolean) : null;
    frame.replaceChildren(map);

    root.replaceChildren(
      el('div', { class: 'map-tools', role: 'toolbar', 'aria-label': 'Map view' },
        el('button', { type: 'button', class: 'tool', dataset: { mapZoom: 'fit' }, 'aria-pressed': zoom === 'fit' ? 'true' : 'false', onclick: () => zoomTo('fit') }, 'Places named'),
        el('button', { type: 'button', class: 'tool', dataset: { mapZoom: 'world' }, 'aria-pressed': zoom === 'world' ? 'true' : 'false', onclick: () => zoomTo('world') }, 'Whole world'),
        el('button', { type: 'button', class: 'tool', dataset: { mapZoom: 'in' }, 'aria-label': 'Zoom in', title: 'Zoom in', onclick: () => zoomTo('in') }, '+'),
        el('button', { type: 'button', class: 'tool', dataset: { mapZoom: 'out' }, 'aria-label': 'Zoom out', title: 'Zoom out', onclick: () => zoomTo('out') }, '−'),
        el('span', { class: 'hint' }, drawn.length ? 'A point\u2019s area grows with its mentions; facilities are paler. Select one to filter by it.' : 'No place named has coordinates.')),
      el('div', { class: 'map', dataset: { map: '' } }, frame, missingList(missing, byName, selected, onSelect)),
      el('p', { class: 'map-credit hint' }, data.credit));
    const again = refocus && root.querySelector(refocus);
    if (again) again.focus();
    else if (frameFocused) frame.focus();
    // The drawing is made to the pixel: drawn again when the frame's size changes.
    if (!resizing && 'ResizeObserver' in self) {
      resizing = new ResizeObserver(() => {
        if (frame.clientWidth && (Math.abs(frame.clientWidth - size[0]) > 1 || Math.abs(frame.clientHeight - size[1]) > 1)) redraw();
      });
      resizing.observe(frame);
    }
  }

  /** `frame` with the keys, drag and double-click that move and zoom the map. */
  function movable(frame) {
    const toMap = (event) => {
      const box = frame.getBoundingClientRect();
      return [shownView.x + ((event.clientX - box.left) / box.width) * shownView.width,
        shownView.y + ((event.clientY - box.top) / box.height) * shownView.height];
    };
    frame.addEventListener('keydown', (event) => {
      const step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
      const zoomKey = { '+': 'in', '=': 'in', '-': 'out', '0': 'fit' }[event.key];
      if (!step && !zoomKey) return;
      event.preventDefault();
      if (zoomKey) { zoomTo(zoomKey); return; }
      zoom = panView(shownView, (step[0] * shownView.width) / 4, (step[1] * shownView.height) / 4);
      redraw();
    });
    frame.addEventListener('dblclick', (event) => {
      if (event.target.closest('[data-place]')) return;
      zoom = zoomView(shownView, 0.5, toMap(event));
      redraw();
    });
    // Dragging moves the drawing as it is; it is drawn anew (labels placed) when let go.
    let drag = null, justDragged = false;
    // The click that ends a drag selects nothing.
    frame.addEventListener('click', (event) => { if (justDragged) event.stopPropagation(); }, { capture: true });
    frame.addEventListener('pointerdown', (event) => {
      if (event.button === 0) drag = { x: event.clientX, y: event.clientY, view: shownView, moved: false, id: event.pointerId };
    });
    frame.addEventListener('pointermove', (event) => {
      if (!drag || event.pointerId !== drag.id) return;
      const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      if (!drag.moved) frame.setPointerCapture(event.pointerId);
      drag.moved = true;
      const perPixel = drag.view.width / frame.clientWidth;
      zoom = panView(drag.view, -dx * perPixel, -dy * perPixel);
      frame.querySelector('svg').setAttribute('viewBox', `${zoom.x} ${zoom.y} ${zoom.width} ${zoom.height}`);
    });
    const release = (event) => {
      if (!drag || event.pointerId !== drag.id) return;
      const moved = drag.moved;
      drag = null;
      if (!moved) return;
      justDragged = true;
      setTimeout(() => { justDragged = false; }, 0);
      redraw();
    };
    frame.addEventListener('pointerup', release);
    frame.addEventListener('pointercancel', release);
    return frame;
  }

  /** The places that the gazetteer lacks: listed with their mentions, never placed. */
  function missingList(missing, byName, selected, onSelect) {
    return el('section', { class: 'map-missing', 'aria-labelledby': 'map-missing-title' },
      el('h3', { id: 'map-missing-title' }, `Not on the map (${missing.length})`),
      missing.length ? el('ul', { dataset: { mapMissing: '' } }, ...missing.map((p) => el('li', {},
        el('button', {
          type: 'button', class: 'entity-name', dataset: { missingPlace: p.canonical, entityType: p.type },
          'aria-pressed': selected === p.canonical ? 'true' : 'false', onclick: () => onSelect(byName.get(p.canonical)),
        }, p.canonical, el('span', { class: 'count' }, ` ${p.count}`)))))
        : el('p', { class: 'hint' }, 'Every place named is drawn.'),
      el('p', { class: 'hint' }, 'Areas (seas, regions) and places the gazetteer does not know have no point.'));
  }

  function redraw() {
    if (last) render(last.entries, last.articles, last.selected, last.onSelect);
  }

  /** Zooms in or out about the middle, or shows the places named ('fit') or the whole world. */
  function zoomTo(mode) {
    zoom = mode === 'in' || mode === 'out' ? zoomView(shownView, mode === 'in' ? 0.5 : 2) : mode;
    redraw();
  }

  Sitrep.map = { render };
})(self.Sitrep);
