// The views as tabs (the WAI-ARIA tabs pattern): the `section.panel` children of
// `<main class="views">`, one shown at a time. The view shown is the first part
// of the URL hash (#timeline&article=…), so a reload, a bookmark, back and
// forward keep it; the rest of the hash is the page's other state (app.js).
// Showing a view dispatches `sitrep:viewshown`, which lazy parts wait for.
(function (Sitrep) {
  'use strict';

  // A tab's name where the panel's heading will not do (the reader's heading is the article's title).
  const LABELS = { reader: 'Reader', timeline: 'Timeline', figures: 'Figures', map: 'Map', 'entity-index': 'Entities' };

  /** The view named first in `hash` when it is one of `views`, else null. */
  function viewOfHash(hash, views) {
    const first = hash.replace(/^#/, '').split('&')[0];
    return views.includes(first) ? first : null;
  }

  /** `hash` showing `view`: the view first, the other parts kept in their order. */
  function hashWithView(hash, view, views) {
    const parts = hash.replace(/^#/, '').split('&').filter(Boolean);
    const rest = viewOfHash(hash, views) ? parts.slice(1) : parts;
    return '#' + [view, ...rest].join('&');
  }

  let panels = [];
  let tabs = [];
  let current = null;

  const ids = () => panels.map((p) => p.id);

  function select(id) {
    current = id;
    panels.forEach((panel, i) => {
      const on = panel.id === id;
      panel.hidden = !on;
      tabs[i].setAttribute('aria-selected', String(on));
      tabs[i].tabIndex = on ? 0 : -1;
    });
  }

  /** Tells the page (lazy views above all) that the current view is shown. */
  function announce() {
    document.dispatchEvent(new CustomEvent('sitrep:viewshown', { detail: { view: current } }));
  }

  /**
   * Shows view `id` as a step of the browser's history (back returns to the view
   * before), and brings its panel into sight when it is out of it (below the
   * article list on a phone).
   */
  function show(id) {
    if (!ids().includes(id)) return;
    if (id !== current) {
      select(id);
      history.pushState(null, '', hashWithView(location.hash, id, ids()));
      announce();
    }
    const panel = document.getElementById(id);
    const top = panel.getBoundingClientRect().top;
    if (top < 0 || top > innerHeight / 2) panel.scrollIntoView({ block: 'start' });
  }

  /** Arrow keys, Home and End move between the tabs; the tab reached is shown. */
  function onKey(event) {
    const at = tabs.indexOf(event.target);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (at < 0 || to === undefined) return;
    event.preventDefault();
    const tab = tabs[(to + tabs.length) % tabs.length];
    tab.focus();
    show(tab.getAttribute('aria-controls'));
  }

  /** Skip links move the focus (and nothing else: the hash is the page's state) to their target. */
  function skip(event) {
    const link = event.target.closest('[data-skip]');
    if (!link) return;
    event.preventDefault();
    const target = link.dataset.skip === 'view' ? document.getElementById(current)
      : document.querySelector('#article-list button') || document.getElementById('articles-heading');
    if (!target.matches('button')) target.tabIndex = -1;
    target.focus();
  }

  /** Makes a tab per panel in `#view-tabs` and shows the view of the URL hash, else the first. */
  function init() {
    panels = Array.from(document.querySelectorAll('main.views > section.panel'));
    tabs = panels.map((panel) => {
      const heading = panel.querySelector('h2');
      const tab = Object.assign(document.createElement('button'), {
        type: 'button', id: `tab-${panel.id}`, className: 'view-tab',
        textContent: LABELS[panel.id] || (heading ? heading.textContent : panel.id),
        // A click on the tab already shown announces it again: a view that could not load tries again.
        onclick: () => { if (panel.id === current) announce(); show(panel.id); },
      });
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      panel.setAttribute('role', 'tabpanel');
      return tab;
    });
    const list = document.getElementById('view-tabs');
    list.replaceChildren(...tabs);
    list.addEventListener('keydown', onKey);
    document.addEventListener('click', skip);
    select(viewOfHash(location.hash, ids()) || ids()[0]);
    addEventListener('popstate', () => {
      const id = viewOfHash(location.hash, ids()) || ids()[0];
      if (id !== current) { select(id); announce(); }
    });
  }

  Sitrep.tabs = { init, show, announce, current: () => current, viewOfHash, hashWithView };
})(typeof self !== 'undefined' ? (self.Sitrep = self.Sitrep || {}) : (globalThis.Sitrep = globalThis.Sitrep || {}));
