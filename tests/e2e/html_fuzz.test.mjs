// HTML extraction under random input: saved pages are parsed in the page (with
// DOMParser, which cargo fuzz cannot reach), so this throws a few hundred
// generated documents at it: hostile markup (handlers, javascript: links,
// <base>, <meta refresh>, srcset, CSS urls), broken and deeply nested tags,
// entities, astral and right-to-left text, random bytes. Each must come back as
// text without an exception, nothing may run, and nothing may be requested.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, open } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (items) => items[Math.floor(next() * items.length)];
  return { next, pick };
}

// Every payload sets a flag on `self` if it ever runs.
const HOSTILE = [
  '<script>self.pwned = 1</script>',
  '<img src=x onerror="self.pwned = 1">',
  '<svg onload="self.pwned = 1"><circle r="1"/></svg>',
  '<a href="javascript:self.pwned = 1">link</a>',
  '<iframe srcdoc="<script>parent.pwned = 1</script>"></iframe>',
  '<base href="http://203.0.113.9/">',
  '<meta http-equiv="refresh" content="0; url=http://203.0.113.9/">',
  '<link rel="stylesheet" href="http://203.0.113.9/x.css">',
  '<img srcset="http://203.0.113.9/a.png 1x">',
  '<div style="background:url(http://203.0.113.9/b.png)">styled</div>',
  '<style>@import "http://203.0.113.9/c.css"; p { color: red }</style>',
  '<object data="http://203.0.113.9/d"></object>',
  '<video poster="http://203.0.113.9/e.png"><source src="http://203.0.113.9/f.mp4"></video>',
  '<form action="http://203.0.113.9/"><button formaction="javascript:self.pwned=1">go</button></form>',
  '<body onpageshow="self.pwned = 1">',
  '<details open ontoggle="self.pwned = 1">x</details>',
  '<math><mi xlink:href="javascript:self.pwned=1">m</mi></math>',
  '<noscript><img src=x onerror="self.pwned = 1"></noscript>',
  '<template><img src=x onerror="self.pwned = 1"></template>',
  '<!--<img src=x onerror="self.pwned = 1">-->',
  '<![CDATA[<img src=x onerror="self.pwned = 1">]]>',
  // Readability makes lazy images real: a figure's or an image's data-src.
  '<figure data-src="http://203.0.113.9/g.jpg"><figcaption>lazy</figcaption></figure>',
  '<img data-src="http://203.0.113.9/h.jpg" data-srcset="http://203.0.113.9/i.jpg 1x" onerror="self.pwned = 1">',
  '<form><input type="image" src="http://203.0.113.9/j.png"><input name="q"></form>',
];
const TEXT = [
  'Russian ships left Tartus on Tuesday.', 'About 300 people were evacuated.', '&amp; &lt;b&gt; &#x1F6A2; &nbsp;',
  'مرحبا بالعالم', 'שלום', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ε̃ a\u0301', '\u202eRTL override', 'Published 14 December 2024',
];
const TAGS = ['p', 'div', 'article', 'main', 'section', 'span', 'b', 'li', 'ul', 'table', 'td', 'h1', 'figure', 'figcaption', 'nav', 'aside'];

function documentFrom(random) {
  const parts = [];
  const size = 1 + Math.floor(random.next() * 40);
  for (let i = 0; i < size; i += 1) {
    const roll = random.next();
    if (roll < 0.25) parts.push(random.pick(HOSTILE));
    else if (roll < 0.55) parts.push(random.pick(TEXT));
    else if (roll < 0.75) parts.push(`<${random.pick(TAGS)}>`);
    else if (roll < 0.9) parts.push(`</${random.pick(TAGS)}>`);
    else if (roll < 0.95) parts.push('<div>'.repeat(200 + Math.floor(random.next() * 800)));
    else parts.push(String.fromCharCode(...Array.from({ length: 20 }, () => Math.floor(random.next() * 0x3000))));
  }
  const head = random.next() < 0.5 ? '<!doctype html><html><head><title>T</title></head><body>' : '';
  return head + parts.join(random.next() < 0.5 ? '' : '\n');
}

test('random and hostile HTML is reduced to text: no exception, nothing runs, nothing is requested', async () => {
  const random = generator(20241214);
  const documents = Array.from({ length: 400 }, () => documentFrom(random));
  const session = await open(server.url);
  try {
    const { page } = session;
    const failures = await page.evaluate(async (sources) => {
      const out = [];
      for (const [i, source] of sources.entries()) {
        try {
          const page = await Sitrep.ingest.extractHtml(source);
          if (typeof page.text !== 'string' || typeof page.title !== 'string' || typeof page.wholeText !== 'string') out.push(`${i}: not text`);
        } catch (err) {
          out.push(`${i}: ${err && err.message}`);
        }
      }
      return out;
    }, documents);
    assert.deepEqual(failures, []);
    // Handlers fire asynchronously, if at all: give them the chance.
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => self.pwned), undefined, 'no payload ran');
    assert.deepEqual(session.problems.foreignRequests, [], 'no request left the page');
    assert.deepEqual(session.problems.consoleErrors, [], 'no console error');
  } finally {
    await session.close();
  }
});
